import type { Handlers } from '../../../contract';
import {
  readMarkerComparisons,
  readMarkers,
  readPixels,
  readSelfByPerson,
  readWithWithout,
} from '../../insights';
import type { ServiceContext } from '../context';

export function insightHandlers({
  session,
  wrote,
}: ServiceContext): Pick<
  Handlers,
  | 'withWithout'
  | 'pixels'
  | 'selfByPerson'
  | 'listMarkers'
  | 'compareMarkers'
  | 'listLifeEvents'
  | 'saveLifeEvent'
  | 'deleteLifeEvent'
> {
  return {
    withWithout: (filter) => readWithWithout(session.current(), filter),
    pixels: (request) => readPixels(session.current(), request),
    selfByPerson: (request) => readSelfByPerson(session.current(), request),
    listMarkers: (range) => readMarkers(session.current(), range),
    compareMarkers: (filter) => readMarkerComparisons(session.current(), filter),
    listLifeEvents: () => session.current().listLifeEvents(),
    saveLifeEvent: (event) => wrote(session.current().saveLifeEvent(event)),
    deleteLifeEvent: ({ id }) => wrote(session.current().deleteLifeEvent(id)),
  };
}

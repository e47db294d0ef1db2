import type { Handlers } from '../../../contract';
import type { ServiceContext } from '../context';

export function catalogHandlers({
  session,
  wrote,
}: ServiceContext): Pick<
  Handlers,
  | 'listDimensions'
  | 'saveDimensions'
  | 'listSigns'
  | 'saveSigns'
  | 'listRelationships'
  | 'saveRelationship'
  | 'getSettings'
  | 'saveSettings'
  | 'search'
> {
  return {
    listDimensions: () => session.current().listDimensions(),
    saveDimensions: (list) => wrote(session.current().saveDimensions(list)),
    listSigns: () => session.current().listSigns(),
    saveSigns: (list) => wrote(session.current().saveSigns(list)),
    listRelationships: () => session.current().listRelationships(),
    saveRelationship: (r) => wrote(session.current().saveRelationship(r)),
    getSettings: () => session.current().getSettings(),
    saveSettings: async (patch) => {
      const saved = await wrote(session.current().saveSettings(patch));
      session.applySettings(saved);
      return saved;
    },
    search: (request) => session.current().search(request),
  };
}

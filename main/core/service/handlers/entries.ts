import type { Handlers } from '../../../contract';
import type { ServiceContext } from '../context';

export function entryHandlers({
  session,
  wrote,
}: ServiceContext): Pick<
  Handlers,
  'listEntries' | 'getEntry' | 'saveEntry' | 'trashEntry' | 'restoreEntry' | 'onThisDay'
> {
  return {
    listEntries: (filter) => session.current().listEntries(filter),
    getEntry: ({ id }) => session.current().getEntry(id),
    saveEntry: (input) => wrote(session.current().saveEntry(input)),
    trashEntry: async ({ id }) => {
      await wrote(session.current().trashEntry(id));
      return null;
    },
    restoreEntry: ({ id }) => wrote(session.current().restoreEntry(id)),
    onThisDay: ({ date }) => session.current().onThisDay(date),
  };
}

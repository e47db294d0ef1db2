import type { Handlers } from '../../../contract';
import type { ServiceContext } from '../context';

export function sessionHandlers({
  session,
  platform,
}: ServiceContext): Pick<Handlers, 'noteActivity' | 'openLink'> {
  return {
    noteActivity: async () => {
      session.noteActivity();
      return null;
    },
    openLink: async ({ url }) => {
      // Only an open journal shows entries, so only an open journal has links to follow.
      session.current();
      // The parsed form is what the dialog shows and what opens: no tricks hidden in encoding.
      return { opened: await platform.openLink(new URL(url).href) };
    },
  };
}

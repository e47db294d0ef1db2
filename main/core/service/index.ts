import type { Handlers } from '../../contract';
import type { ServiceContext } from './context';
import { type Platform, noPlatform } from './platform';
import { catalogHandlers } from './handlers/catalog';
import { entryHandlers } from './handlers/entries';
import { insightHandlers } from './handlers/insights';
import { sessionHandlers } from './handlers/session';
import { trendHandlers } from './handlers/trends';
import { summaryHandlers } from './handlers/summary';
import { vaultHandlers } from './handlers/vault';
import type { JournalSession } from './session';

export { dispatch } from './dispatch';
export { JournalSession } from './session';
export type { Platform } from './platform';

/** Every method of the contract, implemented over one session. */
export function createHandlers(session: JournalSession, platform: Platform = noPlatform): Handlers {
  const context: ServiceContext = {
    session,
    platform,
    async wrote(work) {
      const result = await work;
      session.noteWrite();
      return result;
    },
  };
  return {
    ...vaultHandlers(context),
    ...entryHandlers(context),
    ...catalogHandlers(context),
    ...sessionHandlers(context),
    ...trendHandlers(context),
    ...summaryHandlers(context),
    ...insightHandlers(context),
  } satisfies Handlers;
}

import { ipcMain } from 'electron';
import { type Handlers, METHOD_NAMES, channelFor } from '../contract';
import { fail } from '../contract/result';
import { dispatch } from '../core/service';
import { isTrustedSender } from './origin';

/** One handler per contract method; each checks the sender and hands the payload to dispatch. */
export function registerIpc(handlers: Handlers): void {
  for (const method of METHOD_NAMES) {
    ipcMain.handle(channelFor(method), (event, payload: unknown) => {
      if (!isTrustedSender(event.senderFrame)) {
        return fail({ code: 'FORBIDDEN', message: 'This page may not use the journal.' });
      }
      return dispatch(handlers, method, payload);
    });
  }
}

import { type IpcMainInvokeEvent, ipcMain } from 'electron';
import { type Handlers, METHOD_NAMES, channelFor } from '../contract';
import { fail } from '../contract/result';
import { dispatch } from '../core/service';
import { isAppUrl } from './security';

/** Only the app's own page, in its top frame, may call into main. */
function fromAppFrame(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isAppUrl(frame.url);
}

/** One handler per contract method; each checks the sender and hands the payload to dispatch. */
export function registerIpc(handlers: Handlers): void {
  for (const method of METHOD_NAMES) {
    ipcMain.handle(channelFor(method), (event, payload: unknown) => {
      if (!fromAppFrame(event)) {
        return fail({ code: 'FORBIDDEN', message: 'This page may not use the journal.' });
      }
      return dispatch(handlers, method, payload);
    });
  }
}

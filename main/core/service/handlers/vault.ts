import type { Handlers } from '../../../contract';
import { invalid } from '../../errors';
import type { ServiceContext } from '../context';

export function vaultHandlers({
  session,
}: ServiceContext): Pick<
  Handlers,
  | 'getStatus'
  | 'createVault'
  | 'unlock'
  | 'recover'
  | 'listBackups'
  | 'restoreBackup'
  | 'lock'
  | 'changePassphrase'
> {
  return {
    getStatus: () => session.status(),
    createVault: async ({ passphrase, withRecoveryKey }) => ({
      recoveryKey: await session.create(passphrase, withRecoveryKey),
    }),
    unlock: ({ passphrase }) => session.unlock(passphrase),
    recover: ({ recoveryKey, newPassphrase }) => session.recover(recoveryKey, newPassphrase),
    listBackups: async () =>
      (await session.backups()).map((b) => ({
        id: b.id,
        createdAt: new Date(b.mtimeMs).toISOString(),
      })),
    restoreBackup: ({ passphrase, backupId }) => session.restoreBackup(passphrase, backupId),
    lock: async () => {
      await session.lock();
      return null;
    },
    changePassphrase: async ({ current, next }) => {
      if (current === next) throw invalid('The new passphrase is the same as the current one.');
      await session.verifyPassphrase(current);
      await session.current().changePassphrase(next);
      return null;
    },
  };
}

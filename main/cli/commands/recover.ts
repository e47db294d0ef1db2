import { parseArgs } from 'node:util';
import { recoverVault } from '../../core/vault/lifecycle';
import type { Command } from '../command';
import { print } from '../io';

export const recover: Command = {
  name: 'recover',
  summary:
    'Open the journal with its recovery key (JOURNAL_RECOVERY_KEY, else asked) and set a new passphrase.',
  usage: '',
  async run(args, { io, vaultDir, options, secret, newPassphrase }) {
    parseArgs({ args: [...args], options: {} });
    const key = await secret('JOURNAL_RECOVERY_KEY', 'Recovery key: ');
    const next = await newPassphrase('JOURNAL_NEW_PASSPHRASE');
    const { journal } = await recoverVault(vaultDir, key, next, options);
    await journal.close({ compact: false });
    print(io, 'A new passphrase is set. Your recovery key still works too.');
  },
};

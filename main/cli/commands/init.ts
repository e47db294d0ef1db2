import { parseArgs } from 'node:util';
import { createVault } from '../../core/vault/lifecycle';
import type { Command } from '../command';
import { print } from '../io';

export const init: Command = {
  name: 'init',
  summary: 'Create a new journal (with --recovery-key, also print a recovery key once).',
  usage: '[--recovery-key]',
  async run(args, { io, vaultDir, options, newPassphrase }) {
    const { values } = parseArgs({
      args: [...args],
      options: { 'recovery-key': { type: 'boolean' } },
    });
    const passphrase = await newPassphrase('JOURNAL_PASSPHRASE');
    const { journal, recoveryKey } = await createVault(vaultDir, passphrase, {
      ...options,
      withRecoveryKey: values['recovery-key'] === true,
    });
    await journal.close();
    print(io, `Created a new journal in ${vaultDir}`);
    if (recoveryKey) {
      print(io, `Recovery key (shown once; keep it somewhere safe):\n${recoveryKey}`);
    }
  },
};

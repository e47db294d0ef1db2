import { parseArgs } from 'node:util';
import { JournalError } from '../../core/errors';
import { restoreBackupFile } from '../../core/vault/backup-file';
import type { Command } from '../command';
import { readInput } from '../files';
import { UsageError, print } from '../io';

export const restore: Command = {
  name: 'restore',
  summary:
    'Make the journal from a file written by "backup" (its passphrase is the one it was made with). Replaces an existing journal only with --force.',
  usage: 'FILE [--force]',
  async run(args, { io, vaultDir, options, passphrase }) {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: { force: { type: 'boolean' } },
    });
    const [file] = positionals;
    if (!file || positionals.length > 1) throw new UsageError('Give exactly one backup file.');
    const bytes = await readInput(io, file);
    try {
      const { entries } = await restoreBackupFile(vaultDir, bytes, await passphrase(), {
        ...options,
        replace: values.force === true,
      });
      print(io, `Restored ${entries} ${entries === 1 ? 'entry' : 'entries'} into ${vaultDir}.`);
    } catch (error) {
      if (error instanceof JournalError && error.code === 'VAULT_EXISTS') {
        throw new JournalError(
          'VAULT_EXISTS',
          `There is already a journal in ${vaultDir}. Add --force to replace it with the backup.`,
        );
      }
      throw error;
    }
  },
};

import { parseArgs } from 'node:util';
import type { Command } from '../command';
import { writePrivateFile } from '../files';
import { UsageError, print } from '../io';

export const backup: Command = {
  name: 'backup',
  summary:
    'Write the whole journal to FILE: one encrypted file that "restore" turns back into a journal, with the passphrase of today.',
  usage: 'FILE [--force]',
  async run(args, { io, withJournal }) {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: { force: { type: 'boolean' } },
    });
    const [file] = positionals;
    if (!file || positionals.length > 1 || file === '-') {
      throw new UsageError('Give exactly one file to write the backup to.');
    }
    const bytes = await withJournal((journal) => journal.backupFile());
    await writePrivateFile(file, bytes, values.force === true);
    print(
      io,
      `Backed up the journal to ${file} (encrypted; it opens with the current passphrase).`,
    );
  },
};

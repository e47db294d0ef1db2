import { parseArgs } from 'node:util';
import type { Command } from '../command';
import { UsageError, print } from '../io';

export const passwd: Command = {
  name: 'passwd',
  summary:
    'Change the passphrase (new one from JOURNAL_NEW_PASSPHRASE, else asked twice). Only the key file is rewritten; the data key stays (see SECURITY.md).',
  usage: '',
  async run(args, { io, withJournal, passphrase, newPassphrase }) {
    parseArgs({ args: [...args], options: {} });
    const current = await passphrase('Current passphrase: ');
    const next = await newPassphrase('JOURNAL_NEW_PASSPHRASE');
    if (next === current)
      throw new UsageError('The new passphrase is the same as the current one.');
    await withJournal((journal) => journal.changePassphrase(next));
    print(
      io,
      'Passphrase changed: this key file now needs the new one. Copies of the journal from before the change (backup files, copied folders, old key files) still open with the old one, and their key reads what is written later; if that matters, make a new journal and import an export of this one.',
    );
  },
};

import { parseArgs } from 'node:util';
import type { Command } from '../command';
import { UsageError, print } from '../io';

export const passwd: Command = {
  name: 'passwd',
  summary:
    'Change the passphrase (new one from JOURNAL_NEW_PASSPHRASE, else asked twice). Only the key file is rewritten.',
  usage: '',
  async run(args, { io, withJournal, passphrase, newPassphrase }) {
    parseArgs({ args: [...args], options: {} });
    const current = await passphrase('Current passphrase: ');
    const next = await newPassphrase('JOURNAL_NEW_PASSPHRASE');
    if (next === current)
      throw new UsageError('The new passphrase is the same as the current one.');
    await withJournal((journal) => journal.changePassphrase(next));
    print(io, 'Passphrase changed. The old one no longer opens this journal.');
  },
};

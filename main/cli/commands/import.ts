import { parseArgs } from 'node:util';
import { MAX_JSON_BYTES, parseBoundedJson } from '../../core/import/json-bounds';
import type { Command } from '../command';
import { readInput } from '../files';
import { UsageError, print } from '../io';

export const importJson: Command = {
  name: 'import',
  summary:
    'Add entries from FILE ("-" for standard input): a Twofold JSON export, or a JSON list of entries as "list --json" prints them.',
  usage: 'FILE',
  async run(args, { io, withJournal }) {
    const { positionals } = parseArgs({ args: [...args], allowPositionals: true, options: {} });
    const [file] = positionals;
    if (!file || positionals.length > 1) throw new UsageError('Give exactly one file to import.');
    const bytes = await readInput(io, file, MAX_JSON_BYTES);
    // Measured before it is parsed: too big, too deep, not UTF-8 or not JSON is one sentence.
    const data = parseBoundedJson(bytes, file === '-' ? 'The input' : file);
    const summary = await withJournal((journal) => journal.importJson(data));
    const people = summary.relationshipsCreated;
    print(
      io,
      `Imported ${summary.entries} ${summary.entries === 1 ? 'entry' : 'entries'}${
        people > 0 ? ` and ${people} new relationship${people === 1 ? '' : 's'}` : ''
      }.`,
    );
  },
};

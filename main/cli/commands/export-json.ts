import { parseArgs } from 'node:util';
import type { Command } from '../command';
import { writePrivateFile } from '../files';
import { UsageError, print, terminalSafeJson } from '../io';

export const exportJson: Command = {
  name: 'export-json',
  summary: 'Write the whole journal as JSON to FILE ("-" for standard output). Not encrypted.',
  usage: 'FILE [--force]',
  async run(args, { io, withJournal }) {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: { force: { type: 'boolean' } },
    });
    const [file] = positionals;
    if (!file || positionals.length > 1) throw new UsageError('Give exactly one file to write.');
    const data = await withJournal((journal) => journal.exportJson());
    const text = `${terminalSafeJson(data)}\n`;
    if (file === '-') {
      io.stdout.write(text);
      return;
    }
    await writePrivateFile(file, Buffer.from(text, 'utf8'), values.force === true);
    print(io, `Wrote ${data.entries.length} entries to ${file}.`);
    io.stderr.write(
      `Note: ${file} is not encrypted. Keep it somewhere private, and delete it when you are done.\n`,
    );
  },
};

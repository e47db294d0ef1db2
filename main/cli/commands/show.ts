import { parseArgs } from 'node:util';
import type { Command } from '../command';
import { toEntryJson } from '../entry-json';
import { UsageError, print, printJson } from '../io';

export const show: Command = {
  name: 'show',
  summary: 'Show one entry.',
  usage: 'ID [--json]',
  async run(args, { io, withJournal }) {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: { json: { type: 'boolean' } },
    });
    const [id] = positionals;
    if (!id || positionals.length > 1) throw new UsageError('Give exactly one entry id.');
    await withJournal(async (journal) => {
      const entry = toEntryJson(await journal.getEntry(id), await journal.listRelationships());
      if (values.json) return printJson(io, entry);
      print(io, `${entry.date}${entry.title ? `  ${entry.title}` : ''}`);
      const scores = Object.entries(entry.scores).map(([k, v]) => `${k}=${v}`);
      if (scores.length > 0) print(io, `Scores: ${scores.join(', ')}`);
      if (entry.relationships.length > 0) print(io, `With: ${entry.relationships.join(', ')}`);
      if (entry.signs.length > 0) print(io, `Signs: ${entry.signs.join(', ')}`);
      print(io, `\n${entry.text}`);
    });
  },
};

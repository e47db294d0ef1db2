import { parseArgs } from 'node:util';
import type { Command } from '../command';
import { UsageError, print, printJson } from '../io';

export const search: Command = {
  name: 'search',
  summary: 'Find entries containing every word of QUERY.',
  usage: 'QUERY [--json]',
  async run(args, { io, withJournal }) {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: { json: { type: 'boolean' }, limit: { type: 'string' } },
    });
    const query = positionals.join(' ').trim();
    if (!query) throw new UsageError('Give something to search for.');
    const limit = values.limit === undefined ? 50 : Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 500)
      throw new UsageError('--limit must be 1 to 500.');
    await withJournal(async (journal) => {
      const result = await journal.search({ query, limit });
      const hits = result.hits.map((h) => ({
        id: h.id,
        date: h.date,
        title: h.title,
        snippet: h.snippet.map((p) => p.text).join(''),
      }));
      if (values.json) return printJson(io, hits);
      if (hits.length === 0) return print(io, 'No entries match.');
      for (const h of hits) print(io, `${h.date}  ${h.id}  ${h.title ?? ''}\n    ${h.snippet}`);
    });
  },
};

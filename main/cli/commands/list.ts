import { parseArgs } from 'node:util';
import { isCalendarDate } from '../../contract/primitives';
import type { Command } from '../command';
import { toEntryJson } from '../entry-json';
import { UsageError, print, printJson } from '../io';

function checkDate(value: string | undefined, flag: string): string | undefined {
  if (value !== undefined && !isCalendarDate(value)) {
    throw new UsageError(`${flag} must be a date written as YYYY-MM-DD, not "${value}".`);
  }
  return value;
}

export const list: Command = {
  name: 'list',
  summary: 'List entries, oldest first.',
  usage: '[--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json]',
  async run(args, { io, withJournal }) {
    const { values } = parseArgs({
      args: [...args],
      options: { from: { type: 'string' }, to: { type: 'string' }, json: { type: 'boolean' } },
    });
    const from = checkDate(values.from, '--from');
    const to = checkDate(values.to, '--to');
    await withJournal(async (journal) => {
      const summaries = (await journal.listEntries({ from, to })).reverse();
      if (values.json) {
        const relationships = await journal.listRelationships();
        const full = [];
        for (const s of summaries)
          full.push(toEntryJson(await journal.getEntry(s.id), relationships));
        printJson(io, full);
        return;
      }
      if (summaries.length === 0) return print(io, 'No entries.');
      for (const s of summaries) {
        print(io, `${s.date}  ${s.id}  ${s.title ?? s.preview.slice(0, 60)}`);
      }
    });
  },
};

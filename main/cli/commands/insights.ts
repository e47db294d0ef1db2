import { parseArgs } from 'node:util';
import { isCalendarDate } from '../../contract/primitives';
import { readInsights } from '../../core/insights';
import type { Command } from '../command';
import { UsageError, print, printJson } from '../io';
import { insightsText } from '../insights-output';

function checkDate(value: string | undefined, flag: string): string | undefined {
  if (value !== undefined && !isCalendarDate(value)) {
    throw new UsageError(`${flag} must be a date written as YYYY-MM-DD, not "${value}".`);
  }
  return value;
}

export const insights: Command = {
  name: 'insights',
  summary:
    'Show what went with higher or lower ratings, the sense of self per person, and markers.',
  usage: '[--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json]',
  async run(args, { io, withJournal }) {
    const { values } = parseArgs({
      args: [...args],
      options: {
        from: { type: 'string' },
        to: { type: 'string' },
        json: { type: 'boolean' },
      },
    });
    const from = checkDate(values.from, '--from');
    const to = checkDate(values.to, '--to');
    if (from && to && from > to) throw new UsageError('--from must not be after --to.');
    await withJournal(async (journal) => {
      const report = await readInsights(journal, { from, to });
      if (values.json) return printJson(io, report);
      print(io, insightsText(report, await journal.listDimensions()).join('\n'));
    });
  },
};

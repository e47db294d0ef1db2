import { parseArgs } from 'node:util';
import { isCalendarDate } from '../../contract/primitives';
import { BUCKET_SIZES, type BucketSize } from '../../contract/trends';
import { readTrends } from '../../core/trends';
import type { Command } from '../command';
import { UsageError, print, printJson } from '../io';
import { bucketsJson, bucketsTable } from '../trends-output';

function checkDate(value: string | undefined, flag: string): string | undefined {
  if (value !== undefined && !isCalendarDate(value)) {
    throw new UsageError(`${flag} must be a date written as YYYY-MM-DD, not "${value}".`);
  }
  return value;
}

function checkBucket(value: string | undefined): BucketSize | undefined {
  if (value === undefined) return undefined;
  const size = BUCKET_SIZES.find((b) => b === value);
  if (!size) throw new UsageError(`--by must be day, week or month, not "${value}".`);
  return size;
}

export const trends: Command = {
  name: 'trends',
  summary: 'Show how each dimension changed, bucket by bucket.',
  usage:
    '[--from YYYY-MM-DD] [--to YYYY-MM-DD] [--by day|week|month] [--relationship NAME]... [--dimension KEY]... [--json]',
  async run(args, { io, withJournal }) {
    const { values } = parseArgs({
      args: [...args],
      options: {
        from: { type: 'string' },
        to: { type: 'string' },
        by: { type: 'string' },
        relationship: { type: 'string', multiple: true },
        dimension: { type: 'string', multiple: true },
        json: { type: 'boolean' },
      },
    });
    const from = checkDate(values.from, '--from');
    const to = checkDate(values.to, '--to');
    if (from && to && from > to) throw new UsageError('--from must not be after --to.');
    const by = checkBucket(values.by);
    await withJournal(async (journal) => {
      const relationships = await journal.listRelationships();
      const relationshipIds = (values.relationship ?? []).map((name) => {
        const found = relationships.find(
          (r) => r.name.toLocaleLowerCase() === name.trim().toLocaleLowerCase(),
        );
        if (!found) throw new UsageError(`There is no relationship called "${name}".`);
        return found.id;
      });
      const dimensions = await journal.listDimensions();
      for (const key of values.dimension ?? []) {
        if (!dimensions.some((d) => d.key === key)) {
          throw new UsageError(`There is no dimension with the key "${key}".`);
        }
      }
      const series = await readTrends(journal, {
        filter: { from, to, relationshipIds, dimensions: values.dimension },
        by,
      });
      if (values.json) return printJson(io, bucketsJson(series.buckets));
      const shown = series.dimensions.map((k) => dimensions.find((d) => d.key === k)!);
      const signs = (await journal.listSigns()).filter((s) => series.signs.includes(s.key));
      print(io, `Trends from ${series.from} to ${series.to}, by ${series.by}:\n`);
      print(io, bucketsTable(series.buckets, shown, signs).join('\n'));
    });
  },
};

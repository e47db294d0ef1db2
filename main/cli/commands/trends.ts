import { parseArgs } from 'node:util';
import { isCalendarDate } from '../../contract/primitives';
import { BUCKET_SIZES, type BucketSize } from '../../contract/trends';
import { readRangeComparison, readTrends } from '../../core/trends';
import type { Command } from '../command';
import { UsageError, print, printJson } from '../io';
import { bucketsJson, bucketsTable, comparisonJson, comparisonTable } from '../trends-output';

function checkDate(value: string | undefined, flag: string): string | undefined {
  if (value !== undefined && !isCalendarDate(value)) {
    throw new UsageError(`${flag} must be a date written as YYYY-MM-DD, not "${value}".`);
  }
  return value;
}

/** "FROM..TO" as a range of days, both included. */
function checkPeriod(value: string): { from: string; to: string } {
  const [from, to, ...rest] = value.split('..');
  if (rest.length > 0 || !from || !to || !isCalendarDate(from) || !isCalendarDate(to)) {
    throw new UsageError(
      `A period to compare is written FROM..TO, with dates as YYYY-MM-DD, not "${value}".`,
    );
  }
  if (from > to) throw new UsageError(`The period ${value} ends before it starts.`);
  return { from, to };
}

function checkPeriods(positionals: readonly string[]) {
  if (positionals.length !== 2) {
    throw new UsageError('--compare needs two periods: --compare FROM..TO FROM..TO.');
  }
  const before = checkPeriod(positionals[0]!);
  const after = checkPeriod(positionals[1]!);
  // Ratings on a day both periods hold would be counted on both sides.
  if (before.from <= after.to && after.from <= before.to) {
    throw new UsageError('The two periods overlap; compare periods that share no day.');
  }
  return { before, after };
}

function checkBucket(value: string | undefined): BucketSize | undefined {
  if (value === undefined) return undefined;
  const size = BUCKET_SIZES.find((b) => b === value);
  if (!size) throw new UsageError(`--by must be day, week or month, not "${value}".`);
  return size;
}

export const trends: Command = {
  name: 'trends',
  summary: 'Show how each dimension changed, bucket by bucket, or compare two periods.',
  usage:
    '[--from YYYY-MM-DD] [--to YYYY-MM-DD] [--by day|week|month] [--relationship NAME]... [--dimension KEY]... [--json]\n' +
    '       journal trends --compare FROM..TO FROM..TO [--relationship NAME]... [--dimension KEY]... [--json]',
  async run(args, { io, withJournal }) {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        compare: { type: 'boolean' },
        from: { type: 'string' },
        to: { type: 'string' },
        by: { type: 'string' },
        relationship: { type: 'string', multiple: true },
        dimension: { type: 'string', multiple: true },
        json: { type: 'boolean' },
      },
    });
    if (!values.compare && positionals.length > 0) {
      throw new UsageError(
        `"trends" takes no arguments besides its options (did you mean --compare?).`,
      );
    }
    if (values.compare && (values.from || values.to || values.by)) {
      throw new UsageError('--compare takes its two periods instead of --from, --to and --by.');
    }
    const periods = values.compare ? checkPeriods(positionals) : null;
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
      if (periods) {
        const comparison = await readRangeComparison(journal, periods.before, periods.after, {
          relationshipIds,
          dimensions: values.dimension,
        });
        if (values.json) return printJson(io, comparisonJson(comparison));
        print(io, comparisonTable(comparison, dimensions).join('\n'));
        return;
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

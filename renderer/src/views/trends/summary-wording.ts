import {
  type DimensionChange,
  MIN_RATINGS_FOR_CHANGE,
  differenceText,
  meanWithCount,
} from '../../../../main/contract';

type Poles = Readonly<{ low: string; high: string }>;

/** "with last month" from "since last month": the period a change is measured against. */
const against = (since: string) => since.replace(/^since /, 'with ');

/**
 * What a card says about the change, without the dimension's name (the card shows it above).
 * A direction only from the comparison's verdict; otherwise why there is none.
 */
export function changeSentence(change: DimensionChange, since: string, poles: Poles): string {
  switch (change.verdict) {
    case 'higher':
      return `Higher ${since}, toward “${poles.high}”`;
    case 'lower':
      return `Lower ${since}, toward “${poles.low}”`;
    case 'no clear change':
      return `No clear change ${since}`;
    case 'not enough ratings':
      return change.after.count === 0
        ? 'Not rated in this range'
        : `Not enough ratings to compare ${against(since)}`;
  }
}

/** The numbers under the sentence: the difference and its interval, or what is missing. */
export function changeBasis(change: DimensionChange): string {
  const numbers = differenceText(change);
  if (numbers) return `${numbers}, 95% interval · ${change.before.count} ratings before`;
  const counts = `${change.after.count} now, ${change.before.count} before`;
  return `${counts}; ${MIN_RATINGS_FOR_CHANGE} on each side are needed`;
}

/** The card read out as one sentence: its name, mean and count, and the change. */
export function cardLabel(
  name: string,
  change: DimensionChange,
  since: string | null,
  poles: Poles,
): string {
  const mean = `${name}: ${meanWithCount(change.after)}`;
  return since === null
    ? `${mean}, all time.`
    : `${mean}. ${changeSentence(change, since, poles)}.`;
}

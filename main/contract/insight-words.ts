import type { RelationshipKind } from './domain';
import { type InsightSubject, SELF_DIMENSION, type WithWithoutRow } from './insights';
import { MIN_RATINGS_FOR_CHANGE, type ScoreStat, type Verdict } from './trends';

// How insights are said, the same in the app, the command line and the summary. The wording
// describes what went together in the person's own ratings; it never says one thing caused
// another, and a direction appears only when the comparison's verdict gives one.

/**
 * "+0.8", "−0.3", "±0.0": one decimal with a real minus sign, and as many more (up to four) as
 * it takes to keep a small non-zero value from reading as zero: an interval that excludes 0
 * never appears to touch it.
 */
export function signedNumber(value: number): string {
  let digits = 1;
  while (digits < 4 && value !== 0 && Number(Math.abs(value).toFixed(digits)) === 0) digits += 1;
  const shown = Math.abs(value).toFixed(digits);
  if (value === 0) return `±${shown}`;
  return `${value > 0 ? '+' : '−'}${shown}`;
}

export function ratingsWord(count: number): string {
  return count === 1 ? '1 rating' : `${count} ratings`;
}

export function entriesWord(count: number): string {
  return count === 1 ? '1 entry' : `${count} entries`;
}

/** A relationship's kind as a role: what "people as roles" shows instead of a name. */
export const ROLE_NAMES: Readonly<Record<RelationshipKind, string>> = {
  partner: 'Partner',
  family: 'Family',
  friend: 'Friend',
  work: 'Work',
  other: 'Other',
};

/** What the entries had, inside a sentence: “a sign”, entries about Sam, entries tagged “work”. */
export function subjectPhrase(subject: InsightSubject): string {
  switch (subject.kind) {
    case 'sign':
      return `“${subject.label}”`;
    case 'relationship':
      return `entries about ${subject.label}`;
    case 'tag':
      return `entries tagged “${subject.label}”`;
  }
}

/** The verdict of a with/without comparison as a heading, descriptive and never causal. */
export function withWithoutHeadline(row: WithWithoutRow, dimensionName: string): string {
  const thing = subjectPhrase(row.subject);
  switch (row.verdict) {
    case 'higher':
      return `Higher ${dimensionName} went with ${thing}`;
    case 'lower':
      return `Lower ${dimensionName} went with ${thing}`;
    case 'no clear change':
      return `No clear difference in ${dimensionName} with ${thing}`;
    case 'not enough ratings':
      return `Not enough yet: ${dimensionName} with ${thing}`;
  }
}

const mean = (stat: ScoreStat) => (stat.mean === null ? '–' : stat.mean.toFixed(1));

/**
 * The figures behind it: "6.0 with vs 3.0 without · +3.0 (95% interval +2.4 to +3.6) · 10 and
 * 10 ratings". Under "not enough" only the counts, and how many a side needs.
 */
export function withWithoutFigures(row: WithWithoutRow): string {
  return sidesFigures(row.with, row.without, row, ['with', 'without']);
}

/** The same for any two sides: `first` is the side the difference is measured from. */
export function sidesFigures(
  first: ScoreStat,
  second: ScoreStat,
  c: Readonly<{
    difference: number | null;
    interval: readonly [number, number] | null;
    verdict: Verdict;
  }>,
  names: readonly [string, string],
): string {
  // Both sides have at least MIN_RATINGS_FOR_CHANGE here: always plural.
  const counts = `${first.count} and ${second.count} ratings`;
  if (c.verdict === 'not enough ratings' || c.difference === null) {
    return `Not enough yet: ${first.count} ${names[0]}, ${second.count} ${names[1]} (${MIN_RATINGS_FOR_CHANGE} a side needed)`;
  }
  const interval = c.interval
    ? ` (95% interval ${signedNumber(c.interval[0])} to ${signedNumber(c.interval[1])})`
    : '';
  return `${mean(first)} ${names[0]} vs ${mean(second)} ${names[1]} · ${signedNumber(c.difference)}${interval} · ${counts}`;
}

/** A verdict about a marker: what the 30 days after it looked like beside the 30 before. */
export function markerVerdictWords(verdict: Verdict): string {
  switch (verdict) {
    case 'higher':
      return 'Higher after';
    case 'lower':
      return 'Lower after';
    case 'no clear change':
      return 'No clear difference';
    case 'not enough ratings':
      return 'Not enough yet';
  }
}

/**
 * A person's entries against the others, in words: "more yourself" for the sense of self, the
 * dimension's name for any other.
 */
export function personVerdictWords(verdict: Verdict, dimensionKey: string, name: string): string {
  const self = dimensionKey === SELF_DIMENSION;
  switch (verdict) {
    case 'higher':
      return self
        ? 'More yourself than in your other entries'
        : `Higher ${name} than in your other entries`;
    case 'lower':
      return self
        ? 'Less yourself than in your other entries'
        : `Lower ${name} than in your other entries`;
    case 'no clear change':
      return 'No clear difference from your other entries';
    case 'not enough ratings':
      return 'Not enough yet';
  }
}

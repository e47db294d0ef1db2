import { randomUUID } from 'node:crypto';
import { entryInput } from '../../main/core/testing/entry-input';
import { FLOOR_KDF, createVault } from '../../main/core/vault/lifecycle';
import type { VaultSetup } from '../fixtures';
import { daysAgo } from './trend-seed';

/** Two years of entries every other day, about Sam or Mum, for the honest-numbers checks. */
export const SPAN_DAYS = 730;
/** No entry at all on these days ago: a whole week (Monday to Sunday) falls inside. */
export const GAP = { from: 15, to: 29 } as const;
/** Autonomy is rated three times in the last 30 days and three times in the 30 before. */
export const AUTONOMY = { since: [2, 4, 6], before: [32, 34, 36] } as const;
/** Therapy sessions, in days ago: the summary's default range starts at the later one. */
export const SESSIONS = [40, 10] as const;

const DIMENSIONS = [
  'worth',
  'boundaries',
  'feelings',
  'communication',
  'conflict',
  'balance',
  'self',
  'regulation',
] as const;

/** A rating that rises over the two years, with a small fixed wobble per dimension. */
function rating(age: number, index: number): number {
  const trend = 2 + 4 * (1 - age / SPAN_DAYS);
  const wobble = ((age * 7 + index * 3) % 5) - 2;
  return Math.max(1, Math.min(7, Math.round(trend + wobble * 0.5)));
}

export function numbersVault(passphrase: string): VaultSetup {
  return async (dir) => {
    const { journal } = await createVault(dir, passphrase, { kdf: FLOOR_KDF });
    const people = [randomUUID(), randomUUID()];
    for (const [i, name] of ['Sam', 'Mum'].entries()) {
      await journal.saveRelationship({
        id: people[i]!,
        name,
        kind: i === 0 ? 'partner' : 'family',
        color: i === 0 ? '#2f6b5e' : '#a8447f',
        archived: false,
      });
    }
    const autonomy = new Map<number, number>([
      ...AUTONOMY.since.map((d) => [d, 7] as const),
      ...AUTONOMY.before.map((d) => [d, 1] as const),
    ]);
    for (let age = SPAN_DAYS - 1; age >= 1; age -= 1) {
      if (age >= GAP.from && age <= GAP.to) continue;
      if (age % 2 === 1 && !autonomy.has(age)) continue;
      const scores: Record<string, number> = {};
      DIMENSIONS.forEach((key, index) => (scores[key] = rating(age, index)));
      const a = autonomy.get(age);
      if (a !== undefined) scores['autonomy'] = a;
      await journal.saveEntry(
        entryInput({
          date: daysAgo(age),
          title: `Day ${age}`,
          text: `An ordinary day, ${age} days ago.`,
          scores,
          relationships: [people[age % 4 === 0 ? 1 : 0]!],
          signs: [],
          tags: [],
        }),
      );
    }
    for (const age of SESSIONS) {
      await journal.saveTherapySession({ id: randomUUID(), date: daysAgo(age) });
    }
    await journal.close();
  };
}

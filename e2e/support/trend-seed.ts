import { randomUUID } from 'node:crypto';
import { subDays } from 'date-fns';
import { localDate } from '../../main/core/clock';
import { entryInput } from '../../main/core/testing/entry-input';
import { FLOOR_KDF, createVault } from '../../main/core/vault/lifecycle';
import type { VaultSetup } from '../fixtures';

/** A rating of Boundaries `daysAgo` days before today, about one person. */
export type TrendEntry = Readonly<{
  daysAgo: number;
  boundaries: number;
  who: 'Sam' | 'Mum';
  title: string;
  signs?: readonly string[];
}>;

/**
 * The last 30 days against the 30 before them. Boundaries: 5, 6, 4+6 (one day), 5 now, mean
 * 5.2; 4, 4, 4, 5, 5 before, mean 4.4; so +0.8. About Sam alone: 17/3 now against 5 before.
 */
export const TREND_ENTRIES: readonly TrendEntry[] = [
  {
    daysAgo: 1,
    boundaries: 5,
    who: 'Sam',
    title: 'Asked for a quiet evening',
    signs: ['time_for_me'],
  },
  { daysAgo: 3, boundaries: 6, who: 'Sam', title: 'Said no to the late call' },
  {
    daysAgo: 5,
    boundaries: 4,
    who: 'Mum',
    title: 'Sunday lunch ran long',
    signs: ['yes_meant_no'],
  },
  { daysAgo: 5, boundaries: 6, who: 'Sam', title: 'We split the chores', signs: ['disagreed_ok'] },
  { daysAgo: 10, boundaries: 5, who: 'Mum', title: 'Phoned back the next day' },
  {
    daysAgo: 35,
    boundaries: 4,
    who: 'Mum',
    title: 'Covered for her again',
    signs: ['yes_meant_no'],
  },
  { daysAgo: 38, boundaries: 4, who: 'Mum', title: 'Skipped my class', signs: ['gave_up_mine'] },
  { daysAgo: 40, boundaries: 4, who: 'Mum', title: 'Waited by the phone' },
  { daysAgo: 45, boundaries: 5, who: 'Mum', title: 'Left when I needed to' },
  { daysAgo: 50, boundaries: 5, who: 'Sam', title: 'Talked about money' },
];

export function daysAgo(n: number): string {
  return localDate(subDays(new Date(), n));
}

export function trendVault(passphrase: string): VaultSetup {
  return async (dir) => {
    const { journal } = await createVault(dir, passphrase, { kdf: FLOOR_KDF });
    const ids = { Sam: randomUUID(), Mum: randomUUID() };
    await journal.saveRelationship({
      id: ids.Sam,
      name: 'Sam',
      kind: 'partner',
      color: '#2f6b5e',
      archived: false,
    });
    await journal.saveRelationship({
      id: ids.Mum,
      name: 'Mum',
      kind: 'family',
      color: '#a8447f',
      archived: false,
    });
    for (const e of TREND_ENTRIES) {
      await journal.saveEntry(
        entryInput({
          date: daysAgo(e.daysAgo),
          title: e.title,
          text: `${e.title}.`,
          scores: { boundaries: e.boundaries, worth: Math.min(7, e.boundaries + 1) },
          relationships: [ids[e.who]],
          signs: [...(e.signs ?? [])],
          tags: [],
        }),
      );
    }
    await journal.close();
  };
}

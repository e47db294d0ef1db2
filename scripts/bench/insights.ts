import type { Change } from '../../main/core/store/changes';
import type { Journal } from '../../main/core/journal';
import {
  readInsights,
  readMarkerComparisons,
  readMarkers,
  readPixels,
  readSelfByPerson,
  readWithWithout,
} from '../../main/core/insights';
import { GENERATED_RELATIONSHIPS, mulberry32 } from '../../main/core/testing/generate';
import { plusDays } from '../../main/core/trends/calendar';

// Insights at 20-year scale, over the trends bench's journal: with and without for every sign,
// person and tag, year in pixels, markers (a therapy session every four weeks for twenty years
// and a life event a year), the sense of self per person, and `journal insights` whole.

export const SESSION_EVERY_DAYS = 28;

function uuid(random: () => number): string {
  const h = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16)).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20)}`;
}

/** Sessions and life events from `first` to `last`; returns how many of each. */
export async function seedMarkers(
  journal: Journal,
  first: string,
  last: string,
): Promise<{ sessions: number; events: number }> {
  const random = mulberry32(7);
  const changes: Change[] = [];
  for (let d = first; d <= last; d = plusDays(d, SESSION_EVERY_DAYS)) {
    changes.push({ op: 'session.put', session: { id: uuid(random), date: d } });
  }
  const sessions = changes.length;
  for (let d = plusDays(first, 100); d <= last; d = plusDays(d, 365)) {
    changes.push({ op: 'lifeEvent.put', event: { id: uuid(random), date: d, label: 'New job' } });
  }
  await journal.applyBatch(changes);
  return { sessions, events: changes.length - sessions };
}

type Measure = (label: string, work: () => Promise<unknown>) => Promise<[string, string]>;

export async function insightRows(journal: Journal, measure: Measure): Promise<[string, string][]> {
  const year = { from: '2025-11-21', to: '2026-11-20' };
  const ww = await readWithWithout(journal, {});
  const clear = ww.rows.filter((r) => r.verdict === 'higher' || r.verdict === 'lower').length;
  const markers = (await readMarkers(journal)).length;
  const person = GENERATED_RELATIONSHIPS[1]!.id;
  return [
    await measure(`with and without, all time (${ww.rows.length} rows, ${clear} clear)`, () =>
      readWithWithout(journal, {}),
    ),
    await measure('with and without, a year', () => readWithWithout(journal, year)),
    await measure('year in pixels, one year', () =>
      readPixels(journal, { ...year, dimension: 'self' }),
    ),
    await measure('year in pixels, all 20 years', () => readPixels(journal, { dimension: 'self' })),
    await measure('year in pixels, one person, all years', () =>
      readPixels(journal, { dimension: 'self', relationshipId: person }),
    ),
    await measure(`markers: 30 days before/after, all ${markers}`, () =>
      readMarkerComparisons(journal, {}),
    ),
    await measure('markers: the list for a chart, all time', () => readMarkers(journal)),
    await measure('sense of self per person, all time', () => readSelfByPerson(journal, {})),
    await measure('`journal insights`, all time (all of the above)', () =>
      readInsights(journal, {}),
    ),
  ];
}

import { afterAll, describe, expect, it } from 'vitest';
import {
  autoBucket,
  bucketEnd,
  bucketStart,
  bucketsOf,
  lengthInDays,
  plusDays,
  previousRange,
  splitRange,
} from './calendar';

// Zones with a daylight-saving change on the days below (New York and Berlin in spring and
// autumn 2026, Lord Howe by half an hour, Santiago at midnight) and one without.
const ZONES = [
  'America/New_York',
  'Europe/Berlin',
  'Australia/Lord_Howe',
  'America/Santiago',
  'UTC',
];
const original = process.env['TZ'];
afterAll(() => {
  if (original === undefined) delete process.env['TZ'];
  else process.env['TZ'] = original;
});

describe.each(ZONES)('calendar days in %s', (zone) => {
  it('runs in that zone', () => {
    process.env['TZ'] = zone;
    const offsets = new Set([0, 3, 6, 9].map((m) => new Date(2026, m, 15, 12).getTimezoneOffset()));
    expect(offsets.size).toBe(zone === 'UTC' ? 1 : 2);
  });

  it('steps over daylight-saving days one calendar day at a time', () => {
    process.env['TZ'] = zone;
    expect(plusDays('2026-03-07', 1)).toBe('2026-03-08');
    expect(plusDays('2026-03-08', 1)).toBe('2026-03-09');
    expect(plusDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(plusDays('2026-10-24', 2)).toBe('2026-10-26');
    expect(plusDays('2026-04-05', -1)).toBe('2026-04-04');
    expect(plusDays('2026-09-05', 1)).toBe('2026-09-06');
    expect(lengthInDays({ from: '2026-03-01', to: '2026-03-31' })).toBe(31);
    expect(lengthInDays({ from: '2026-10-01', to: '2026-10-31' })).toBe(31);
    expect(lengthInDays({ from: '2026-01-01', to: '2026-12-31' })).toBe(365);
  });

  it('starts weeks on Monday and months on the first, across the changes', () => {
    process.env['TZ'] = zone;
    expect(bucketStart('2026-03-08', 'week')).toBe('2026-03-02');
    expect(bucketEnd('2026-03-08', 'week')).toBe('2026-03-08');
    expect(bucketStart('2026-03-09', 'week')).toBe('2026-03-09');
    expect(bucketStart('2026-03-29', 'week')).toBe('2026-03-23');
    expect(bucketEnd('2026-10-25', 'week')).toBe('2026-10-25');
    expect(bucketStart('2026-10-26', 'week')).toBe('2026-10-26');
    expect(bucketStart('2026-10-25', 'month')).toBe('2026-10-01');
    expect(bucketEnd('2026-02-10', 'month')).toBe('2026-02-28');
    expect(bucketEnd('2028-02-10', 'month')).toBe('2028-02-29');
    expect(bucketsOf({ from: '2026-03-01', to: '2026-04-05' }, 'week')).toHaveLength(6);
    expect(bucketsOf({ from: '2026-03-06', to: '2026-03-10' }, 'day').map((b) => b.from)).toEqual([
      '2026-03-06',
      '2026-03-07',
      '2026-03-08',
      '2026-03-09',
      '2026-03-10',
    ]);
  });
});

describe('buckets of a range', () => {
  it('cuts the first and last bucket to the range', () => {
    expect(bucketsOf({ from: '2026-03-04', to: '2026-03-10' }, 'week')).toEqual([
      { from: '2026-03-04', to: '2026-03-08' },
      { from: '2026-03-09', to: '2026-03-10' },
    ]);
    expect(bucketsOf({ from: '2026-01-15', to: '2026-03-10' }, 'month')).toEqual([
      { from: '2026-01-15', to: '2026-01-31' },
      { from: '2026-02-01', to: '2026-02-28' },
      { from: '2026-03-01', to: '2026-03-10' },
    ]);
    expect(bucketsOf({ from: '2026-12-28', to: '2027-01-03' }, 'week')).toEqual([
      { from: '2026-12-28', to: '2027-01-03' },
    ]);
  });

  it('chooses days up to two months, weeks up to two years, months beyond', () => {
    expect(autoBucket({ from: '2026-01-01', to: '2026-03-03' })).toBe('day');
    expect(autoBucket({ from: '2026-01-01', to: '2026-03-04' })).toBe('week');
    expect(autoBucket({ from: '2026-01-01', to: '2027-12-31' })).toBe('week');
    expect(autoBucket({ from: '2026-01-01', to: '2028-01-02' })).toBe('month');
  });

  it('finds the range of equal length before, and cuts a range in parts', () => {
    expect(previousRange({ from: '2026-03-11', to: '2026-03-20' })).toEqual({
      from: '2026-03-01',
      to: '2026-03-10',
    });
    expect(previousRange({ from: '2026-03-01', to: '2026-03-31' })).toEqual({
      from: '2026-01-29',
      to: '2026-02-28',
    });
    expect(splitRange({ from: '2026-03-01', to: '2026-03-10' }, 3)).toEqual([
      { from: '2026-03-01', to: '2026-03-03' },
      { from: '2026-03-04', to: '2026-03-06' },
      { from: '2026-03-07', to: '2026-03-10' },
    ]);
    expect(splitRange({ from: '2026-03-01', to: '2026-03-02' }, 3)).toHaveLength(2);
  });
});

import { describe, expect, it } from 'vitest';
import reference from './fixtures/welch-reference.json';
import { NO_RATINGS, compareRatings, ratingsOf } from './compare';
import { studentTCdf, studentTQuantile } from './student-t';

// Against values computed outside Twofold (SciPy, and R's documented t.test output), kept in
// fixtures/welch-reference.json with where each came from (scripts/reference/welch_fixtures.py).

type WelchCase = Readonly<{
  name: string;
  source: string;
  before: number[];
  after: number[];
  verdict: string;
  difference: number;
  df: number;
  interval: [number, number];
}>;

const cases = reference.welch as WelchCase[];
const byName = (name: string) => cases.find((c) => c.name.startsWith(name))!;

describe('compareRatings against SciPy and R', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const result = compareRatings(ratingsOf(c.before), ratingsOf(c.after));
    expect(result.before.count).toBe(c.before.length);
    expect(result.after.count).toBe(c.after.length);
    expect(result.difference).toBeCloseTo(c.difference, 10);
    expect(result.interval![0]).toBeCloseTo(c.interval[0], 9);
    expect(result.interval![1]).toBeCloseTo(c.interval[1], 9);
    expect(result.verdict).toBe(c.verdict);
  });

  it("matches R's printed interval for Student's sleep data", () => {
    const c = byName('textbook');
    const result = compareRatings(ratingsOf(c.before), ratingsOf(c.after));
    // R prints the interval for group 1 − group 2 as -3.3654832 0.2054832.
    expect(result.interval![0]).toBeCloseTo(-0.2054832, 7);
    expect(result.interval![1]).toBeCloseTo(3.3654832, 7);
    expect(result.before.mean).toBeCloseTo(0.75, 12);
    expect(result.after.mean).toBeCloseTo(2.33, 12);
  });

  it('says nothing about 3 against 3 ratings, however far apart', () => {
    const result = compareRatings(ratingsOf([1, 2, 1]), ratingsOf([7, 6, 7]));
    expect(result.verdict).toBe('not enough ratings');
    // The numbers are still there to read; only the claim is withheld.
    expect(result.interval![0]).toBeGreaterThan(0);
  });

  it('30 against 30 from one distribution: no clear change; a difference of 2: higher', () => {
    const same = byName('30 vs 30 from the same');
    const up = byName('30 vs 30, a difference');
    expect(compareRatings(ratingsOf(same.before), ratingsOf(same.after)).verdict).toBe(
      'no clear change',
    );
    expect(compareRatings(ratingsOf(up.before), ratingsOf(up.after)).verdict).toBe('higher');
    expect(compareRatings(ratingsOf(up.after), ratingsOf(up.before)).verdict).toBe('lower');
  });
});

describe('compareRatings at the edges', () => {
  it('needs five ratings on both sides for a direction', () => {
    const low = [2, 2, 3, 2, 3];
    const high = [6, 6, 5, 6, 5];
    expect(compareRatings(ratingsOf(low), ratingsOf(high)).verdict).toBe('higher');
    expect(compareRatings(ratingsOf(low.slice(1)), ratingsOf(high)).verdict).toBe(
      'not enough ratings',
    );
    expect(compareRatings(ratingsOf(low), ratingsOf(high.slice(1))).verdict).toBe(
      'not enough ratings',
    );
  });

  it('gives no difference without a rating on each side, and no interval without two', () => {
    expect(compareRatings(NO_RATINGS, ratingsOf([4, 5]))).toEqual({
      before: { mean: null, count: 0 },
      after: { mean: 4.5, count: 2 },
      difference: null,
      interval: null,
      verdict: 'not enough ratings',
    });
    const one = compareRatings(ratingsOf([3]), ratingsOf([4, 5]));
    expect(one.difference).toBe(1.5);
    expect(one.interval).toBeNull();
  });

  it('reads ratings without spread as exactly their difference', () => {
    const steady = compareRatings(ratingsOf([4, 4, 4, 4, 4]), ratingsOf([5, 5, 5, 5, 5]));
    expect(steady).toMatchObject({ difference: 1, interval: [1, 1], verdict: 'higher' });
    const same = compareRatings(ratingsOf([4, 4, 4, 4, 4]), ratingsOf([4, 4, 4, 4, 4]));
    expect(same).toMatchObject({ difference: 0, interval: [0, 0], verdict: 'no clear change' });
  });

  it('calls an interval that touches 0 no clear change', () => {
    // Nine 4s and a 5 against ten 4s: lower bound well below 0, so no claim either way.
    const result = compareRatings(
      ratingsOf(Array(10).fill(4)),
      ratingsOf([...Array(9).fill(4), 5]),
    );
    expect(result.interval![0]).toBeLessThan(0);
    expect(result.verdict).toBe('no clear change');
  });
});

describe("Student's t", () => {
  it.each(reference.studentTQuantiles.map((q) => [q.df, q.p, q.t] as const))(
    'quantile at df %s, p %s matches SciPy',
    (df, p, t) => {
      const got = studentTQuantile(p, df);
      // ln Γ differences of large arguments cost digits: 1e-9 at df = 10^6, far below display.
      expect(Math.abs(got - t) / Math.abs(t)).toBeLessThan(df > 1e4 ? 1e-9 : 1e-11);
      expect(studentTQuantile(1 - p, df)).toBeCloseTo(-got, 10);
      expect(studentTCdf(got, df)).toBeCloseTo(p, 12);
    },
  );

  it('refuses what has no quantile', () => {
    expect(() => studentTQuantile(1, 5)).toThrow(RangeError);
    expect(() => studentTQuantile(0.975, 0)).toThrow(RangeError);
    expect(studentTQuantile(0.5, 3)).toBe(0);
  });
});

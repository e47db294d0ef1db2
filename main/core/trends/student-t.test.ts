import { describe, expect, it } from 'vitest';
import { studentTCdf, studentTQuantile } from './student-t';

// The SciPy fixtures (compare.test.ts) pin the quantile at 45 points; this walks a grid far
// wider than the comparison uses, where Newton's method has to start far from the root.

describe("Student's t quantile by Newton's method", () => {
  const dfs = [0.3, 0.7, 1, 1.3, 2, 2.5, 4, 7.7, 15, 33.3, 120, 999, 12_345, 250_000];
  const ps = [0.5001, 0.51, 0.6, 0.75, 0.9, 0.95, 0.975, 0.99, 0.999, 0.99999];
  it.each(dfs)('inverts the distribution at df %s, for every p', (df) => {
    for (const p of ps) {
      const t = studentTQuantile(p, df);
      expect(t).toBeGreaterThan(0);
      expect(Math.abs(studentTCdf(t, df) - p)).toBeLessThan(1e-12);
      expect(studentTQuantile(1 - p, df)).toBeCloseTo(-t, 9);
    }
  });

  it('grows as the tail thins and shrinks towards the normal as df grows', () => {
    expect(studentTQuantile(0.975, 1)).toBeCloseTo(12.7062047362, 9);
    expect(studentTQuantile(0.975, 4)).toBeCloseTo(2.7764451052, 9);
    expect(studentTQuantile(0.975, 1e6)).toBeCloseTo(1.959966, 5);
  });
});

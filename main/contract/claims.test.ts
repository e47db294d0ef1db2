import { describe, expect, it } from 'vitest';
import { comparisonText, intervalText, meanWithCount, signed } from './claims';

describe('how numbers are written', () => {
  it('gives every mean its count', () => {
    expect(meanWithCount({ mean: 3.6123, count: 41 })).toBe('3.6 · 41 ratings');
    expect(meanWithCount({ mean: 4, count: 1 })).toBe('4.0 · 1 rating');
    expect(meanWithCount({ mean: null, count: 0 })).toBe('not rated');
  });

  it('signs differences, and never rounds a bound that excludes 0 onto it', () => {
    expect(signed(0.8000000000000007)).toBe('+0.8');
    expect(signed(-0.34)).toBe('−0.3');
    expect(signed(0)).toBe('±0.0');
    expect(signed(0.04)).toBe('+0.04');
    expect(signed(-0.001)).toBe('±0.00');
    expect(intervalText([0.04, 1.26])).toBe('+0.04 to +1.3');
  });

  it('says a direction only with its interval, and nothing more without enough ratings', () => {
    const stat = { mean: 4, count: 6 };
    expect(
      comparisonText({
        before: stat,
        after: stat,
        difference: 1.2,
        interval: [0.4, 2],
        verdict: 'higher',
      }),
    ).toBe('Higher: +1.2 (95% interval +0.4 to +2.0)');
    expect(
      comparisonText({
        before: { mean: 2, count: 3 },
        after: { mean: 6.5, count: 3 },
        difference: 4.5,
        interval: [2, 7],
        verdict: 'not enough ratings',
      }),
    ).toBe('Not enough ratings');
  });
});

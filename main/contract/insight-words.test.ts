import { describe, expect, it } from 'vitest';
import { personVerdictWords, sidesFigures, signedNumber, subjectPhrase } from './insight-words';

describe('how insights are said', () => {
  it('never lets a small non-zero bound read as zero', () => {
    expect(signedNumber(0.8)).toBe('+0.8');
    expect(signedNumber(-0.34)).toBe('−0.3');
    expect(signedNumber(0.04)).toBe('+0.04');
    expect(signedNumber(0.0004)).toBe('+0.0004');
    expect(signedNumber(-0.003)).toBe('−0.003');
    expect(signedNumber(0)).toBe('±0.0');
  });

  it('names what the entries had without saying it caused anything', () => {
    const base = { id: 'x', relationshipKind: null };
    expect(subjectPhrase({ ...base, kind: 'sign', label: 'Asked for help and got it' })).toBe(
      '“Asked for help and got it”',
    );
    expect(subjectPhrase({ ...base, kind: 'tag', label: 'walk' })).toBe('entries tagged “walk”');
    expect(personVerdictWords('lower', 'worth', 'Self-worth')).toBe(
      'Lower Self-worth than in your other entries',
    );
  });

  it('shows only counts when a side has too few ratings', () => {
    const figures = sidesFigures(
      { mean: null, count: 4 },
      { mean: null, count: 30 },
      { difference: null, interval: null, verdict: 'not enough ratings' },
      ['after', 'before'],
    );
    expect(figures).toBe('Not enough yet: 4 after, 30 before (5 a side needed)');
  });
});

import { describe, expect, it } from 'vitest';
import { keyFor, move } from './keys';

describe('keys for custom dimensions and signs', () => {
  it('is lower-case, starts with a letter, and never repeats one in use', () => {
    expect(keyFor('Sleep', [])).toBe('sleep');
    expect(keyFor('Sleep', ['sleep'])).toBe('sleep_2');
    expect(keyFor('  2 Mood & energy!', [])).toBe('mood_energy');
    expect(keyFor('???', [])).toBe('custom');
    expect(keyFor('Énergie', [])).toBe('energie');
  });

  it('moves an item one place, and not past either end', () => {
    expect(move(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(move(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
});

import type { DimensionChange } from '../../../../main/contract';

/** "+0.8", "−0.3", "±0.0": one decimal, with a real minus sign. */
export function signedChange(change: number): string {
  const rounded = Math.round(change * 10) / 10;
  if (rounded === 0) return '±0.0';
  return `${rounded > 0 ? '+' : '−'}${Math.abs(rounded).toFixed(1)}`;
}

export function rated(count: number): string {
  return count === 1 ? '1 rated entry' : `${count} rated entries`;
}

/** The sentence a card says out loud: direction in words, and toward which pole. */
export function changeSentence(
  name: string,
  change: DimensionChange,
  since: string,
  poles: Readonly<{ low: string; high: string }>,
): string {
  if (change.change === null) {
    return change.after.count === 0
      ? `${name}: nothing rated in this range.`
      : `${name}: nothing rated ${since.replace(/^since /, 'in ')} to compare with.`;
  }
  const shown = signedChange(change.change);
  if (shown === '±0.0') return `${name}: no change ${since}.`;
  const toward = change.change > 0 ? poles.high : poles.low;
  return `${name}: ${change.change > 0 ? 'up' : 'down'} ${shown.slice(1)} ${since}, toward “${toward}”.`;
}

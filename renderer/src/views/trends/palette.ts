// Series colours after Okabe & Ito's palette, which stays distinguishable with the common kinds
// of colour blindness: deeper tones on paper, lighter ones in the dark. Each series also gets
// its own dash pattern, so overlaid lines never depend on colour alone. The colours live in
// trends.css as --series-N, so they follow the theme.

const SERIES = 9;
const DASHES = ['', '6 3', '2 3', '10 3 2 3', '4 4', '1 3', '8 2', '3 2 1 2', '12 4'];

export function seriesColor(index: number): string {
  return `var(--series-${(index % SERIES) + 1})`;
}

export function seriesDash(index: number): string {
  return DASHES[index % DASHES.length]!;
}

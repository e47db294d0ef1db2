// Entry text as the summary shows it: paragraphs, and excerpts cut at a sentence.

const EXCERPT_CHARS = 480;

/**
 * Paragraphs split at blank lines. A single line break inside a paragraph stays ("\n"): a
 * list typed one thought a line should reach the therapist as a list, not as one long line.
 */
export function paragraphsOf(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[^\S\n]*\n/)
    .map((p) =>
      p
        .split('\n')
        .map((line) => line.replace(/\s+/g, ' ').trim())
        .filter((line) => line.length > 0)
        .join('\n'),
    )
    .filter((p) => p.length > 0);
}

/** The opening of an entry: whole paragraphs while they fit, else the first sentences. */
export function excerptOf(text: string): { paragraphs: string[]; cut: boolean } {
  const all = paragraphsOf(text);
  const kept: string[] = [];
  let length = 0;
  for (const p of all) {
    if (length + p.length > EXCERPT_CHARS) break;
    kept.push(p);
    length += p.length;
  }
  if (kept.length === 0 && all[0]) {
    const first = all[0];
    const sentences = first.match(/[^.!?]+[.!?]+["'”’)]*\s*/g) ?? [first];
    let cut = '';
    for (const s of sentences) {
      if (cut.length > 0 && cut.length + s.length > EXCERPT_CHARS) break;
      cut += s;
    }
    if (cut.length > EXCERPT_CHARS * 1.5)
      cut = `${cut.slice(0, EXCERPT_CHARS).replace(/\s+\S*$/, '')}`;
    return { paragraphs: [`${cut.trim()} …`], cut: true };
  }
  const cut = kept.length < all.length;
  if (cut) kept[kept.length - 1] = `${kept[kept.length - 1]} …`;
  return { paragraphs: kept, cut };
}

/** The change between two means, in words a clinician can read at a glance. */
export function changeInWords(change: number | null): string {
  if (change === null) return 'Not enough ratings';
  const size = Math.abs(change);
  if (size < 0.3) return 'About the same';
  const way = change > 0 ? 'higher' : 'lower';
  return size < 1 ? `Slightly ${way}` : `Clearly ${way}`;
}

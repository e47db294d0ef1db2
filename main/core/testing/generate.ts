import { addDays, format, parseISO } from 'date-fns';
import type { Entry, Relationship } from '../../contract/domain';
import { DEFAULT_DIMENSIONS, DEFAULT_SIGNS, RELATIONSHIP_COLORS } from '../store/defaults';
import { textToLexicalDoc } from '../lexical-doc';
import type { Journal } from '../journal';
import type { Change } from '../store/changes';

// A deterministic journal for benchmarks, seeded end-to-end tests and demos: one entry a day
// (or fewer), about 2 KB each, with scores that drift slowly, a few signs, and a handful of
// relationships. The same seed always gives the same journal.

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SENTENCES = [
  'We had coffee before work and talked about the weekend.',
  'I noticed I was waiting for a text back and checking my phone more than I wanted to.',
  'I told them I needed an evening to myself, and they said that was fine.',
  'Dinner was quiet; I could not tell whether they were upset or just tired.',
  'I caught myself apologising for something that was not mine to carry.',
  'We disagreed about the holidays and, for once, we stayed with it until it was settled.',
  'I went to my pottery class even though part of me wanted to stay home with them.',
  'They asked how my day was and actually listened to the answer.',
  'I said yes to helping again and felt the familiar tightness in my chest.',
  'A long walk alone helped more than I expected.',
  'I asked for help with the move and did not feel guilty about it.',
  'When they were in a bad mood I started planning how to fix it before I noticed.',
  'We laughed about something small and it felt easy between us.',
  'I kept my plans with a friend instead of cancelling them.',
  'I was honest about being hurt, and the conversation went better than I feared.',
  'My therapist asked what I wanted, and it took me a while to answer.',
  'I felt calmer after writing down what I actually needed.',
  'We split the chores more evenly this week without either of us keeping score.',
  'I noticed I was shrinking my opinions to keep things smooth.',
  'They supported my decision even though it meant less time together.',
];

const TITLES = [
  'A slow morning',
  'After the call',
  'Saying what I meant',
  'A small win',
  'Harder than expected',
  'Back to myself',
  'Sunday thoughts',
  'The argument',
  null,
  null,
  null,
];

export const GENERATED_RELATIONSHIPS: readonly Relationship[] = [
  {
    id: '6c3b8e6e-1f0a-4c1e-9a55-1b2f3c4d5e01',
    name: 'Alex',
    kind: 'partner',
    color: RELATIONSHIP_COLORS[0],
    archived: false,
  },
  {
    id: '6c3b8e6e-1f0a-4c1e-9a55-1b2f3c4d5e02',
    name: 'Mum',
    kind: 'family',
    color: RELATIONSHIP_COLORS[1],
    archived: false,
  },
  {
    id: '6c3b8e6e-1f0a-4c1e-9a55-1b2f3c4d5e03',
    name: 'Priya',
    kind: 'friend',
    color: RELATIONSHIP_COLORS[2],
    archived: false,
  },
  {
    id: '6c3b8e6e-1f0a-4c1e-9a55-1b2f3c4d5e04',
    name: 'Jordan',
    kind: 'work',
    color: RELATIONSHIP_COLORS[3],
    archived: false,
  },
];

export type GenerateOptions = Readonly<{
  entries: number;
  /** The newest entry's date; entries go back one per `everyDays` days from here. */
  endDate?: string;
  everyDays?: number;
  /** Roughly how many characters of text per entry. */
  textChars?: number;
  seed?: number;
  /** Give entries free tags (from their own random stream, so nothing else changes). */
  tagged?: boolean;
}>;

/** Tags a generated entry may carry when `tagged` is set: a few common, some rare. */
export const GENERATED_TAGS: readonly Readonly<{ tag: string; chance: number }>[] = [
  { tag: 'work', chance: 0.25 },
  { tag: 'weekend', chance: 0.2 },
  { tag: 'family dinner', chance: 0.08 },
  { tag: 'walk', chance: 0.15 },
  { tag: 'therapy', chance: 0.05 },
  { tag: 'travel', chance: 0.03 },
  { tag: 'sick', chance: 0.02 },
  { tag: 'birthday', chance: 0.005 },
];

function uuidFrom(random: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = ((Number.parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export function generateEntries(options: GenerateOptions): Entry[] {
  const random = mulberry32(options.seed ?? 42);
  const tagRandom = mulberry32((options.seed ?? 42) + 1);
  const end = parseISO(options.endDate ?? '2026-11-20');
  const every = options.everyDays ?? 1;
  const chars = options.textChars ?? 2000;
  const entries: Entry[] = [];
  for (let i = options.entries - 1; i >= 0; i -= 1) {
    const date = format(addDays(end, -i * every), 'yyyy-MM-dd');
    const progress = 1 - i / Math.max(1, options.entries - 1);
    const sentences: string[] = [];
    let length = 0;
    while (length < chars) {
      const s = SENTENCES[Math.floor(random() * SENTENCES.length)]!;
      sentences.push(s);
      length += s.length + 1;
    }
    const paragraphs: string[] = [];
    for (let p = 0; p < sentences.length; p += 4)
      paragraphs.push(sentences.slice(p, p + 4).join(' '));
    const text = paragraphs.join('\n\n');
    const scores: Record<string, number> = {};
    DEFAULT_DIMENSIONS.forEach((d, index) => {
      if (random() < 0.6) {
        // Each dimension drifts from codependent towards interdependent at its own pace.
        const base = 2 + progress * (2 + (index % 3));
        scores[d.key] = Math.max(1, Math.min(7, Math.round(base + (random() - 0.5) * 2.5)));
      }
    });
    const relationships = GENERATED_RELATIONSHIPS.filter(() => random() < 0.35).map((r) => r.id);
    if (relationships.length === 0) relationships.push(GENERATED_RELATIONSHIPS[0]!.id);
    const signs = DEFAULT_SIGNS.filter(() => random() < 0.12).map((s) => s.key);
    const at = `${date}T20:00:00.000Z`;
    entries.push({
      id: uuidFrom(random),
      date,
      title: TITLES[Math.floor(random() * TITLES.length)] ?? null,
      text,
      doc: textToLexicalDoc(text),
      scores,
      relationships,
      signs,
      tags: options.tagged
        ? GENERATED_TAGS.filter((t) => tagRandom() < t.chance).map((t) => t.tag)
        : [],
      share: 'default',
      createdAt: at,
      updatedAt: at,
      deletedAt: null,
    });
  }
  return entries;
}

/** Writes generated relationships and entries into an open journal as one durable step. */
export async function seedJournal(journal: Journal, entries: readonly Entry[]): Promise<void> {
  const changes: Change[] = [
    ...GENERATED_RELATIONSHIPS.map((relationship) => ({
      op: 'relationship.put' as const,
      relationship,
    })),
    ...entries.map((entry) => ({ op: 'entry.put' as const, entry })),
  ];
  await journal.applyBatch(changes);
}

import type { z } from 'zod';
import { invalid } from '../errors';
import { type Change, changeSchema } from './changes';

// What the journal accepts it must be able to read back: every change is checked against the
// very schema that unlocking replays with (changes.ts), before a byte of it is written, and
// what is written is what that schema gives back (names and tags trimmed). The app's requests,
// the command line, imports and restores all reach the log through here.

const NOUNS: Record<string, [string, string]> = {
  entry: ['the entry', 'entries'],
  title: ['the title', 'titles'],
  text: ['the text', 'texts'],
  doc: ['the formatted document', 'documents'],
  date: ['the date', 'dates'],
  tags: ['tag', 'tags'],
  relationships: ['person', 'people'],
  relationship: ['the relationship', 'relationships'],
  signs: ['sign', 'signs'],
  scores: ['score', 'scores'],
  dimensions: ['dimension', 'dimensions'],
  prompts: ['prompt', 'prompts'],
  name: ['the name', 'names'],
  label: ['the label', 'labels'],
  lowLabel: ['the label of the 1 end', 'labels'],
  highLabel: ['the label of the 7 end', 'labels'],
  key: ['the key', 'keys'],
  color: ['the colour', 'colours'],
  session: ['the therapy session', 'sessions'],
  event: ['the life event', 'life events'],
  notes: ['the notes', 'notes'],
  value: ['the value', 'values'],
  record: ['the export record', 'records'],
  entryIds: ['entry', 'entries'],
  sections: ['section', 'sections'],
};

const noun = (key: string) => NOUNS[key]?.[0] ?? `the ${key}`;
const plural = (key: string) => NOUNS[key]?.[1] ?? key;

/** "tag 3 of the entry", "the name of dimension 2", "the title of the entry". */
function placeOf(path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  for (let i = 0; i < path.length; i += 1) {
    const segment = path[i];
    const next = path[i + 1];
    if (typeof segment !== 'string') continue;
    if (typeof next === 'number') {
      parts.push(`${noun(segment).replace(/^the /, '')} ${next + 1}`);
      i += 1;
    } else {
      parts.push(noun(segment));
    }
  }
  return parts.reverse().join(' of ') || 'it';
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** One sentence a person can act on, for the first thing wrong with a change. */
export function describeChangeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'That change is not valid.';
  const path = issue.path.filter((p) => p !== 'op');
  const last = path[path.length - 1];
  const place = placeOf(path);
  if (issue.code === 'too_big' && issue.origin === 'string') {
    return `${capitalise(place)} is longer than ${String(issue.maximum)} characters, the most Twofold keeps.`;
  }
  if (issue.code === 'too_big' && issue.origin === 'array' && typeof last === 'string') {
    const owner = placeOf(path.slice(0, -1));
    return `${capitalise(owner)} has more than ${String(issue.maximum)} ${plural(last)}, the most Twofold keeps.`;
  }
  if (issue.code === 'too_big' || issue.code === 'too_small') {
    return `${capitalise(place)} is out of range: ${issue.message.toLowerCase()}.`;
  }
  if (issue.code === 'custom' && /empty/.test(issue.message)) {
    return `${capitalise(place)} must not be empty.`;
  }
  return `${capitalise(place)} is not valid: ${issue.message.replace(/\.$/, '')}.`;
}

/** The change as replay will read it, or one sentence saying why it cannot be saved. */
export function checkChange(change: unknown, subject?: string): Change {
  let parsed: ReturnType<typeof changeSchema.safeParse>;
  try {
    parsed = changeSchema.safeParse(change);
  } catch (error) {
    // A value nested deep enough to exhaust the stack of the schema itself.
    if (error instanceof RangeError) throw invalid('That change is nested too deeply to keep.');
    throw error;
  }
  if (parsed.success) return parsed.data;
  const sentence = describeChangeIssue(parsed.error);
  throw invalid(
    subject ? `${subject}: ${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}` : sentence,
  );
}

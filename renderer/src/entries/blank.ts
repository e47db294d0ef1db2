import { format } from 'date-fns';
import type { Entry, EntryInput } from '../../../main/contract';

export function today(): string {
  return format(new Date(), 'yyyy-MM-dd');
}

export function blankEntry(date: string = today()): EntryInput {
  return {
    id: crypto.randomUUID(),
    date,
    title: null,
    text: '',
    doc: '',
    scores: {},
    relationships: [],
    signs: [],
    tags: [],
    share: 'default',
  };
}

/** A new entry nobody has written in yet is not worth saving. */
export function isBlank(input: EntryInput): boolean {
  return (
    !input.title?.trim() &&
    !input.text.trim() &&
    Object.keys(input.scores).length === 0 &&
    input.relationships.length === 0 &&
    input.signs.length === 0 &&
    input.tags.length === 0
  );
}

export function toInput(entry: Entry): EntryInput {
  return {
    id: entry.id,
    date: entry.date,
    title: entry.title,
    text: entry.text,
    doc: entry.doc,
    scores: entry.scores,
    relationships: entry.relationships,
    signs: entry.signs,
    tags: entry.tags,
    share: entry.share,
  };
}

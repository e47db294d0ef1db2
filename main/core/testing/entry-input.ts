import { randomUUID } from 'node:crypto';
import type { EntryInput } from '../../contract/domain';
import { textToLexicalDoc } from '../lexical-doc';

/** An entry as the editor would save it, for tests. */
export function entryInput(over: Partial<EntryInput> = {}): EntryInput {
  const text = over.text ?? 'We talked about the holidays and I said what I needed.';
  return {
    id: randomUUID(),
    date: '2026-11-20',
    title: 'A quiet Thursday',
    text,
    doc: textToLexicalDoc(text),
    scores: { boundaries: 6 },
    relationships: [],
    signs: ['disagreed_ok'],
    tags: ['holidays'],
    share: 'default',
    ...over,
  };
}

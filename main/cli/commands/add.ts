import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { RELATIONSHIP_COLORS } from '../../core/store/defaults';
import { localDate } from '../../core/clock';
import { normaliseText, textToLexicalDoc } from '../../core/lexical-doc';
import type { EntryInput, Relationship } from '../../contract/domain';
import { LIMITS, isCalendarDate } from '../../contract/primitives';
import { invalid } from '../../core/errors';
import { decodeUtf8Strict } from '../../core/import/json-bounds';
import { checkChange } from '../../core/store/validate-change';
import type { Command } from '../command';
import { type CliIo, UsageError, print, readAllBytes } from '../io';

function parseScores(pairs: readonly string[]): Record<string, number> {
  const scores: Record<string, number> = {};
  for (const pair of pairs) {
    const match = /^([a-z][a-z0-9_]*)=([1-7])$/.exec(pair);
    if (!match) throw new UsageError(`--score takes KEY=N with N from 1 to 7, not "${pair}".`);
    scores[match[1]!] = Number(match[2]);
  }
  return scores;
}

export const add: Command = {
  name: 'add',
  summary: 'Add an entry (text from --text or standard input).',
  usage:
    '[--text TEXT] [--date YYYY-MM-DD] [--title T] [--score KEY=N]... [--relationship NAME]... [--sign KEY]...',
  async run(args, { io, withJournal }) {
    const { values } = parseArgs({
      args: [...args],
      options: {
        text: { type: 'string' },
        date: { type: 'string' },
        title: { type: 'string' },
        score: { type: 'string', multiple: true },
        relationship: { type: 'string', multiple: true },
        sign: { type: 'string', multiple: true },
        tag: { type: 'string', multiple: true },
      },
    });
    const date = values.date ?? localDate(new Date());
    if (!isCalendarDate(date))
      throw new UsageError(`--date must be a date written as YYYY-MM-DD, not "${date}".`);
    const scores = parseScores(values.score ?? []);
    let text = values.text;
    if (text === undefined) {
      if (io.stdin.isTTY)
        throw new UsageError('Give the entry with --text, or pipe it on standard input.');
      text = await readStdinText(io);
    }
    const body = normaliseText(text);
    const title = values.title?.trim() || null;
    if (!body && !title) throw new UsageError('The entry is empty.');
    await withJournal(async (journal) => {
      const known = await journal.listRelationships();
      const relationshipIds: string[] = [];
      const created: Relationship[] = [];
      for (const name of values.relationship ?? []) {
        const found = [...known, ...created].find(
          (r) => r.name.toLocaleLowerCase() === name.trim().toLocaleLowerCase(),
        );
        if (found) {
          relationshipIds.push(found.id);
          continue;
        }
        const fresh: Relationship = {
          id: randomUUID(),
          name: name.trim(),
          kind: 'other',
          color: RELATIONSHIP_COLORS[(known.length + created.length) % RELATIONSHIP_COLORS.length]!,
          archived: false,
        };
        created.push(fresh);
        relationshipIds.push(fresh.id);
      }
      const input: EntryInput = {
        id: randomUUID(),
        date,
        title,
        text: body,
        doc: textToLexicalDoc(body),
        scores,
        relationships: relationshipIds,
        signs: values.sign ?? [],
        tags: values.tag ?? [],
        share: 'default',
      };
      // Everything is checked, against the schema the journal is read back with, before the
      // first write: a bad tag must not leave a new relationship behind.
      for (const relationship of created) checkChange({ op: 'relationship.put', relationship });
      const now = new Date().toISOString();
      checkChange({
        op: 'entry.put',
        entry: { ...input, createdAt: now, updatedAt: now, deletedAt: null },
      });
      for (const relationship of created) await journal.saveRelationship(relationship);
      const summary = await journal.saveEntry(input);
      print(io, summary.id);
    });
  },
};

/** The entry's text from standard input: UTF-8 writing, at most the longest entry (in bytes). */
async function readStdinText(io: CliIo): Promise<string> {
  const maxBytes = LIMITS.text * 4;
  const bytes = await readAllBytes(io.stdin, maxBytes);
  if (bytes.length > maxBytes) {
    throw invalid(
      `The text on standard input is longer than ${LIMITS.text} characters, the most an entry holds.`,
    );
  }
  if (bytes.includes(0)) {
    throw invalid(
      'The text on standard input holds NUL bytes, so it is not writing; nothing was saved.',
    );
  }
  return decodeUtf8Strict(bytes, 'The text on standard input');
}

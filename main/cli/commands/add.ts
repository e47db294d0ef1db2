import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { RELATIONSHIP_COLORS } from '../../core/store/defaults';
import { localDate } from '../../core/clock';
import { normaliseText, textToLexicalDoc } from '../../core/lexical-doc';
import { isCalendarDate } from '../../contract/primitives';
import type { Command } from '../command';
import { print, readAll, UsageError } from '../io';

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
      text = await readAll(io.stdin);
    }
    const body = normaliseText(text);
    if (!body && !values.title) throw new UsageError('The entry is empty.');
    await withJournal(async (journal) => {
      const known = await journal.listRelationships();
      const relationshipIds: string[] = [];
      for (const name of values.relationship ?? []) {
        const found = known.find(
          (r) => r.name.toLocaleLowerCase() === name.trim().toLocaleLowerCase(),
        );
        if (found) {
          relationshipIds.push(found.id);
          continue;
        }
        const created = await journal.saveRelationship({
          id: randomUUID(),
          name: name.trim(),
          kind: 'other',
          color: RELATIONSHIP_COLORS[known.length % RELATIONSHIP_COLORS.length]!,
          archived: false,
        });
        known.push(created);
        relationshipIds.push(created.id);
      }
      const summary = await journal.saveEntry({
        id: randomUUID(),
        date,
        title: values.title ?? null,
        text: body,
        doc: textToLexicalDoc(body),
        scores,
        relationships: relationshipIds,
        signs: values.sign ?? [],
        tags: values.tag ?? [],
        share: 'default',
      });
      print(io, summary.id);
    });
  },
};

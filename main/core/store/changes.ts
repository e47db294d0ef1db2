import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { z } from 'zod';
import { dimension, entry, relationship, sign } from '../../contract/domain';
import { lifeEventInput } from '../../contract/insights';
import { calendarDate, id, timestamp } from '../../contract/primitives';
import { SUMMARY_FORMATS, SUMMARY_SECTIONS, therapySession } from '../../contract/summary';
import { putDimensions, putRelationship, putSetting, putSigns } from './catalog';
import { deleteEntry, putEntry } from './entries';
import { deleteLifeEvent, putLifeEvent } from './life-events';
import { deleteTherapySession, putExportRecord, putTherapySession } from './therapy';
import { damaged } from '../errors';
import type { Database } from './sqlite';

// The vocabulary of the change log. Every write the journal accepts is one of these, applied
// to the open database and appended to the log as one record; unlocking replays them in order.
// Each change carries whole objects, so replaying is just writing them again.

const jsonValue = z.json();
/** Names of values kept in the settings table. */
export const settingKey = z.string().regex(/^[a-z][a-zA-Z0-9.]{0,63}$/);
export type JsonValue = z.infer<typeof jsonValue>;

export const changeSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('entry.put'), entry }),
  z.object({ op: z.literal('entry.delete'), id }),
  z.object({ op: z.literal('dimensions.put'), dimensions: z.array(dimension) }),
  z.object({ op: z.literal('signs.put'), signs: z.array(sign) }),
  z.object({ op: z.literal('relationship.put'), relationship }),
  z.object({
    op: z.literal('setting.put'),
    key: settingKey,
    value: jsonValue,
  }),
  z.object({ op: z.literal('session.put'), session: therapySession }),
  z.object({ op: z.literal('session.delete'), id }),
  z.object({ op: z.literal('lifeEvent.put'), event: lifeEventInput }),
  z.object({ op: z.literal('lifeEvent.delete'), id }),
  z.object({
    op: z.literal('export.put'),
    record: z.object({
      id,
      exportedAt: timestamp,
      from: calendarDate,
      to: calendarDate,
      format: z.enum(SUMMARY_FORMATS),
      sections: z.array(z.enum(SUMMARY_SECTIONS)),
      entryIds: z.array(id),
    }),
  }),
]);

export type Change = z.infer<typeof changeSchema>;

export function applyChange(db: Database, change: Change): void {
  switch (change.op) {
    case 'entry.put':
      putEntry(db, change.entry);
      return;
    case 'entry.delete':
      deleteEntry(db, change.id);
      return;
    case 'dimensions.put':
      putDimensions(db, change.dimensions);
      return;
    case 'signs.put':
      putSigns(db, change.signs);
      return;
    case 'relationship.put':
      putRelationship(db, change.relationship);
      return;
    case 'setting.put':
      putSetting(db, change.key, change.value);
      return;
    case 'session.put':
      putTherapySession(db, change.session);
      return;
    case 'session.delete':
      deleteTherapySession(db, change.id);
      return;
    case 'lifeEvent.put':
      putLifeEvent(db, change.event);
      return;
    case 'lifeEvent.delete':
      deleteLifeEvent(db, change.id);
      return;
    case 'export.put':
      putExportRecord(db, change.record);
      return;
    default: {
      const unreachable: never = change;
      throw new Error(`unknown change ${JSON.stringify(unreachable)}`);
    }
  }
}

/** A change as the log stores it: JSON, deflated (then encrypted by the vault). */
export function encodeChange(change: Change): Buffer {
  return deflateRawSync(Buffer.from(JSON.stringify(change), 'utf8'));
}

export function decodeChange(payload: Buffer): Change {
  let raw: unknown;
  try {
    raw = JSON.parse(inflateRawSync(payload).toString('utf8'));
  } catch (error) {
    throw damaged('a change record cannot be read', error);
  }
  const parsed = changeSchema.safeParse(raw);
  if (!parsed.success) throw damaged('a change record is not a valid change');
  return parsed.data;
}

import { z } from 'zod';
import { defineMethods } from './method';
import { entry, entryInput, entrySummary } from './domain';
import { calendarDate, id } from './primitives';

export const entryListFilter = z.strictObject({
  from: calendarDate.optional(),
  to: calendarDate.optional(),
  relationshipId: id.optional(),
  /** List the trash instead of the journal. */
  trash: z.boolean().optional(),
});
export type EntryListFilter = z.infer<typeof entryListFilter>;

export const entryMethods = defineMethods({
  listEntries: { request: entryListFilter, response: z.array(entrySummary) },
  getEntry: { request: z.strictObject({ id }), response: entry },
  saveEntry: { request: entryInput, response: entrySummary },
  /** Moves the entry to the trash, from where it can be restored for 30 days. */
  trashEntry: { request: z.strictObject({ id }), response: z.null() },
  restoreEntry: { request: z.strictObject({ id }), response: entrySummary },
  /** Entries written on this month and day in earlier years. */
  onThisDay: { request: z.strictObject({ date: calendarDate }), response: z.array(entrySummary) },
});

import { z } from 'zod';
import { defineMethods } from './method';
import { snippetPart } from './domain';
import { LIMITS, calendarDate, id, key, score } from './primitives';

export const searchRequest = z.strictObject({
  query: z.string().max(LIMITS.query),
  from: calendarDate.optional(),
  to: calendarDate.optional(),
  relationshipId: id.optional(),
  dimension: z.strictObject({ key, min: score, max: score }).optional(),
  sign: key.optional(),
  limit: z.number().int().min(1).max(500).optional(),
  /** How many of the newest matches to skip: the next page starts where the last ended. */
  offset: z.number().int().min(0).max(10_000_000).optional(),
});
export type SearchRequest = z.infer<typeof searchRequest>;

export const searchHit = z.strictObject({
  id,
  date: calendarDate,
  title: z.string().nullable(),
  snippet: z.array(snippetPart),
});
export type SearchHit = z.infer<typeof searchHit>;

export const searchMethods = defineMethods({
  search: {
    request: searchRequest,
    response: z.strictObject({ hits: z.array(searchHit), total: z.number().int().nonnegative() }),
  },
});

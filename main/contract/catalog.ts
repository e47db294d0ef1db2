import { z } from 'zod';
import { defineMethods } from './method';
import { dimension, relationship, settings, sign } from './domain';
import { LIMITS } from './primitives';

export const catalogMethods = defineMethods({
  listDimensions: { request: z.void(), response: z.array(dimension) },
  /** Replaces the whole ordered list: rename, reorder, hide and add in one call. */
  saveDimensions: {
    request: z.array(dimension).min(1).max(LIMITS.listItems),
    response: z.array(dimension),
  },
  listSigns: { request: z.void(), response: z.array(sign) },
  saveSigns: {
    request: z.array(sign).max(LIMITS.listItems),
    response: z.array(sign),
  },
  listRelationships: { request: z.void(), response: z.array(relationship) },
  saveRelationship: { request: relationship, response: relationship },
  getSettings: { request: z.void(), response: settings },
  saveSettings: { request: settings.partial(), response: settings },
});

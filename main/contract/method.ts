import type { z } from 'zod';

/** One request/reply pair of the bridge. Requests are validated in main; replies in tests. */
export type MethodSpec = Readonly<{
  request: z.ZodType;
  response: z.ZodType;
  /** Methods that may run while the journal is locked (creating, unlocking, status…). */
  whileLocked?: boolean;
}>;

export type MethodMap = Readonly<Record<string, MethodSpec>>;

export function defineMethods<const M extends MethodMap>(methods: M): M {
  return methods;
}

import { z } from 'zod';
import { defineMethods } from './method';

/** Longer than any real link; keeps one request small. */
export const MAX_LINK_LENGTH = 2048;

/** The only kinds of link an entry may open, and only after the person says yes. */
export const LINK_SCHEMES = ['http:', 'https:', 'mailto:'] as const;

/** True for an absolute http, https or mailto URL without a user name or password in it. */
export function isOpenableLink(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (!(LINK_SCHEMES as readonly string[]).includes(url.protocol)) return false;
  if (url.username !== '' || url.password !== '') return false;
  return url.protocol === 'mailto:' ? url.pathname.length > 0 : url.hostname.length > 0;
}

export const openableLink = z
  .string()
  .max(MAX_LINK_LENGTH)
  .refine(isOpenableLink, { message: 'must be an http, https or mailto link' });

export const sessionMethods = defineMethods({
  /**
   * The person is using the window (the page reports it, throttled): pushes auto-lock back.
   * Answered the same whether the journal is open or not.
   */
  noteActivity: { request: z.void(), response: z.null(), whileLocked: true },
  /** Asks the person, in main's own dialog, whether to open a link from an entry. */
  openLink: {
    request: z.strictObject({ url: openableLink }),
    response: z.strictObject({ opened: z.boolean() }),
  },
});

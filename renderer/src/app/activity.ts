import { useEffect } from 'react';
import { call } from './client';

// Auto-lock runs in main (the same in the app and the preview); the page tells it the person is
// still here. Anything a person does counts; a report goes at most every few seconds.

const EVENTS = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;

/** Often enough for a one-minute auto-lock, rarely enough to cost nothing. */
export const ACTIVITY_REPORT_MS = 10_000;

/** Calls `report` on the first sign of the person and then at most once per `throttleMs`. */
export function watchActivity(
  target: EventTarget,
  report: () => void,
  now: () => number = Date.now,
  throttleMs: number = ACTIVITY_REPORT_MS,
): () => void {
  let last = Number.NEGATIVE_INFINITY;
  const seen = () => {
    const time = now();
    if (time - last < throttleMs) return;
    last = time;
    report();
  };
  const options = { capture: true, passive: true };
  for (const type of EVENTS) target.addEventListener(type, seen, options);
  return () => {
    for (const type of EVENTS) target.removeEventListener(type, seen, options);
  };
}

/** While the journal is open, keeps main's auto-lock informed. */
export function useActivityReports(): void {
  useEffect(
    () =>
      watchActivity(window, () => {
        call('noteActivity').catch(() => undefined);
      }),
    [],
  );
}

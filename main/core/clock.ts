import { format } from 'date-fns';

/** Where the core gets "now" from, so tests can pin it. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

/** The person's local calendar date for an instant, as YYYY-MM-DD. */
export function localDate(at: Date): string {
  return format(at, 'yyyy-MM-dd');
}

import { z } from 'zod';

// Bounds keep one request from exhausting memory in main; they are far above real use.
export const LIMITS = {
  passphrase: 1024,
  title: 300,
  text: 1_000_000,
  doc: 4_000_000,
  tags: 32,
  tag: 64,
  name: 80,
  label: 200,
  prompts: 12,
  prompt: 300,
  listItems: 200,
  query: 500,
  notes: 20_000,
} as const;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The years a journal date may have: anything outside is a typing slip (0026 for 2026). */
export const CALENDAR_YEARS = { min: 1900, max: 2200 } as const;

/** True for a real calendar date written as YYYY-MM-DD. */
export function isCalendarDate(value: string): boolean {
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < CALENDAR_YEARS.min || y > CALENDAR_YEARS.max || mo < 1 || mo > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return d <= days;
}

export const calendarDate = z
  .string()
  .max(10)
  .refine(isCalendarDate, { message: 'must be a date written as YYYY-MM-DD' });

export const timestamp = z.iso.datetime({ offset: true });

export const id = z.uuid();

/** Stable machine keys for dimensions and signs: lower-case, digits and underscores. */
export const key = z
  .string()
  .min(1)
  .max(40)
  .regex(/^[a-z][a-z0-9_]*$/, { message: 'must be lower-case letters, digits or _' });

export const score = z.number().int().min(1).max(7);

export const color = z.string().regex(/^#[0-9a-f]{6}$/i, { message: 'must be a #rrggbb colour' });

export const nonEmptyLine = (max: number) =>
  z
    .string()
    .max(max)
    .transform((s) => s.trim())
    .refine((s) => s.length > 0, { message: 'must not be empty' });

export const passphrase = z.string().min(1).max(LIMITS.passphrase);

import type { Readable, Writable } from 'node:stream';

/** What a command may touch of the outside world, so tests can run it in-process. */
export type CliIo = Readonly<{
  stdout: Writable;
  stderr: Writable;
  stdin: Readable & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  /** Asks for a secret without echoing it; null when there is no terminal to ask on. */
  prompt(question: string): Promise<string | null>;
}>;

export const EXIT = {
  ok: 0,
  error: 1,
  usage: 2,
  wrongPassphrase: 3,
  damaged: 4,
  inUse: 5,
} as const;

/** A mistake in how the command was called: exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

// Titles, names and text are the person's (or an imported file's): printed raw, an escape
// sequence in one could retitle the terminal, hide lines or worse. So control characters
// (C0 but tab and newline, DEL, C1) never reach the terminal as themselves.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
const JSON_UNESCAPED_CONTROL = /[\u007f-\u009f]/g;

const hex = (c: string) => c.charCodeAt(0).toString(16).padStart(2, '0');

/** Text for a terminal: each control character shown as \xHH instead of acting. */
export function terminalSafe(text: string): string {
  return text.replace(CONTROL, (c) => `\\x${hex(c)}`);
}

/** JSON with the control characters JSON.stringify leaves raw (DEL, C1) escaped too. */
export function terminalSafeJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(JSON_UNESCAPED_CONTROL, (c) => `\\u00${hex(c)}`);
}

export function print(io: CliIo, text: string): void {
  const safe = terminalSafe(text);
  io.stdout.write(safe.endsWith('\n') ? safe : `${safe}\n`);
}

export function printJson(io: CliIo, value: unknown): void {
  io.stdout.write(`${terminalSafeJson(value)}\n`);
}

/** A message for standard error (it may quote a name or a title). */
export function printError(io: CliIo, text: string): void {
  io.stderr.write(`${terminalSafe(text)}\n`);
}

/** Everything on `stream`, or the first `maxBytes` + 1 bytes of it (then it stops reading). */
export async function readAllBytes(stream: Readable, maxBytes = Infinity): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    chunks.push(bytes);
    size += bytes.length;
    if (size > maxBytes) break;
  }
  return Buffer.concat(chunks);
}

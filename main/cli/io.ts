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

export function print(io: CliIo, text: string): void {
  io.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

export function printJson(io: CliIo, value: unknown): void {
  io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

export async function readAllBytes(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream)
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks);
}

export async function readAll(stream: Readable): Promise<string> {
  return (await readAllBytes(stream)).toString('utf8');
}

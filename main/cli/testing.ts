import { PassThrough, Readable } from 'node:stream';
import { TEST_COMPACTION, TEST_KDF } from '../core/testing/temp-vault';
import type { CliIo } from './io';
import { runCli } from './run';

export type CliResult = Readonly<{ code: number; stdout: string; stderr: string }>;

export type CliRun = Readonly<{
  env?: Record<string, string>;
  stdin?: string;
  /** Standard input as raw bytes (for bytes that are not UTF-8). */
  stdinBytes?: Buffer;
  /** Answers to no-echo prompts, in order; null once they run out (no terminal). */
  answers?: string[];
}>;

/** Runs `journal ARGS` in this process with a fake terminal, as a person or a script would. */
export async function journalCli(args: readonly string[], run: CliRun = {}): Promise<CliResult> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (c: Buffer) => out.push(c));
  stderr.on('data', (c: Buffer) => err.push(c));
  const answers = [...(run.answers ?? [])];
  const input = run.stdinBytes ?? (run.stdin === undefined ? undefined : Buffer.from(run.stdin));
  const stdin = Readable.from(input === undefined ? [] : [input]) as Readable & {
    isTTY?: boolean;
  };
  stdin.isTTY = input === undefined;
  const io: CliIo = {
    stdout,
    stderr,
    stdin,
    env: { ...run.env },
    prompt: async () => answers.shift() ?? null,
  };
  const code = await runCli(args, io, { kdf: TEST_KDF, compaction: TEST_COMPACTION });
  return {
    code,
    stdout: Buffer.concat(out).toString('utf8'),
    stderr: Buffer.concat(err).toString('utf8'),
  };
}

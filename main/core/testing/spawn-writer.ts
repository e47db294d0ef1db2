import { type ChildProcess, spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import type { WriterLine } from './writer-child';

// Runs writer-child.ts as a real process. It is bundled once per test run (a plain `node` start
// is ten times quicker than a TypeScript loader, which matters for hundreds of kills); sql.js
// and Argon2 stay outside the bundle and load from node_modules as in the app.

const root = resolve(import.meta.dirname, '../../..');
let bundled: Promise<string> | null = null;

export function writerScript(): Promise<string> {
  bundled ??= (async () => {
    const outDir = join(root, 'node_modules', '.cache', 'twofold-tests');
    await mkdir(outDir, { recursive: true });
    const outfile = join(outDir, `writer-child-${process.pid}.mjs`);
    await build({
      entryPoints: [join(import.meta.dirname, 'writer-child.ts')],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      logLevel: 'silent',
    });
    return outfile;
  })();
  return bundled;
}

export type Writer = Readonly<{
  child: ChildProcess;
  /** Every line the child printed so far. */
  lines: WriterLine[];
  /** Resolves once the journal is open in the child. */
  ready: Promise<void>;
  /** Resolves once the child has printed `count` lines (or has exited). */
  linesSeen(count: number): Promise<void>;
  /** Resolves when the child has exited and all it printed has been read. */
  done: Promise<void>;
}>;

export async function startWriter(
  dir: string,
  mode: 'write' | 'hold',
  options: { passphrase: string; seed?: number; canary?: string },
): Promise<Writer> {
  const script = await writerScript();
  const child = spawn(process.execPath, [script, dir, mode, String(options.seed ?? 1)], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      PATH: process.env['PATH'] ?? '',
      WRITER_PASSPHRASE: options.passphrase,
      ...(options.canary ? { WRITER_CANARY: options.canary } : {}),
    },
  });
  const lines: WriterLine[] = [];
  const waiting: Array<{ count: number; resolve: () => void }> = [];
  let buffered = '';
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((r) => (markReady = r));
  child.stdout!.setEncoding('utf8');
  child.stdout!.on('data', (chunk: string) => {
    buffered += chunk;
    let newline = buffered.indexOf('\n');
    while (newline >= 0) {
      const line = JSON.parse(buffered.slice(0, newline)) as WriterLine;
      buffered = buffered.slice(newline + 1);
      lines.push(line);
      if (line.type === 'ready') markReady();
      for (const w of waiting.filter((w) => lines.length >= w.count)) {
        waiting.splice(waiting.indexOf(w), 1);
        w.resolve();
      }
      newline = buffered.indexOf('\n');
    }
  });
  child.stderr!.resume();
  const done = new Promise<void>((r) =>
    child.once('close', () => {
      for (const w of waiting.splice(0)) w.resolve();
      r();
    }),
  );
  const linesSeen = (count: number) =>
    lines.length >= count || child.exitCode !== null
      ? Promise.resolve()
      : new Promise<void>((resolve) => waiting.push({ count, resolve }));
  return { child, lines, ready, done, linesSeen };
}

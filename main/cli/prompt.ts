import { openSync } from 'node:fs';
import { ReadStream } from 'node:tty';

/**
 * Reads a secret from the terminal with echo off. Uses the controlling terminal directly, so it
 * works even when stdin carries an entry's text. Returns null when there is no terminal.
 */
export function promptSecret(question: string): Promise<string | null> {
  let fd: number;
  try {
    fd = openSync(process.platform === 'win32' ? 'CONIN$' : '/dev/tty', 'r');
  } catch {
    return Promise.resolve(null);
  }
  const input = new ReadStream(fd);
  process.stderr.write(question);
  input.setRawMode(true);
  return new Promise((resolve) => {
    let value = '';
    const finish = (result: string | null) => {
      input.setRawMode(false);
      input.removeAllListeners('data');
      input.destroy();
      process.stderr.write('\n');
      resolve(result);
    };
    input.on('data', (chunk: Buffer) => {
      for (const ch of chunk.toString('utf8')) {
        if (ch === '\r' || ch === '\n') return finish(value);
        if (ch === '\u0003' || ch === '\u0004') return finish(null);
        if (ch === '\u007f' || ch === '\b') value = value.slice(0, -1);
        else if (ch >= ' ') value += ch;
      }
    });
  });
}

import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { dirname } from 'node:path';
import { fromFsError } from '../core/errors';
import { type CliIo, UsageError, readAllBytes } from './io';

/** Reads FILE, or standard input for "-". */
export async function readInput(io: CliIo, path: string): Promise<Buffer> {
  if (path === '-') return readAllBytes(io.stdin);
  try {
    return await fsp.readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new UsageError(`There is no file called ${path}.`);
    }
    throw fromFsError(error, `read ${path}`);
  }
}

/**
 * Writes FILE readable by its owner only, all or nothing: a temporary file, fsync, rename,
 * fsync of the folder. An existing FILE is replaced only with `replace`.
 */
export async function writePrivateFile(
  path: string,
  bytes: Uint8Array,
  replace: boolean,
): Promise<void> {
  if (!replace) {
    const exists = await fsp.stat(path).then(
      () => true,
      () => false,
    );
    if (exists) throw new UsageError(`${path} already exists. Add --force to replace it.`);
  }
  const temp = `${path}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    const handle = await fsp.open(
      temp,
      constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL,
      0o600,
    );
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fsp.rename(temp, path);
    if (process.platform !== 'win32') {
      const folder = await fsp.open(dirname(path), constants.O_RDONLY);
      try {
        await folder.sync();
      } finally {
        await folder.close();
      }
    }
  } catch (error) {
    await fsp.rm(temp, { force: true });
    throw fromFsError(error, `write ${path}`);
  }
}

import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { dirname } from 'node:path';
import { fromFsError } from '../core/errors';
import { nodeFs } from '../core/vault/fs';
import { type CliIo, UsageError, readAllBytes } from './io';

/** The biggest file a command reads (a backup of decades of writing is far smaller). */
export const MAX_INPUT_BYTES = 1024 * 1024 * 1024;

const megabytes = (bytes: number) => `${Math.floor(bytes / 1024 / 1024)} MB`;

/** Reads FILE, or standard input for "-": a regular file of at most `maxBytes`. */
export async function readInput(
  io: CliIo,
  path: string,
  maxBytes: number = MAX_INPUT_BYTES,
): Promise<Buffer> {
  const tooBig = () =>
    new UsageError(
      `${path === '-' ? 'The input' : path} is larger than ${megabytes(maxBytes)}, the most this command reads.`,
    );
  if (path === '-') {
    const bytes = await readAllBytes(io.stdin, maxBytes);
    if (bytes.length > maxBytes) throw tooBig();
    return bytes;
  }
  try {
    return await nodeFs.readFile(path, maxBytes);
  } catch (error) {
    switch ((error as NodeJS.ErrnoException).code) {
      case 'ENOENT':
        throw new UsageError(`There is no file called ${path}.`);
      case 'EISDIR':
        throw new UsageError(`${path} is a folder, not a file.`);
      case 'ENOTREGULAR':
        throw new UsageError(`${path} is not a regular file.`);
      case 'EFBIG':
        throw tooBig();
      default:
        throw fromFsError(error, `read ${path}`);
    }
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

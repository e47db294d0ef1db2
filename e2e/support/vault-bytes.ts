import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** Every byte of every file under a folder, for "is this word anywhere on disk?" checks. */
export async function folderBytes(folder: string): Promise<Buffer> {
  const parts: Buffer[] = [];
  for (const item of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (item.isFile()) parts.push(await readFile(join(item.parentPath, item.name)));
  }
  return Buffer.concat(parts);
}

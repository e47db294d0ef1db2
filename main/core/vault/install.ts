import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { z } from 'zod';
import { damaged } from '../errors';
import { type SyncPoint, type VaultFs, isNotFound } from './fs';
import {
  BACKUP_DIR,
  BACKUP_NAME,
  HEADER_FILE,
  INCOMING_SUFFIX,
  INSTALL_COMMIT,
  KEY_COPY_FILE,
  LOG_FILE,
  REPLACED_JOURNAL_NAME,
  REPLACED_NAME,
  SNAPSHOT_FILE,
  TEMP_SUFFIX,
} from './names';

// Creating a journal and restoring one replace several files at once (key file, snapshot, log,
// the key file's copy), and no single rename can do that. So they are installed in two phases:
//   1. each new file is written as NAME.incoming and fsynced; the folder is fsynced;
//   2. the commit: `install.commit` (what to remove afterwards) is written under a temporary
//      name, fsynced and renamed into place, and the folder fsynced. From this moment the new
//      journal is the folder's journal;
//   3. finishing: every NAME.incoming still there is linked to a temporary name and renamed over
//      NAME; once those are durable the .incoming names and the files named in the commit are
//      removed, then the commit itself.
// Every way into a vault finishes a committed install before it reads anything, so a crash
// anywhere leaves the old journal (before the commit; the .incoming files are swept away) or
// the new one (after it; finishing is repeated until it completes), never a mix of the two.

/** The files an install puts in place, in the order it moves them: the key file last. */
const TARGETS = [
  { name: SNAPSHOT_FILE, into: SNAPSHOT_FILE },
  { name: LOG_FILE, into: LOG_FILE },
  { name: KEY_COPY_FILE, into: join(BACKUP_DIR, KEY_COPY_FILE) },
  { name: HEADER_FILE, into: HEADER_FILE },
] as const;

export type InstallFiles = Readonly<{
  snapshot: Uint8Array;
  log: Uint8Array;
  /** A new key file, written as vault.json and as its copy in backups/. */
  header?: Uint8Array;
  /** Names in backups/ to remove once the new journal is in place (they were set aside). */
  removeFromBackups?: readonly string[];
}>;

const commitSchema = z.strictObject({
  remove: z.array(
    z.string().refine((n) => BACKUP_NAME.test(n) || REPLACED_NAME.test(n) || n === KEY_COPY_FILE),
  ),
});

async function writeDurable(fs: VaultFs, path: string, bytes: Uint8Array, point: SyncPoint) {
  const file = await fs.open(path, 'create');
  try {
    await file.write(bytes, 0);
    await file.sync(point);
  } finally {
    await file.close();
  }
}

async function ignoreMissing(work: Promise<unknown>): Promise<void> {
  try {
    await work;
  } catch (error) {
    if (!isNotFound(error)) throw error;
  }
}

/** Makes `files` the journal of `dir` in one step (see above). The caller holds the lock. */
export async function installFiles(fs: VaultFs, dir: string, files: InstallFiles): Promise<void> {
  const staged: Array<[string, Uint8Array, SyncPoint]> = [
    [SNAPSHOT_FILE, files.snapshot, 'snapshot.temp'],
    [LOG_FILE, files.log, 'log.temp'],
  ];
  if (files.header) {
    staged.push([KEY_COPY_FILE, files.header, 'keycopy.temp']);
    staged.push([HEADER_FILE, files.header, 'header.temp']);
  }
  for (const [name, bytes, point] of staged) {
    await writeDurable(fs, join(dir, name + INCOMING_SUFFIX), bytes, point);
  }
  await fs.syncDir(dir, 'dir.install');
  const commit = join(dir, INSTALL_COMMIT);
  const record = { remove: [...(files.removeFromBackups ?? [])] };
  await writeDurable(fs, commit + TEMP_SUFFIX, Buffer.from(JSON.stringify(record)), 'install.temp');
  await fs.rename(commit + TEMP_SUFFIX, commit);
  await fs.syncDir(dir, 'dir.install');
  await finishInstall(fs, dir);
}

/** Completes an install that was committed and then interrupted. Nothing to do is the rule. */
export async function finishInstall(fs: VaultFs, dir: string): Promise<void> {
  const commit = join(dir, INSTALL_COMMIT);
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(commit, 64 * 1024);
  } catch (error) {
    if (isNotFound(error)) return;
    throw damaged(`${INSTALL_COMMIT} cannot be read`, error);
  }
  let record: z.infer<typeof commitSchema>;
  try {
    record = commitSchema.parse(JSON.parse(bytes.toString('utf8')));
  } catch (error) {
    throw damaged(`${INSTALL_COMMIT} is not one Twofold wrote`, error);
  }
  await fs.mkdir(join(dir, BACKUP_DIR));
  // Each new file gets its place under a second name first: the .incoming name goes only once
  // every place is durable, so a rename that half reaches the disk can always be done again.
  for (const target of TARGETS) {
    const incoming = join(dir, target.name + INCOMING_SUFFIX);
    const temp = join(dir, target.into + TEMP_SUFFIX);
    await ignoreMissing(fs.unlink(temp));
    if (await keepFile(fs, incoming, temp)) await fs.rename(temp, join(dir, target.into));
  }
  await fs.syncDir(join(dir, BACKUP_DIR), 'dir.install');
  await fs.syncDir(dir, 'dir.install');
  for (const target of TARGETS) {
    await ignoreMissing(fs.unlink(join(dir, target.name + INCOMING_SUFFIX)));
  }
  for (const name of record.remove) await ignoreMissing(fs.unlink(join(dir, BACKUP_DIR, name)));
  await fs.syncDir(join(dir, BACKUP_DIR), 'dir.install');
  await fs.syncDir(dir, 'dir.install');
  await fs.unlink(commit);
  await fs.syncDir(dir, 'dir.install');
}

/**
 * Keeps the journal now in `dir` whole, as a vault folder of its own under backups/ (second
 * names for its files, not copies), before an install replaces it. Returns the names in
 * backups/ that belong to it and that the install is to remove; the folder opens with the
 * journal's own passphrase (`journal --vault DIR/backups/replaced-journal-…`).
 */
export async function setAsideJournal(
  fs: VaultFs,
  dir: string,
  generation: number,
): Promise<{ folder: string; remove: string[] }> {
  const backups = join(dir, BACKUP_DIR);
  const name = `replaced-journal-${String(generation).padStart(8, '0')}-${randomBytes(3).toString('hex')}`;
  if (!REPLACED_JOURNAL_NAME.test(name)) throw new Error('bad set-aside name');
  const folder = join(backups, name);
  await fs.mkdir(join(folder, BACKUP_DIR));
  for (const file of [HEADER_FILE, SNAPSHOT_FILE, LOG_FILE]) {
    await keepFile(fs, join(dir, file), join(folder, file));
  }
  const remove: string[] = [];
  let names: string[] = [];
  try {
    names = await fs.readdir(backups);
  } catch (error) {
    if (!isNotFound(error)) throw error;
  }
  for (const file of names) {
    if (BACKUP_NAME.test(file) || REPLACED_NAME.test(file) || file === KEY_COPY_FILE) {
      if (await keepFile(fs, join(backups, file), join(folder, BACKUP_DIR, file))) {
        if (file !== KEY_COPY_FILE) remove.push(file);
      }
    }
  }
  await fs.syncDir(join(folder, BACKUP_DIR), 'dir.backup');
  await fs.syncDir(folder, 'dir.backup');
  await fs.syncDir(backups, 'dir.backup');
  return { folder, remove };
}

/** A second name for a file, or a durable copy where links are not possible. */
async function keepFile(fs: VaultFs, from: string, to: string): Promise<boolean> {
  try {
    await fs.link(from, to);
    return true;
  } catch (error) {
    if (isNotFound(error)) return false;
  }
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(from);
  } catch (error) {
    if (isNotFound(error)) return false;
    throw error;
  }
  await writeDurable(fs, to + TEMP_SUFFIX, bytes, 'backup.copy');
  await fs.rename(to + TEMP_SUFFIX, to);
  return true;
}

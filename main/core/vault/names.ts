// The names of a vault folder's files (see storage.ts for what each holds).

export const HEADER_FILE = 'vault.json';
export const SNAPSHOT_FILE = 'journal.snapshot';
export const LOG_FILE = 'journal.log';
export const BACKUP_DIR = 'backups';
/** A copy of the key file, so damage to vault.json alone does not lock the person out. */
export const KEY_COPY_FILE = 'key.json';
export const TEMP_SUFFIX = '.tmp';
/** A file written for an install (see install.ts), not yet the journal's. */
export const INCOMING_SUFFIX = '.incoming';
/** Present while an install is committed but not yet finished (see install.ts). */
export const INSTALL_COMMIT = 'install.commit';

export const BACKUP_NAME = /^snapshot-(\d{8})-[0-9a-f]{6}$/;
export const REPLACED_NAME = /^replaced-(\d{8})-[0-9a-f]{6}\.(snapshot|log)$/;
/** A whole journal set aside by a restore into its folder: a vault folder of its own. */
export const REPLACED_JOURNAL_NAME = /^replaced-journal-\d{8}-[0-9a-f]{6}$/;

import { z } from 'zod';
import { defineMethods } from './method';
import { LIMITS, passphrase, timestamp } from './primitives';

export const VAULT_STATES = ['none', 'locked', 'unlocked'] as const;

export const vaultStatus = z.strictObject({
  state: z.enum(VAULT_STATES),
  /** Milliseconds before another unlock attempt is accepted (after wrong passphrases). */
  retryAfterMs: z.number().int().nonnegative(),
});
export type VaultStatus = z.infer<typeof vaultStatus>;

/**
 * The restore point made of the journal's own files up to any damage: the newest state that
 * can still be read. Listed first when it is good; the others are rotated backups.
 */
export const CURRENT_RESTORE_POINT = 'current';

export const backupInfo = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]{1,64}$/),
  createdAt: timestamp,
});
export type BackupInfo = z.infer<typeof backupInfo>;

export const unlockReport = z.strictObject({
  /** A save that was cut short by a crash was dropped while opening (everything before it kept). */
  droppedIncompleteSave: z.boolean(),
});
export type UnlockReport = z.infer<typeof unlockReport>;

export const vaultMethods = defineMethods({
  getStatus: { request: z.void(), response: vaultStatus, whileLocked: true },
  createVault: {
    request: z.strictObject({ passphrase, withRecoveryKey: z.boolean() }),
    response: z.strictObject({ recoveryKey: z.string().nullable() }),
    whileLocked: true,
  },
  unlock: {
    request: z.strictObject({ passphrase }),
    response: unlockReport,
    whileLocked: true,
  },
  recover: {
    request: z.strictObject({
      recoveryKey: z.string().min(1).max(200),
      newPassphrase: passphrase,
    }),
    response: unlockReport,
    whileLocked: true,
  },
  listBackups: { request: z.void(), response: z.array(backupInfo), whileLocked: true },
  restoreBackup: {
    request: z.strictObject({ passphrase, backupId: backupInfo.shape.id }),
    response: unlockReport,
    whileLocked: true,
  },
  lock: { request: z.void(), response: z.null(), whileLocked: true },
  changePassphrase: {
    request: z.strictObject({ current: passphrase, next: passphrase }),
    response: z.null(),
  },
});

export const PASSPHRASE_MAX = LIMITS.passphrase;

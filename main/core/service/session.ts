import type { UnlockReport, VaultStatus } from '../../contract/vault';
import { JournalError, locked } from '../errors';
import type { Journal } from '../journal';
import {
  type VaultOptions,
  createVault,
  listBackups,
  recoverVault,
  restoreVaultBackup,
  unlockVault,
} from '../vault/lifecycle';
import { unwrapWithPassphrase } from '../vault/header';
import { readHeader, vaultExists } from '../vault/storage';
import { nodeFs } from '../vault/fs';
import { AttemptLimiter } from './rate-limit';

export type SessionOptions = VaultOptions &
  Readonly<{
    /** Fold the log into a snapshot after this much quiet (ms). */
    idleCompactionMs?: number;
    now?: () => number;
  }>;

/**
 * One vault folder and, while unlocked, its open journal. The app, the browser preview and the
 * tests each hold one of these; the command line opens the core directly.
 */
export class JournalSession {
  private journal: Journal | null = null;
  private readonly limiter: AttemptLimiter;
  private idleTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly lockListeners = new Set<() => void>();

  constructor(
    readonly vaultDir: string,
    private readonly options: SessionOptions = {},
  ) {
    this.limiter = new AttemptLimiter(options.now);
  }

  get isUnlocked(): boolean {
    return this.journal !== null;
  }

  /** Called whenever the journal locks (from any cause), so windows can clear themselves. */
  onLock(listener: () => void): () => void {
    this.lockListeners.add(listener);
    return () => this.lockListeners.delete(listener);
  }

  async status(): Promise<VaultStatus> {
    const exists = await vaultExists(this.options.fs ?? nodeFs, this.vaultDir);
    return {
      state: this.journal ? 'unlocked' : exists ? 'locked' : 'none',
      retryAfterMs: this.limiter.retryAfterMs(),
    };
  }

  /** The open journal, or LOCKED. */
  current(): Journal {
    if (!this.journal) throw locked();
    return this.journal;
  }

  private adopt(journal: Journal): void {
    this.journal = journal;
    this.limiter.succeeded();
  }

  async create(passphrase: string, withRecoveryKey: boolean): Promise<string | null> {
    if (this.journal) throw new JournalError('VAULT_EXISTS', 'A journal is already open.');
    const { journal, recoveryKey } = await createVault(this.vaultDir, passphrase, {
      ...this.options,
      withRecoveryKey,
    });
    this.adopt(journal);
    return recoveryKey;
  }

  private async guarded(
    attempt: () => Promise<{ journal: Journal; report: UnlockReport }>,
  ): Promise<UnlockReport> {
    if (this.journal) return { droppedIncompleteSave: false };
    this.limiter.check();
    try {
      const { journal, report } = await attempt();
      this.adopt(journal);
      return report;
    } catch (error) {
      if (
        error instanceof JournalError &&
        (error.code === 'WRONG_PASSPHRASE' || error.code === 'WRONG_RECOVERY_KEY')
      ) {
        this.limiter.failed();
      }
      throw error;
    }
  }

  unlock(passphrase: string): Promise<UnlockReport> {
    return this.guarded(() => unlockVault(this.vaultDir, passphrase, this.options));
  }

  recover(recoveryKey: string, newPassphrase: string): Promise<UnlockReport> {
    return this.guarded(() =>
      recoverVault(this.vaultDir, recoveryKey, newPassphrase, this.options),
    );
  }

  restoreBackup(passphrase: string, backupId: string): Promise<UnlockReport> {
    return this.guarded(() =>
      restoreVaultBackup(this.vaultDir, passphrase, backupId, this.options),
    );
  }

  /** Checks a passphrase against the key file (rate-limited like unlocking). */
  async verifyPassphrase(passphrase: string): Promise<void> {
    this.limiter.check();
    try {
      const header = await readHeader(this.options.fs ?? nodeFs, this.vaultDir);
      (await unwrapWithPassphrase(header, passphrase)).fill(0);
    } catch (error) {
      if (error instanceof JournalError && error.code === 'WRONG_PASSPHRASE') this.limiter.failed();
      throw error;
    }
  }

  backups() {
    return listBackups(this.vaultDir, this.options.fs ?? nodeFs);
  }

  /** Every successful write calls this: after a quiet spell the log is folded away. */
  noteWrite(): void {
    const delay = this.options.idleCompactionMs ?? 60_000;
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => {
      this.idleTimer = null;
      void this.journal?.compact().catch(() => undefined);
    }, delay);
    this.idleTimer.unref?.();
  }

  /** Saves what is pending, then forgets the key and the database. */
  async lock(): Promise<void> {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    const journal = this.journal;
    this.journal = null;
    if (journal) await journal.close();
    for (const listener of this.lockListeners) listener();
  }
}

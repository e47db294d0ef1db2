import { DEFAULT_SETTINGS, type Settings } from '../../contract/domain';
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
    /** How long one minute of the auto-lock setting lasts (tests shorten it). */
    autoLockMinuteMs?: number;
    /** How long a lock the window did not start waits for the window to save its typing. */
    flushTimeoutMs?: number;
  }>;

const DEFAULT_FLUSH_TIMEOUT_MS = 2000;

/**
 * One vault folder and, while unlocked, its open journal. The app, the browser preview and the
 * tests each hold one of these; the command line opens the core directly.
 */
export class JournalSession {
  private journal: Journal | null = null;
  private readonly limiter: AttemptLimiter;
  private idleTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly lockListeners = new Set<() => void>();
  private readonly now: () => number;
  /** Auto-lock: the person's setting (0 = off), the last sign of them, and the timer. */
  private autoLockMs = DEFAULT_SETTINGS.autoLockMinutes * 60_000;
  private lastActivity = 0;
  private autoLockTimer: ReturnType<typeof setTimeout> | null = null;
  private askToFlush: (() => void) | null = null;
  private locking: Promise<void> | null = null;

  constructor(
    readonly vaultDir: string,
    private readonly options: SessionOptions = {},
  ) {
    this.now = options.now ?? Date.now;
    this.limiter = new AttemptLimiter(this.now);
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

  private async adopt(journal: Journal): Promise<void> {
    this.journal = journal;
    this.limiter.succeeded();
    this.lastActivity = this.now();
    let minutes = DEFAULT_SETTINGS.autoLockMinutes;
    try {
      minutes = (await journal.getSettings()).autoLockMinutes;
    } catch {
      // The default applies: locking too early is safer than never locking.
    }
    this.applySettings({ autoLockMinutes: minutes });
  }

  async create(passphrase: string, withRecoveryKey: boolean): Promise<string | null> {
    if (this.journal) throw new JournalError('VAULT_EXISTS', 'A journal is already open.');
    const { journal, recoveryKey } = await createVault(this.vaultDir, passphrase, {
      ...this.options,
      withRecoveryKey,
    });
    await this.adopt(journal);
    return recoveryKey;
  }

  private async guarded(
    attempt: () => Promise<{ journal: Journal; report: UnlockReport }>,
  ): Promise<UnlockReport> {
    if (this.journal) return { droppedIncompleteSave: false };
    this.limiter.check();
    try {
      const { journal, report } = await attempt();
      await this.adopt(journal);
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
    this.noteActivity();
    const delay = this.options.idleCompactionMs ?? 60_000;
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => {
      this.idleTimer = null;
      void this.journal?.compact().catch(() => undefined);
    }, delay);
    this.idleTimer.unref?.();
  }

  // Auto-lock ----------------------------------------------------------------------------------

  /** The person did something in the window (reported, throttled, by the page). */
  noteActivity(): void {
    if (!this.journal) return;
    this.lastActivity = this.now();
    if (!this.autoLockTimer) this.scheduleAutoLock();
  }

  /** Takes up a changed auto-lock setting at once. */
  applySettings(settings: Pick<Settings, 'autoLockMinutes'>): void {
    this.autoLockMs = settings.autoLockMinutes * (this.options.autoLockMinuteMs ?? 60_000);
    this.scheduleAutoLock();
  }

  private clearAutoLock(): void {
    if (this.autoLockTimer) clearTimeout(this.autoLockTimer);
    this.autoLockTimer = null;
  }

  private scheduleAutoLock(): void {
    this.clearAutoLock();
    if (!this.journal || this.autoLockMs <= 0) return;
    // Activity only moves a timestamp; the timer looks at it when it fires and waits again if
    // the person was there in the meantime.
    const wait = Math.max(0, this.lastActivity + this.autoLockMs - this.now());
    this.autoLockTimer = setTimeout(() => {
      this.autoLockTimer = null;
      if (!this.journal || this.autoLockMs <= 0) return;
      if (this.now() - this.lastActivity >= this.autoLockMs) void this.lockSoon();
      else this.scheduleAutoLock();
    }, wait);
    this.autoLockTimer.unref?.();
  }

  // Locking ----------------------------------------------------------------------------------

  /** How this host asks its window to save what is being typed before a lock it did not start. */
  setFlushRequest(ask: (() => void) | null): void {
    this.askToFlush = ask;
  }

  /**
   * Locks for a reason the window did not choose (idle, suspend, screen lock, the tray, quit):
   * first asks the window to save its typing and lock itself, and locks anyway once the window
   * has had its chance.
   */
  lockSoon(): Promise<void> {
    if (!this.journal) return Promise.resolve();
    this.locking ??= this.flushThenLock().finally(() => {
      this.locking = null;
    });
    return this.locking;
  }

  private async flushThenLock(): Promise<void> {
    const ask = this.askToFlush;
    if (ask) {
      const lockedByWindow = new Promise<void>((resolve) => {
        const off = this.onLock(() => {
          off();
          resolve();
        });
        const timer = setTimeout(() => {
          off();
          resolve();
        }, this.options.flushTimeoutMs ?? DEFAULT_FLUSH_TIMEOUT_MS);
        timer.unref?.();
      });
      try {
        ask();
      } catch {
        // A window that cannot be asked is locked all the same.
      }
      await lockedByWindow;
    }
    if (this.journal) await this.lock();
  }

  /** Saves what is pending, then forgets the key and the database. */
  async lock(): Promise<void> {
    this.clearAutoLock();
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    const journal = this.journal;
    this.journal = null;
    if (journal) await journal.close();
    for (const listener of this.lockListeners) listener();
  }
}

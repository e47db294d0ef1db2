import { JournalError } from '../core/errors';
import type { Journal } from '../core/journal';
import { FLOOR_KDF, type VaultOptions, unlockVault } from '../core/vault/lifecycle';
import { type CliIo, UsageError } from './io';

export type CliContext = Readonly<{
  io: CliIo;
  vaultDir: string;
  options: VaultOptions;
  /** The passphrase from JOURNAL_PASSPHRASE, else asked for on the terminal. */
  passphrase(question?: string): Promise<string>;
  /** The new passphrase for `init` and `passwd`: JOURNAL_NEW_PASSPHRASE (or JOURNAL_PASSPHRASE for init), else asked twice. */
  newPassphrase(envName: 'JOURNAL_PASSPHRASE' | 'JOURNAL_NEW_PASSPHRASE'): Promise<string>;
  /** A secret from an environment variable, else asked for once without echo. */
  secret(envName: string, question: string): Promise<string>;
  /** Unlocks the vault, runs `work`, and always locks it again (saving what is pending). */
  withJournal<T>(work: (journal: Journal) => Promise<T>): Promise<T>;
}>;

export function createContext(
  io: CliIo,
  vaultDir: string,
  overrides: VaultOptions = {},
): CliContext {
  // Skipping calibration keeps scripted runs quick; the parameters stay at the secure floor.
  const options: VaultOptions = {
    ...(io.env['TWOFOLD_KDF'] === 'floor' ? { kdf: FLOOR_KDF } : {}),
    ...overrides,
  };
  const ask = async (question: string, envName: string): Promise<string> => {
    const answer = await io.prompt(question);
    if (answer === null) {
      const what = question.replace(/[:\s]+$/, '').toLowerCase();
      throw new UsageError(`No ${what}: set ${envName} or run this in a terminal.`);
    }
    return answer;
  };
  const context: CliContext = {
    io,
    vaultDir,
    options,
    async passphrase(question = 'Passphrase: ') {
      return context.secret('JOURNAL_PASSPHRASE', question);
    },
    async secret(envName, question) {
      const fromEnv = io.env[envName];
      return fromEnv !== undefined && fromEnv !== '' ? fromEnv : ask(question, envName);
    },
    async newPassphrase(envName) {
      const fromEnv = io.env[envName];
      if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
      const first = await ask('New passphrase: ', envName);
      const second = await ask('Type it again: ', envName);
      if (first !== second) throw new UsageError('The two passphrases are not the same.');
      if (first.length === 0) throw new UsageError('The passphrase must not be empty.');
      return first;
    },
    async withJournal(work) {
      const { journal, report } = await unlockVault(vaultDir, await context.passphrase(), options);
      if (report.droppedIncompleteSave) {
        io.stderr.write(
          'Note: a save that was cut short by a crash was left out; everything before it is intact.\n',
        );
      }
      try {
        return await work(journal);
      } finally {
        // Every save is already durable; the app folds the log into a snapshot later.
        await journal.close({ compact: false });
      }
    },
  };
  return context;
}

export function isJournalError(error: unknown): error is JournalError {
  return error instanceof JournalError;
}

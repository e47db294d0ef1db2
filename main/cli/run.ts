import { JournalError } from '../core/errors';
import { defaultVaultDir } from '../core/paths';
import type { VaultOptions } from '../core/vault/lifecycle';
import type { Command } from './command';
import { COMMANDS } from './commands';
import { createContext } from './context';
import { type CliIo, EXIT, UsageError, printError } from './io';

function help(io: CliIo): void {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  io.stdout.write(
    [
      'Usage: journal COMMAND [options] [--vault DIR]',
      '',
      'Opens the same encrypted journal as the Twofold app (--vault DIR picks another folder).',
      'Secrets come from the environment, or are asked for without echo:',
      '  JOURNAL_PASSPHRASE      the passphrase (for restore: the one the backup was made with)',
      '  JOURNAL_NEW_PASSPHRASE  the new passphrase for passwd and recover',
      '  JOURNAL_RECOVERY_KEY    the recovery key for recover',
      '',
      'Commands:',
      ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
      '',
      'Exit codes: 0 ok, 1 other error, 2 usage, 3 wrong passphrase, 4 damaged vault, 5 vault in use.',
      '',
    ].join('\n'),
  );
}

function exitCodeFor(error: JournalError): number {
  switch (error.code) {
    case 'WRONG_PASSPHRASE':
    case 'WRONG_RECOVERY_KEY':
      return EXIT.wrongPassphrase;
    case 'DAMAGED':
      return EXIT.damaged;
    case 'VAULT_IN_USE':
      return EXIT.inUse;
    case 'INVALID_REQUEST':
      return EXIT.usage;
    default:
      return EXIT.error;
  }
}

/** Node's argument parser speaks to programmers; say the same in a person's words. */
function describeParseError(error: unknown, command: string): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : '';
  const option = /'(-[^']*)'/.exec(message)?.[1] ?? 'that option';
  const help = `Run "journal help ${command}" to see its options.`;
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `"${command}" has no option ${option}. ${help}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return `The option ${option} of "${command}" needs a value. ${help}`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `"${command}" takes no arguments besides its options. ${help}`;
    default:
      return null;
  }
}

/** Splits `--vault DIR` (allowed anywhere) from the rest. */
function takeVault(argv: readonly string[]): { vault: string | undefined; rest: string[] } {
  const rest: string[] = [];
  let vault: string | undefined;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--vault') {
      vault = argv[i + 1];
      if (vault === undefined) throw new UsageError('--vault needs a folder.');
      i += 1;
    } else if (arg.startsWith('--vault=')) {
      vault = arg.slice('--vault='.length);
    } else {
      rest.push(arg);
    }
  }
  return { vault, rest };
}

/**
 * Runs one command line and returns its exit code. Never throws, never prints a stack trace.
 * `vaultOptions` lets tests run the same commands with a quick key derivation.
 */
export async function runCli(
  argv: readonly string[],
  io: CliIo,
  vaultOptions: VaultOptions = {},
): Promise<number> {
  let commandName = '';
  try {
    const { vault, rest } = takeVault(argv);
    const [name, ...args] = rest;
    commandName = name ?? '';
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
      const topic = name === 'help' ? COMMANDS.find((c) => c.name === args[0]) : undefined;
      if (topic) io.stdout.write(`Usage: journal ${topic.name} ${topic.usage}\n${topic.summary}\n`);
      else help(io);
      return name === undefined ? EXIT.usage : EXIT.ok;
    }
    const command: Command | undefined = COMMANDS.find((c) => c.name === name);
    if (!command)
      throw new UsageError(
        `There is no command called "${name}". Run "journal --help" to see them.`,
      );
    if (args.includes('--help') || args.includes('-h')) {
      io.stdout.write(`Usage: journal ${command.name} ${command.usage}\n${command.summary}\n`);
      return EXIT.ok;
    }
    await command.run(args, createContext(io, vault ?? defaultVaultDir(io.env), vaultOptions));
    return EXIT.ok;
  } catch (error) {
    if (error instanceof UsageError) {
      printError(io, error.message);
      return EXIT.usage;
    }
    if (error instanceof JournalError) {
      printError(io, error.message);
      return exitCodeFor(error);
    }
    const parseError = describeParseError(error, commandName);
    if (parseError) {
      printError(io, parseError);
      return EXIT.usage;
    }
    printError(
      io,
      `Something went wrong: ${error instanceof Error ? error.message.split('\n')[0] : 'unknown error'}`,
    );
    return EXIT.error;
  }
}

import type { CliContext } from './context';

export type Command = Readonly<{
  name: string;
  /** One line for `journal --help`. */
  summary: string;
  /** The arguments, as shown in `journal help NAME`. */
  usage: string;
  run(args: readonly string[], context: CliContext): Promise<void>;
}>;

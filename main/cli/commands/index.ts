import type { Command } from '../command';
import { add } from './add';
import { init } from './init';
import { list } from './list';
import { search } from './search';
import { show } from './show';

/** Every command, in the order `journal --help` lists them. */
export const COMMANDS: readonly Command[] = [init, add, list, show, search];

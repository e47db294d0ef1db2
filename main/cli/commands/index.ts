import type { Command } from '../command';
import { add } from './add';
import { backup } from './backup';
import { exportJson } from './export-json';
import { importJson } from './import';
import { init } from './init';
import { insights } from './insights';
import { list } from './list';
import { passwd } from './passwd';
import { recover } from './recover';
import { restore } from './restore';
import { search } from './search';
import { show } from './show';
import { trends } from './trends';
import { summary } from './summary';
import { verify } from './verify';

/** Every command, in the order `journal --help` lists them. */
export const COMMANDS: readonly Command[] = [
  init,
  add,
  list,
  show,
  search,
  trends,
  insights,
  summary,
  verify,
  passwd,
  recover,
  exportJson,
  importJson,
  backup,
  restore,
];

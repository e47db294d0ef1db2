import type { Database } from '../sqlite';

/** One step of schema history. Never edit a migration once it has shipped: add the next one. */
export type Migration = Readonly<{
  version: number;
  name: string;
  up(db: Database): void;
}>;

import { parseArgs } from 'node:util';
import { JournalError } from '../../core/errors';
import type { Command } from '../command';
import { print, printJson } from '../io';

function kib(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MiB`
    : `${(bytes / 1024).toFixed(1)} KiB`;
}

export const verify: Command = {
  name: 'verify',
  summary:
    'Check the whole journal: every file authenticated, the log replayed, the database and search index intact, every backup.',
  usage: '[--json]',
  async run(args, { io, withJournal }) {
    const { values } = parseArgs({ args: [...args], options: { json: { type: 'boolean' } } });
    const report = await withJournal((journal) => journal.verify());
    if (values.json) {
      printJson(io, report);
    } else {
      const { counts } = report;
      print(
        io,
        [
          `Entries:        ${counts.entries} (${counts.words} words), ${counts.trashed} in the trash`,
          `Relationships:  ${counts.relationships}`,
          `Dimensions:     ${counts.dimensions}, signs: ${counts.signs}`,
          `Files:          snapshot ${kib(report.snapshotBytes)} (generation ${report.generation}), log ${kib(report.logBytes)} (${report.pendingChanges} changes)`,
          `Backups:        ${report.backups.good} good, ${report.backups.damaged} damaged`,
          `Schema version: ${report.schemaVersion}`,
          ...report.problems.map((p) => `Problem:        ${p}`),
          report.problems.length === 0 ? 'Everything checks out.' : '',
        ]
          .filter(Boolean)
          .join('\n'),
      );
    }
    if (report.problems.length > 0) {
      const n = report.problems.length;
      throw new JournalError(
        'DAMAGED',
        `Verification found ${n} problem${n === 1 ? '' : 's'}: ${report.problems[0]}${n > 1 ? ' (and more, listed above)' : ''}`,
      );
    }
  },
};

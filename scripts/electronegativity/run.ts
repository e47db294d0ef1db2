import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type AllowList, checkAllowList, judgeFindings, parseSarif } from './findings';

// `npm test` step: Electronegativity over the code that ships (main, preload, the renderer's
// page and source; not tests, not build output), then every finding held against the
// allow-list. Electronegativity itself always exits 0, so its SARIF report decides.

const root = resolve(import.meta.dirname, '../..');
const SHIPPED = ['main', 'preload', 'renderer/index.html', 'renderer/src', 'package.json'];
const isTest = (path: string) => /\.test\.tsx?$/.test(path);

const list = JSON.parse(
  await readFile(join(import.meta.dirname, 'allowlist.json'), 'utf8'),
) as AllowList;
const listProblems = checkAllowList(list);

const work = await mkdtemp(join(tmpdir(), 'twofold-electronegativity-'));
try {
  for (const part of SHIPPED) {
    await cp(join(root, part), join(work, part), {
      recursive: true,
      filter: (source) => !isTest(source),
    });
  }
  const report = join(work, 'report.sarif');
  const run = spawnSync(
    join(root, 'node_modules/.bin/electronegativity'),
    [
      '--input',
      work,
      '--output',
      report,
      '--relative',
      '--verbose',
      'false',
      '--exclude-checks',
      list.excludedChecks.map((c) => c.check).join(','),
    ],
    { encoding: 'utf8' },
  );
  if (run.status !== 0) {
    console.error(run.stdout, run.stderr);
    throw new Error(`Electronegativity could not run (exit ${String(run.status)}).`);
  }
  const findings = parseSarif(await readFile(report, 'utf8'));
  const verdict = judgeFindings(findings, list);

  console.log(
    `Electronegativity: ${findings.length} findings, ${verdict.accepted.length} reviewed and accepted (scripts/electronegativity/allowlist.json).`,
  );
  for (const f of verdict.unaccepted) {
    console.error(`  ✗ ${f.check} in ${f.file}:${f.line}: ${f.message}`);
  }
  for (const entry of verdict.stale) {
    console.error(
      `  ✗ allow-list entry ${entry.check} in ${entry.file} matches nothing: remove it`,
    );
  }
  for (const problem of listProblems) console.error(`  ✗ allow-list: ${problem}`);
  const failed = verdict.unaccepted.length + verdict.stale.length + listProblems.length;
  if (failed > 0) {
    console.error(
      'Fix the findings, or, after review, accept each in the allow-list with its reason.',
    );
    process.exitCode = 1;
  }
} finally {
  await rm(work, { recursive: true, force: true });
}

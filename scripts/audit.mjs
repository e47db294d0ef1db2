#!/usr/bin/env node
// `npm test` step: `npm audit --omit=dev`, the known advisories for what ships to people. It
// fails on a moderate or worse advisory. When the advisory service cannot be reached (offline
// build machines, a registry mirror without the audit endpoint) it says so and does not fail:
// SECURITY.md records the last review.
import { spawnSync } from 'node:child_process';

const FAIL_AT = ['moderate', 'high', 'critical'];

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], {
  encoding: 'utf8',
  timeout: 60_000,
});
function parse(text) {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
const report = parse(run.stdout);

if (!report || typeof report.metadata !== 'object' || report.metadata === null) {
  const why =
    report?.message ?? run.error?.message ?? (run.stderr.trim().split('\n').at(-1) || 'no answer');
  console.log(`npm audit --omit=dev: skipped, the advisory service is not reachable (${why}).`);
  process.exit(0);
}

const counts = report.metadata.vulnerabilities ?? {};
const found = Object.values(report.vulnerabilities ?? {});
if (found.length === 0) {
  console.log('npm audit --omit=dev: no known vulnerabilities in production dependencies.');
  process.exit(0);
}
for (const v of found) {
  const via = v.via.map((x) => (typeof x === 'string' ? x : `${x.title} (${x.url})`)).join('; ');
  console.log(`  ${FAIL_AT.includes(v.severity) ? '✗' : '·'} ${v.name} [${v.severity}]: ${via}`);
}
const failing = FAIL_AT.reduce((n, level) => n + (counts[level] ?? 0), 0);
console.log(
  failing > 0
    ? `npm audit --omit=dev: ${failing} moderate or worse; update or replace those packages.`
    : 'npm audit --omit=dev: only low-severity notes; nothing fails.',
);
process.exit(failing > 0 ? 1 : 0);

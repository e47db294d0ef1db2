#!/usr/bin/env node
// `npm test`: every check, in order, then one clear summary. A failed step does not hide the
// others (except that the end-to-end tests need a successful build).
import { spawnSync } from 'node:child_process';

const bin = (name) => `node_modules/.bin/${name}`;

const steps = [
  {
    name: 'Lint (ESLint, import boundaries)',
    cmd: bin('eslint'),
    args: ['.', '--max-warnings', '0'],
  },
  {
    name: 'Format (Prettier)',
    cmd: bin('prettier'),
    args: ['--check', '.', '--log-level', 'warn'],
  },
  { name: 'Typecheck (node side)', cmd: bin('tsc'), args: ['-p', 'tsconfig.node.json'] },
  { name: 'Typecheck (web side)', cmd: bin('tsc'), args: ['-p', 'tsconfig.web.json'] },
  { name: 'Typecheck (web tests)', cmd: bin('tsc'), args: ['-p', 'tsconfig.web-test.json'] },
  { name: 'Build (electron-vite)', cmd: bin('electron-vite'), args: ['build'], gate: true },
  { name: 'Unit and integration tests (Vitest)', cmd: bin('vitest'), args: ['run'] },
  {
    name: 'Static analysis (Electronegativity)',
    cmd: bin('tsx'),
    args: ['scripts/electronegativity/run.ts'],
  },
  { name: 'Dependency audit (npm audit --omit=dev)', cmd: 'node', args: ['scripts/audit.mjs'] },
  {
    name: 'End-to-end tests (Playwright)',
    cmd: bin('playwright'),
    args: ['test'],
    needsBuild: true,
  },
];

const results = [];
let buildFailed = false;
for (const step of steps) {
  if (step.needsBuild && buildFailed) {
    results.push({ name: step.name, status: 'skipped (build failed)', seconds: 0 });
    continue;
  }
  console.log(`\n━━ ${step.name} ━━`);
  const started = Date.now();
  const run = spawnSync(step.cmd, step.args, { stdio: 'inherit', env: process.env });
  const passed = run.status === 0;
  if (step.gate && !passed) buildFailed = true;
  results.push({
    name: step.name,
    status: passed ? 'passed' : 'FAILED',
    seconds: (Date.now() - started) / 1000,
  });
}

const width = Math.max(...results.map((r) => r.name.length));
console.log('\n━━ Summary ━━');
for (const r of results) {
  console.log(
    `  ${r.status === 'passed' ? '✓' : '✗'} ${r.name.padEnd(width)}  ${r.status.padEnd(8)} ${r.seconds.toFixed(1)} s`,
  );
}
const failed = results.filter((r) => r.status !== 'passed');
console.log(
  failed.length === 0
    ? '\nAll checks passed.'
    : `\n${failed.length} of ${results.length} checks did not pass.`,
);
process.exit(failed.length === 0 ? 0 : 1);

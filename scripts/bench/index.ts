// `npm run bench`: prints measurements; asserts nothing. Each suite prints its own table.
// Run one suite with `npm run bench -- NAME`.

import { runTrendsBench } from './trends';
import { runSummaryBench } from './summary';
import { runVaultBench } from './vault';
import { runWritingBench } from './writing';

type Suite = Readonly<{ name: string; run(): Promise<void> }>;

const suites: Suite[] = [
  { name: 'vault', run: runVaultBench },
  { name: 'writing', run: runWritingBench },
  { name: 'trends', run: runTrendsBench },
  { name: 'summary', run: runSummaryBench },
];

const only = process.argv[2];
const chosen = only ? suites.filter((s) => s.name === only) : suites;
if (only && chosen.length === 0) {
  console.error(
    `No benchmark suite called "${only}". Suites: ${suites.map((s) => s.name).join(', ')}`,
  );
  process.exit(2);
}
console.log(`Twofold benchmarks on ${process.platform}/${process.arch}, Node ${process.version}`);
for (const suite of chosen) await suite.run();

export {};

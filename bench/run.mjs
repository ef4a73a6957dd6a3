#!/usr/bin/env node
// `npm run bench`: runs bench/journal.bench.ts as the Vitest project "bench" (never part of `npm test`), then prints
// the tables it wrote. Options:
//   --years 1,5        journal sizes to measure (default 1,2,5,10)
//   --runs 3           runs per timing (default 5); --saves 20: check-ins saved for p50/p95 (default 50)
//   --no-lighthouse    skip Lighthouse; --lighthouse-runs 1 (default 3)
//   --dist <folder>    measure an existing production build instead of building one
//   --strict           exit 1 when a budget is missed (default: report it and exit 0)
//   --render           write the report again from the last run's bench/results/result.json (after editing notes.md)
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const results = join(root, 'bench', 'results');
const args = process.argv.slice(2);
const value = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(
    `Chromium not found at ${chromium}. Install it with: sudo apt-get install -y chromium (or set CHROMIUM_PATH).`,
  );
  process.exit(1);
}

const env = { ...process.env, PJ_BENCH: '1' };
if (value('--years')) env.PJ_BENCH_YEARS = value('--years');
if (value('--runs')) env.PJ_BENCH_RUNS = value('--runs');
if (value('--saves')) env.PJ_BENCH_SAVES = value('--saves');
if (value('--dist')) env.PJ_BENCH_DIST = value('--dist');
if (value('--lighthouse-runs')) env.PJ_BENCH_LIGHTHOUSE_RUNS = value('--lighthouse-runs');
if (args.includes('--no-lighthouse')) env.PJ_BENCH_LIGHTHOUSE = '0';
if (args.includes('--render')) env.PJ_BENCH_RENDER = '1';

rmSync(join(results, 'missed.json'), { force: true });
const vitest = join(root, 'node_modules/vitest/vitest.mjs');
const run = spawnSync(process.execPath, [vitest, 'run', '--project', 'bench'], { cwd: root, env, stdio: 'inherit' });
const report = join(results, 'BENCHMARKS.md');
if (run.status !== 0 || !existsSync(join(results, 'missed.json'))) {
  console.error('\nThe benchmark did not finish (see above).');
  process.exit(1);
}
console.log(`\n${readFileSync(report, 'utf8')}`);
const missed = JSON.parse(readFileSync(join(results, 'missed.json'), 'utf8'));
console.log(
  missed.length
    ? `${missed.length} budget(s) missed: ${missed.map((m) => `${m.what} (${m.actual}, limit ${m.limit})`).join('; ')}`
    : 'Every budget met.',
);
process.exit(missed.length && args.includes('--strict') ? 1 : 0);

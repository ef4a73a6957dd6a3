// `npm run bench` (bench/run.mjs runs this file as the Vitest project "bench"; `npm test` never does): builds the
// app, measures 1, 2, 5 and 10 years of journal in Chromium, runs Lighthouse, checks the budgets, and writes
// bench/BENCHMARKS.md and bench/results/. Options come from bench/run.mjs as PJ_BENCH_* variables.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem, type } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { BENCH_YEARS } from '../tests/fixtures/journal';
import { buildApp, ROOT } from '../tests/support/build';
import { CHROMIUM_PATH } from '../tests/support/chromium';
import { startStaticServer } from '../tests/support/static-server';
import { medianRun, runLighthouse, type LighthouseResult } from './support/lighthouse';
import { measureJournal, type JournalFigures } from './support/measure-journal';
import { checkBudgets, renderMarkdown, type BenchResult } from './support/report';
import { buildSizes } from './support/sizes';

const env = process.env;
const YEARS = env.PJ_BENCH_YEARS ? env.PJ_BENCH_YEARS.split(',').map(Number) : [...BENCH_YEARS];
const RUNS = Number(env.PJ_BENCH_RUNS ?? 5);
const SAVES = Number(env.PJ_BENCH_SAVES ?? 50);
const LIGHTHOUSE_RUNS = env.PJ_BENCH_LIGHTHOUSE === '0' ? 0 : Number(env.PJ_BENCH_LIGHTHOUSE_RUNS ?? 3);
const RESULTS = join(ROOT, 'bench', 'results');
/** Only a run of the full default set replaces bench/BENCHMARKS.md; a quick look writes to bench/results/. */
const FULL = YEARS.join() === BENCH_YEARS.join() && RUNS >= 5 && SAVES >= 50 && LIGHTHOUSE_RUNS > 0;

const log = (line: string) => console.log(line);

function chromiumVersion(): string {
  const run = spawnSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8' });
  return run.stdout.trim() || 'Chromium (version unknown)';
}

/** Writes the Markdown of `result` (with bench/notes.md) to bench/results/ and, for a full run, to bench/BENCHMARKS.md. */
function writeReport(result: BenchResult, full: boolean): void {
  const notesFile = join(ROOT, 'bench', 'notes.md');
  const markdown = renderMarkdown(result, existsSync(notesFile) ? readFileSync(notesFile, 'utf8') : '');
  writeFileSync(join(RESULTS, 'BENCHMARKS.md'), markdown);
  if (full) writeFileSync(join(ROOT, 'bench', 'BENCHMARKS.md'), markdown);
  writeFileSync(
    join(RESULTS, 'missed.json'),
    JSON.stringify(
      checkBudgets(result).filter((c) => !c.ok),
      null,
      1,
    ),
  );
}

describe.skipIf(!env.PJ_BENCH)('benchmark', () => {
  it.runIf(env.PJ_BENCH_RENDER)('writes the report again from the last run (bench/results/result.json)', () => {
    const result = JSON.parse(readFileSync(join(RESULTS, 'result.json'), 'utf8')) as BenchResult;
    const full =
      result.journals.map((j) => j.years).join() === BENCH_YEARS.join() &&
      result.runs >= 5 &&
      result.saves >= 50 &&
      result.lighthouse !== null;
    writeReport(result, full);
    log(full ? 'Wrote bench/BENCHMARKS.md from bench/results/result.json' : 'Wrote bench/results/BENCHMARKS.md');
  });

  it.skipIf(env.PJ_BENCH_RENDER)('measures years of journal, the sizes and Lighthouse', async () => {
    const started = Date.now();
    mkdirSync(RESULTS, { recursive: true });
    const loadBefore = loadavg();
    const dist = env.PJ_BENCH_DIST ?? buildApp();
    log(`Build: ${dist}`);
    const sizes = buildSizes(dist);
    log(
      `First load ${(sizes.firstLoad / 1024).toFixed(1)} KB gzip, all app JS ${(sizes.allJs / 1024).toFixed(1)} KB gzip`,
    );

    const journals: JournalFigures[] = [];
    for (const years of YEARS) {
      log(`Measuring ${years} ${years === 1 ? 'year' : 'years'} of journal (${RUNS} runs)…`);
      journals.push(await measureJournal(dist, years, { runs: RUNS, saves: SAVES, log }));
      writeFileSync(join(RESULTS, 'journals.json'), JSON.stringify(journals, null, 1));
    }

    let lighthouse: BenchResult['lighthouse'] = null;
    if (LIGHTHOUSE_RUNS > 0) {
      const server = await startStaticServer(dist);
      try {
        const runs: LighthouseResult[] = [];
        for (let i = 1; i <= LIGHTHOUSE_RUNS; i++) {
          log(`Lighthouse run ${i} of ${LIGHTHOUSE_RUNS}…`);
          const result = await runLighthouse(server.url + '/', join(RESULTS, `lighthouse-${i}.json`));
          log(
            `  performance ${result.scores.performance}, accessibility ${result.scores.accessibility}, best practices ${result.scores['best-practices']}, SEO ${result.scores.seo}; LCP ${result.metrics.lcp.toFixed(0)} ms, TBT ${result.metrics.tbt.toFixed(0)} ms, CLS ${result.metrics.cls.toFixed(3)}`,
          );
          runs.push(result);
        }
        lighthouse = { runs, median: medianRun(runs) };
      } finally {
        await server.close();
      }
    }

    const result: BenchResult = {
      date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
      machine: {
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model.replace(/\s+/g, ' ').trim() ?? 'unknown CPU',
        memoryGB: totalmem() / 1024 ** 3,
        chromium: chromiumVersion(),
        node: process.versions.node,
        os: `${type()} ${release()}`,
        loadBefore,
        loadAfter: loadavg(),
      },
      runs: RUNS,
      saves: SAVES,
      sizes,
      journals,
      lighthouse,
      seconds: (Date.now() - started) / 1000,
    };
    writeFileSync(join(RESULTS, 'result.json'), JSON.stringify(result, null, 1));
    writeReport(result, FULL);
    log(
      FULL
        ? 'Wrote bench/BENCHMARKS.md'
        : 'A partial run: wrote bench/results/BENCHMARKS.md (bench/BENCHMARKS.md is written by a full run only)',
    );
  });
});

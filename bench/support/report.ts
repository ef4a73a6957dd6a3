// Turns the benchmark's figures into the tables of bench/BENCHMARKS.md (also printed at the end of `npm run bench`),
// and checks every budget of issue 6.
import { MAX_CHART_POINTS, type FixedRangeId } from '../../src/domain/trends';
import type { LighthouseResult } from './lighthouse';
import { RANGES, TAP_PAUSE_MS, type JournalFigures } from './measure-journal';
import type { BuildSizes } from './sizes';
import { growthExponent, growthWords, median, percentile } from './stats';

/** Everything one benchmark run found. */
export interface BenchResult {
  date: string;
  machine: {
    cpus: number;
    cpuModel: string;
    memoryGB: number;
    chromium: string;
    node: string;
    os: string;
    loadBefore: number[];
    loadAfter: number[];
  };
  runs: number;
  saves: number;
  sizes: BuildSizes;
  journals: JournalFigures[];
  lighthouse: { runs: LighthouseResult[]; median: LighthouseResult } | null;
  seconds: number;
}

/** The budgets. Times are for five years of data. */
export const BUDGETS = {
  firstLoadKB: 45,
  allJsKB: 120,
  saveP95Ms: 30,
  trendsMs: 150,
  historyMs: 100,
  backupMs: 1000,
  restoreMs: 2000,
  lighthouse: 100,
  /** The largest growth exponent allowed (1 = linear), with a little room for noise in small figures. */
  growth: 1.15,
} as const;

const RANGE_WORDS: Record<FixedRangeId, string> = {
  '2w': '2 weeks',
  '6w': '6 weeks',
  '3m': '3 months',
  '1y': '1 year',
  all: 'all time',
};

/** One row of the timing table: how to read the figure from each journal, and its budget at five years. */
interface Row {
  label: string;
  unit: 'ms' | 'MB';
  value: (j: JournalFigures) => number;
  budget?: number;
}

function rows(result: BenchResult): Row[] {
  const m = (pick: (j: JournalFigures) => number[]) => (j: JournalFigures) => median(pick(j));
  const list: Row[] = [
    { label: 'Cold start offline → interactive Today', unit: 'ms', value: m((j) => j.coldStart) },
    { label: '  first contentful paint (same starts)', unit: 'ms', value: m((j) => j.firstPaint) },
    {
      label: `Save a check-in (UI: Save → "Saved" shown), p50 of ${result.saves}`,
      unit: 'ms',
      value: (j) => percentile(j.saveUi, 50),
    },
    {
      label: `Save a check-in (UI), p95 of ${result.saves}`,
      unit: 'ms',
      value: (j) => percentile(j.saveUi, 95),
      budget: BUDGETS.saveP95Ms,
    },
    {
      label: `  data layer only (validate + write), p50 of ${result.saves}`,
      unit: 'ms',
      value: (j) => percentile(j.saveLayer, 50),
    },
    { label: `  data layer only, p95 of ${result.saves}`, unit: 'ms', value: (j) => percentile(j.saveLayer, 95) },
  ];
  for (const range of RANGES) {
    list.push({
      label: `Trends, ${RANGE_WORDS[range]}: tap → charts drawn + summary`,
      unit: 'ms',
      value: m((j) => j.trends[range]),
      budget: BUDGETS.trendsMs,
    });
  }
  list.push(
    {
      label: 'History: tap → first screen of entries',
      unit: 'ms',
      value: m((j) => j.history),
      budget: BUDGETS.historyMs,
    },
    { label: 'Report ready to print, 6 weeks: tap → chart image + Print', unit: 'ms', value: m((j) => j.report['6w']) },
    { label: 'Report ready to print, all time', unit: 'ms', value: m((j) => j.report.all) },
    {
      label: 'Backup: Back up now → file handed to the download',
      unit: 'ms',
      value: m((j) => j.backup),
      budget: BUDGETS.backupMs,
    },
    {
      label: 'Restore: file picked → preview (read, checksum, validate)',
      unit: 'ms',
      value: m((j) => j.restoreValidate),
    },
    { label: 'Restore: Replace confirmed → "Restored" (write)', unit: 'ms', value: m((j) => j.restoreWrite) },
    { label: 'Restore, validate + write', unit: 'ms', value: m((j) => j.restoreTotal), budget: BUDGETS.restoreMs },
    { label: 'JS heap after Trends "all time" (after GC)', unit: 'MB', value: (j) => j.heapAfterTrendsAllMB },
  );
  return list;
}

const fmt = (value: number, unit: string) =>
  Number.isFinite(value)
    ? unit === 'MB'
      ? `${value.toFixed(1)} MB`
      : `${value < 10 ? value.toFixed(1) : value.toFixed(0)} ms`
    : '–';
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const table = (head: string[], body: string[][]) =>
  [
    `| ${head.join(' | ')} |`,
    `|${head.map((_, i) => (i === 0 ? '---' : '--:')).join('|')}|`,
    ...body.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');

/** One budget and whether it was met. */
export interface BudgetCheck {
  what: string;
  limit: string;
  actual: string;
  ok: boolean;
}

/** Checks every budget that this run measured. */
export function checkBudgets(result: BenchResult): BudgetCheck[] {
  const checks: BudgetCheck[] = [];
  const add = (what: string, limit: string, actual: string, ok: boolean) => checks.push({ what, limit, actual, ok });
  const { sizes } = result;
  add(
    'First load (gzip)',
    `≤ ${BUDGETS.firstLoadKB} KB`,
    kb(sizes.firstLoad),
    sizes.firstLoad <= BUDGETS.firstLoadKB * 1024,
  );
  add('All app JS (gzip)', `≤ ${BUDGETS.allJsKB} KB`, kb(sizes.allJs), sizes.allJs <= BUDGETS.allJsKB * 1024);
  const five = result.journals.find((j) => j.years === 5);
  if (five) {
    for (const row of rows(result)) {
      if (row.budget === undefined) continue;
      const v = row.value(five);
      add(`${row.label.trim()} — 5 years`, `≤ ${row.budget} ${row.unit}`, fmt(v, row.unit), v <= row.budget);
    }
  }
  // Growth is judged over three sizes or more: from two, one noisy figure decides the slope.
  if (result.journals.length >= 3) {
    for (const row of rows(result)) {
      const k = growthExponent(result.journals.map((j) => ({ years: j.years, value: row.value(j) })));
      if (Number.isFinite(k) && k > BUDGETS.growth)
        add(`${row.label.trim()} — growth`, 'at most linear', `years^${k.toFixed(2)}`, false);
    }
    // Bounded: no series of any chart, in any range, plots more than MAX_CHART_POINTS however long the journal.
    const longest = (j: JournalFigures) =>
      Math.max(0, ...RANGES.flatMap((r) => Object.values(j.points[r] ?? {}).map((p) => p.longest)));
    const seen = result.journals.map(longest);
    add(
      'Chart points stay bounded (longest series, any range)',
      `≤ ${MAX_CHART_POINTS}`,
      `${seen.join(', ')} over ${result.journals.map((j) => j.years).join(', ')} years`,
      Math.max(...seen) <= MAX_CHART_POINTS,
    );
    const twice = result.journals.flatMap((j) =>
      RANGES.filter((r) => j.drawsPerChart[r] > 1).map((r) => `${j.years} y ${r}`),
    );
    add(
      'Each chart drawn once per visit',
      '1 draw per chart',
      twice.length ? `drawn twice: ${twice.join(', ')}` : '1',
      twice.length === 0,
    );
  }
  if (result.lighthouse) {
    const s = result.lighthouse.median.scores;
    for (const category of ['performance', 'accessibility', 'best-practices'] as const) {
      add(`Lighthouse ${category}`, `${BUDGETS.lighthouse}`, String(s[category]), s[category] >= BUDGETS.lighthouse);
    }
  }
  return checks;
}

/** The Markdown of bench/BENCHMARKS.md. `notes` is appended as written. */
export function renderMarkdown(result: BenchResult, notes: string): string {
  const { machine, journals, sizes } = result;
  const years = journals.map((j) => j.years);
  const first = journals[0];
  const last = journals[journals.length - 1];
  const out: string[] = [];
  out.push('# Benchmarks', '');
  out.push(
    `Measured ${result.date} by \`npm run bench\` (${Math.round(result.seconds / 60)} min). Machine: ${machine.cpus} × ${machine.cpuModel}, ` +
      `${machine.memoryGB.toFixed(0)} GB memory, ${machine.os}; ${machine.chromium} (headless), Node ${machine.node}. ` +
      `Load average ${machine.loadBefore.map((l) => l.toFixed(1)).join(' / ')} before and ${machine.loadAfter.map((l) => l.toFixed(1)).join(' / ')} after ` +
      '(the machine is shared, so single figures wobble; medians are reported).',
    '',
  );
  out.push(
    '**How to run:** `npm ci && npm run bench` (about a quarter of an hour on 2 cores). Options: `npm run bench -- --years 1,5 --runs 3 --no-lighthouse` ' +
      'for a quick look (then only `bench/results/` is written), `--dist <folder>` to reuse a build, `--strict` to exit non-zero when a budget is missed, `--render` to write this file again from the last run (e.g. after editing bench/notes.md). ' +
      'Raw figures and the Lighthouse reports go to `bench/results/` (git-ignored).',
    '',
  );
  out.push('## Budgets', '');
  out.push(
    table(
      ['budget', 'limit', 'measured', ''],
      checkBudgets(result).map((c) => [c.what, c.limit, c.actual, c.ok ? '✓' : '✗ missed']),
    ),
    '',
  );

  out.push('## Timings', '');
  out.push(
    `Median of ${result.runs} runs (p50/p95 of ${result.saves} saves where it says so), in Chromium at 390×844, offline: the server is stopped after ` +
      'seeding and the service worker serves everything. Journals come from `tests/fixtures/journal.ts` (`yearsOfJournal`): two check-ins a day with ' +
      'regions, three mobility activities and a measure, a session every one to two weeks, four goals, something taken for the pain on about a ' +
      'quarter of the days with pain 5 or more, sleep, stress and a "desk day" tag on the check-ins, and a home programme of two items ' +
      'ticked on most days from the first session; seeded through the app’s own data layer.',
    '',
  );
  const head = [
    '',
    ...years.map((y) => `${y} ${y === 1 ? 'year' : 'years'}`),
    `${first.years} → ${last.years} years`,
    'grows as',
    'budget (5 years)',
  ];
  const body: string[][] = [
    [
      'Journal: rows (check-ins, sessions)',
      ...journals.map((j) => `${j.rows.toLocaleString('en')} (${j.checkins.toLocaleString('en')}, ${j.sessions})`),
      `×${(last.rows / first.rows).toFixed(1)}`,
      'the data',
      '',
    ],
    [
      'Backup file size',
      ...journals.map((j) => `${(j.backupBytes / 1024 / 1024).toFixed(2)} MB`),
      `×${(last.backupBytes / first.backupBytes).toFixed(1)}`,
      '',
      '',
    ],
  ];
  for (const row of rows(result)) {
    const values = journals.map((j) => row.value(j));
    const k = growthExponent(journals.map((j, i) => ({ years: j.years, value: values[i] })));
    const five = journals.find((j) => j.years === 5);
    const budget =
      row.budget === undefined
        ? ''
        : `≤ ${row.budget} ${row.unit}${five ? (row.value(five) <= row.budget ? ' ✓' : ' ✗') : ''}`;
    body.push([
      row.label.replace(/^ {2}/, '↳ '),
      ...values.map((v) => fmt(v, row.unit)),
      `×${(values[values.length - 1] / values[0]).toFixed(2)}`,
      Number.isFinite(k) ? `${growthWords(k)} (k = ${k.toFixed(2)})` : '–',
      budget,
    ]);
  }
  out.push(table(head, body), '');
  out.push(
    '“grows as” fits value ≈ c·years^k over the sizes: k ≈ 0 is flat, 1 is linear. Times run from the tap (an in-app link click, or the click on ' +
      'the button) to the next frame after the result is in the page (for charts: after Chart.js has drawn); the cold start runs from navigation start ' +
      '(`performance.getEntriesByType("navigation")`) to the `pj:today-ready` mark, set when the pain scale is drawn and the status line shows data ' +
      'read from IndexedDB, after the browser was quit and started again on the same profile. A check-in is saved the way a person does it, through ' +
      `the UI: tap a number, tap Save ${TAP_PAUSE_MS} ms later, wait for “Saved”, the next one ${2 * TAP_PAUSE_MS} ms after that; “data layer only” ` +
      'calls saveCheckin() back to back. Trends and the report open from Today after the app has prefetched the Trends chunk, as it does when idle.',
    '',
  );

  out.push('## Chart points drawn per range', '');
  out.push(
    `Data points handed to Chart.js on the Trends screen (pain / mobility / measure charts). Up to 120 days plot one point a day; longer ranges plot weekly (or wider) buckets, at most ${MAX_CHART_POINTS} per series.`,
    '',
  );
  out.push(
    table(
      ['range', ...years.map((y) => `${y} y`), 'each chart drawn'],
      RANGES.map((r) => [
        RANGE_WORDS[r],
        ...journals.map((j) => {
          const charts = Object.values(j.points[r] ?? {});
          return `${charts.map((c) => c.points).join(' / ')} (longest series ${Math.max(0, ...charts.map((c) => c.longest))})`;
        }),
        journals.every((j) => j.drawsPerChart[r] <= 1)
          ? 'once'
          : `up to ${Math.max(...journals.map((j) => j.drawsPerChart[r]))}×`,
      ]),
    ),
    '',
  );

  out.push('## Sizes (gzip, level 9)', '');
  out.push(
    `First load (what index.html loads): **${kb(sizes.firstLoad)}** (budget ${BUDGETS.firstLoadKB} KB; the build fails over 55 KB). ` +
      `All app JS: **${kb(sizes.allJs)}** (aim ${BUDGETS.allJsKB} KB).`,
    '',
  );
  out.push(
    table(
      ['file', 'gzip', 'first load'],
      sizes.files.map((f) => [f.name.replace(/-[\w-]{8}\./, '.'), kb(f.gzip), f.firstLoad ? '✓' : '']),
    ),
    '',
  );

  if (result.lighthouse) {
    const lh = result.lighthouse.median;
    out.push('## Lighthouse', '');
    out.push(
      `Lighthouse ${lh.version}, mobile defaults (simulated slow 4G, 4× CPU slowdown), against the production build served with gzip on 127.0.0.1 ` +
        `(\`${lh.url}\`; a first visit, so the app opens its welcome: ${lh.finalUrl}). The run with the median performance score of ${result.lighthouse.runs.length} runs is shown.`,
      '',
    );
    out.push(
      table(
        ['run', 'performance', 'accessibility', 'best practices', 'SEO', 'FCP', 'LCP', 'TBT', 'CLS', 'Speed Index'],
        result.lighthouse.runs.map((r, i) => [
          `${i + 1}${r === lh ? ' (median)' : ''}`,
          String(r.scores.performance),
          String(r.scores.accessibility),
          String(r.scores['best-practices']),
          String(r.scores.seo),
          `${(r.metrics.fcp / 1000).toFixed(2)} s`,
          `${(r.metrics.lcp / 1000).toFixed(2)} s`,
          `${r.metrics.tbt.toFixed(0)} ms`,
          r.metrics.cls.toFixed(3),
          `${(r.metrics.si / 1000).toFixed(2)} s`,
        ]),
      ),
      '',
    );
    out.push(
      lh.failing.length
        ? `Audits short of full marks (median run): ${lh.failing.map((f) => `${f.id} (${f.value || f.score})`).join(', ')}.`
        : 'Every scored audit passed in the median run.',
      '',
    );
  }
  const errors = journals.flatMap((j) => j.errors.map((e) => `${j.years} y: ${e}`));
  if (errors.length) out.push('## Errors seen in the page', '', ...errors.map((e) => `- ${e}`), '');
  if (notes.trim()) out.push(notes.trim(), '');
  return out.join('\n');
}

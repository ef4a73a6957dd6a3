// Lighthouse 12 (mobile defaults: a Moto G Power-sized screen, simulated slow 4G and a 4× slower CPU) against the
// production build served with gzip. Run through `npx -y lighthouse@12.8.2` rather than as a devDependency: its
// install is about 150 packages and 186 MB (puppeteer-core, Sentry, the trace engine), which every `npm ci` for the
// tests would pay for. npx fetches it once into its cache. Lighthouse 13 needs Node 22; 12.8.2 runs on Node 20.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/support/chromium';
import { median } from './stats';

/** The pinned Lighthouse version. */
export const LIGHTHOUSE = 'lighthouse@12.8.2';

/** What one Lighthouse run found. */
export interface LighthouseResult {
  url: string;
  finalUrl: string;
  version: string;
  scores: Record<'performance' | 'accessibility' | 'best-practices' | 'seo', number>;
  /** Milliseconds, except CLS (unitless). */
  metrics: { fcp: number; lcp: number; tbt: number; cls: number; si: number; tti: number };
  /** Audits that cost points: id, score and the displayed value. */
  failing: { category: string; id: string; score: number; value: string }[];
  report: string;
}

/** Runs a command and resolves with its exit code and output; async, so a server in this process keeps answering. */
function run(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  timeoutMs: number,
): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, output });
    });
  });
}

/** Runs Lighthouse once against `url` (served from this process), writing the JSON report to `reportPath`. */
export async function runLighthouse(url: string, reportPath: string): Promise<LighthouseResult> {
  const args = [
    '-y',
    LIGHTHOUSE,
    url,
    '--output=json',
    `--output-path=${reportPath}`,
    `--chrome-flags=${CHROMIUM_ARGS.join(' ')}`,
    '--only-categories=performance,accessibility,best-practices,seo',
    '--quiet',
  ];
  const result = await run('npx', args, { ...process.env, CHROME_PATH: CHROMIUM_PATH }, 300_000);
  if (result.status !== 0) throw new Error(`Lighthouse failed (${result.status}):\n${result.output}`);
  const lhr = JSON.parse(readFileSync(reportPath, 'utf8'));
  const audit = (id: string) => lhr.audits[id]?.numericValue as number;
  const failing: LighthouseResult['failing'] = [];
  for (const [category, value] of Object.entries<{ auditRefs: { id: string; weight: number }[] }>(lhr.categories)) {
    for (const ref of value.auditRefs) {
      const a = lhr.audits[ref.id];
      if (ref.weight > 0 && a.score !== null && a.score < 1)
        failing.push({ category, id: ref.id, score: a.score, value: a.displayValue ?? '' });
    }
  }
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  return {
    url,
    finalUrl: lhr.finalDisplayedUrl,
    version: lhr.lighthouseVersion,
    scores: {
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
      seo: score('seo'),
    },
    metrics: {
      fcp: audit('first-contentful-paint'),
      lcp: audit('largest-contentful-paint'),
      tbt: audit('total-blocking-time'),
      cls: audit('cumulative-layout-shift'),
      si: audit('speed-index'),
      tti: audit('interactive'),
    },
    failing,
    report: reportPath,
  };
}

/** The run with the median performance score of several (Lighthouse varies from run to run). */
export function medianRun(runs: readonly LighthouseResult[]): LighthouseResult {
  const m = median(runs.map((r) => r.scores.performance));
  return [...runs].sort(
    (a, b) => Math.abs(a.scores.performance - m) - Math.abs(b.scores.performance - m) || a.metrics.lcp - b.metrics.lcp,
  )[0];
}

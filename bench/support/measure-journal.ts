// Measures one journal size in Chromium: seeds it through the app's data layer, then times the moments a person
// waits for, each several times, all with the service worker serving and the server stopped (offline).
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { FixedRangeId as RangeId } from '../../src/domain/trends';
import { journalSize, yearsOfJournal } from '../../tests/fixtures/journal';
import { launchApp, PHONE, waitForServiceWorker, type App } from '../../tests/support/chromium';
import { startStaticServer } from '../../tests/support/static-server';
import { inDataLayer } from '../../tests/e2e/support/data-layer';
import { seedJournal } from '../../tests/e2e/support/seed';
import { installBenchHelpers, type BenchHelpers, type ChartPoints, type ChartVisit } from './in-page';

/** The pause between a person's taps when saving a check-in (number, then Save). */
export const TAP_PAUSE_MS = 200;

/** Every Trends range, shortest first. */
export const RANGES: RangeId[] = ['2w', '6w', '3m', '1y', 'all'];

/** What was measured for one journal size; every array holds one value per run (ms unless named otherwise). */
export interface JournalFigures {
  years: number;
  rows: number;
  checkins: number;
  sessions: number;
  coldStart: number[];
  firstPaint: number[];
  trends: Record<RangeId, number[]>;
  /** Chart instances created per chart shown, per range (1 = each chart drawn once). */
  drawsPerChart: Record<RangeId, number>;
  /** Data points of every chart on Trends, by chart, per range. */
  points: Record<RangeId, Record<string, ChartPoints>>;
  history: number[];
  report: Record<'6w' | 'all', number[]>;
  backup: number[];
  backupBytes: number;
  restoreValidate: number[];
  restoreWrite: number[];
  restoreTotal: number[];
  heapAfterTrendsAllMB: number;
  saveUi: number[];
  saveLayer: number[];
  errors: string[];
}

/** How many times to repeat each timing. */
export interface MeasureOptions {
  runs: number;
  saves: number;
  log: (line: string) => void;
}

const helpers = (page: Page) => ({
  call: <K extends keyof BenchHelpers>(name: K, ...args: Parameters<BenchHelpers[K]>) =>
    page.evaluate(
      ({ name, args }) =>
        (
          (window as unknown as { __pjb: Record<string, (...a: unknown[]) => unknown> }).__pjb[name] as (
            ...a: unknown[]
          ) => unknown
        )(...args),
      {
        name,
        args,
      },
    ) as Promise<Awaited<ReturnType<BenchHelpers[K]>>>,
});

async function launch(origin: string, profileDir?: string): Promise<App> {
  const app = await launchApp({ origin, viewport: PHONE, profileDir });
  await app.context.addInitScript(installBenchHelpers);
  return app;
}

/** Opens Today (served by the service worker) and waits until it is interactive. */
async function openToday(app: App, origin: string) {
  await app.page.goto(origin + '/');
  return helpers(app.page).call('todayReady');
}

/** Seeds `years` of journal, then measures everything; the browser and the server are closed at the end. */
export async function measureJournal(
  dist: string,
  years: number,
  { runs, saves, log }: MeasureOptions,
): Promise<JournalFigures> {
  const server = await startStaticServer(dist);
  const profileDir = mkdtempSync(join(tmpdir(), `pain-journal-bench-${years}y-`));
  let app = await launch(server.url, profileDir);
  const errors: string[] = [];
  try {
    // First visit online: the service worker installs and precaches the whole app.
    await app.page.goto(server.url + '/');
    await waitForServiceWorker(app.page);
    const endDay = await app.page.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    const journal = yearsOfJournal(years, endDay, {
      notAfter: new Date().toISOString(),
      treatments: true,
      factors: true,
      plan: true,
    });
    const seedStart = Date.now();
    await seedJournal(app.page, journal);
    log(
      `  ${years} y: seeded ${journal.checkins.length} check-ins, ${journal.sessions.length} sessions, ${journal.goals.length} goals, ${journal.planTicks.length} plan ticks in ${Date.now() - seedStart} ms`,
    );

    // Offline from here on: the server stops answering, the service worker serves every file.
    await server.stop();

    // Cold start: the browser is quit and started again on the same profile, then Today is opened.
    const coldStart: number[] = [];
    const firstPaint: number[] = [];
    for (let run = 0; run < runs; run++) {
      errors.push(...app.errors);
      await app.close({ keepProfile: true });
      app = await launch(server.url, profileDir);
      const ready = await openToday(app, server.url);
      if (!(await app.page.evaluate(() => Boolean(navigator.serviceWorker.controller))))
        throw new Error('Today was not served by the service worker');
      coldStart.push(ready.ms);
      if (ready.fcp !== null) firstPaint.push(ready.fcp);
    }
    log(`  ${years} y: cold start ${coldStart.map((v) => v.toFixed(0)).join(', ')} ms`);
    const page = app.page;
    const pjb = helpers(page);

    // Trends: each run opens Today afresh, lets the app prefetch the Trends chunk as it does when idle, then taps a
    // link to the range.
    const trends = {} as JournalFigures['trends'];
    const drawsPerChart = {} as JournalFigures['drawsPerChart'];
    const points = {} as JournalFigures['points'];
    let heapAfterTrendsAllMB = NaN;
    for (const range of RANGES) {
      const visits: ChartVisit[] = [];
      for (let run = 0; run < runs; run++) {
        await openToday(app, server.url);
        // The charted screens' chunk (vite.config.ts, appChunks): what the app prefetches when idle for Trends. Not
        // finding it means the build's chunks changed under the bench: say so rather than time a cold Trends.
        if (!(await pjb.call('waitForChunk', '/assets/charts-[^/]+\\.js$', 10_000)))
          throw new Error('The Trends chunk (assets/charts-*.js) was not prefetched within 10 s');
        visits.push(await pjb.call('trends', `/trends?range=${range}`));
      }
      trends[range] = visits.map((v) => v.ms);
      drawsPerChart[range] = Math.max(...visits.map((v) => v.draws / v.canvases));
      points[range] = visits[visits.length - 1].points;
      if (range === 'all') {
        const cdp = await app.cdp(page);
        await cdp.send('HeapProfiler.collectGarbage');
        const { usedSize } = await cdp.send('Runtime.getHeapUsage');
        heapAfterTrendsAllMB = usedSize / 1024 / 1024;
        await cdp.detach();
      }
      log(
        `  ${years} y: Trends ${range} ${trends[range].map((v) => v.toFixed(0)).join(', ')} ms; points ${JSON.stringify(points[range])}`,
      );
    }

    const history: number[] = [];
    for (let run = 0; run < runs; run++) {
      await openToday(app, server.url);
      history.push(await pjb.call('history'));
    }
    log(`  ${years} y: History ${history.map((v) => v.toFixed(0)).join(', ')} ms`);

    const report = { '6w': [] as number[], all: [] as number[] };
    for (const range of ['6w', 'all'] as const) {
      for (let run = 0; run < runs; run++) {
        await openToday(app, server.url);
        report[range].push((await pjb.call('report', `/trends/report?range=${range}`)).ms);
      }
      log(`  ${years} y: report ${range} ${report[range].map((v) => v.toFixed(0)).join(', ')} ms`);
    }

    // Backup, through Settings → Back up now, until the file goes to the download.
    await openToday(app, server.url);
    await pjb.call('openSettings');
    const backup: number[] = [];
    let backupFile = '';
    let backupBytes = 0;
    for (let run = 0; run < runs; run++) {
      const download = page.waitForEvent('download');
      backup.push(await pjb.call('backup'));
      const file = await download;
      if (!backupFile) {
        backupFile = join(profileDir, 'bench-backup.json');
        await file.saveAs(backupFile);
        backupBytes = statSync(backupFile).size;
      }
    }
    log(
      `  ${years} y: backup ${backup.map((v) => v.toFixed(0)).join(', ')} ms (${(backupBytes / 1024 / 1024).toFixed(1)} MB)`,
    );

    // Restore the file just made: pick it (read + check in the worker, preview), then Replace everything (write).
    const restoreValidate: number[] = [];
    const restoreWrite: number[] = [];
    for (let run = 0; run < runs; run++) {
      await pjb.call('armRestore');
      await page.setInputFiles('main .file-picker input[type="file"]', backupFile);
      const { validate, write } = await pjb.call('restore');
      restoreValidate.push(validate);
      restoreWrite.push(write);
    }
    const restoreTotal = restoreValidate.map((v, i) => v + restoreWrite[i]);
    log(
      `  ${years} y: restore ${restoreTotal.map((v) => v.toFixed(0)).join(', ')} ms (validate ${restoreValidate.map((v) => v.toFixed(0)).join(', ')})`,
    );

    // Saving a check-in on Today, as a person does it: tap a number, tap Save (a fifth of a second later: nobody taps
    // faster), see "Saved"; the next check-in a little later, once the screen has caught up with the last one.
    await openToday(app, server.url);
    const saveUi: number[] = [];
    for (let i = 0; i < saves; i++) {
      saveUi.push(await pjb.call('saveViaUi', i % 11, TAP_PAUSE_MS));
      await page.waitForTimeout(2 * TAP_PAUSE_MS);
    }
    // The same through the data layer alone (validation + one IndexedDB transaction), for comparison.
    const saveLayer = await inDataLayer(
      page,
      async (layer, count: number) => {
        const times: number[] = [];
        for (let i = 0; i < count; i++) {
          const start = performance.now();
          await layer.saveCheckin({ pain: i % 11 });
          times.push(performance.now() - start);
        }
        return times;
      },
      saves,
    );
    log(`  ${years} y: save (UI) median ${[...saveUi].sort((a, b) => a - b)[saves >> 1].toFixed(1)} ms`);
    errors.push(...app.errors);

    return {
      years,
      rows: journalSize(journal),
      checkins: journal.checkins.length,
      sessions: journal.sessions.length,
      coldStart,
      firstPaint,
      trends,
      drawsPerChart,
      points,
      history,
      report,
      backup,
      backupBytes,
      restoreValidate,
      restoreWrite,
      restoreTotal,
      heapAfterTrendsAllMB,
      saveUi,
      saveLayer,
      errors,
    };
  } finally {
    await app.close();
    await server.close();
  }
}

// Charts hide nothing: on Trends, on the share card and in the report, no session label covers a drawn data point.
// Six weeks with six sessions, at 390×844; the label boxes and the points' pixel positions come from Chart.js itself.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDay } from '../../src/domain/days';
import { sixWeeks } from '../fixtures/journal';
import { launchApp, PHONE, type App } from '../support/chromium';
import type { StaticServer } from '../support/static-server';
import { serve } from './support/app';
import { checkLiveChart, recordDrawnCharts, takeDrawnCharts, type LabelCheck } from './support/chart-labels';
import { pdfToPng } from './support/pdf';
import { SCREENSHOTS, screenshotPage } from './support/screenshots';
import { seedJournal } from './support/seed';

/** Labels exist, each clear of every point, all in the lane above the highest point. */
function expectLabelsClear(check: LabelCheck, sessions: number) {
  expect(check.points).toBeGreaterThan(30);
  expect(check.labels.length).toBeGreaterThanOrEqual(Math.min(sessions, 4));
  expect(check.overlaps).toEqual([]);
  expect(check.lowestLabel).toBeLessThan(check.highestPoint);
  for (const b of check.labels) {
    expect(b.left).toBeGreaterThanOrEqual(0);
    expect(b.left + b.width).toBeLessThanOrEqual(check.canvas.width);
    expect(b.top).toBeGreaterThanOrEqual(0);
  }
}

describe('session labels never cover data', () => {
  let server: StaticServer;
  let app: App;
  let sessions: number;
  beforeAll(async () => {
    server = await serve();
    app = await launchApp({ origin: server.url, viewport: PHONE, acceptDownloads: true });
    await app.page.goto(server.url + '/');
    const journal = sixWeeks(localDay(), { notAfter: new Date().toISOString() });
    sessions = journal.sessions.length;
    await seedJournal(app.page, journal);
  });
  afterAll(async () => {
    await app?.close();
    await server?.close();
  });

  it('on Trends: every session named in the lane above the points, none over a point', async () => {
    const page = app.page;
    await page.goto(server.url + '/trends?range=6w');
    await page.locator('#pain-chart').waitFor();
    await page.locator('#pain-chart').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'charts-trends-390.png') });
    const check = await checkLiveChart(page, '#pain-chart');
    expectLabelsClear(check, sessions);
    expect(check.labels).toHaveLength(sessions);
    // With the region lines on too.
    await page.getByRole('checkbox').first().check();
    expectLabelsClear(await checkLiveChart(page, '#pain-chart'), sessions);
    await page.getByRole('checkbox').first().uncheck();
    await screenshotPage(page, 'charts-trends');
    expect(app.errors).toEqual([]);
  });

  it('on the share card', async () => {
    const page = app.page;
    await recordDrawnCharts(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Share picture' }).click(),
    ]);
    await download.saveAs(join(SCREENSHOTS, 'charts-share-card.png'));
    const drawn = await takeDrawnCharts(page);
    // Drawn once as it is made and once more before it is copied: check every draw.
    const card = drawn.filter((c) => c.canvas.width > 900);
    expect(card.length).toBeGreaterThan(0);
    for (const c of card) {
      expectLabelsClear(c, sessions);
      expect(c.labels).toHaveLength(sessions);
    }
  });

  it('in the report', async () => {
    const page = app.page;
    await recordDrawnCharts(page);
    await page.getByRole('link', { name: 'Print report' }).click();
    await page.locator('.report-paper img.rp-chart-img').waitFor();
    const drawn = await takeDrawnCharts(page);
    const report = drawn.filter((c) => c.canvas.width === 1400);
    expect(report.length).toBeGreaterThan(0);
    for (const c of report) {
      expectLabelsClear(c, sessions);
      expect(c.labels).toHaveLength(sessions);
    }
    // The printed picture itself, at the size it prints from.
    const src = await page.locator('.report-paper img.rp-chart-img').getAttribute('src');
    writeFileSync(join(SCREENSHOTS, 'charts-report-chart.png'), Buffer.from(src!.split(',')[1], 'base64'));
    await screenshotPage(page, 'charts-report');
    pdfToPng(await page.pdf({ format: 'A4', printBackground: true }), join(SCREENSHOTS, 'charts-report-a4'));
    pdfToPng(await page.pdf({ format: 'Letter', printBackground: true }), join(SCREENSHOTS, 'charts-report-letter'));
    expect(app.errors).toEqual([]);
  });
});

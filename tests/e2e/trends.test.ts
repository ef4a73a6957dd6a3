// Trends in Chromium with generated journals: every range draws a real chart (its pixels are read, not assumed),
// the range survives a reload, the table and summary are there for screen readers, and it works offline.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDay } from '../../src/domain/days';
import { RANGES } from '../../src/domain/trends';
import { fiveYears, sixWeeks } from '../fixtures/journal';
import { launchApp, PHONE, waitForServiceWorker, type App } from '../support/chromium';
import type { StaticServer } from '../support/static-server';
import { screenshotPage } from './support/screenshots';
import { serve } from './support/app';
import { axeViolations } from './support/looks';
import { canvasInk, token } from './support/canvas';
import { seedJournal } from './support/seed';

const now = () => new Date().toISOString();

async function openTrends(app: App, url: string, range?: string) {
  await app.page.goto(`${url}/trends${range ? `?range=${range}` : ''}`);
  await app.page.locator('#pain-chart').waitFor();
  // A chart drawn: at least some of the canvas is painted in the primary colour (the points and the average line).
  await app.page.waitForFunction(() => {
    const c = document.querySelector<HTMLCanvasElement>('#pain-chart');
    return (
      !!c &&
      c.width > 0 &&
      c
        .getContext('2d')!
        .getImageData(0, 0, c.width, c.height)
        .data.some((v, i) => i % 4 === 3 && v > 0)
    );
  });
}

describe('Trends with six weeks of data', () => {
  let server: StaticServer;
  let app: App;
  beforeAll(async () => {
    server = await serve();
    app = await launchApp({ origin: server.url, viewport: PHONE });
    await app.page.goto(server.url + '/');
    await seedJournal(app.page, sixWeeks(localDay(), { notAfter: now() }));
  });
  afterAll(async () => {
    await app?.close();
    await server?.close();
  });

  it('opens on six weeks with the summary, its clinical label and the rule used', async () => {
    await openTrends(app, server.url);
    const page = app.page;
    await expect(page.getByRole('radio', { name: /6\s*weeks/ }).isChecked()).resolves.toBe(true);
    const summary = await page.locator('.trend-summary').innerText();
    expect(summary).toMatch(/\d\.\d → \d\.\d/);
    expect(summary).toMatch(/−\d\.\d points \(−\d+ %\)/);
    expect(summary).toMatch(/clinically meaningful|substantial/i);
    expect(summary).toMatch(/Farrar 2001|IMMPACT/);
    expect(summary).toMatch(/6 sessions in these 6 weeks/);
    expect(summary).toMatch(/Goal — Pain: .* → 3/);
    const label = await page.locator('#pain-chart').getAttribute('aria-label');
    expect(label).toMatch(/Pain chart, 6 weeks/);
    expect(await page.locator('#pain-chart').getAttribute('role')).toBe('img');
  });

  it('draws the pain chart, not blank, for every range', async () => {
    const primary = await token(app.page, '--primary');
    for (const range of RANGES) {
      await openTrends(app, server.url, range.id);
      const ink = await canvasInk(app.page, '#pain-chart', primary);
      expect(ink.width, range.id).toBeGreaterThan(300);
      // The average line and the points: hundreds of pixels in the primary colour, on a canvas mostly left empty.
      expect(ink.matching, range.id).toBeGreaterThan(300);
      expect(ink.painted, range.id).toBeLessThan(ink.width * ink.height * 0.6);
    }
    expect(app.errors).toEqual([]);
    expect(app.cspViolations).toEqual([]);
  });

  it('keeps the chosen range across a reload, in the address', async () => {
    await openTrends(app, server.url);
    await app.page.getByRole('radio', { name: /3\s*months/ }).check();
    await app.page.waitForURL(/range=3m/);
    await app.page.reload();
    await app.page.locator('#pain-chart').waitFor();
    await expect(app.page.getByRole('radio', { name: /3\s*months/ }).isChecked()).resolves.toBe(true);
  });

  it('shows the same numbers as a table, and region lines on request', async () => {
    await openTrends(app, server.url, '2w');
    const page = app.page;
    await page.getByText('Show pain as a table').click();
    const rows = page.locator('.chart-table table').first().locator('tbody tr');
    await rows.first().waitFor(); // the rows are built when the disclosure opens
    expect(await rows.count()).toBeGreaterThanOrEqual(10);
    expect(await rows.first().innerText()).toMatch(/\d/);
    const before = await canvasInk(page, '#pain-chart', await token(page, '--danger'));
    await page.getByRole('checkbox', { name: 'Lower back' }).check();
    await page.waitForFunction(() => document.querySelector('.legend')?.textContent?.includes('Lower back'));
    // The legend can update a frame before the canvas is redrawn: wait for the new line's ink.
    const danger = await token(page, '--danger');
    await expect
      .poll(async () => (await canvasInk(page, '#pain-chart', danger)).matching)
      .toBeGreaterThan(before.matching + 50);
  });

  it('shows what helped, mobility and the measure', async () => {
    await openTrends(app, server.url);
    const page = app.page;
    await expect(page.getByRole('heading', { name: 'What helped' }).isVisible()).resolves.toBe(true);
    expect(await page.locator('.helped').innerText()).toMatch(/Not enough sessions yet/);
    await expect(page.getByRole('heading', { name: 'Mobility' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('heading', { name: 'Recovery after a workout' }).isVisible()).resolves.toBe(true);
    expect(await page.locator('canvas[role="img"]').count()).toBe(3);
  });

  it('redraws in the new colours when the phone switches to dark', async () => {
    await app.page.emulateMedia({ colorScheme: 'light' });
    await openTrends(app, server.url, '6w');
    const light = await token(app.page, '--primary');
    expect((await canvasInk(app.page, '#pain-chart', light)).matching).toBeGreaterThan(300);
    await app.page.emulateMedia({ colorScheme: 'dark' });
    const dark = await token(app.page, '--primary');
    expect(dark).not.toBe(light);
    await expect.poll(async () => (await canvasInk(app.page, '#pain-chart', dark)).matching).toBeGreaterThan(300);
    expect((await canvasInk(app.page, '#pain-chart', light)).matching).toBeLessThan(50);
    await app.page.emulateMedia({ colorScheme: 'light' });
  });

  it('draws mobility and the measure too', async () => {
    await openTrends(app, server.url, '6w');
    const primary = await token(app.page, '--primary');
    const canvases = await app.page
      .locator('canvas[role="img"]')
      .evaluateAll((list) => list.map((c, i) => (c.id ||= `trend-canvas-${i}`)));
    for (const id of canvases) expect((await canvasInk(app.page, `#${id}`, primary)).matching, id).toBeGreaterThan(150);
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no axe violations with data, tables open, ${scheme}`, async () => {
      await app.page.emulateMedia({ colorScheme: scheme });
      for (const path of ['/trends?range=6w', '/trends?range=all', '/trends/report?range=6w']) {
        await app.page.goto(server.url + path);
        await app.page.locator('canvas, .report-paper img').first().waitFor();
        for (const summary of await app.page.locator('details.chart-table > summary').all()) await summary.click();
        expect((await axeViolations(app.page)).map((finding) => `${path} ${finding}`)).toEqual([]);
      }
      await app.page.emulateMedia({ colorScheme: 'light' });
    });

    it(`looks right at 390×844, ${scheme}`, async () => {
      await app.page.emulateMedia({ colorScheme: scheme });
      for (const range of ['6w', '1y'] as const) {
        await openTrends(app, server.url, range);
        await screenshotPage(app.page, `trends-6weeks-${range}-${scheme}-390`);
      }
      const primary = await token(app.page, '--primary');
      expect((await canvasInk(app.page, '#pain-chart', primary)).matching).toBeGreaterThan(100);
      await app.page.emulateMedia({ colorScheme: 'light' });
    });
  }
});

describe('Trends with five years of data', () => {
  let server: StaticServer;
  let app: App;
  beforeAll(async () => {
    server = await serve();
    app = await launchApp({ origin: server.url, viewport: PHONE });
    await app.page.goto(server.url + '/');
    await seedJournal(app.page, fiveYears(localDay(), { notAfter: now() }));
  });
  afterAll(async () => {
    await app?.close();
    await server?.close();
  });

  it('draws every range, weekly or wider for a year and all time', async () => {
    const primary = await token(app.page, '--primary');
    for (const range of RANGES) {
      await openTrends(app, server.url, range.id);
      const ink = await canvasInk(app.page, '#pain-chart', primary);
      expect(ink.matching, range.id).toBeGreaterThan(300);
    }
    expect(await app.page.locator('.trend-panel').first().innerText()).toMatch(/each point is the average of 2 weeks/);
    for (const scheme of ['light', 'dark'] as const) {
      await app.page.emulateMedia({ colorScheme: scheme });
      for (const range of ['1y', 'all'] as const) {
        await openTrends(app, server.url, range);
        await screenshotPage(app.page, `trends-5years-${range}-${scheme}-390`);
      }
    }
    expect(app.errors).toEqual([]);
  });

  it('works offline after one visit', async () => {
    await app.page.goto(server.url + '/');
    await waitForServiceWorker(app.page);
    await app.page.goto(server.url + '/trends');
    await app.page.locator('#pain-chart').waitFor();
    await app.context.setOffline(true);
    try {
      await app.page.goto(server.url + '/');
      await app.page.goto(server.url + '/trends?range=1y');
      await openTrends(app, server.url, '1y');
      expect((await canvasInk(app.page, '#pain-chart', await token(app.page, '--primary'))).matching).toBeGreaterThan(
        300,
      );
    } finally {
      await app.context.setOffline(false);
    }
  });
});

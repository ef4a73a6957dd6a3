// One of Today's cards cannot read its data (here the plan's table: every read of it throws): that card says so in its
// place, calmly, the error is still logged, and the rest of the column beside the check-in shows — the next
// appointment, "Log a session" — and a check-in still saves. Coming back to Today reads the card afresh. Before, the
// card stayed "pending" for ever and the whole column stayed hidden with it.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, PHONE, type App } from '../support/chromium';
import type { StaticServer } from '../support/static-server';
import { serve } from './support/app';
import { inDataLayer } from './support/data-layer';
import { checkIn } from './support/journey';
import { axeViolations } from './support/looks';

const SCREENSHOTS = join(import.meta.dirname, 'screenshots');
const FAILED =
  'This card could not be loaded. Your journal is safe, and it will try again when you come back to Today.';

describe('a Today card whose read fails', () => {
  let server: StaticServer;
  let app: App;
  beforeAll(async () => {
    server = await serve();
    app = await launchApp({ origin: server.url, viewport: PHONE });
    await app.context.addInitScript(() => {
      localStorage.setItem('pj-onboarded', '1');
      // Until a test says otherwise, every read of the plan's items fails as it is asked, as a broken table's would;
      // writes still work, so the test seeds through the app's own data layer.
      const w = window as unknown as { __failPlanReads?: boolean };
      w.__failPlanReads = true;
      for (const proto of [IDBObjectStore.prototype, IDBIndex.prototype] as unknown as Record<string, unknown>[]) {
        for (const name of ['get', 'getAll', 'getAllKeys', 'getKey', 'count', 'openCursor', 'openKeyCursor']) {
          const read = proto[name] as (...args: unknown[]) => IDBRequest;
          proto[name] = function (this: IDBObjectStore | IDBIndex, ...args: unknown[]) {
            const store = 'objectStore' in this ? this.objectStore : this;
            if (w.__failPlanReads && store.name === 'planItems' && store.transaction.mode === 'readonly')
              throw new DOMException('The plan could not be read (test)', 'UnknownError');
            return read.apply(this, args);
          };
        }
      }
    });
  });
  afterAll(async () => {
    await app?.close();
    await server?.close();
  });

  it('says so in its place; the rest of the column shows and a check-in saves; Today reads it again later', async () => {
    const { page } = app;
    // Tuesday 10 March 2026, 10:00 in London: a fixed day, whatever the time of the run.
    await page.clock.install({ time: new Date('2026-03-10T10:00:00Z') });
    await page.goto(server.url + '/');
    await page.locator('.today-status').getByText('Not logged yet today.').waitFor();
    await inDataLayer(page, (layer) =>
      layer.saveSession({ provider: 'Anna', techniques: ['deep-tissue'], nextAppointment: '2026-03-17T14:00:00.000Z' }),
    );
    await page.reload();

    const side = page.locator('.today-side');
    const failed = side.getByText(FAILED);
    await failed.waitFor();
    // The rest of the column shows: nothing is left pending, the next appointment and the links are there.
    expect(await page.locator('[data-pending]').count()).toBe(0);
    expect(await side.isVisible()).toBe(true);
    await expect.poll(() => side.getByRole('region', { name: 'Next appointment' }).textContent()).toMatch(/Anna/);
    expect(await side.getByRole('link', { name: 'Log a session' }).isVisible()).toBe(true);
    expect(await side.getByRole('link', { name: 'I took or did something' }).isVisible()).toBe(true);
    expect(await failed.count()).toBe(1);
    // The failure is still logged, as every failed read is.
    expect(app.errors.some((error) => error.includes('Live query failed'))).toBe(true);

    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      expect(await axeViolations(page), scheme).toEqual([]);
      await page.screenshot({ path: join(SCREENSHOTS, `today-card-failed-${scheme}-390.png`), fullPage: true });
    }
    await page.emulateMedia({ colorScheme: 'light' });

    // The check-in beside it still saves.
    await checkIn(page, 4);
    expect(await inDataLayer(page, (layer) => layer.countCheckins())).toBe(1);
    expect(await failed.isVisible()).toBe(true);

    // The table reads again; coming back to Today (through the tab bar, no reload) tries the card afresh.
    await page.evaluate(() => {
      (window as unknown as { __failPlanReads?: boolean }).__failPlanReads = false;
    });
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'History' }).click();
    await page.getByRole('heading', { level: 1, name: 'History' }).waitFor();
    await nav.getByRole('link', { name: 'Today' }).click();
    await side.getByRole('region', { name: 'Next appointment' }).waitFor();
    expect(await failed.count()).toBe(0);
  });
});

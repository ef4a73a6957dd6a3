// HTML and script typed into a note, or arriving in a restored backup as an activity name, a provider, a measure or
// the person's name, shows as the very text typed, on every screen that shows it: nothing runs, nothing loads, and
// the strict CSP reports nothing.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBackupFile, serialiseBackup } from '../../src/domain/backup-format';
import { addDays, localDay } from '../../src/domain/days';
import { activityRow, checkinRow, measureRow, sessionRow, ACTIVITY_ID, MEASURE_ID } from '../fixtures/rows';
import type { App } from '../support/chromium';
import type { StaticServer } from '../support/static-server';
import { openApp } from './support/app';
import { inDataLayer } from './support/data-layer';

const TYPED = '<img src=x onerror=alert(1)> <script>alert(2)</script>';
const ACTIVITY = '<img src=x onerror=alert(3)>';
const PROVIDER = '<script>alert(4)</script><b>Sam</b>';
const MEASURE = '<svg onload=alert(5)>';
const NAME = '"><img src=x onerror=alert(6)>';
const FILE_NOTE = '<iframe src="javascript:alert(7)"></iframe>';
// The page runs on a clock from a fixed Wednesday morning (Europe/London, so UTC), and the backup's rows are an hour
// before it: on the real clock, a run just after midnight put the check-in on yesterday.
const NOW = new Date('2026-11-18T10:00:00Z');

/** A backup file made in Node, as another device would: hostile text in every free-text field. */
async function hostileBackup(): Promise<Buffer> {
  // An hour before the page's clock (NOW): the same day whenever the suite runs.
  const at = new Date(NOW.getTime() - 3_600_000).toISOString();
  const today = localDay(new Date(at));
  const stamps = { createdAt: at, updatedAt: at };
  const data = {
    checkins: [
      { ...checkinRow(), ...stamps, id: '3f1c2a0e-8b4d-4c3a-9e2f-1a2b3c4d5e6f', at, day: today, note: FILE_NOTE },
    ],
    sessions: [
      {
        ...sessionRow(),
        ...stamps,
        // A day before, at the same hour: a row's day must be its time's date (domain/rules.ts).
        at: new Date(Date.parse(at) - 86_400_000).toISOString(),
        day: addDays(localDay(new Date(at)), -1),
        provider: PROVIDER,
        note: PROVIDER,
        nextAppointment: null,
      },
    ],
    activities: [{ ...activityRow(), ...stamps, name: ACTIVITY }],
    measures: [{ ...measureRow(), ...stamps, name: MEASURE, unit: MEASURE }],
    goals: [],
    questionnaires: [],
    settings: [{ key: 'name', value: NAME, updatedAt: at }],
    planItems: [],
    planTicks: [],
    treatments: [],
  };
  expect(data.checkins[0].mobility).toHaveProperty(ACTIVITY_ID);
  expect(data.checkins[0].measures).toHaveProperty(MEASURE_ID);
  const file = await buildBackupFile({
    data,
    schemaVersion: 2,
    appVersion: '0.1.0',
    exportedAt: NOW.toISOString(),
  });
  return Buffer.from(serialiseBackup(file));
}

/** What would show that markup ran or loaded: elements the hostile text would have made, in the page. */
function injected(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      document.querySelectorAll('main img[src="x"], main script, main iframe, main svg[onload]').length +
      [...document.querySelectorAll('main b')].filter((b) => b.textContent === 'Sam').length,
  );
}

describe('hostile text', () => {
  let app: App;
  let server: StaticServer;
  let close: () => Promise<void>;
  const dialogs: string[] = [];
  beforeAll(async () => {
    ({ app, server, close } = await openApp());
    await app.page.clock.install({ time: NOW });
    app.page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await app.page.goto(server.url + '/');
  });
  afterAll(async () => close?.());

  it('typed into a note, and restored from a backup, shows as text everywhere and never runs', async () => {
    const { page } = app;
    const scale = page.getByRole('radiogroup', { name: 'How much does it hurt right now?' });
    await scale.getByRole('radio', { name: '4', exact: true }).click();
    await page.getByRole('button', { name: /more details/i }).click();
    await page.getByLabel('Note').fill(TYPED);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => inDataLayer(page, (layer) => layer.countCheckins())).toBe(1);

    await page.goto(server.url + '/settings');
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Choose a backup file' }).click(),
    ]);
    await chooser.setFiles({
      name: 'from-another-phone.json',
      mimeType: 'application/json',
      buffer: await hostileBackup(),
    });
    await page.getByRole('heading', { name: 'Ready to restore' }).waitFor();
    await page.getByRole('button', { name: 'Restore', exact: true }).click();
    await page.getByRole('heading', { name: 'Restored' }).waitFor();
    const stored = await inDataLayer(page, async (layer) => ({
      notes: (await layer.checkinsBetween('0000-01-01', '9999-12-31')).map((r: { note: string }) => r.note).sort(),
      name: await layer.getSetting('name', null),
    }));
    expect(stored).toEqual({ notes: [FILE_NOTE, TYPED].sort(), name: NAME });

    const screens: [string, string[]][] = [
      ['/history', [TYPED.replace(/\s+/g, ' '), FILE_NOTE, PROVIDER]],
      ['/sessions', [PROVIDER]],
      ['/activities', [ACTIVITY, MEASURE]],
      ['/', [PROVIDER]],
    ];
    for (const [path, texts] of screens) {
      await page.goto(server.url + path);
      await page.locator('h1').waitFor();
      const main = page.locator('main');
      for (const text of texts)
        await expect.poll(() => main.textContent(), { message: `${path} shows ${text}` }).toContain(text);
      expect(await injected(page), path).toBe(0);
    }
    // Today's check-in details list the activity to rate by its name.
    await page.getByRole('button', { name: /more details/i }).click();
    await expect.poll(() => page.locator('main').textContent()).toContain(ACTIVITY);
    expect(await injected(page)).toBe(0);
    // The report's name field holds the name as typed, and the printed page shows it as text.
    await page.goto(server.url + '/trends/report');
    await expect.poll(() => page.getByLabel('Your name on the report (optional)').inputValue()).toBe(NAME);
    await expect.poll(() => page.locator('main').textContent()).toContain(NAME);
    expect(await injected(page)).toBe(0);
    // The session's own view shows the provider as text; its form puts it in an input's value.
    const sessionId = await inDataLayer(page, async (layer) => (await layer.listSessions())[0].id);
    await page.goto(`${server.url}/sessions/${sessionId}`);
    await expect.poll(() => page.locator('main').textContent()).toContain(PROVIDER);
    expect(await injected(page)).toBe(0);
    await page.goto(`${server.url}/sessions/${sessionId}/edit`);
    await expect.poll(() => page.getByLabel('Therapist or clinic (optional)').inputValue()).toBe(PROVIDER);
    expect(await injected(page)).toBe(0);

    expect(dialogs).toEqual([]);
    expect(app.cspViolations).toEqual([]);
    expect(app.leaks).toEqual([]);
    // The built page's policy is still the strict one.
    const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
  });
});

// Check-in factors through the UI, with the browser's clock: "desk day" and stress switched on in Settings, three weeks
// of check-ins (desk day ticked on weekdays), then Trends compares pain with and without it (counts checked by hand),
// the report says it in one line, History shows the tag, the CSV has its column, and a backup restores it into a fresh
// profile.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../support/csv';
import { inDataLayer } from './support/data-layer';
import { backUpAndRestoreFresh, journeyApp, march2026, openToday, radio } from './support/journey';
import { axeViolations } from './support/looks';
import { pdfPageCount, pdfToPng } from './support/pdf';

const SCREENSHOTS = join(import.meta.dirname, 'screenshots');
mkdirSync(SCREENSHOTS, { recursive: true });

// Monday 2 March 2026 to Sunday 22 March (see march2026).
const at = march2026;
const DAYS = 21;
const isDeskDay = (d: number) => d % 7 < 5;
// Desk days (Monday to Friday) hurt 6, 5, 6, 5, 6 each week; weekends 3 (Saturday) and 2 (Sunday).
const painOn = (d: number) => (isDeskDay(d) ? ((d % 7) % 2 === 0 ? 6 : 5) : d % 7 === 5 ? 3 : 2);
const stressOn = (d: number) => (isDeskDay(d) ? 7 : 2);

describe('check-in factors', () => {
  const journey = journeyApp();

  it('from Settings to three weeks of check-ins, Trends, History, the CSV and a restored backup', async () => {
    const { app, server } = journey;
    const { page } = app;
    await page.clock.install({ time: at(0, 8) });

    // Without factors the check-in asks nothing more.
    await openToday(page, server.url);
    await radio(page, 'How much does it hurt right now?', 4).check();
    await page.getByRole('button', { name: 'Save', exact: true }).waitFor();
    expect(await page.locator('.checkin-factors').count()).toBe(0);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => page.locator('.today-status').textContent()).toMatch(/pain 4\./);

    // Settings: stress on, and the suggested "desk day" tag added with one tap.
    await page.goto(server.url + '/settings');
    await page.getByRole('heading', { name: 'Also ask at each check-in' }).waitFor();
    await page.getByRole('switch', { name: /Stress/ }).check();
    await page.getByText('The check-in now asks about stress.').waitFor();
    await page.getByRole('button', { name: '+ desk day' }).click();
    await page.getByText('The check-in now asks “desk day”.').waitFor();
    // The same name again is refused, saying why.
    await page.getByLabel('New tag').fill('Desk  Day');
    await page.getByRole('button', { name: 'Add tag' }).click();
    await page.getByText('“Desk Day” is already one of your tags.').waitFor();
    await page.locator('.factors-settings').screenshot({ path: join(SCREENSHOTS, 'factors-settings-390.png') });
    expect(await axeViolations(page)).toEqual([]);

    for (let d = 0; d < DAYS; d++) {
      await page.clock.setSystemTime(at(d, 20));
      await openToday(page, server.url);
      await radio(page, 'How much does it hurt right now?', painOn(d)).check();
      await radio(page, 'How stressed are you today?', stressOn(d)).check();
      if (isDeskDay(d)) await page.getByRole('checkbox', { name: 'desk day' }).check();
      if (d === 0) {
        await page.screenshot({ path: join(SCREENSHOTS, 'factors-checkin-390.png'), fullPage: true });
        expect(await axeViolations(page)).toEqual([]);
      }
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await expect.poll(() => page.locator('.today-status').textContent()).toMatch(new RegExp(`pain ${painOn(d)}\\.`));
    }
    const stored = await inDataLayer(page, (layer) => layer.checkinsBetween('2026-03-02', '2026-03-22'));
    expect(stored).toHaveLength(DAYS + 1);
    // The first, before factors were on, asked none; every later one answered the tag, yes or no.
    expect(stored[0]).toMatchObject({ stress: null, tags: [] });
    expect(stored.slice(1).map((c: { tags: unknown }) => c.tags)).toEqual(
      Array.from({ length: DAYS }, (_, d) => [{ name: 'desk day', yes: isDeskDay(d) }]),
    );

    // Trends, worked out by hand: 15 desk days at 6,5,6,5,6 a week (the first Monday's mean is (4 + 6) / 2 = 5):
    // (84 − 1) / 15 = 5.53 → 5.5; 6 other days at 3 and 2: 15 / 6 = 2.5. Under 10 days on one side: a hint.
    await page.goto(server.url + '/trends?range=6w');
    const panel = page.getByRole('region', { name: 'What went with your pain' });
    await panel.waitFor();
    const text = (await panel.textContent()) ?? '';
    expect(text).toContain(
      'On desk days your pain averaged 5.5 (15 days); on other days, 2.5 (6 days). Only a hint: under 10 days on one side.',
    );
    // Stress was asked from the first Monday's second check-in: 15 high-stress days, 6 low, none between.
    expect(text).toContain('Low stress (0–3): pain averaged 2.5 (6 days).');
    expect(text).toContain('Some stress (4–6): no days.');
    expect(text).toContain('High stress (7–10): pain averaged 5.5 (15 days).');
    expect(text).toContain('This is an observation, not a cause');
    await panel.scrollIntoViewIfNeeded();
    await panel.screenshot({ path: join(SCREENSHOTS, 'factors-trends-390.png') });
    expect(await axeViolations(page)).toEqual([]);

    // The report: the same comparisons in one line, within its one page (A4 and Letter).
    await page.goto(server.url + '/trends/report?range=6w');
    await page.locator('.report-paper img.rp-chart-img').waitFor();
    const factors = page.locator('.report-paper .rp-factors');
    expect(await factors.locator('h3').textContent()).toBe('What went with the pain');
    expect(await factors.locator('p').textContent()).toBe(
      'Average pain — desk days 5.5 (15\u00a0d) vs other days 2.5 (6\u00a0d), a hint; low stress (0–3) 2.5 (6\u00a0d) vs high stress (7–10) 5.5 (15\u00a0d), a hint. Observations, not causes.',
    );
    const a4 = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: false });
    const letter = await page.pdf({ format: 'Letter', printBackground: true });
    pdfToPng(a4, join(SCREENSHOTS, 'factors-report-a4'));
    expect([pdfPageCount(a4), pdfPageCount(letter)]).toEqual([1, 1]);

    // History: the tag and stress on each check-in.
    await page.goto(server.url + '/history');
    await page.locator('.history-factors').first().waitFor();
    const lines = await page.locator('.history-factors').allTextContents();
    expect(lines[0]).toBe('stress 2/10');
    expect(lines).toContain('stress 7/10 · desk day');

    // The CSV: stress and the tag, yes or no, empty on the check-in made before it was asked.
    await page.goto(server.url + '/settings');
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export check-ins' }).click(),
    ]);
    const csvPath = join(SCREENSHOTS, csv.suggestedFilename());
    await csv.saveAs(csvPath);
    const rows = parseCsv(readFileSync(csvPath, 'utf8').replace(/^\uFEFF/, ''));
    const stressAt = rows[0].indexOf('Stress (0–10)');
    const tagAt = rows[0].indexOf('Tag: desk day');
    expect(stressAt).toBeGreaterThan(0);
    expect(tagAt).toBeGreaterThan(0);
    expect(rows.slice(1).map((r) => r[tagAt])).toEqual([
      '',
      ...Array.from({ length: DAYS }, (_, d) => (isDeskDay(d) ? 'yes' : 'no')),
    ]);
    expect(rows[2][stressAt]).toBe('7');

    // A backup, restored into a fresh profile, brings back every check-in with its factors, and the setting.
    const backup = await backUpAndRestoreFresh(app, server.url);
    const fresh = backup.fresh;
    journey.fresh = fresh;
    const { original, restored } = backup;
    expect(restored.checkins).toEqual(original.checkins);
    expect(restored.settings.find((s: { key: string }) => s.key === 'factors')?.value).toEqual({
      sleep: null,
      stress: true,
      tags: ['desk day'],
    });
    await fresh.page.goto(server.url + '/history');
    await expect
      .poll(() => fresh!.page.locator('.history-factors').filter({ hasText: 'desk day' }).count())
      .toBeGreaterThan(0);
    expect(app.errors).toEqual([]);
    expect(fresh.errors).toEqual([]);
  });
});

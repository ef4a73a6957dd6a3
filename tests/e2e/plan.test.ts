// The home programme through the UI, with the browser's clock moving the days: a session's aftercare becomes two plan
// items, Today ticks them (one tap, Undo) for three weeks — most days of the first two, few of the third — a past day
// is corrected on the plan screen, and the plan's two-week adherence matches the ticks counted by hand here.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, PHONE, type App } from '../support/chromium';
import type { StaticServer } from '../support/static-server';
import { parseCsv } from '../support/csv';
import { serve } from './support/app';
import { axeViolations } from './support/looks';

const SCREENSHOTS = join(import.meta.dirname, 'screenshots');
mkdirSync(SCREENSHOTS, { recursive: true });

// Monday 2 March 2026; London is on GMT until 29 March, so 09:00Z is 09:00 local.
const START = Date.UTC(2026, 2, 2, 9, 0);
const DAY = 86_400_000;
const dayOf = (i: number) => new Date(START + i * DAY).toISOString().slice(0, 10);

// Ticks per day for three weeks (index 0 = Mon 2 March): stretches are planned twice a day, heat once.
const STRETCHES = [2, 2, 2, 1, 2, 2, 0, 2, 2, 2, 2, 0, 2, 2, 1, 0, 0, 1, 0, 0, 0];
const HEAT = [1, 1, 0, 1, 1, 1, 0, 1, 1, 1, 0, 1, 1, 0, 0, 0, 0, 0, 1, 0, 0];

describe('the home programme', () => {
  let server: StaticServer;
  let app: App;
  beforeAll(async () => {
    server = await serve();
    app = await launchApp({ origin: server.url, viewport: PHONE });
    await app.context.addInitScript(() => {
      try {
        localStorage.setItem('pj-onboarded', '1');
      } catch {
        // opaque frames have no storage
      }
    });
  });
  afterAll(async () => {
    await app?.close();
    await server?.close();
  });

  it('from a session’s aftercare to three weeks of ticks, with adherence counted right', async () => {
    const { page } = app;
    await page.clock.install({ time: new Date(START) });

    // A session with three pieces of aftercare, logged through the form.
    await page.goto(server.url + '/sessions/new');
    await page.getByRole('heading', { name: 'Log a session', level: 1 }).waitFor();
    const aftercare = page.getByRole('group', { name: 'Aftercare your therapist suggested' });
    await aftercare.getByLabel('Drink water').check();
    await aftercare.getByLabel('Stretches').check();
    await aftercare.getByLabel('Heat').check();
    await page.getByRole('button', { name: 'Save session' }).click();
    await page.locator('.session-card').first().waitFor();
    await page.locator('.session-card').first().click();
    await page.getByRole('heading', { name: 'Aftercare suggested' }).waitFor();
    // Water stays advice for the days after; stretches and heat can join the plan.
    await expect.poll(() => page.getByRole('link', { name: /^Add to my plan/ }).count()).toBe(2);

    await page.getByRole('link', { name: /^Add to my plan.*Stretches/ }).click();
    await page.getByRole('heading', { name: 'Add to your plan', level: 1 }).waitFor();
    expect(await page.getByLabel('What to do').inputValue()).toBe('Stretches');
    expect(await page.getByRole('radio', { name: 'Stretch or exercise' }).isChecked()).toBe(true);
    // A bad value is refused with what would be accepted, and nothing is saved.
    await page.getByLabel('Times a day').fill('40');
    await page.getByRole('button', { name: 'Add to my plan' }).click();
    await expect
      .poll(() => page.locator('#plan-times-error').textContent())
      .toBe('Times a day must be a whole number from 1 to 12.');
    await page.getByLabel('Times a day').fill('2');
    await page.getByLabel('Amount each time (optional)').fill('10');
    await page.getByRole('button', { name: 'Add to my plan' }).click();
    await page.getByRole('heading', { name: 'Aftercare suggested' }).waitFor();
    await page.getByText('· in your plan').first().waitFor();

    await page.getByRole('link', { name: /^Add to my plan.*Heat/ }).click();
    await page.getByRole('heading', { name: 'Add to your plan', level: 1 }).waitFor();
    expect(await page.getByRole('radio', { name: 'Heat', exact: true }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Add to my plan' }).click();
    await expect.poll(() => page.getByText('· in your plan').count()).toBe(2);

    // Today: the plan card lists both; the three-day aftercare list keeps only what is not in the plan.
    await page.goto(server.url + '/');
    const plan = page.getByRole('region', { name: 'Your plan today' });
    await plan.waitFor();
    const after = page.getByRole('region', { name: 'Aftercare from today’s session' });
    await expect
      .poll(() =>
        after
          .getByRole('checkbox')
          .evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).labels![0].textContent)),
      )
      .toEqual(['Drink water']);
    await page.screenshot({ path: join(SCREENSHOTS, 'plan-today-390.png'), fullPage: true });

    // One tap ticks, Undo takes it back.
    await plan.getByRole('button', { name: 'Tick Heat' }).click();
    await expect.poll(() => plan.textContent()).toMatch(/Heat.*1 of 1 today/);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => plan.textContent()).toMatch(/Heat.*0 of 1 today/);

    // Three weeks of ticks, one day at a time.
    for (let i = 0; i < STRETCHES.length; i++) {
      await page.clock.setSystemTime(new Date(START + i * DAY));
      await page.reload();
      const card = page.getByRole('region', { name: 'Your plan today' });
      await card.waitFor();
      for (const [name, ticks, times] of [
        ['Stretches', STRETCHES[i], 2],
        ['Heat', HEAT[i], 1],
      ] as const) {
        for (let n = 1; n <= ticks; n++) {
          await card.getByRole('button', { name: `Tick ${name}` }).click();
          await expect.poll(() => card.textContent()).toContain(`${name}${n} of ${times} today`);
        }
      }
    }

    // Trends (with one check-in so there is a pain trend) shows the whole plan beside it, counted here by hand.
    await page
      .getByRole('radiogroup', { name: 'How much does it hurt right now?' })
      .getByRole('radio', { name: '4', exact: true })
      .check();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => page.locator('.today-status').textContent()).toMatch(/4/);
    await page.goto(server.url + '/trends?range=6w');
    const followed = page.getByRole('region', { name: 'Home programme followed' });
    await followed.waitFor();
    const sum = (ticks: number[], times: number, from = 0, to = 21) =>
      ticks.slice(from, to).reduce((total, n) => total + Math.min(n, times), 0);
    expect([sum(STRETCHES, 2), sum(HEAT, 1)]).toEqual([25, 11]);
    const text = (await followed.textContent()) ?? '';
    expect(text).toContain('Stretches: 25 of 42 times (60 %)');
    expect(text).toContain('Heat: 11 of 21 times (52 %)');
    const week = (w: number) => sum(STRETCHES, 2, 7 * w, 7 * w + 7) + sum(HEAT, 1, 7 * w, 7 * w + 7);
    expect([week(0), week(1), week(2)]).toEqual([16, 17, 3]);
    expect(text).toContain('Mon 2 Mar – Sun 8 Mar: 16 of 21 (76 %)');
    expect(text).toContain('Mon 9 Mar – Sun 15 Mar: 17 of 21 (81 %)');
    expect(text).toContain('Mon 16 Mar – Sun 22 Mar: 3 of 21 (14 %)');
    // Three weeks and one day of pain: no comparison, and it says why.
    expect(text).toContain(
      'once there are at least 3 of each with pain logged on 3 or more days; so far 0 mostly followed and 0 not',
    );
    expect(text).not.toContain('average pain was');
    await followed.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'plan-trends-390.png') });

    // On the last day (Sun 22 March) the plan screen shows the last two weeks, counted here by hand.
    await page.goto(server.url + '/plan');
    const stretchCard = page.getByRole('region', { name: 'Stretches', exact: true });
    await stretchCard.waitFor();
    const lastTwo = (ticks: number[], times: number) => ticks.slice(7).reduce((sum, n) => sum + Math.min(n, times), 0);
    const stretchesDone = lastTwo(STRETCHES, 2);
    const heatDone = lastTwo(HEAT, 1);
    expect(stretchesDone).toBe(14);
    expect(heatDone).toBe(6);
    await expect
      .poll(() => stretchCard.textContent())
      .toContain(`Last 2 weeks: done ${stretchesDone} of 28 times (50 %)`);
    const heatCard = page.getByRole('region', { name: 'Heat', exact: true });
    await expect.poll(() => heatCard.textContent()).toContain(`Last 2 weeks: done ${heatDone} of 14 times (43 %)`);

    // Thursday's missed heat (19 March) is corrected: the figure follows.
    expect(dayOf(17)).toBe('2026-03-19');
    expect(HEAT[17]).toBe(0);
    await heatCard.getByText('Correct an earlier day').click();
    await heatCard.getByRole('button', { name: 'one more on Thursday' }).click();
    await expect.poll(() => heatCard.textContent()).toContain(`Last 2 weeks: done ${heatDone + 1} of 14 times (50 %)`);

    // Pause, with Undo; then end: the item moves to Ended with its record.
    await heatCard.getByRole('button', { name: 'Pause' }).click();
    await expect.poll(() => heatCard.textContent()).toMatch(/Paused/);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => heatCard.textContent()).not.toMatch(/Paused/);
    await page.screenshot({ path: join(SCREENSHOTS, 'plan-screen-390.png'), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    await heatCard.getByRole('button', { name: 'End' }).click();
    const ended = page.getByRole('region', { name: 'Ended' });
    // Planned 2–21 March (20 days, ended on the 22nd): the ticks of those days, by hand, plus the correction.
    const heatAll = HEAT.slice(0, 20).reduce((sum, n) => sum + n, 0) + 1;
    expect(heatAll).toBe(12);
    await expect
      .poll(() => ended.textContent())
      .toContain('Mon 2 Mar – Sat 21 Mar, once a day: done 12 of 20 times (60 %)');
    expect(await page.getByRole('region', { name: 'Heat', exact: true }).count()).toBe(0);

    // The CSV has a row per item and day, missed days as 0: Heat's 20 days and Stretches' 21, ticks as on screen.
    await page.goto(server.url + '/settings');
    const button = page.getByRole('button', { name: 'Export your plan, day by day' });
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toBe('pain-journal-plan-2026-03-22.csv');
    const path = join(SCREENSHOTS, download.suggestedFilename());
    await download.saveAs(path);
    const rows = parseCsv(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
    expect(rows[0]).toEqual(['Date', 'Plan item', 'Kind', 'How often', 'Planned that day', 'Times done']);
    const heatRows = rows.filter((r) => r[1] === 'Heat');
    expect(heatRows).toHaveLength(20);
    expect(heatRows.reduce((total, r) => total + Number(r[5]), 0)).toBe(12);
    expect(rows.filter((r) => r[1] === 'Stretches').map((r) => Number(r[5]))).toEqual(STRETCHES);
  });
});

// Six weeks of care lived through the UI only, as a new user would (Playwright's clock moves the days): from Monday
// 19 October 2026, pain 7 → 3 at the lower back, a session every Monday, the three goals of PRODUCT.md ("low back
// pain 7 → 3 in six weeks", "reach the top shelf 3 → 8", "recovery after a workout −20 % in two months"). Then, at
// the appointment on Monday 30 November, every figure a therapist reads must tell one story: the plan's range holds
// the day care began and every session, each starting figure is the same (or named apart) on the goal card, Trends
// and the report; History shows the ratings and measures logged; the appointment's calendar file has both alarms; and
// no session label covers a drawn point on Trends, the share card or the report (read from Chart.js in the page).
// Screenshots of Trends, the share card and the report are written at 390×844 and as printed pages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, PHONE, type App } from '../support/chromium';
import { parseCsv } from '../support/csv';
import type { StaticServer } from '../support/static-server';
import { serve } from './support/app';
import { checkLiveChart, recordDrawnCharts, takeDrawnCharts, type LabelCheck } from './support/chart-labels';
import { pdfPageCount, pdfToPng } from './support/pdf';
import { SCREENSHOTS, screenshotPage } from './support/screenshots';

type Page = App['page'];

/** The served app's origin; every page.goto below is on it. */
let base = '';

/** The days of the course, 19 Oct to 30 Nov 2026 (43 days). */
const FIRST = Date.UTC(2026, 9, 19);
const DAYS = 42;
/** Noon UTC is the same calendar day in London (the browser's time zone), summer time or not. */
const noonOf = (i: number) => new Date(FIRST + i * 86_400_000 + 12 * 3_600_000);

/** Pain falls from 7 to 3, the top shelf rises from 3 to 7, recovery falls from 48 to 40 hours, day by day. */
const painOn = (i: number) => Math.round(7 - (4 * i) / DAYS);
const shelfOn = (i: number) => Math.round(3 + (4 * i) / DAYS);
const recoveryOn = (i: number) => Math.round(48 - (8 * i) / DAYS);

/** The session on 23 Nov books the appointment of 30 Nov at 17:30 (London is on UTC in November). */
const APPOINTMENT_FROM = 35;
const APPOINTMENT = '2026-11-30T17:30';

const SHELF = 'Reach the top shelf';
const RECOVERY = 'Recovery after a workout';

const painScale = (page: Page, name: string) => page.getByRole('radiogroup', { name, exact: true });
const radio = (page: Page, group: string, n: number) =>
  painScale(page, group).getByRole('radio', { name: String(n), exact: true });

async function setDay(page: Page, i: number, hour = 0) {
  await page.clock.setSystemTime(new Date(noonOf(i).getTime() + hour * 3_600_000));
}

/** Today's check-in: pain, the lower back, the shelf rating and the recovery hours. */
async function checkIn(page: Page, i: number) {
  await page.goto(base + '/');
  await radio(page, 'How much does it hurt right now?', painOn(i)).click();
  // The usual places are shown chosen already: tap the lower back only when it is not.
  const lowerBack = page.locator('[data-view="back"] [data-region="lower-back"]');
  if (!(await lowerBack.getAttribute('class'))?.includes('is-selected')) await lowerBack.click();
  const details = page.getByRole('button', { name: 'More details' });
  if (await details.count()) await details.click();
  await radio(page, SHELF, shelfOn(i)).click();
  await page.getByLabel(`${RECOVERY} (hours)`).fill(String(recoveryOn(i)));
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect.poll(() => page.locator('.today-status').textContent()).toMatch(new RegExp(`pain ${painOn(i)}\\.`));
}

/** The Monday session, pain before pre-filled from the morning's check-in. */
async function logSession(page: Page, i: number) {
  await page.goto(base + '/sessions/new');
  await page.getByRole('heading', { name: 'Log a session', level: 1 }).waitFor();
  await page.getByLabel('Therapist or clinic (optional)').fill('Sam');
  const techniques = page.getByRole('group', { name: 'Techniques' });
  await techniques.getByLabel('Myofascial release').check();
  if ((i / 7) % 2 === 1) await techniques.getByLabel('Trigger point therapy').check();
  await page.getByRole('group', { name: 'Pressure' }).getByLabel('Firm').check();
  await page.getByRole('button', { name: '60 minutes' }).click();
  await radio(page, 'Pain after the session', Math.max(0, painOn(i) - 2)).check();
  if (i === APPOINTMENT_FROM) await page.getByLabel('Next appointment (optional)').fill(APPOINTMENT);
  await page.getByRole('button', { name: 'Save session' }).click();
  await expect.poll(() => page.getByRole('status').textContent()).toMatch(/Session saved/);
}

describe('six weeks of care, lived through the UI', () => {
  let server: StaticServer;
  let app: App;
  const page = () => app.page;

  beforeAll(async () => {
    server = await serve();
    app = await launchApp({ origin: server.url, viewport: PHONE });
    base = server.url;
    await page().clock.install({ time: noonOf(0) });
  }, 30_000);
  afterAll(async () => {
    await app?.close();
    await server?.close();
  });

  it('19 Oct: the activity and the measure, the first check-in, the first session and the three goals', async () => {
    const p = page();
    await setDay(p, 0, -3);
    await p.goto(base + '/activities');
    await p.getByRole('heading', { name: 'Mobility activities' }).waitFor();
    await p.getByRole('button', { name: SHELF }).click();
    await p.getByLabel('Name', { exact: true }).fill(RECOVERY);
    await p.getByLabel('Unit (optional)').fill('hours');
    await p.getByLabel('Lower is better').check();
    await p.getByRole('button', { name: 'Add measure' }).click();
    await expect.poll(() => p.locator('main').textContent()).toContain(RECOVERY);

    await checkIn(p, 0);
    await setDay(p, 0, -2);
    await logSession(p, 0);

    // The goals, set with the therapist after the session; each baseline is suggested from the last 7 days.
    await setDay(p, 0, -1);
    const setGoal = async (
      kind: string,
      pick: { label: string; option: string } | null,
      target: string,
      due: '6 weeks' | '2 months',
    ) => {
      await p.goto(base + '/goals/new');
      await p.getByRole('heading', { name: 'Set a goal', level: 1 }).waitFor();
      await p.getByRole('group', { name: 'What is this goal about?' }).getByLabel(kind).check();
      if (pick) await p.getByLabel(pick.label).selectOption({ label: pick.option });
      await expect.poll(() => p.getByLabel('Baseline: where it is now').inputValue()).not.toBe('');
      if (target.endsWith('%')) {
        // A percentage typed some other way is refused with what would be accepted.
        await p.getByLabel('Target').fill('minus 20');
        await p.getByRole('button', { name: 'Set this goal' }).click();
        await expect
          .poll(() => p.locator('#goal-target-error').textContent())
          .toBe('Enter a number, like 3 or 4.5, or a change from the baseline, like −20 %.');
      }
      await p.getByLabel('Target').fill(target);
      if (target.endsWith('%'))
        await expect
          .poll(() => p.locator('#goal-target-hint').textContent())
          .toContain('−20\u00a0% of 48 is 38.4 hours.');
      await p.getByRole('button', { name: due }).click();
      await p.getByRole('button', { name: 'Set this goal' }).click();
      await p.waitForURL(/\/goals$/);
    };
    await setGoal('Pain in one area', { label: 'Which area?', option: 'Lower back' }, '3', '6 weeks');
    await setGoal('An activity', { label: 'Which activity?', option: SHELF }, '8', '2 months');
    // "Recovery after a workout: −20 % in two months", as the therapist put it: no sum to do, no date to count.
    await setGoal('A measure', { label: 'Which measure?', option: RECOVERY }, '-20%', '2 months');
    await expect.poll(() => p.locator('.goal-card').count()).toBe(3);
    const cards = await p.locator('.goal-card').allTextContents();
    expect(cards.join('\n')).toMatch(/Lower back pain 7 → 3/);
    expect(cards.join('\n')).toMatch(new RegExp(`${SHELF} 3 → 8`));
    // Set as "−20 % in 2 months": the target in hours, how it was set, and due two calendar months on (19 Dec).
    const recovery = cards.find((c) => c.includes(RECOVERY))!;
    expect(recovery).toContain(`${RECOVERY} 48 → 38.4 hours (−20\u00a0%) by 19 Dec`);
    expect(recovery).toMatch(/Target\s*38\.4 hours \(−20\u00a0%\)/);
  }, 120_000);

  it('20 Oct, before the day’s check-in: no goal is "Behind"; each says why it has no status yet', async () => {
    const p = page();
    await setDay(p, 1, -4);
    await p.goto(base + '/goals');
    await expect.poll(() => p.locator('.goal-card').count()).toBe(3);
    for (const card of await p.locator('.goal-card').all()) {
      expect(await card.locator('.goal-status').textContent()).toBe('Too early to say');
      expect(await card.textContent()).toContain(
        'First check-ins count from 19 Oct: a status needs them on 3 days (1 so far).',
      );
    }
    await p.goto(base + '/');
    await expect.poll(() => p.locator('.today-goals .goal-card').count()).toBe(3);
    expect(await p.locator('.today-goals').textContent()).not.toMatch(/Behind/);
    await p.goto(base + '/trends?range=plan');
    await expect.poll(() => p.locator('.trend-facts').textContent()).toMatch(/too early to say/);
    expect(await p.locator('.trend-facts').textContent()).not.toMatch(/behind/i);
  }, 60_000);

  it('lives the six weeks: a check-in every day and a session every Monday', async () => {
    const p = page();
    for (let i = 1; i < DAYS; i++) {
      await setDay(p, i, -3);
      await checkIn(p, i);
      if (i % 7 === 0) {
        await setDay(p, i, -2);
        await logSession(p, i);
      }
    }
  }, 600_000);

  it('30 Nov: the plan’s range holds 19 Oct and all six sessions; six weeks keeps its meaning', async () => {
    const p = page();
    await setDay(p, DAYS, -3);
    await p.goto(base + '/trends');
    const plan = p.getByRole('radio', { name: /Since 19 Oct — your goals began/ });
    await plan.waitFor();
    // Six weeks still means the last 42 days, today included, and says so: 19 Oct is outside it.
    expect(await p.getByRole('radio', { name: /6\s*weeks/ }).isChecked()).toBe(true);
    await expect
      .poll(() => p.locator('#range-days').textContent())
      .toBe('20 Oct – 30 Nov 2026, 42 days, today included');
    expect(await p.locator('.trend-summary').textContent()).toMatch(/5 sessions in these 6 weeks/);

    await plan.check();
    await expect.poll(() => p.locator('#range-days').textContent()).toBe('19 Oct – 30 Nov 2026, 43 days');
    await expect.poll(() => p.locator('.trend-summary').textContent()).toMatch(/6 sessions since 19 Oct/);
    expect(new URL(p.url()).searchParams.get('range')).toBe('plan');
    await screenshotPage(p, 'six-weeks-trends');

    // The report opens on the plan's range by itself when a goal is active.
    await p.goto(base + '/trends/report');
    await p.locator('.report-paper').waitFor();
    expect(await p.getByRole('radio', { name: /Since 19 Oct/ }).isChecked()).toBe(true);
    const head = await p.locator('.rp-head').textContent();
    expect(head).toMatch(/19 Oct – 30 Nov 2026 \(since your goals began\)/);
    expect(await p.locator('.rp-summary').textContent()).toMatch(/6 sessions since 19 Oct/);
    expect(await p.locator('.rp-sessions tbody tr').count()).toBe(6);
    await p.locator('.report-paper img.rp-chart-img').waitFor();
    await screenshotPage(p, 'six-weeks-report');
    for (const format of ['A4', 'Letter'] as const) {
      const pdf = await p.pdf({ format, printBackground: true });
      expect(pdfPageCount(pdf), format).toBe(1);
      pdfToPng(pdf, join(SCREENSHOTS, `six-weeks-report-${format.toLowerCase()}`), 80);
    }

    // The share card, as the Share button makes it (no share sheet in headless Chromium: it downloads).
    await p.goto(base + '/trends?range=plan');
    await p.locator('#pain-chart').waitFor();
    const [download] = await Promise.all([
      p.waitForEvent('download'),
      p.getByRole('button', { name: 'Share picture' }).click(),
    ]);
    await download.saveAs(join(SCREENSHOTS, 'six-weeks-share-card.png'));
    expect(app.errors).toEqual([]);
    expect(app.cspViolations).toEqual([]);
  }, 90_000);

  it('30 Nov: one starting figure per name — the goal baseline and the first-week average, each named', async () => {
    const p = page();
    // The goal card: the top shelf's goal baseline, 3, as agreed on 19 Oct.
    await p.goto(base + '/goals');
    const shelfCard = p.locator('.goal-card', { hasText: SHELF });
    await expect.poll(() => shelfCard.textContent()).toMatch(/Baseline\s*3\s*Last 7 days/);
    // The recovery goal still shows its target in hours on the appointment day.
    expect(await p.locator('.goal-card', { hasText: RECOVERY }).textContent()).toMatch(/Target\s*38\.4 hours/);

    // Trends names both figures: the goal baseline, and the first week's average of the ratings.
    await p.goto(base + '/trends?range=plan');
    const mobility = p.locator('canvas[aria-label^="Mobility chart"]');
    await mobility.waitFor();
    const label = (await mobility.getAttribute('aria-label'))!;
    expect(label).toContain(`${SHELF}: goal baseline 3 (set 19 Oct 2026), target 8.`);
    const firstWeek = /first-week average (\d\.\d)/.exec(label)?.[1];
    expect(firstWeek).toBeDefined();
    // 19–25 Oct: the ratings the test logged.
    const expected = [0, 1, 2, 3, 4, 5, 6].reduce((sum, i) => sum + shelfOn(i), 0) / 7;
    expect(Number(firstWeek)).toBe(Math.round(expected * 10) / 10);

    // The report: the same first-week figure under its own name, the goal baseline beside it, and which one the
    // change is measured from.
    await p.goto(base + '/trends/report?range=plan');
    await p.locator('.report-paper').waitFor();
    const row = p.locator('.rp-table tr', { hasText: SHELF }).last();
    expect(await row.locator('td').first().textContent()).toBe(firstWeek);
    const note = (await p.locator('.rp-note', { hasText: 'Change is measured from' }).textContent())!;
    expect(note).toContain('Change is measured from each activity’s first-week average to its last-week average');
    expect(note).toContain(`Goal baseline, agreed when the goal was set: ${SHELF} 3 on 19 Oct.`);
    expect(await p.locator('.rp-goals thead').textContent()).toContain('Goal baseline → target');
    expect(await p.locator('.rp-goals tr', { hasText: SHELF }).textContent()).toContain('3 → 8');
  }, 60_000);
  it('30 Nov: the goals CSV says how each target was set (the recovery goal as −20 % of 48)', async () => {
    const p = page();
    await p.goto(base + '/settings');
    const [csv] = await Promise.all([
      p.waitForEvent('download'),
      p.getByRole('button', { name: /^Export goals/ }).click(),
    ]);
    expect(csv.suggestedFilename()).toBe('pain-journal-goals-2026-11-30.csv');
    const path = join(SCREENSHOTS, csv.suggestedFilename());
    await csv.saveAs(path);
    const rows = parseCsv(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
    expect(rows[0]).toEqual([
      'Goal',
      'Baseline',
      'Target',
      'Target set as',
      'Start day',
      'Due day',
      'Status',
      'Status since',
    ]);
    const recovery = rows.find((r) => r[0] === `${RECOVERY} (hours)`);
    expect(recovery?.slice(1, 6)).toEqual(['48', '38.4', '\u221220\u00a0% of 48', '2026-10-19', '2026-12-19']);
    const shelf = rows.find((r) => r[0] === `Mobility: ${SHELF} (0–10)`);
    expect(shelf?.slice(1, 4)).toEqual(['3', '8', 'figure']);
  }, 60_000);

  it('30 Nov: History shows the shelf rating and the recovery hours logged with the check-in', async () => {
    const p = page();
    await p.goto(base + '/history');
    // Newest first: the check-in of 29 Nov, the last before the appointment.
    const latest = p.locator('.history-entry', { hasText: 'Check-in' }).first();
    await latest.waitFor();
    expect(await latest.locator('.history-badge').textContent()).toBe(`Pain ${painOn(DAYS - 1)}`);
    expect(await latest.locator('.history-values').textContent()).toBe(
      `${SHELF} ${shelfOn(DAYS - 1)}/10 · ${RECOVERY} ${recoveryOn(DAYS - 1)} hours`,
    );
  }, 60_000);

  it('30 Nov: the appointment booked on 23 Nov goes to the calendar with two alarms, the day before and 2 hours before', async () => {
    const p = page();
    await p.goto(base + '/');
    const card = p.locator('.today-appointment');
    await expect.poll(() => card.textContent()).toMatch(/Today\b.*with Sam/);
    const [ics] = await Promise.all([
      p.waitForEvent('download'),
      card.getByRole('button', { name: 'Add to calendar' }).click(),
    ]);
    expect(ics.suggestedFilename()).toBe('pain-journal-appointment-2026-11-30.ics');
    const path = join(SCREENSHOTS, ics.suggestedFilename());
    await ics.saveAs(path);
    const text = readFileSync(path, 'utf8');
    expect(text).toContain('\r\nDTSTART:20261130T173000Z\r\n');
    // Each VALARM block with its own trigger: a day before (added a week ahead) and two hours before (the one that
    // can still fire for an appointment added on the day).
    const alarms = [...text.matchAll(/BEGIN:VALARM\r\n([\s\S]*?)END:VALARM\r\n/g)].map((m) => m[1]);
    expect(alarms).toHaveLength(2);
    expect(alarms.map((a) => /^TRIGGER:(.*)$/m.exec(a)?.[1].trim())).toEqual(['-P1D', '-PT2H']);
    for (const a of alarms) expect(a).toMatch(/^ACTION:DISPLAY\r$/m);
    expect(text.match(/BEGIN:VALARM/g)).toHaveLength(2);
  }, 60_000);

  it('30 Nov: no session label covers a drawn point, on Trends, the share card and the report', async () => {
    const p = page();
    const clear = (check: LabelCheck, where: string) => {
      expect(check.points, where).toBeGreaterThan(0);
      expect(check.overlaps, where).toEqual([]);
      for (const b of check.labels) {
        expect(b.left, where).toBeGreaterThanOrEqual(0);
        expect(b.left + b.width, where).toBeLessThanOrEqual(check.canvas.width);
        expect(b.top, where).toBeGreaterThanOrEqual(0);
      }
    };
    await p.goto(base + '/trends?range=plan');
    await p.locator('#pain-chart').waitFor();
    // The pain chart names all six sessions in the lane above its highest point.
    const pain = await checkLiveChart(p, '#pain-chart');
    clear(pain, 'Trends, pain');
    expect(pain.points).toBeGreaterThan(40);
    expect(pain.labels).toHaveLength(6);
    expect(pain.lowestLabel).toBeLessThan(pain.highestPoint);
    // The mobility and measure charts mark sessions without labels; still, nothing of theirs may cover a point.
    for (const [selector, where] of [
      ['.chart-box-mobility canvas', 'Trends, mobility'],
      ['.chart-box-measure canvas', 'Trends, measure'],
    ]) {
      await p.locator(selector).waitFor();
      await expect.poll(() => checkLiveChart(p, selector).then((c) => c.points)).toBeGreaterThan(40);
      clear(await checkLiveChart(p, selector), where);
    }

    // The share card (drawn off screen, so every draw is recorded as it happens).
    await recordDrawnCharts(p);
    const [download] = await Promise.all([
      p.waitForEvent('download'),
      p.getByRole('button', { name: 'Share picture' }).click(),
    ]);
    await download.path();
    const card = (await takeDrawnCharts(p)).filter((c) => c.canvas.width > 900);
    expect(card.length).toBeGreaterThan(0);
    for (const c of card) {
      clear(c, 'share card');
      expect(c.labels).toHaveLength(6);
      expect(c.lowestLabel).toBeLessThan(c.highestPoint);
    }

    // The report's chart, reached from Trends as a person would.
    await recordDrawnCharts(p);
    await p.getByRole('link', { name: 'Print report' }).click();
    await p.locator('.report-paper img.rp-chart-img').waitFor();
    const report = (await takeDrawnCharts(p)).filter((c) => c.canvas.width === 1400);
    expect(report.length).toBeGreaterThan(0);
    for (const c of report) {
      clear(c, 'report');
      expect(c.labels).toHaveLength(6);
      expect(c.lowestLabel).toBeLessThan(c.highestPoint);
    }
    expect(app.errors).toEqual([]);
  }, 90_000);
});

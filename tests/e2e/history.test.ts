// History with two years of entries: the newest first, grouped by day with a day's average and worst, older pages on
// demand (and on scrolling) with no entry twice, live as new entries arrive, each entry opening to its edit screen.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../support/chromium';
import type { StaticServer } from '../support/static-server';
import { openApp } from './support/app';
import { inDataLayer } from './support/data-layer';
import { checkBothSchemes } from './support/looks';

/** Seeds ~2 years in the page: a check-in every morning, an evening one every third day, a session every tenth day. */
async function seedTwoYears(page: App['page']): Promise<number> {
  return inDataLayer(page, async (layer) => {
    const checkins: unknown[] = [];
    const sessions: unknown[] = [];
    const pad = (n: number) => String(n).padStart(2, '0');
    const dayOf = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
    const stamp = new Date().toISOString();
    for (let i = 1; i <= 730; i++) {
      const base = new Date();
      base.setDate(base.getDate() - i);
      const at = (h: number) => new Date(base.getFullYear(), base.getMonth(), base.getDate(), h, 0).toISOString();
      const day = dayOf(base);
      const checkin = (h: number, pain: number, note: string) => ({
        id: crypto.randomUUID(),
        createdAt: stamp,
        updatedAt: stamp,
        at: at(h),
        day,
        pain,
        regions: [{ region: 'lower-back', pain: Math.min(10, pain + 1) }],
        qualities: ['aching'],
        mobility: {},
        measures: {},
        // The fields schema v8 added (its migration fills them in for older rows; these rows skip the migration).
        sleepQuality: null,
        sleepHours: null,
        stress: null,
        tags: [],
        note,
      });
      checkins.push(checkin(9, 3 + (i % 5), `Morning ${i} days ago`));
      if (i % 3 === 0) checkins.push(checkin(20, 8, `Evening ${i} days ago`));
      if (i % 10 === 0) {
        sessions.push({
          id: crypto.randomUUID(),
          createdAt: stamp,
          updatedAt: stamp,
          at: at(14),
          day,
          provider: 'Sam at Northside',
          techniques: ['deep-tissue'],
          pressure: 'firm',
          durationMin: 60,
          areas: ['lower-back'],
          painBefore: 7,
          painAfter: 4,
          soreness24: 3,
          soreness48: null,
          aftercare: [],
          aftercareOther: '',
          aftercareDone: [],
          note: `Session ${i} days ago`,
          nextAppointment: null,
        });
      }
    }
    // Fixture seeding in chunks of 1,000 rows, each bulkPut its own transaction (large batches go in chunks: see the
    // data layer's notes on IndexedDB).
    for (let i = 0; i < checkins.length; i += 1000) await layer.db.checkins.bulkPut(checkins.slice(i, i + 1000));
    await layer.db.sessions.bulkPut(sessions);
    // Today: one check-in a few minutes ago, through the ordinary validating save; just after midnight, at midnight,
    // so it is today's whenever the suite runs (five minutes back from 00:03 was yesterday, and "Today" went missing).
    const at = Math.max(Date.now() - 5 * 60_000, new Date().setHours(0, 0, 0, 0));
    await layer.saveCheckin({ at: new Date(at).toISOString(), pain: 5, note: 'Today so far' });
    return checkins.length + sessions.length + 1;
  });
}

describe('history with two years of entries', () => {
  let app: App;
  let server: StaticServer;
  let close: () => Promise<void>;
  let total: number;
  beforeAll(async () => {
    ({ app, server, close } = await openApp());
    await app.page.goto(server.url + '/history');
    await app.page.getByRole('heading', { name: 'Nothing recorded yet' }).waitFor();
    total = await seedTwoYears(app.page);
  });
  afterAll(async () => close?.());

  const page = () => app.page;
  const hrefs = () =>
    page()
      .locator('.history-entry')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  const headings = () => page().locator('.history-day h2').allTextContents();

  it('shows the newest entries first, grouped by day, as soon as they are saved', async () => {
    expect(total).toBeGreaterThan(1000);
    await expect.poll(headings).toContain('Yesterday');
    const days = await headings();
    expect(days.slice(0, 2)).toEqual(['Today', 'Yesterday']);
    const first = page().locator('.history-entry').first();
    expect(await first.textContent()).toMatch(/^Pain 5Check-in.*“Today so far”/);
    // A screenful first, then the next page by itself; not two years: the rest waits for "Show older".
    await expect.poll(async () => (await hrefs()).length).toBeGreaterThanOrEqual(40);
    const shown = (await hrefs()).length;
    expect(shown).toBeLessThan(100);
    expect(await page().getByRole('button', { name: 'Show older' }).count()).toBe(1);
  });

  it('shows a day’s average and worst on the heading when it has several check-ins', async () => {
    // Three days ago had a morning and an evening check-in: (3 + 3 % 5) = 6 and 8.
    const day = page().locator('.history-day').nth(3);
    expect(await day.locator('.history-day-stats').textContent()).toBe('2 check-ins · average 7 · worst 8');
    expect(await page().locator('.history-day').nth(1).locator('.history-day-stats').count()).toBe(0); // yesterday: one
  });

  it('loads older entries with "Show older", without repeating or skipping any', async () => {
    const before = await hrefs();
    await page().getByRole('button', { name: 'Show older' }).click();
    await expect.poll(async () => (await hrefs()).length).toBeGreaterThan(before.length + 30);
    const after = await hrefs();
    expect(new Set(after).size).toBe(after.length);
    expect(after.slice(0, before.length)).toEqual(before);
    // Whole days in timeline order: each heading once, each older than the one before.
    const days = await headings();
    expect(new Set(days).size).toBe(days.length);
    const notes = await page().locator('.history-note').allTextContents();
    const ages = notes.map((n) => Number(/(\d+) days ago/.exec(n)?.[1] ?? 0));
    expect(ages).toEqual([...ages].sort((a, b) => a - b));
    // No morning check-in skipped between the newest and the oldest shown.
    const mornings = ages.filter((_, i) => notes[i].startsWith('“Morning'));
    expect(mornings).toEqual(Array.from({ length: mornings.length }, (_, i) => i + 1));
  });

  it('loads more by itself when scrolled near the end', async () => {
    const count = (await hrefs()).length;
    await page().locator('.history-end').scrollIntoViewIfNeeded();
    await expect.poll(async () => (await hrefs()).length).toBeGreaterThan(count);
    const after = await hrefs();
    expect(new Set(after).size).toBe(after.length);
  });

  it('shows a new entry at once, at the top, without a reload', async () => {
    await inDataLayer(page(), (layer) => layer.saveCheckin({ pain: 2, note: 'Just now, much better' }));
    await expect.poll(() => page().locator('.history-entry').first().textContent()).toMatch(/Just now, much better/);
    expect(await page().locator('.history-day').first().locator('.history-day-stats').textContent()).toBe(
      '2 check-ins · average 3.5 · worst 5',
    );
  });

  it('shows the activity ratings and measure values a check-in logged, archived ones too', async () => {
    await inDataLayer(page(), async (layer) => {
      const shelf = await layer.addActivity('Reach the top shelf');
      const movie = await layer.addActivity('Sit through a movie');
      const recovery = await layer.addMeasure({ name: 'Recovery after a workout', unit: 'hours', better: 'lower' });
      await layer.saveCheckin({
        pain: 3,
        mobility: { [shelf.id]: 7, [movie.id]: 0 },
        measures: { [recovery.id]: 38.5 },
        note: 'After the gym',
      });
      await layer.archiveActivity(movie.id);
    });
    const first = page().locator('.history-entry').first();
    await expect.poll(() => first.textContent()).toMatch(/After the gym/);
    expect(await first.locator('.history-values').textContent()).toBe(
      'Reach the top shelf 7/10 · Sit through a movie 0/10 · Recovery after a workout 38.5 hours',
    );
    // A check-in that rated nothing has no such line.
    expect(await page().locator('.history-entry').nth(1).locator('.history-values').count()).toBe(0);
  });

  it('is accessible in both themes with years of data', async () => {
    await page().evaluate(() => scrollTo(0, 0));
    expect(await checkBothSchemes(page(), 'history-data', { fullPage: false })).toEqual([]);
  });

  it('opens a check-in in its edit screen and a session in its own screen, each with the way back to History', async () => {
    const checkin = page().locator('.history-entry[href^="/history/checkin/"]').nth(2);
    const href = await checkin.getAttribute('href');
    await checkin.click();
    await page().waitForURL((url) => url.pathname === href);
    await page().goBack();
    const session = page().locator('.history-session').first();
    await expect.poll(() => session.textContent()).toMatch(/Session.*Sam at Northside.*Deep tissue.*Pain 7 → 4/);
    await session.click();
    await page().waitForURL(/\/sessions\/[0-9a-f-]{36}\?from=history$/);
    // The session's own screen, with the way back to History.
    await page()
      .getByRole('heading', { level: 1, name: /^Session/ })
      .waitFor();
    await expect.poll(() => page().locator('.screen-back').textContent()).toMatch(/History/);
    expect(app.errors).toEqual([]);
  });
});

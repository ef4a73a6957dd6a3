// A goal as a new user sets it with their therapist: "overall pain 7 → 3 over six weeks", baseline pre-filled from
// the last week. Three weeks on (page.clock), it is on track for one set of check-ins and behind for another, each with
// the clinical label of the change and its rule; then it is marked achieved, archived, and both are undone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../support/chromium';
import type { StaticServer } from '../support/static-server';
import { openApp } from './support/app';
import { inDataLayer } from './support/data-layer';
import { checkBothSchemes } from './support/looks';

const DAY = 86_400_000;

/** Saves one check-in a day, `daysAgo` days before the page's now (a minute earlier, so never in the future), with `pain`. */
function seedDaily(page: App['page'], rows: { daysAgo: number; pain: number }[]) {
  return inDataLayer(
    page,
    async (layer, list) => {
      for (const { daysAgo, pain } of list) {
        const at = new Date(Date.now() - daysAgo * 86_400_000 - 60_000).toISOString();
        await layer.saveCheckin({ at, pain });
      }
    },
    rows,
  );
}

describe('goals', () => {
  let app: App;
  let server: StaticServer;
  let close: () => Promise<void>;
  let start: number;
  beforeAll(async () => {
    ({ app, server, close } = await openApp());
    await app.page.goto(server.url + '/goals');
    await app.page.getByRole('heading', { name: 'No goals yet' }).waitFor();
    start = await app.page.evaluate(() => Date.now());
  });
  afterAll(async () => close?.());

  const page = () => app.page;
  const card = () => page().locator('.goal-card').first();

  it('sets "overall pain 7 → 3 over six weeks", the baseline taken from the last 7 days', async () => {
    // A week of check-ins at 7 before the appointment.
    await seedDaily(
      page(),
      [0, 1, 2, 3, 4, 5, 6].map((daysAgo) => ({ daysAgo, pain: 7 })),
    );
    await page().getByRole('link', { name: 'Set a goal' }).click();
    await page().getByRole('heading', { name: 'Set a goal', level: 1 }).waitFor();
    expect(
      await page().getByRole('group', { name: 'What is this goal about?' }).getByLabel('Overall pain').isChecked(),
    ).toBe(true);
    await expect.poll(() => page().getByLabel('Baseline: where it is now').inputValue()).toBe('7');
    expect(await page().locator('#goal-baseline-hint').textContent()).toMatch(/Your average over the last 7 days/);
    // Due six weeks from today by default, and the quick pick says so.
    expect(await page().getByRole('button', { name: '6 weeks' }).getAttribute('aria-pressed')).toBe('true');
    const due = await page().getByLabel('Due day').inputValue();
    expect(due).toBe(
      await page().evaluate(() => {
        const d = new Date(Date.now() + 42 * 86_400_000);
        return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
      }),
    );
    await page().getByLabel('Target').fill('3');
    const dueWords = await page().evaluate(
      (d) =>
        new Intl.DateTimeFormat(undefined, {
          day: 'numeric',
          month: 'short',
          ...(d.slice(0, 4) === String(new Date().getFullYear()) ? {} : { year: 'numeric' }),
        }).format(new Date(`${d}T12:00`)),
      due,
    );
    await expect.poll(() => page().locator('.goal-preview-text').textContent()).toBe(`Pain 7 → 3 by ${dueWords}`);
    expect(await checkBothSchemes(page(), 'goals-new-filled')).toEqual([]);
    await page().getByRole('button', { name: 'Set this goal' }).click();

    await page().waitForURL(/\/goals$/);
    await expect.poll(() => card().textContent()).toMatch(/Pain 7 → 3 by/);
    const [goal] = await inDataLayer(page(), (layer) => layer.listGoals());
    expect(goal).toMatchObject({ kind: 'pain', ref: null, baseline: 7, target: 3, dueDay: due, status: 'active' });
  });

  it('three weeks on, with pain falling from 7 to 4, is on track with a clinically meaningful change', async () => {
    await page().clock.setFixedTime(new Date(start + 21 * DAY));
    await page().reload();
    // One check-in a day for the last three weeks, falling steadily from 7 to 4 (the last week averages 4.4).
    await seedDaily(
      page(),
      Array.from({ length: 21 }, (_, i) => ({ daysAgo: 20 - i, pain: Math.round(7 - (3 * i) / 20) })),
    );
    await expect.poll(() => card().locator('.goal-status').textContent()).toBe('On track');
    const text = (await card().textContent())!;
    expect(text).toMatch(/Baseline\s*7\s*Last 7 days\s*4\.4\s*Target\s*3/);
    expect(text).toContain('65 % of the way · 21 days left');
    expect(text).toContain('Change so far: −2.6\u00a0points (−37\u00a0%)');
    expect(text).toContain('clinically meaningful');
    expect(text).toContain('Rule: at least 2 points or 30 % (Farrar 2001)');
    expect(await card().getByRole('progressbar').getAttribute('value')).toBe('65');
    expect(await checkBothSchemes(page(), 'goals-on-track')).toEqual([]);
  });

  it('with pain staying near 7 instead, it is behind, with a change less than clinically meaningful', async () => {
    await inDataLayer(page(), async (layer) => {
      for (const c of await layer.checkinsBetween('0000-01-01', '9999-12-31')) await layer.deleteCheckin(c.id);
    });
    await seedDaily(
      page(),
      Array.from({ length: 21 }, (_, i) => ({ daysAgo: 20 - i, pain: i % 2 ? 7 : 6 })),
    );
    await expect.poll(() => card().locator('.goal-status').textContent()).toBe('Behind');
    const text = (await card().textContent())!;
    expect(text).toMatch(/Last 7 days\s*6\.4/);
    expect(text).toContain('Not yet at the 5 or lower expected by today');
    expect(text).toContain('Change so far: −0.6\u00a0points (−9\u00a0%)');
    expect(text).toContain('better, but less than clinically meaningful');
  });

  it('shows the goal on Today as a compact card', async () => {
    await page().getByRole('link', { name: 'Today' }).click();
    const today = page().locator('.today-goals .goal-card');
    await expect.poll(() => today.textContent()).toMatch(/Pain 7 → 3 by.*Behind/);
    expect(await checkBothSchemes(page(), 'today-goal')).toEqual([]);
    await page().goBack();
  });

  it('marks it achieved (listed apart), and Undo makes it active again', async () => {
    await card().getByRole('button', { name: 'Mark achieved' }).click();
    await expect.poll(() => page().locator('#goals-achieved + ul').textContent()).toMatch(/Pain 7 → 3 by .*Achieved/);
    expect(await page().locator('.goal-card').count()).toBe(0);
    expect((await inDataLayer(page(), (layer) => layer.listGoals()))[0].status).toBe('achieved');
    await page().getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => page().locator('.goal-card').count()).toBe(1);
    expect((await inDataLayer(page(), (layer) => layer.listGoals()))[0]).toMatchObject({
      status: 'active',
      statusAt: null,
    });
  });

  it('archives it with Undo', async () => {
    await card().getByRole('button', { name: 'Archive' }).click();
    await expect.poll(() => page().locator('#goals-archived + ul').textContent()).toMatch(/Pain 7 → 3 by .*Archived/);
    await expect.poll(() => page().getByRole('status').textContent()).toMatch(/Goal archived/);
    await page().getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => page().locator('.goal-card').count()).toBe(1);
    expect((await inDataLayer(page(), (layer) => layer.listGoals()))[0].status).toBe('active');
    // Archived for good this time: it can still be made active again from the list.
    await card().getByRole('button', { name: 'Archive' }).click();
    await expect
      .poll(() =>
        page()
          .getByRole('button', { name: /^Make active again/ })
          .count(),
      )
      .toBe(1);
    expect(await checkBothSchemes(page(), 'goals-archived')).toEqual([]);
  });

  it('refuses a target on the wrong side and a due day before the start, next to each field', async () => {
    await page().goto(server.url + '/goals/new');
    await page().getByLabel('Baseline: where it is now').fill('5');
    await page().getByLabel('Target').fill('8');
    await page()
      .getByLabel('Due day')
      .fill(await page().getByLabel('Start day').inputValue());
    await page().getByRole('button', { name: 'Set this goal' }).click();
    await expect
      .poll(() => page().locator('#goal-target-error').textContent())
      .toBe('For pain, aim lower than the baseline.');
    expect(await page().locator('#goal-due-error').textContent()).toBe('The due day must be after the start day.');
    await expect.poll(() => page().evaluate(() => document.activeElement?.id)).toBe('goal-target');
    expect(await inDataLayer(page(), (layer) => layer.listGoals())).toHaveLength(1);
  });

  it('keeps a half-filled goal through a reload', async () => {
    await page().getByRole('group', { name: 'What is this goal about?' }).getByLabel('Pain in one area').check();
    await page().getByLabel('Which area?').selectOption('lower-back');
    await page().getByLabel('Target').fill('2');
    // Wait for the draft's IndexedDB write to land, as a person's pause before reloading would.
    await expect
      .poll(() =>
        inDataLayer(page(), (layer) =>
          layer
            .listDrafts('goal:new')
            .then((drafts: { typed: unknown }[]) => drafts[0]?.typed)
            .then((d: { target?: string } | undefined) => d?.target),
        ),
      )
      .toBe('2');
    await page().reload();
    await expect.poll(() => page().getByLabel('Which area?').inputValue()).toBe('lower-back');
    expect(await page().getByLabel('Target').inputValue()).toBe('2');
    expect(await page().locator('.goal-form .restored-notice').count()).toBe(1);
    expect(app.errors).toEqual([]);
    expect(app.cspViolations).toEqual([]);
  });

  it('opens a stored goal to change it, with its status and the way back to active', async () => {
    const [goal] = await inDataLayer(page(), (layer) => layer.listGoals());
    await page().goto(`${server.url}/goals/${goal.id}`);
    await page().getByRole('heading', { name: 'Edit goal', level: 1 }).waitFor();
    expect(await page().getByLabel('Baseline: where it is now').inputValue()).toBe('7');
    expect(await page().getByLabel('Target').inputValue()).toBe('3');
    expect(await page().locator('main .notice').first().textContent()).toMatch(/This goal is archived/);
    expect(await checkBothSchemes(page(), 'goals-edit')).toEqual([]);
    await page().getByRole('button', { name: 'Make active again' }).click();
    await expect.poll(async () => (await inDataLayer(page(), (layer) => layer.listGoals()))[0].status).toBe('active');
  });
});

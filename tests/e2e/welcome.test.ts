// The first run as a new person meets it: '/' on a new install opens the welcome (deep links never do); three
// skippable steps done with the keyboard alone; the first check-in opens with the chosen places ready.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, launchApp, type App } from '../support/chromium';
import type { StaticServer } from '../support/static-server';
import { serve } from './support/app';
import { inDataLayer } from './support/data-layer';
import { axeViolations, SCREENSHOT_DIR } from './support/looks';

/** Presses Tab until the focused element's name matches, as a keyboard user would; fails after `max` presses. */
async function tabTo(page: Page, name: RegExp, max = 120): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      // Tab past the last control leaves focus on the body, whose text holds every label on the page: not a match.
      if (!el || el === document.body) return '';
      const label = (el as HTMLInputElement).labels?.[0]?.textContent ?? '';
      return `${el.getAttribute('aria-label') ?? ''} ${label} ${el.tagName === 'INPUT' ? '' : (el.textContent ?? '')}`
        .replace(/\s+/g, ' ')
        .trim();
    });
    if (name.test(focused)) return;
  }
  throw new Error(`Tab never reached ${name}`);
}

const stepTitle = (page: Page) => page.locator('#welcome-step-title').textContent();
const setting = (page: Page, key: string) => inDataLayer(page, (layer, k: string) => layer.getSetting(k, null), key);

/** Axe in light and dark, and screenshots at 390×844 in both and (when given) at 1280×800. */
async function look(page: Page, name: string): Promise<string[]> {
  const findings: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    // Reduced motion: colours switch at once, so axe never measures a button halfway through its transition.
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    findings.push(...(await axeViolations(page)).map((f) => `${name} ${colorScheme}: ${f}`));
    await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}-${colorScheme}-390.png`), fullPage: true });
  }
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
  await page.setViewportSize(DESKTOP);
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}-light-1280.png`), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  return findings;
}

describe('first run', () => {
  let server: StaticServer;
  let app: App | undefined;
  beforeAll(async () => {
    server = await serve();
  });
  afterEach(async () => {
    if (app) {
      expect(app.errors).toEqual([]);
      expect(app.cspViolations).toEqual([]);
      expect(app.leaks).toEqual([]);
    }
    await app?.close();
    app = undefined;
  });
  afterAll(async () => server?.close());

  const fresh = async () => {
    app = await launchApp({ origin: server.url, firstRun: true });
    return app.page;
  };

  it('opens the welcome on a new install and completes with the keyboard alone, landing on the first check-in', async () => {
    const page = await fresh();
    await page.goto(server.url + '/');
    await expect.poll(() => new URL(page.url()).pathname).toBe('/welcome');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Welcome');
    expect(await page.locator('.welcome-step-count').textContent()).toBe('Step 1 of 3');
    expect(await page.locator('nav[aria-label="Main"]').count()).toBe(0);
    expect(await look(page, 'welcome-1')).toEqual([]);

    // Step 1 → 2
    await tabTo(page, /^Next$/);
    await page.keyboard.press('Enter');
    await expect.poll(() => stepTitle(page)).toMatch(/Step 2 of 3: Where it hurts/);
    expect(await page.locator('.welcome-step-count').textContent()).toBe('Step 2 of 3');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('welcome-step-title');

    // The places, from the list (the body map is for pointers; the list is the same choice for keyboards).
    await tabTo(page, /^Choose from a list$/);
    await page.keyboard.press('Enter');
    await tabTo(page, /^Neck$/);
    await page.keyboard.press('Space');
    await tabTo(page, /^Lower back$/);
    await page.keyboard.press('Space');
    await expect.poll(() => page.locator('.region-picker-chosen').textContent()).toBe('Chosen: Neck; Lower back');

    // Activities: one example, one in own words (Enter adds it rather than moving on).
    await tabTo(page, /^Reach the top shelf$/);
    await page.keyboard.press('Space');
    await tabTo(page, /^Or in your own words/);
    await page.keyboard.type('Get dressed without help');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#welcome-activities-count').textContent()).toBe('2 of 3 chosen.');
    expect(await stepTitle(page)).toMatch(/Step 2 of 3/);
    expect(await page.getByRole('checkbox', { name: 'Get dressed without help' }).isChecked()).toBe(true);
    expect(await look(page, 'welcome-2')).toEqual([]);

    // Step 2 → 3
    await tabTo(page, /^Next$/);
    await page.keyboard.press('Enter');
    await expect.poll(() => stepTitle(page)).toMatch(/Step 3 of 3: A first goal/);

    // The goal: lower back pain from 7 to 3 in 8 weeks.
    await tabTo(page, /What is the goal about/);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('welcome-goal-what');
    // Arrow keys, not type-ahead: a select forgets typed letters after a pause, which a busy machine can exceed.
    const what = page.locator('#welcome-goal-what');
    for (let i = 0; i < 40 && (await what.inputValue()) !== 'region:lower-back'; i++)
      await page.keyboard.press('ArrowDown');
    expect(await what.inputValue()).toBe('region:lower-back');
    await page.keyboard.press('Tab'); // into "From": focus on 0, nothing chosen yet
    for (let i = 0; i < 7; i++) await page.keyboard.press('ArrowRight');
    await tabTo(page, /^0/); // into "To"
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await tabTo(page, /In how many weeks/);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('8');
    await expect
      .poll(() => page.locator('.welcome-goal-summary').textContent())
      .toMatch(/Your goal: lower back pain from 7 to 3 by /);
    expect(await look(page, 'welcome-3')).toEqual([]);
    // The goal starts on the day it is saved: read the day on both sides of the save, for a run that crosses midnight.
    const dayBefore = await page.evaluate(() => new Date().toLocaleDateString('sv'));
    await page.keyboard.press('Enter');

    await expect.poll(() => new URL(page.url()).pathname).toBe('/checkin');
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toMatch(/Saved 2 places, 2 activities and your goal/);
    expect(await setting(page, 'usualRegions')).toEqual(['neck', 'lower-back']);
    expect(await setting(page, 'onboarded')).toBe(true);
    const activities = await inDataLayer(page, async (layer) =>
      (await layer.activeActivities()).map((a: { name: string }) => a.name),
    );
    expect(activities).toEqual(['Reach the top shelf', 'Get dressed without help']);
    const goals = await inDataLayer(page, (layer) => layer.activeGoals());
    expect(goals).toHaveLength(1);
    const dayAfter = await page.evaluate(() => new Date().toLocaleDateString('sv'));
    const today = goals[0]?.startDay === dayBefore ? dayBefore : dayAfter;
    const due = await page.evaluate(
      (t) => new Date(Date.parse(t + 'T00:00:00Z') + 56 * 86_400_000).toISOString().slice(0, 10),
      today,
    );
    expect(goals[0]).toMatchObject({
      kind: 'region',
      ref: 'lower-back',
      baseline: 7,
      target: 3,
      startDay: today,
      dueDay: due,
      status: 'active',
    });

    // The first check-in: once a number is picked, "where" shows with the chosen places already picked. The toast and
    // the address change come before Today's heading takes focus (an effect, a frame after the screen is drawn): tabbing
    // before that would reach the scale and then lose focus to the heading, and the arrows would pick nothing.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('screen-title');
    await tabTo(page, /^0, no pain/);
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    const list = page.locator('main .region-list');
    await expect.poll(() => list.count()).toBeGreaterThan(0);
    // (The list sits in a closed "Choose from a list" disclosure; its boxes carry the region ids.)
    expect(await list.locator('input[value="neck"]').isChecked()).toBe(true);
    expect(await list.locator('input[value="lower-back"]').isChecked()).toBe(true);
    expect(await list.locator('input[value="upper-back"]').isChecked()).toBe(false);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'welcome-done-checkin-light-390.png'), fullPage: true });

    // The welcome is done: '/' is Today from now on.
    await page.goto(server.url + '/');
    await page.locator('h1').waitFor();
    await page.waitForLoadState('networkidle');
    expect(new URL(page.url()).pathname).toBe('/');
    // Six axe runs and ten full-page screenshots: 17 s alone, but 64–93 s on two cores shared with four busy processes
    // (a full CI run), past the suite's 90 s. This one test gets more room.
  }, 180_000);

  it('can be skipped at any step; what was already chosen is kept, and it does not come back', async () => {
    const page = await fresh();
    await page.goto(server.url + '/');
    await expect.poll(() => new URL(page.url()).pathname).toBe('/welcome');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByText('Choose from a list').click();
    await page.getByRole('checkbox', { name: 'Hip, left' }).check();
    await tabTo(page, /^Skip/);
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).pathname).toBe('/checkin');
    expect(await setting(page, 'onboarded')).toBe(true);
    expect(await setting(page, 'usualRegions')).toEqual(['hip-left']);
    expect(await inDataLayer(page, (layer) => layer.activeGoals())).toEqual([]);

    await page.goto(server.url + '/');
    await page.waitForLoadState('networkidle');
    await page.locator('h1').waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    // Even with the quick local flag gone, the stored setting says the welcome was done.
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.waitForLoadState('networkidle');
    await page.locator('h1').waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
  });

  it('keeps its place and choices through a reload', async () => {
    const page = await fresh();
    await page.goto(server.url + '/welcome');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('checkbox', { name: 'Sleep through the night' }).check();
    await page.getByLabel('Or in your own words').fill('Garden for an hour');
    // A person does not reload within milliseconds of typing: wait for the draft's IndexedDB write to land.
    await expect
      .poll(() =>
        inDataLayer(page, (layer) =>
          layer
            .listDrafts('welcome')
            .then((drafts: { typed: unknown }[]) => drafts[0]?.typed)
            .then((d: { own?: string } | undefined) => d?.own),
        ),
      )
      .toBe('Garden for an hour');
    await page.reload();
    await expect.poll(() => stepTitle(page)).toMatch(/Step 2 of 3/);
    expect(await page.getByRole('checkbox', { name: 'Sleep through the night' }).isChecked()).toBe(true);
    expect(await page.getByLabel('Or in your own words').inputValue()).toBe('Garden for an hour');
  });

  it('allows three activities at most, and says why a fourth cannot be added', async () => {
    const page = await fresh();
    await page.goto(server.url + '/welcome');
    await page.getByRole('button', { name: 'Next' }).click();
    for (const name of ['Reach the top shelf', 'Carry the shopping', 'Walk for 30 minutes'])
      await page.getByRole('checkbox', { name }).check();
    expect(await page.getByRole('checkbox', { name: 'Lift my child' }).isDisabled()).toBe(true);
    await expect
      .poll(() => page.locator('#welcome-activities-count').textContent())
      .toBe('3 of 3 chosen. Untick one to choose another.');
    await page.getByLabel('Or in your own words').fill('Drive to work');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await expect
      .poll(() => page.locator('#welcome-own-error').textContent())
      .toBe('You have chosen 3. Untick one to add another.');
    expect(await page.getByLabel('Or in your own words').inputValue()).toBe('Drive to work');
  });

  it('refuses a goal that makes no sense, next to the field, and saves nothing until it is fixed', async () => {
    const page = await fresh();
    await page.goto(server.url + '/welcome');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.locator('#welcome-goal-from').getByRole('radio', { name: '3', exact: true }).check();
    await page.locator('#welcome-goal-to').getByRole('radio', { name: '6', exact: true }).check();
    await page.getByRole('button', { name: 'Start my first check-in' }).click();
    await expect
      .poll(() => page.locator('#welcome-goal-to-error').textContent())
      .toBe('For pain, aim lower than where it is now.');
    expect(new URL(page.url()).pathname).toBe('/welcome');
    expect(await setting(page, 'onboarded')).toBe(null);
    await page.locator('#welcome-goal-to').getByRole('radio', { name: '1', exact: true }).check();
    await page.getByRole('button', { name: 'Start my first check-in' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/checkin');
    expect(await inDataLayer(page, (layer) => layer.activeGoals())).toMatchObject([
      { kind: 'pain', ref: null, baseline: 3, target: 1 },
    ]);
  });

  it('never redirects a deep link, nor an install that already holds entries', async () => {
    const page = await fresh();
    for (const path of ['/checkin', '/sessions/new', '/settings']) {
      await page.goto(server.url + path);
      await page.locator('h1').waitFor();
      await page.waitForLoadState('networkidle');
      expect(new URL(page.url()).pathname).toBe(path);
    }
    // A restored journal (entries but no "onboarded" setting) opens on Today.
    await inDataLayer(page, (layer) => layer.saveCheckin({ pain: 4 }));
    await page.goto(server.url + '/');
    await page.waitForLoadState('networkidle');
    await page.locator('h1').waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
  });
});

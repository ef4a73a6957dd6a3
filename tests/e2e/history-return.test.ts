// Coming back to History from an entry returns to where the person was: the older entries they had loaded are still
// there and the entry they opened is back on screen, at the same height, with focus on it. Whether they come back with
// the browser's Back, the screen's back link, Save or Delete. The tab bar's History is a fresh visit: the top.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDay } from '../../src/domain/days';
import { yearsOfJournal } from '../fixtures/journal';
import type { App } from '../support/chromium';
import type { StaticServer } from '../support/static-server';
import { openApp } from './support/app';
import { SCREENSHOT_DIR, setColorScheme } from './support/looks';
import { seedJournal } from './support/seed';

const CHECKINS = 'a.history-entry[href^="/history/checkin/"]';

/** What the person sees of History: how many entries are listed, how far down the page is, what has focus. */
function view(page: Page) {
  return page.evaluate(() => {
    const links = [...document.querySelectorAll<HTMLAnchorElement>('a.history-entry')];
    const focused = document.activeElement as HTMLElement | null;
    return {
      path: location.pathname,
      entries: links.length,
      scrollY: Math.round(scrollY),
      focusedHref: focused?.getAttribute('href') ?? null,
      focusedTag: focused?.tagName ?? null,
    };
  });
}

/** Where the entry linking to `href` is on screen, and whether all of it can be seen (below the top, above the tab bar). */
function placeOf(page: Page, href: string) {
  return page.evaluate((h) => {
    const link = document.querySelector(`a.history-entry[href="${h}"]`);
    if (!link) return null;
    const box = link.getBoundingClientRect();
    const tabbar = document.querySelector('.tabbar')!.getBoundingClientRect();
    const hidden = getComputedStyle(link).visibility !== 'visible';
    return { top: Math.round(box.top), visible: !hidden && box.top >= 0 && box.bottom <= tabbar.top };
  }, href);
}

/** `place` is on screen, within a pixel of `top` (scroll offsets may be fractional). */
function expectAt(place: { top: number; visible: boolean } | null, top: number): void {
  expect(place?.visible).toBe(true);
  expect(Math.abs(place!.top - top)).toBeLessThanOrEqual(1);
}

/** Waits for History to be drawn again with `href` focused, and returns what the person sees. */
async function cameBackTo(page: Page, href: string) {
  await page.waitForURL((url) => url.pathname === '/history');
  await expect.poll(async () => (await view(page)).focusedHref, { timeout: 10_000 }).toBe(href);
  return { ...(await view(page)), place: await placeOf(page, href) };
}

describe('coming back to History', () => {
  let app: App;
  let server: StaticServer;
  let close: () => Promise<void>;
  const page = () => app.page;

  beforeAll(async () => {
    ({ app, server, close } = await openApp());
    await app.page.goto(server.url + '/');
    const written = await seedJournal(app.page, yearsOfJournal(2, localDay(), { notAfter: new Date().toISOString() }));
    expect(written.checkins).toBeGreaterThan(1200);
  });
  afterAll(async () => close?.());

  /** Opens History from the tab bar and loads older entries twice (once by button, once by scrolling to the end). */
  async function openHistoryAndLoadOlder(): Promise<number> {
    await page().getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'History' }).click();
    await page().waitForURL((url) => url.pathname === '/history');
    await expect.poll(async () => (await view(page())).entries).toBeGreaterThanOrEqual(40);
    const first = (await view(page())).entries;
    await page().getByRole('button', { name: 'Show older' }).click();
    await expect.poll(async () => (await view(page())).entries).toBeGreaterThan(first + 30);
    const second = (await view(page())).entries;
    await page().locator('.history-end').scrollIntoViewIfNeeded();
    await expect.poll(async () => (await view(page())).entries).toBeGreaterThan(second + 30);
    return (await view(page())).entries;
  }

  /** Brings the `n`th entry matching `selector` (counted from the end when negative) to the middle of the screen. */
  async function pick(selector: string, n: number) {
    const link = page()
      .locator(selector)
      .nth(n < 0 ? (await page().locator(selector).count()) + n : n);
    await link.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    const href = (await link.getAttribute('href'))!;
    const place = (await placeOf(page(), href))!;
    expect(place.visible).toBe(true);
    return { link, href, top: place.top };
  }

  it('browser Back returns to the opened check-in, with the older entries still loaded', async () => {
    const loaded = await openHistoryAndLoadOlder();
    // An entry from the oldest segment loaded, far below the first screen.
    const { link, href, top } = await pick(CHECKINS, -20);
    const scrolled = (await view(page())).scrollY;
    expect(scrolled).toBeGreaterThan(3000);

    await link.click();
    await page().getByRole('heading', { level: 1, name: 'Edit check-in' }).waitFor();
    expect((await view(page())).scrollY).toBe(0);
    await page().goBack();

    const back = await cameBackTo(page(), href);
    expect(back.entries).toBeGreaterThanOrEqual(loaded);
    expectAt(back.place, top);
    expect(Math.abs(back.scrollY - scrolled)).toBeLessThan(2);
  });

  it('the back link returns there too, and so does a second visit after it', async () => {
    const loaded = (await view(page())).entries;
    const { link, href, top } = await pick(CHECKINS, -45);
    await link.click();
    await page().getByRole('heading', { level: 1, name: 'Edit check-in' }).waitFor();
    await page().getByRole('link', { name: 'History' }).and(page().locator('.screen-back')).click();

    const back = await cameBackTo(page(), href);
    expect(back.entries).toBeGreaterThanOrEqual(loaded);
    expectAt(back.place, top);

    // Again from there, with the keyboard: Enter on the focused entry, Back, and focus is on it once more.
    await page().keyboard.press('Enter');
    await page().getByRole('heading', { level: 1, name: 'Edit check-in' }).waitFor();
    await page().goBack();
    expectAt((await cameBackTo(page(), href)).place, top);
    for (const colorScheme of ['light', 'dark'] as const) {
      await setColorScheme(page(), colorScheme);
      await page().screenshot({ path: join(SCREENSHOT_DIR, `history-return-${colorScheme}-390.png`) });
    }
    await setColorScheme(page(), 'light');
  });

  it('Save returns there, showing the change', async () => {
    const loaded = (await view(page())).entries;
    const { link, href, top } = await pick(CHECKINS, -60);
    await link.click();
    const pain = page().getByRole('radiogroup', { name: 'How much did it hurt?' });
    await pain.getByRole('radio', { name: '9', exact: true }).click();
    await page().getByRole('button', { name: 'Save', exact: true }).click();

    const back = await cameBackTo(page(), href);
    expect(back.entries).toBeGreaterThanOrEqual(loaded);
    expectAt(back.place, top);
    await expect
      .poll(() => page().locator(`a.history-entry[href="${href}"] .history-badge`).textContent())
      .toBe('Pain 9');
  });

  it('Delete returns to the entry now in its place', async () => {
    const loaded = (await view(page())).entries;
    const { link, href, top } = await pick(CHECKINS, -30);
    // The next entry down the list takes the deleted one's place.
    const next = await page()
      .locator('a.history-entry')
      .evaluateAll((links, h) => {
        const i = links.findIndex((a) => a.getAttribute('href') === h);
        return links[i + 1].getAttribute('href')!;
      }, href);
    await link.click();
    await page().getByRole('heading', { level: 1, name: 'Edit check-in' }).waitFor();
    await page().getByRole('button', { name: 'Delete' }).click();

    const back = await cameBackTo(page(), next);
    expect(back.entries).toBeGreaterThanOrEqual(loaded - 1);
    expectAt(back.place, top);
    expect(await page().locator(`a.history-entry[href="${href}"]`).count()).toBe(0);
    // Undo brings it back where it was.
    await page().locator('.toast', { hasText: 'deleted' }).getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => page().locator(`a.history-entry[href="${href}"]`).count()).toBe(1);
  });

  it('browser Back, or the back link, from a session returns to it', async () => {
    const { link, href, top } = await pick('a.history-session', -2);
    await link.click();
    await page().waitForURL((url) => url.pathname + url.search === href);
    await page().getByRole('heading', { level: 1 }).waitFor();
    await page().goBack();
    expectAt((await cameBackTo(page(), href)).place, top);

    await page().locator(`a.history-entry[href="${href}"]`).click();
    await page().waitForURL((url) => url.pathname + url.search === href);
    await page().locator('.screen-back', { hasText: 'History' }).click();
    expectAt((await cameBackTo(page(), href)).place, top);
  });

  it('the tab bar’s History starts at the top with only the newest entries, even from an opened entry', async () => {
    const { link } = await pick(CHECKINS, -10);
    await link.click();
    await page().getByRole('heading', { level: 1, name: 'Edit check-in' }).waitFor();
    const tabs = page().getByRole('navigation', { name: 'Main' });
    await tabs.getByRole('link', { name: 'History' }).click();
    await page().waitForURL((url) => url.pathname === '/history');
    await expect.poll(async () => (await view(page())).entries).toBeGreaterThanOrEqual(40);
    let fresh = await view(page());
    expect(fresh.entries).toBeLessThan(100);
    expect(fresh.scrollY).toBe(0);
    expect(fresh.focusedTag).toBe('H1');

    // And from another screen, after an entry was opened and left by the tab bar.
    const { link: again } = await pick(CHECKINS, 30);
    await again.click();
    await page().getByRole('heading', { level: 1, name: 'Edit check-in' }).waitFor();
    await tabs.getByRole('link', { name: 'Today' }).click();
    await page().getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    await tabs.getByRole('link', { name: 'History' }).click();
    await page().waitForURL((url) => url.pathname === '/history');
    await expect.poll(async () => (await view(page())).entries).toBeGreaterThanOrEqual(40);
    fresh = await view(page());
    expect(fresh.entries).toBeLessThan(100);
    expect(fresh.scrollY).toBe(0);
    expect(fresh.focusedTag).toBe('H1');
    expect(app.errors).toEqual([]);
  });

  it('stays in memory only: nothing about the place is written to storage', async () => {
    const stored = await page().evaluate(() => ({
      local: Object.keys(localStorage),
      session: Object.keys(sessionStorage),
    }));
    // The one session key is this window's id, which keeps its drafts apart from other windows' (src/app/window-id.ts).
    expect(stored.session).toEqual(['pj-window']);
    expect(stored.local.filter((key) => /history|return|scroll/i.test(key))).toEqual([]);
  });
});

// Appearance: the theme override switches the colours and survives a reload; larger text scales every size; the
// Settings sections built here (reminders, appearance, install) are axe-clean in both themes, with screenshots.
import { AxeBuilder } from '@axe-core/playwright';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, PHONE, type App } from '../support/chromium';
import type { StaticServer } from '../support/static-server';
import { openApp } from './support/app';
import { inDataLayer } from './support/data-layer';
import { SCREENSHOT_DIR, settle } from './support/looks';

const LIGHT_BG = 'rgb(250, 246, 240)';
const DARK_BG = 'rgb(18, 23, 22)';
const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const rootFontSize = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
const OWN_SECTIONS = ['reminders-title', 'appearance-title', 'install-title'].map(
  (id) => `section[aria-labelledby="${id}"]`,
);

async function reloaded(page: Page): Promise<void> {
  await page.reload();
  await page.getByRole('heading', { name: 'Appearance' }).waitFor();
}

describe('appearance', () => {
  let app: App;
  let server: StaticServer;
  let close: () => Promise<void>;
  beforeAll(async () => {
    // The phone is set to dark, so every choice is visible against what the system would give.
    ({ app, server, close } = await openApp({ colorScheme: 'dark' }));
    await app.page.goto(server.url + '/settings');
    await app.page.getByRole('heading', { name: 'Appearance' }).waitFor();
  });
  afterAll(async () => {
    expect(app.errors).toEqual([]);
    expect(app.cspViolations).toEqual([]);
    await close?.();
  });
  const page = () => app.page;

  it('follows the phone until told otherwise', async () => {
    expect(
      await page()
        .getByRole('radio', { name: /Match my phone/ })
        .isChecked(),
    ).toBe(true);
    expect(await background(page())).toBe(DARK_BG);
  });

  it('switches to light at once, and stays light after a reload although the phone is dark', async () => {
    await page()
      .getByRole('radio', { name: /^Light/ })
      .check();
    await expect.poll(() => background(page())).toBe(LIGHT_BG);
    await reloaded(page());
    expect(await background(page())).toBe(LIGHT_BG);
    expect(
      await page()
        .getByRole('radio', { name: /^Light/ })
        .isChecked(),
    ).toBe(true);
  });

  it('switches to dark with the keyboard, and back to following the phone', async () => {
    await page().emulateMedia({ colorScheme: 'light' });
    await page()
      .getByRole('radio', { name: /^Light/ })
      .focus();
    await page().keyboard.press('ArrowDown');
    expect(await page().getByRole('radio', { name: /^Dark/ }).isChecked()).toBe(true);
    await expect.poll(() => background(page())).toBe(DARK_BG);
    await reloaded(page());
    expect(await background(page())).toBe(DARK_BG);
    await page()
      .getByRole('radio', { name: /Match my phone/ })
      .check();
    await expect.poll(() => background(page())).toBe(LIGHT_BG);
    await page().emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => background(page())).toBe(DARK_BG);
  });

  it('makes every text larger with one switch, kept across a reload, and back', async () => {
    const toggle = page().getByRole('switch', { name: /Larger text/ });
    expect(await toggle.isChecked()).toBe(false);
    expect(await rootFontSize(page())).toBe('16px');
    const h1Before = await page().evaluate(() => parseFloat(getComputedStyle(document.querySelector('h1')!).fontSize));
    await toggle.focus();
    await page().keyboard.press('Space');
    await expect.poll(() => rootFontSize(page())).toBe('19px');
    await reloaded(page());
    expect(await rootFontSize(page())).toBe('19px');
    expect(
      await page()
        .getByRole('switch', { name: /Larger text/ })
        .isChecked(),
    ).toBe(true);
    const h1After = await page().evaluate(() => parseFloat(getComputedStyle(document.querySelector('h1')!).fontSize));
    expect(h1After / h1Before).toBeCloseTo(19 / 16, 2);
    await page().setViewportSize(PHONE);
    // Nothing spills sideways on a phone with larger text.
    expect(await page().evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await page().screenshot({ path: join(SCREENSHOT_DIR, 'settings-own-larger-text-light-390.png'), fullPage: true });
    await page()
      .getByRole('switch', { name: /Larger text/ })
      .uncheck();
    await expect.poll(() => rootFontSize(page())).toBe('16px');
  });

  it('has no axe violations in the reminders, appearance and install sections, light and dark, forced or followed', async () => {
    await page().setViewportSize(PHONE);
    // A booked appointment and a daily reminder, so the reminders section shows everything it can.
    await inDataLayer(page(), async (layer) => {
      const next = new Date(Date.now() + 6 * 86_400_000);
      next.setHours(16, 0, 0, 0);
      await layer.saveSession({ provider: 'Anna at Body Works', durationMin: 60, nextAppointment: next.toISOString() });
      await layer.setSetting('reminderTime', '20:00');
    });
    await page().getByRole('button', { name: 'Add to calendar' }).waitFor();
    const findings: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      for (const how of ['followed', 'forced'] as const) {
        await page().emulateMedia({
          colorScheme: how === 'followed' ? scheme : scheme === 'light' ? 'dark' : 'light',
          reducedMotion: 'reduce',
        });
        await page()
          .getByRole('radio', { name: how === 'followed' ? /Match my phone/ : new RegExp(`^${scheme}`, 'i') })
          .check();
        await expect.poll(() => background(page())).toBe(scheme === 'light' ? LIGHT_BG : DARK_BG);
        await settle(page());
        const result = await new AxeBuilder({ page: page() })
          .include(OWN_SECTIONS)
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .analyze();
        findings.push(
          ...result.violations.map(
            (v) => `${scheme} ${how}: ${v.id} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
          ),
        );
      }
      for (const selector of OWN_SECTIONS) {
        const name = selector.match(/"(\w+)-title"/)![1];
        await page()
          .locator(selector)
          .screenshot({ path: join(SCREENSHOT_DIR, `settings-${name}-${scheme}-390.png`) });
      }
      await page().screenshot({ path: join(SCREENSHOT_DIR, `settings-own-${scheme}-390.png`), fullPage: true });
    }
    await page().setViewportSize(DESKTOP);
    for (const scheme of ['light', 'dark'] as const) {
      await page().emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await page().screenshot({ path: join(SCREENSHOT_DIR, `settings-own-${scheme}-1280.png`), fullPage: true });
    }
    await page().setViewportSize(PHONE);
    await page()
      .getByRole('radio', { name: /Match my phone/ })
      .check();
    expect(findings).toEqual([]);
  });
});

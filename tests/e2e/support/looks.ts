// What a person would see: axe findings (WCAG 2.2 A/AA) and 390×844 screenshots, in light and dark.
import { AxeBuilder } from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

/** Where screenshots go (git-ignored), for a person to look at. */
export const SCREENSHOT_DIR = join(import.meta.dirname, '..', 'screenshots');
mkdirSync(SCREENSHOT_DIR, { recursive: true });

/**
 * Waits until the page shows what it will keep showing: the emulated colour scheme has reached its styles, every
 * running transition or animation has finished, and two frames have been painted. Without this, axe can measure a
 * colour halfway through a change after a scheme switch.
 */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    // Bounded: an animation that never ends (a spinner) must not hold the test for ever.
    const finished = Promise.all(
      document.getAnimations().map((animation) => animation.finished.catch(() => undefined)),
    );
    await Promise.race([finished, new Promise((done) => setTimeout(done, 3000))]);
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  });
}

/** Switches the emulated colour scheme and waits until the page shows it. */
export async function setColorScheme(page: Page, colorScheme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme });
  await page.waitForFunction((scheme) => matchMedia(`(prefers-color-scheme: ${scheme})`).matches, colorScheme);
  await settle(page);
}

/** Runs axe with the WCAG 2.2 A and AA rules, once the page has settled, and returns readable findings (empty when clean). */
export async function axeViolations(page: Page): Promise<string[]> {
  await settle(page);
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return result.violations.map((v) =>
    `${v.id}: ${v.help} — ${v.nodes[0]?.failureSummary ?? ''} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`.slice(
      0,
      1500,
    ),
  );
}

/**
 * In light and then dark: checks axe and writes `<name>-<scheme>-390.png` (the full page unless told otherwise). Returns findings prefixed by
 * the scheme, so one `expect(...).toEqual([])` covers both. Closes any toast first. Leaves the page in light.
 */
export async function checkBothSchemes(page: Page, name: string, { fullPage = true } = {}): Promise<string[]> {
  const findings: string[] = [];
  // Passing messages float over the content (and axe would judge text under them): close them first.
  for (const close of await page.getByRole('button', { name: 'Dismiss message' }).all())
    await close.click().catch(() => undefined);
  for (const colorScheme of ['light', 'dark'] as const) {
    // Reduced motion turns the colour transitions off, so axe never measures a colour halfway through a change.
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    // The emulation reaches the page's styles a moment later: wait until the page itself sees it and has painted twice.
    await page.waitForFunction((scheme) => matchMedia(`(prefers-color-scheme: ${scheme})`).matches, colorScheme);
    findings.push(...(await axeViolations(page)).map((f) => `${colorScheme}: ${f}`));
    await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}-${colorScheme}-390.png`), fullPage });
  }
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: null });
  return findings;
}

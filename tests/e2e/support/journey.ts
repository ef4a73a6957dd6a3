// Steps a person takes between sessions, through the UI only, shared by the browser tests of the home programme,
// treatments and check-in factors: open Today, check in, log a session's aftercare into the plan, tick it, take
// something for the pain and answer "did it help?", and make a backup that is restored into a fresh profile.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { type App, launchApp, PHONE } from '../../support/chromium';
import type { StaticServer } from '../../support/static-server';
import { serve } from './app';
import { inDataLayer } from './data-layer';

/**
 * Day `day` after Monday 2 March 2026 at hh:mm in Europe/London (the launcher's zone). London is on GMT until the
 * clocks change on 29 March, so UTC hours are local hours, the person's day is the UTC date, and a tick at 20:00
 * cannot slip into another day. Three whole Monday-to-Sunday weeks fit before the change. (Days across DST are the
 * domain's unit tests.)
 */
export const march2026 = (day: number, hh: number, mm = 0) => new Date(Date.UTC(2026, 2, 2 + day, hh, mm));

/** The served build and the phone-sized app a journey runs in, and the fresh profile its backup was restored into. */
export interface Journey {
  server: StaticServer;
  app: App;
  fresh?: App;
}

/** Serves the build and opens the app before the file's tests; closes all of it, the fresh profile too, after them. */
export function journeyApp(): Journey {
  const journey = {} as Journey;
  beforeAll(async () => {
    journey.server = await serve();
    journey.app = await launchApp({ origin: journey.server.url, viewport: PHONE });
  });
  afterAll(async () => {
    await journey.fresh?.close();
    await journey.app?.close();
    await journey.server?.close();
  });
  return journey;
}

/** Opens Today and waits for its status line. */
export async function openToday(page: Page, url: string): Promise<void> {
  await page.goto(url + '/');
  await page.locator('.today-status').waitFor();
}

/** Picks `n` in the radio group named `group` (pain, stress, "did it help?"). */
export const radio = (page: Page, group: string, n: number) =>
  page.getByRole('radiogroup', { name: group }).getByRole('radio', { name: String(n), exact: true });

/**
 * Checks in from Today: the pain, then each of the check-in's own tags ticked or left as it is (`tags` maps a tag's
 * name to yes/no), and Save; waits until Today's status shows the pain.
 */
export async function checkIn(page: Page, pain: number, tags: Record<string, boolean> = {}): Promise<void> {
  await radio(page, 'How much does it hurt right now?', pain).check();
  for (const [name, yes] of Object.entries(tags)) {
    const box = page.getByRole('checkbox', { name, exact: true });
    if (yes) await box.check();
    else expect(await box.isChecked()).toBe(false);
  }
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect.poll(() => page.locator('.today-status').textContent()).toMatch(new RegExp(`\\b${pain}\\b`));
}

/** Logs a session today with the given aftercare ticked, and opens it. */
export async function logSessionWithAftercare(page: Page, url: string, aftercare: readonly string[]): Promise<void> {
  await page.goto(url + '/sessions/new');
  await page.getByRole('heading', { name: 'Log a session', level: 1 }).waitFor();
  const group = page.getByRole('group', { name: 'Aftercare your therapist suggested' });
  for (const name of aftercare) await group.getByLabel(name, { exact: true }).check();
  await page.getByRole('button', { name: 'Save session' }).click();
  await page.locator('.session-card').first().waitFor();
  await page.locator('.session-card').first().click();
  await page.getByRole('heading', { name: 'Aftercare suggested' }).waitFor();
}

/**
 * On an open session, adds its aftercare `name` to the plan through "Add to my plan" (the form is pre-filled from the
 * aftercare; `timesADay` changes how often), and waits to be back on the session with one more item "in your plan".
 */
export async function addAftercareToPlan(page: Page, name: string, timesADay?: number): Promise<void> {
  const before = await page.getByText('· in your plan').count();
  await page.getByRole('link', { name: new RegExp(`^Add to my plan.*${name}`) }).click();
  await page.getByRole('heading', { name: 'Add to your plan', level: 1 }).waitFor();
  expect(await page.getByLabel('What to do').inputValue()).toBe(name);
  if (timesADay !== undefined) await page.getByLabel('Times a day').fill(String(timesADay));
  await page.getByRole('button', { name: 'Add to my plan' }).click();
  await page.getByRole('heading', { name: 'Aftercare suggested' }).waitFor();
  await expect.poll(() => page.getByText('· in your plan').count()).toBe(before + 1);
}

/** Ticks plan item `name` on Today's plan card `ticks` times (planned `times` a day), waiting for each tick to show. */
export async function tickToday(page: Page, name: string, ticks: number, times: number): Promise<void> {
  const card = page.getByRole('region', { name: 'Your plan today' });
  await card.waitFor();
  for (let n = 1; n <= ticks; n++) {
    await card.getByRole('button', { name: `Tick ${name}` }).click();
    await expect.poll(() => card.textContent()).toContain(`${name}${n} of ${times} today`);
  }
}

/** Logs "I took or did something" now, through the quick entry; back on Today when saved. */
export async function logTreatment(page: Page, url: string, what: string): Promise<void> {
  await page.goto(url + '/treatments');
  await page.getByRole('heading', { name: 'Took or did something', level: 1 }).waitFor();
  await page.getByLabel('What did you take or do?').fill(what);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.locator('.today-status').waitFor();
}

/** Today's "did it help?" card about `what`. */
export const helpedCard = (page: Page, what: string) => page.getByRole('region', { name: `Did ${what} help?` });

/** Answers Today's "did it help?" about `what` on the 0–10 scale, and waits for the card to go. */
export async function answerHelped(page: Page, what: string, score: number): Promise<void> {
  const card = helpedCard(page, what);
  await card.waitFor();
  await card.getByRole('radio', { name: String(score), exact: true }).check();
  await card.getByRole('button', { name: 'Save answer' }).click();
  await expect.poll(() => card.count()).toBe(0);
}

/** Everything a backup holds, as the app's data layer reads it (a read, not a write). */
// biome-ignore lint/suspicious/noExplicitAny: the rows are compared whole, as stored
export type Everything = Record<string, any[]>;

/**
 * Makes a backup with Settings' "Back up now" (the download is saved in the profile folder), reads every row as it was
 * then, and restores the file into a fresh profile through Settings' "Choose a backup file" and "Restore". The caller
 * closes `fresh`.
 */
export async function backUpAndRestoreFresh(
  app: App,
  url: string,
): Promise<{ original: Everything; restored: Everything; fresh: App; file: { counts: Record<string, number> } }> {
  const { page } = app;
  await page.goto(url + '/settings');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /^Back up now/ }).click(),
  ]);
  const backupPath = join(app.profileDir, download.suggestedFilename());
  await download.saveAs(backupPath);
  const original = await inDataLayer(page, (layer) => layer.exportAll());

  const fresh = await launchApp({ origin: url, viewport: PHONE });
  await fresh.page.goto(url + '/settings');
  const [chooser] = await Promise.all([
    fresh.page.waitForEvent('filechooser'),
    fresh.page.getByRole('button', { name: 'Choose a backup file' }).click(),
  ]);
  await chooser.setFiles(backupPath);
  await fresh.page.getByRole('heading', { name: 'Ready to restore' }).waitFor();
  await fresh.page.getByRole('button', { name: 'Restore', exact: true }).click();
  await fresh.page.getByRole('heading', { name: 'Restored' }).waitFor();
  const restored = await inDataLayer(fresh.page, (layer) => layer.exportAll());
  return { original, restored, fresh, file: JSON.parse(readFileSync(backupPath, 'utf8')) };
}

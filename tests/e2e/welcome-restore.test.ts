// Someone with a new phone, or whose browser emptied the journal, opens a brand-new install: the welcome offers to
// restore their backup file instead of starting afresh. The journal comes back, they land on Today with it, and the
// welcome never shows again. The restore code loads only when asked for.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildBackupFile, serialiseBackup } from '../../src/domain/backup-format';
import { localDay } from '../../src/domain/days';
import { sixWeeks } from '../fixtures/journal';
import { launchApp, type App } from '../support/chromium';
import type { StaticServer } from '../support/static-server';
import { distDir, serve } from './support/app';
import { inDataLayer } from './support/data-layer';
import { checkBothSchemes, SCREENSHOT_DIR } from './support/looks';

/** A backup file as another device makes it: six weeks of entries with goals, and settings without 'onboarded'. */
async function backupFile(dir: string) {
  const journal = sixWeeks(localDay(), { notAfter: new Date().toISOString() });
  const at = new Date().toISOString();
  const data = {
    ...journal,
    questionnaires: [],
    settings: [
      { key: 'usualRegions', value: ['lower-back', 'neck'], updatedAt: at },
      { key: 'name', value: 'Ana', updatedAt: at },
    ],
  };
  const file = await buildBackupFile({ data, schemaVersion: 2, appVersion: '0.1.0', exportedAt: at });
  const path = join(dir, `pain-journal-backup-${localDay()}.json`);
  writeFileSync(path, serialiseBackup(file));
  return { path, checkins: journal.checkins.length, sessions: journal.sessions.length, goals: journal.goals.length };
}

/**
 * What the fetched scripts hold of the restore's code: its flow (a line of RestoreFlow's progress) and its file checks
 * (domain/backup-read). Read from the built files, each once, so it holds however the build groups its chunks.
 */
const RESTORE_FLOW = 'Checking the file is complete and unchanged';
const RESTORE_CHECKS = 'This file is far too large to be a Pain Journal';
const restoreCode = (scripts: readonly string[]) => {
  const texts = scripts.map((path) => readFileSync(join(distDir(), path), 'utf8'));
  return {
    flow: texts.some((text) => text.includes(RESTORE_FLOW)),
    checks: texts.some((text) => text.includes(RESTORE_CHECKS)),
  };
};

const welcomeCard = (page: Page) => page.locator('.welcome-card');
const stepTitle = (page: Page) => page.locator('#welcome-step-title').textContent();
const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

describe('restoring a backup from the welcome', () => {
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

  /** A brand-new install at '/', on the welcome's first step; returns the page and the scripts it has requested. */
  async function fresh() {
    app = await launchApp({ origin: server.url, firstRun: true });
    const page = app.page;
    const scripts: string[] = [];
    page.on(
      'request',
      (request) => request.resourceType() === 'script' && scripts.push(new URL(request.url()).pathname),
    );
    await page.goto(server.url + '/');
    await expect.poll(() => new URL(page.url()).pathname).toBe('/welcome');
    await expect.poll(() => stepTitle(page)).toMatch(/Step 1 of 3/);
    return { page, scripts, profileDir: app.profileDir };
  }

  it('offers the restore on step 1, restores the file, lands on Today with it, and never shows the welcome again', async () => {
    const { page, scripts, profileDir } = await fresh();
    const file = await backupFile(profileDir);

    const offer = welcomeCard(page).getByRole('button', { name: 'Restore from a backup file' });
    await offer.waitFor();
    expect(await welcomeCard(page).getByText('Used Pain Journal before, and have a backup file?').isVisible()).toBe(
      true,
    );
    expect(await checkBothSchemes(page, 'welcome-restore-offer')).toEqual([]);
    // Until it is asked for, no restore code is fetched.
    expect(restoreCode(scripts)).toEqual({ flow: false, checks: false });

    await offer.click();
    await expect.poll(() => stepTitle(page)).toBe('Restore your journal');
    await expect.poll(() => focusedText(page)).toBe('Restore your journal');
    // A focused step of its own: no step count, no Skip.
    expect(await page.locator('.welcome-step-count').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: /^Skip/ }).count()).toBe(0);
    const choose = welcomeCard(page).getByRole('button', { name: 'Choose the backup file' });
    await choose.waitFor();
    expect(restoreCode(scripts).flow).toBe(true);
    expect(await checkBothSchemes(page, 'welcome-restore-choose')).toEqual([]);

    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), choose.click()]);
    await chooser.setFiles(file.path);
    await welcomeCard(page).getByRole('heading', { name: 'Ready to restore' }).waitFor();
    expect(await welcomeCard(page).getByText('Nothing is on this device yet, so all of it goes in.').count()).toBe(1);
    expect(await checkBothSchemes(page, 'welcome-restore-preview')).toEqual([]);
    await welcomeCard(page).getByRole('button', { name: 'Restore', exact: true }).click();

    // Today, with the journal back: the goals from the file, and the message saying what came back.
    await expect.poll(() => new URL(page.url()).pathname).toBe('/');
    await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    await page.getByRole('heading', { name: 'Your goals' }).waitFor();
    expect(await page.locator('.today-goals .goal-card').count()).toBe(file.goals);
    await expect
      .poll(() => page.locator('.toast').allTextContents())
      .toContainEqual(
        expect.stringMatching(new RegExp(`Restored\\. Your journal now holds ${file.checkins} check-ins`)),
      );
    expect(await page.locator('nav[aria-label="Main"]').count()).toBe(1);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'welcome-restore-today-light-390.png') });
    const stored = await inDataLayer(page, async (layer) => ({
      counts: await layer.countAll(),
      onboarded: await layer.getSetting('onboarded', null),
      regions: await layer.getSetting('usualRegions', null),
    }));
    expect(stored.counts).toMatchObject({
      checkins: file.checkins,
      sessions: file.sessions,
      goals: file.goals,
      drafts: 0,
    });
    expect(stored.onboarded).toBe(true);
    expect(stored.regions).toEqual(['lower-back', 'neck']);

    // Opened again (a reload, and a new start at '/'): Today, not the welcome.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    await page.getByRole('heading', { name: 'Your goals' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    await page.goto('about:blank');
    await page.goto(server.url + '/');
    await page.getByRole('heading', { name: 'Your goals' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
  });

  it('comes back to step 1 with Back, and a file it cannot use changes nothing', async () => {
    const { page, profileDir } = await fresh();
    await welcomeCard(page).getByRole('button', { name: 'Restore from a backup file' }).click();
    await expect.poll(() => stepTitle(page)).toBe('Restore your journal');

    const broken = join(profileDir, 'pain-journal-backup-broken.json');
    writeFileSync(broken, '{"format":"pain-journal-backup","formatVersion":1,"data":');
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      welcomeCard(page).getByRole('button', { name: 'Choose the backup file' }).click(),
    ]);
    await chooser.setFiles(broken);
    await welcomeCard(page).getByRole('heading', { name: 'This file can’t be restored' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/welcome');

    await welcomeCard(page).getByRole('button', { name: 'Back', exact: true }).click();
    await expect.poll(() => stepTitle(page)).toMatch(/Step 1 of 3: Your journal stays on this phone/);
    await expect.poll(() => focusedText(page)).toMatch(/Your journal stays on this phone/);
    expect(await page.locator('.welcome-step-count').isVisible()).toBe(true);
    await page.getByRole('button', { name: /^Skip/ }).waitFor();
    // Nothing was restored or marked: a reload at '/' still opens the welcome.
    expect(
      await inDataLayer(page, async (layer) => ({
        onboarded: await layer.getSetting('onboarded', null),
        checkins: (await layer.countAll()).checkins,
      })),
    ).toEqual({ onboarded: null, checkins: 0 });
    await page.goto(server.url + '/');
    await expect.poll(() => new URL(page.url()).pathname).toBe('/welcome');
  });
});

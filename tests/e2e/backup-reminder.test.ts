// Today's backup reminder: due after 30 days or 50 entries without a backup, "Back up now" leads to Settings,
// "Not now" hides it for a week, and a backup makes it go away.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDay } from '../../src/domain/days';
import { sixWeeks } from '../fixtures/journal';
import type { App } from '../support/chromium';
import type { StaticServer } from '../support/static-server';
import { openApp } from './support/app';
import { inDataLayer } from './support/data-layer';
import { checkBothSchemes } from './support/looks';
import { seedJournal } from './support/seed';

describe('the backup reminder on Today', () => {
  let app: App;
  let server: StaticServer;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ app, server, close } = await openApp());
    await app.page.goto(server.url + '/');
  });
  afterAll(async () => close?.());

  it('shows after six weeks without a backup, leads to Settings, and goes once a backup is made', async () => {
    const { page } = app;
    await seedJournal(page, sixWeeks(localDay(), { notAfter: new Date().toISOString() }));
    await page.reload();
    const reminder = page.getByRole('region', { name: 'Time for a backup' });
    await reminder.waitFor();
    expect(await reminder.textContent()).toMatch(/You have not made a backup yet, and your journal has \d+ entries/);
    expect(await checkBothSchemes(page, 'data-backup-reminder')).toEqual([]);

    await reminder.getByRole('link', { name: 'Back up now' }).click();
    await page.getByRole('heading', { level: 1, name: 'Settings and data' }).waitFor();
    await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Back up now' }).click()]);
    await page.getByRole('link', { name: 'Today' }).click();
    await page.getByRole('radiogroup', { name: 'How much does it hurt right now?' }).waitFor();
    expect(await reminder.count()).toBe(0);
  });

  it('"Not now" hides it for a week', async () => {
    const { page } = app;
    // The last backup, 40 days ago: most of the six weeks is not in it.
    await inDataLayer(page, (layer) => layer.noteBackupMade(new Date(Date.now() - 40 * 86_400_000)));
    const reminder = page.getByRole('region', { name: 'Time for a backup' });
    await expect.poll(() => reminder.textContent()).toMatch(/^Time for a backup\d+ entries since your last backup/);
    await reminder.getByRole('button', { name: 'Not now' }).click();
    await expect.poll(() => reminder.count()).toBe(0);
    await page.reload();
    await page.getByRole('radiogroup', { name: 'How much does it hurt right now?' }).waitFor();
    expect(await reminder.count()).toBe(0);
    const until = await inDataLayer(page, (layer) => layer.getSetting('backupReminderSnoozedUntil', null));
    expect(Date.parse(until) - Date.now()).toBeGreaterThan(6.9 * 86_400_000);
  });
});

// The browser clears the journal (CDP Storage.clearDataForOrigin, IndexedDB only — what an eviction leaves): Today then
// says so plainly and offers the restore right there, and the backup brings everything back.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDay } from '../../src/domain/days';
import { sixWeeks } from '../fixtures/journal';
import type { App } from '../support/chromium';
import type { StaticServer } from '../support/static-server';
import { openApp } from './support/app';
import { inDataLayer } from './support/data-layer';
import { checkBothSchemes } from './support/looks';
import { seedJournal } from './support/seed';

describe('an emptied journal', () => {
  let app: App;
  let server: StaticServer;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ app, server, close } = await openApp());
    await app.page.goto(server.url + '/');
  });
  afterAll(async () => close?.());

  it('is explained on Today with a restore right there, which brings everything back', async () => {
    const { page } = app;
    await seedJournal(page, sixWeeks(localDay(), { notAfter: new Date().toISOString() }));
    // The first entry saved through the app marks that this browser held a journal.
    await inDataLayer(page, (layer) => layer.saveCheckin({ pain: 3, note: 'the last one before it vanished' }));
    const before = await inDataLayer(page, (layer) => layer.exportAll());

    await page.goto(server.url + '/settings');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Back up now' }).click(),
    ]);
    const file = join(app.profileDir, download.suggestedFilename());
    await download.saveAs(file);
    expect(JSON.parse(readFileSync(file, 'utf8')).counts.checkins).toBe(before.checkins.length);

    const cdp = await app.cdp(page);
    await cdp.send('Storage.clearDataForOrigin', { origin: server.url, storageTypes: 'indexeddb' });
    await page.goto(server.url + '/');
    const heading = page.getByRole('heading', { name: 'Your journal on this device is empty' });
    await heading.waitFor();
    // A returning person, not a new one: no welcome, and no backup nagging on top of it.
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await page.getByRole('heading', { name: 'Time for a backup' }).count()).toBe(0);
    const notice = page.locator('.today-emptied');
    await notice.getByRole('button', { name: 'Restore from a backup file' }).waitFor();
    expect(await checkBothSchemes(page, 'data-emptied-offer')).toEqual([]);

    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      notice.getByRole('button', { name: 'Restore from a backup file' }).click(),
    ]);
    await chooser.setFiles(file);
    await notice.getByRole('heading', { name: 'Ready to restore' }).waitFor();
    expect(await checkBothSchemes(page, 'data-emptied-preview')).toEqual([]);
    await notice.getByRole('button', { name: 'Restore', exact: true }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Restored' }).count()).toBeGreaterThan(0);
    expect(await inDataLayer(page, (layer) => layer.exportAll())).toEqual(before);
    // With the journal back, the notice is gone and Today shows the entries.
    await expect.poll(() => heading.count()).toBe(0);
    await expect.poll(() => page.locator('.today-status').textContent()).toMatch(/pain 3/);
    expect(app.errors).toEqual([]);
  });

  it('can be started afresh instead, and then is not offered again', async () => {
    const { page } = app;
    const cdp = await app.cdp(page);
    await cdp.send('Storage.clearDataForOrigin', { origin: server.url, storageTypes: 'indexeddb' });
    await page.goto(server.url + '/');
    await page.getByRole('button', { name: 'Start a new journal instead' }).click();
    await expect
      .poll(() => page.getByRole('heading', { name: 'Your journal on this device is empty' }).count())
      .toBe(0);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    await page.getByRole('radiogroup', { name: 'How much does it hurt right now?' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Your journal on this device is empty' }).count()).toBe(0);
  });
});

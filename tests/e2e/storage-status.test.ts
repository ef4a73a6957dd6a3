// Settings tells whether the browser keeps the journal safe from clean-up, and how much space it uses; it can ask
// again. A backup file dropped on the restore area is read like a picked one.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../src/db/schema';
import { buildBackupFile, serialiseBackup } from '../../src/domain/backup-format';
import { checkinRow } from '../fixtures/rows';
import { launchApp, waitForServiceWorker, type App } from '../support/chromium';
import { serve } from './support/app';
import type { StaticServer } from '../support/static-server';

describe('storage on this device', () => {
  const opened: { app: App; server: StaticServer }[] = [];
  afterAll(async () => {
    for (const { app, server } of opened) {
      await app.close();
      await server.close();
    }
  });
  const open = async (grantPersistence: boolean) => {
    const server = await serve();
    const app = await launchApp({ origin: server.url, grantPersistence });
    opened.push({ app, server });
    return { app, server, page: app.page };
  };
  const fact = (page: App['page'], term: string) =>
    page
      .locator('.storage-facts div')
      .filter({ has: page.getByText(term, { exact: true }) })
      .locator('dd');

  it('where the browser grants it: the first entry asks, and Settings says the journal is protected', async () => {
    const { page, server } = await open(true);
    await page.goto(server.url + '/');
    await page
      .getByRole('radiogroup', { name: 'How much does it hurt right now?' })
      .getByRole('radio', { name: '3', exact: true })
      .click();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => page.evaluate(() => navigator.storage.persisted())).toBe(true);
    await page.goto(server.url + '/settings');
    await expect.poll(() => fact(page, 'Protected from clean-up').textContent()).toBe('Yes ✓');
    await expect.poll(() => fact(page, 'Space used').textContent()).toMatch(/\d+(\.\d)?\s?(kB|KB|MB)/);
    await expect.poll(() => fact(page, 'Your journal').textContent()).toBe('1 check-in');
    expect(await page.getByRole('button', { name: 'Ask the browser again' }).count()).toBe(0);
  });

  it('where it does not: Settings says "Not yet", explains, and can ask again', async () => {
    const { page, server } = await open(false);
    await page.goto(server.url + '/settings');
    await expect.poll(() => fact(page, 'Protected from clean-up').textContent()).toBe('Not yet');
    await expect.poll(() => fact(page, 'Your journal').textContent()).toBe('No entries yet');
    await page.getByRole('button', { name: 'Ask the browser again' }).click();
    await expect.poll(() => page.locator('.storage-asked').textContent()).toMatch(/The browser said not yet/);
    // The iPhone advice is there for anyone to open.
    await page.getByText('On iPhone and iPad').click();
    expect(await page.locator('.storage-ios').textContent()).toMatch(/7 days.*Home Screen/);
  });

  it('backs up, and reads and checks a backup, with the network gone (the worker comes from the service worker’s cache)', async () => {
    const { app, page, server } = await open(false);
    await page.goto(server.url + '/');
    await waitForServiceWorker(page);
    await page
      .getByRole('radiogroup', { name: 'How much does it hurt right now?' })
      .getByRole('radio', { name: '2', exact: true })
      .click();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    // Leaving the page before the save has landed would back up an empty journal (a race lost under load).
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/Saved — pain 2/);
    await server.stop();
    try {
      await page.goto(server.url + '/settings');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Back up now' }).click(),
      ]);
      const path = join(app.profileDir, 'offline.json');
      await download.saveAs(path);
      const [chooser] = await Promise.all([
        page.waitForEvent('filechooser'),
        page.getByRole('button', { name: 'Choose a backup file' }).click(),
      ]);
      await chooser.setFiles(path);
      await page.getByRole('heading', { name: 'Ready to restore' }).waitFor();
      expect(await page.locator('#restore-merge-words').textContent()).toBe(
        'Everything in this file is already here, so merging changes nothing.',
      );
      expect(
        await page.evaluate(() => performance.getEntriesByType('resource').some((e) => /backup\.worker-/.test(e.name))),
      ).toBe(true);
    } finally {
      await server.start();
    }
  });

  it('a backup file dropped on the restore area (on a laptop) is read and restored like a picked one', async () => {
    const { page, server } = await open(false);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(server.url + '/settings');
    const data = {
      // No mobility scores or measure values: the file holds no activities or measures for them to name.
      checkins: [{ ...checkinRow(), mobility: {}, measures: {} }],
      sessions: [],
      activities: [],
      measures: [],
      goals: [],
      questionnaires: [],
      settings: [],
      planItems: [],
      planTicks: [],
      treatments: [],
    };
    const text = serialiseBackup(
      await buildBackupFile({
        data,
        schemaVersion: SCHEMA_VERSION,
        appVersion: '0.1.0',
        exportedAt: new Date().toISOString(),
      }),
    );
    const zone = page.locator('.file-picker');
    await expect.poll(() => zone.getByText('or drop the file here').isVisible()).toBe(true);
    const transfer = await page.evaluateHandle((content) => {
      const dt = new DataTransfer();
      dt.items.add(new File([content], 'pain-journal-backup-2026-03-02.json', { type: 'application/json' }));
      return dt;
    }, text);
    await zone.dispatchEvent('dragover', { dataTransfer: transfer });
    await zone.dispatchEvent('drop', { dataTransfer: transfer });
    await page.getByRole('heading', { name: 'Ready to restore' }).waitFor();
    await page.getByRole('button', { name: 'Restore', exact: true }).click();
    await page.getByRole('heading', { name: 'Restored' }).waitFor();
    await expect.poll(() => fact(page, 'Your journal').textContent()).toBe('1 check-in');
  });
});

// Several tabs and new versions, for real: two tabs see each other's check-ins within a second; a second build served
// as an update keeps what is typed in two tabs through Reload; a newer schema opened elsewhere makes this tab save its
// draft and reload without writing a row; a lazy chunk gone after a deploy reloads into the new version cleanly.
import { rmSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../support/build';
import { launchApp, waitForServiceWorker } from '../support/chromium';
import type { StaticServer } from '../support/static-server';
import { serve } from './support/app';
import { inDataLayer } from './support/data-layer';

const PAIN_QUESTION = 'How much does it hurt right now?';

async function logPain(page: Page, pain: number): Promise<void> {
  await page
    .getByRole('radiogroup', { name: PAIN_QUESTION })
    .getByRole('radio', { name: String(pain), exact: true })
    .click();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
}

async function typeNote(page: Page, note: string): Promise<void> {
  await page.getByRole('radiogroup', { name: PAIN_QUESTION }).getByRole('radio', { name: '6', exact: true }).click();
  await page.getByRole('button', { name: /more details/i }).click();
  await page.getByLabel('Note').pressSequentially(note, { delay: 10 });
}

/** Marks the current document, so a reload (a new document) can be told apart. */
const markDocument = (page: Page) =>
  page.evaluate(() => ((window as unknown as { __before: boolean }).__before = true));
const reloaded = (page: Page) =>
  page.waitForFunction(() => !(window as unknown as { __before?: boolean }).__before, undefined, { timeout: 30_000 });

describe('tabs and updates', () => {
  let update: string;
  let server: StaticServer;
  beforeAll(async () => {
    // The same app as version 9.9.9: a second deploy.
    update = buildApp({ version: '9.9.9' });
  });
  afterAll(async () => {
    await server?.close();
    if (update) rmSync(update, { recursive: true, force: true });
  });

  it('two tabs see each other’s check-ins within a second', async () => {
    server = await serve();
    const app = await launchApp({ origin: server.url });
    try {
      const one = app.page;
      await one.goto(server.url + '/');
      const two = await app.newPage();
      await two.goto(server.url + '/');
      await two.getByRole('radiogroup', { name: PAIN_QUESTION }).waitFor();
      await one.getByRole('radiogroup', { name: PAIN_QUESTION }).waitFor();

      await logPain(one, 5);
      await expect.poll(() => one.locator('.today-status').textContent()).toMatch(/pain 5/);
      await expect
        .poll(() => two.locator('.today-status').textContent(), { timeout: 1000, interval: 50 })
        .toMatch(/pain 5/);

      await logPain(two, 7);
      await expect.poll(() => two.locator('.today-status').textContent()).toMatch(/pain 7/);
      await expect
        .poll(() => one.locator('.today-status').textContent(), { timeout: 1000, interval: 50 })
        .toMatch(/pain 7/);
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
      await server.close();
    }
  });

  it('an update served while two tabs hold typed drafts keeps both through Reload', async () => {
    server = await serve();
    const app = await launchApp({ origin: server.url });
    try {
      const one = app.page;
      await one.goto(server.url + '/');
      await waitForServiceWorker(one);
      const two = await app.newPage();
      await two.goto(server.url + '/sessions/new');
      await waitForServiceWorker(two);

      await typeNote(one, 'Typed in the first tab before the update');
      await two.getByLabel('Therapist or clinic (optional)').pressSequentially('Sam at Northside', { delay: 10 });
      await markDocument(one);
      await markDocument(two);

      server.setRoot(update);
      await one.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
      const prompt = (page: Page) => page.getByRole('status').getByRole('button', { name: 'Reload' });
      await prompt(one).waitFor({ timeout: 30_000 });
      await prompt(two).waitFor({ timeout: 30_000 });
      await prompt(one).click();

      // Both tabs reload into the new version, each with what it was typing.
      await Promise.all([reloaded(one), reloaded(two)]);
      await expect
        .poll(() =>
          one
            .getByLabel('Note')
            .inputValue()
            .catch(() => ''),
        )
        .toBe('Typed in the first tab before the update');
      await expect
        .poll(() =>
          two
            .getByLabel('Therapist or clinic (optional)')
            .inputValue()
            .catch(() => ''),
        )
        .toBe('Sam at Northside');
      await one.getByRole('link', { name: 'More' }).click();
      await one.getByRole('link', { name: /Settings and data/ }).click();
      await expect.poll(() => one.locator('.storage-version').textContent()).toBe('Pain Journal 9.9.9');
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
      await server.close();
    }
  });

  it('a newer schema opened elsewhere: this tab saves its draft and reloads, and writes no row in between', async () => {
    server = await serve();
    const app = await launchApp({ origin: server.url });
    try {
      const one = app.page;
      await one.goto(server.url + '/');
      await typeNote(one, 'Typed while another tab upgraded the database');
      const countBefore = await inDataLayer(one, (layer) => layer.countCheckins());
      // Any write this tab tries once the other tab asks to upgrade is recorded where a reload keeps it.
      // (Dexie runs versionchange listeners newest first, so the write is tried just after the app's own handler.)
      await inDataLayer(one, (layer) => {
        layer.db.on('versionchange', () => {
          setTimeout(() =>
            layer.saveCheckin({ pain: 1 }).then(
              () => sessionStorage.setItem('pj-test-write', 'written'),
              (error: Error) => sessionStorage.setItem('pj-test-write', error.name),
            ),
          );
        });
      });
      await markDocument(one);

      const two = await app.newPage();
      await two.goto(server.url + '/robots.txt');
      const opened = await two.evaluate(async () => {
        const current = (await indexedDB.databases()).find((d) => d.name === 'pain-journal')!.version!;
        return new Promise<number>((resolve, reject) => {
          const request = indexedDB.open('pain-journal', current + 1);
          request.onsuccess = () => {
            const version = request.result.version;
            request.result.close();
            resolve(version - current);
          };
          request.onerror = () => reject(request.error);
        });
      });
      expect(opened).toBe(1); // one version past the app's own, whatever that is

      await reloaded(one);
      expect(await one.evaluate(() => sessionStorage.getItem('pj-test-write'))).toBe('ReloadNeededError');
      await expect
        .poll(() =>
          one
            .getByLabel('Note')
            .inputValue()
            .catch(() => ''),
        )
        .toBe('Typed while another tab upgraded the database');
      expect(await inDataLayer(one, (layer) => layer.countCheckins())).toBe(countBefore);
      // After the reload the tab works normally (21 is the same schema, not a newer app): the check-in saves.
      await one.getByRole('button', { name: 'Save', exact: true }).click();
      await expect.poll(() => inDataLayer(one, (layer) => layer.countCheckins())).toBe(countBefore + 1);
    } finally {
      await app.close();
      await server.close();
    }
  });

  it('a lazy screen whose file is gone after a deploy reloads into the new version, keeping the draft', async () => {
    server = await serve();
    const app = await launchApp({ origin: server.url });
    try {
      const page = app.page;
      await page.goto(server.url + '/');
      await waitForServiceWorker(page);
      // Without a service worker, as on a first visit that has not finished installing, or a browser without one.
      await page.evaluate(async () => {
        for (const registration of await navigator.serviceWorker.getRegistrations()) await registration.unregister();
        for (const key of await caches.keys()) await caches.delete(key);
      });
      // Keep it that way: after the reload the app would register the worker again and precache the old files,
      // and then the chunk would never be missing (a race the test lost on a busy machine).
      await app.context.route('**/sw.js', (route) => route.abort());
      await page.reload();
      expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
      // And nothing of the old version in the HTTP cache either: the old files are simply gone, as after a deploy.
      await (await app.cdp(page)).send('Network.clearBrowserCache');
      await typeNote(page, 'Typed before the deploy');
      await markDocument(page);

      server.setRoot(update);
      await page.getByRole('link', { name: 'More' }).click();
      await page.getByRole('link', { name: /Settings and data/ }).click();
      await reloaded(page);
      await expect.poll(() => page.locator('.storage-version').textContent()).toBe('Pain Journal 9.9.9');
      expect(await page.getByRole('heading', { name: 'Could not open this screen' }).count()).toBe(0);
      await page.getByRole('link', { name: 'Today' }).click();
      await expect
        .poll(() =>
          page
            .getByLabel('Note')
            .inputValue()
            .catch(() => ''),
        )
        .toBe('Typed before the deploy');
    } finally {
      await app.close();
      await server.close();
    }
  });
});

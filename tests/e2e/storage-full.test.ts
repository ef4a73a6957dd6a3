// A full disk, for real: CDP's Storage.overrideQuotaForOrigin shrinks this origin's quota to what it already uses.
// Saving a check-in then fails with the message that says what to do, the typed input stays in the form, no row is
// written; once the override is lifted, the same Save works. (Set from a blank same-origin page before the app opens
// the database, with the DevTools session kept attached: tests/README.md.)
import type { CDPSession } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, type App } from '../support/chromium';
import type { StaticServer } from '../support/static-server';
import { openApp } from './support/app';
import { inDataLayer } from './support/data-layer';
import { checkBothSchemes } from './support/looks';

const NOTE = 'Knee flared after the stairs — typed while the disk was full';

describe('a full disk', () => {
  let app: App;
  let server: StaticServer;
  let close: () => Promise<void>;
  let cdp: CDPSession;

  beforeAll(async () => {
    let first: App;
    ({ app: first, server, close } = await openApp());
    await first.page.goto(server.url + '/');
    await inDataLayer(first.page, (layer) => layer.saveCheckin({ pain: 4, note: 'before the disk filled' }));
    // A new browser on the same profile, so no database connection is open anywhere when the quota changes
    // (Chromium keeps a database open for a moment after its last tab closes, and an open one ignores the override).
    await first.close({ keepProfile: true });
    app = await launchApp({ origin: server.url, profileDir: first.profileDir });
  });
  afterAll(async () => {
    await app?.close();
    await close?.();
  });

  it('makes saving fail with a clear message, keeps what was typed and writes nothing; saving works once there is space', async () => {
    const { page } = app;
    // A blank page of the same origin, before the app opens the database; the DevTools session stays attached.
    await page.goto(server.url + '/robots.txt');
    cdp = await app.cdp(page);
    // 1 KB: less than the journal already uses, so any write at all needs more space than there is. (Not "what
    // estimate() reports": right after a start it can still say 0, and a quota of 0 changes nothing.)
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: server.url, quotaSize: 1024 });

    await page.goto(server.url + '/');
    const scale = page.getByRole('radiogroup', { name: 'How much does it hurt right now?' });
    await scale.getByRole('radio', { name: '6', exact: true }).click();
    await page.getByRole('button', { name: /more details/i }).click();
    await page.getByLabel('Note').fill(NOTE);
    await page.getByRole('button', { name: 'Save', exact: true }).click();

    const message = page.locator('.checkin-form-error');
    await expect
      .poll(() => message.textContent(), { timeout: 15_000 })
      .toMatch(/out of storage space.*not saved.*still here.*Free some space/);
    expect(await page.getByLabel('Note').inputValue()).toBe(NOTE);
    expect(await scale.locator('input:checked').inputValue()).toBe('6');
    const counted = await inDataLayer(page, (layer) => layer.countCheckins());
    expect(counted).toBe(1);
    // The phone's view where the person is: the message, and Save right there to try again.
    await message.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    expect(await checkBothSchemes(page, 'data-disk-full', { fullPage: false })).toEqual([]);

    // Space again: the same Save, with nothing retyped.
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: server.url });
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Saved' }).textContent(), { timeout: 15_000 })
      .toMatch(/Saved — pain 6/);
    const notes = await inDataLayer(page, async (layer) =>
      (await layer.checkinsBetween('0000-01-01', '9999-12-31')).map((r: { note: string }) => r.note),
    );
    expect(notes).toEqual(['before the disk filled', NOTE]);
    expect(app.cspViolations).toEqual([]);
  });
});

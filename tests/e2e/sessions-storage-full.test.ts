// A full disk while recording a session: Save fails with the message that says what to do, everything typed stays
// on screen and nothing is written; once there is space, the same Save works. The quota is shrunk with CDP's
// Storage.overrideQuotaForOrigin from a blank same-origin page before the app opens the database (tests/README.md).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, type App } from '../support/chromium';
import type { StaticServer } from '../support/static-server';
import { openApp } from './support/app';
import { inDataLayer } from './support/data-layer';

describe('logging a session on a full disk', () => {
  let app: App;
  let server: StaticServer;
  let close: () => Promise<void>;

  beforeAll(async () => {
    let first: App;
    ({ app: first, server, close } = await openApp());
    await first.page.goto(server.url + '/');
    await inDataLayer(first.page, (layer) => layer.saveCheckin({ pain: 5, note: 'before the disk filled' }));
    // A fresh browser on the same profile, so no connection to the database is open when the quota changes.
    await first.close({ keepProfile: true });
    app = await launchApp({ origin: server.url, profileDir: first.profileDir });
  });
  afterAll(async () => {
    await app?.close();
    await close?.();
  });

  it('says the phone is out of space, keeps every field, writes nothing, and saves once there is room', async () => {
    const { page } = app;
    await page.goto(server.url + '/robots.txt');
    const cdp = await app.cdp(page);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: server.url, quotaSize: 1024 });

    await page.goto(server.url + '/sessions/new');
    await page.getByLabel('Therapist or clinic (optional)').fill('Sam at Northside');
    await page.getByRole('group', { name: 'Techniques' }).getByLabel('Sports massage').check();
    await page
      .getByRole('radiogroup', { name: 'Pain after the session' })
      .getByRole('radio', { name: '2', exact: true })
      .check();
    await page.getByLabel('Note (optional)').fill('Typed while the disk was full');
    await page.getByRole('button', { name: 'Save session' }).click();

    const message = page.locator('.session-form .notice-danger');
    await expect
      .poll(() => message.textContent(), { timeout: 15_000 })
      .toMatch(/out of storage space.*not saved.*still here/);
    expect(page.url()).toMatch(/\/sessions\/new$/);
    expect(await page.getByLabel('Therapist or clinic (optional)').inputValue()).toBe('Sam at Northside');
    expect(await page.getByRole('group', { name: 'Techniques' }).getByLabel('Sports massage').isChecked()).toBe(true);
    expect(await page.getByLabel('Note (optional)').inputValue()).toBe('Typed while the disk was full');
    expect(await inDataLayer(page, (layer) => layer.listSessions())).toEqual([]);

    await cdp.send('Storage.overrideQuotaForOrigin', { origin: server.url });
    await page.getByRole('button', { name: 'Save session' }).click();
    await page.waitForURL(/\/sessions$/, { timeout: 15_000 });
    const [saved] = await inDataLayer(page, (layer) => layer.listSessions());
    expect(saved).toMatchObject({
      provider: 'Sam at Northside',
      techniques: ['sports'],
      painAfter: 2,
      painBefore: 5,
      note: 'Typed while the disk was full',
    });
    expect(app.cspViolations).toEqual([]);
  });
});

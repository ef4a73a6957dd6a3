// Install help as each kind of browser shows it: the browser's own Install button where it offers one, Share → Add to
// Home Screen on iPhone, the browser menu elsewhere, and only a quiet "Installed ✓" inside the installed app.
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, type App } from '../support/chromium';
import type { StaticServer } from '../support/static-server';
import { serve } from './support/app';

const IPHONE_UA =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1';

const installCard = (page: Page) =>
  page.locator('section', { has: page.getByRole('heading', { name: 'Install the app' }) });

describe('install help', () => {
  let server: StaticServer;
  let app: App | undefined;
  beforeAll(async () => {
    server = await serve();
  });
  afterEach(async () => {
    if (app) expect(app.errors).toEqual([]);
    await app?.close();
    app = undefined;
  });
  afterAll(async () => server?.close());

  /** Opens `path`; `noPrompt` plays a browser that never offers its own install prompt (Firefox, desktop Safari). */
  const open = async (path: string, options: { firstRun?: boolean; noPrompt?: boolean } = {}) => {
    app = await launchApp({ origin: server.url, firstRun: options.firstRun });
    if (options.noPrompt) {
      await app.context.addInitScript(() =>
        addEventListener('beforeinstallprompt', (event) => event.isTrusted && event.stopImmediatePropagation(), {
          capture: true,
        }),
      );
    }
    await app.page.goto(server.url + path);
    await app.page.locator('h1').waitFor();
    return app.page;
  };

  it('points to the browser menu when the browser offers no install prompt of its own', async () => {
    const page = await open('/settings', { noPrompt: true });
    const card = installCard(page);
    await expect.poll(() => card.textContent()).toMatch(/choose Install app or Add to Home screen/);
    expect(await card.textContent()).toMatch(/works with no internet/);
    expect(await card.getByRole('button', { name: 'Install Pain Journal' }).count()).toBe(0);
    expect(await card.textContent()).not.toMatch(/Installed ✓/);
  });

  it('offers the browser’s own Install dialog once the browser allows it, then says it is installed', async () => {
    // The prompt is played by the test (Chromium's own arrives only sometimes headless, and its dialog cannot be answered).
    const page = await open('/settings', { noPrompt: true });
    await page.evaluate(() => {
      const event = new Event('beforeinstallprompt', { cancelable: true }) as Event & Record<string, unknown>;
      event.prompt = async () => {
        (window as unknown as { __prompted: boolean }).__prompted = true;
      };
      event.userChoice = Promise.resolve({ outcome: 'accepted', platform: 'web' });
      dispatchEvent(event);
    });
    const card = installCard(page);
    await card.getByRole('button', { name: 'Install Pain Journal' }).click();
    expect(await page.evaluate(() => (window as unknown as { __prompted?: boolean }).__prompted)).toBe(true);
    await expect.poll(() => card.textContent()).toMatch(/Installed ✓/);
    expect(await card.getByRole('button').count()).toBe(0);
  });

  it('after a dismissed prompt, falls back to the menu instructions', async () => {
    const page = await open('/settings', { noPrompt: true });
    await page.evaluate(() => {
      const event = new Event('beforeinstallprompt', { cancelable: true }) as Event & Record<string, unknown>;
      event.prompt = async () => undefined;
      event.userChoice = Promise.resolve({ outcome: 'dismissed', platform: 'web' });
      dispatchEvent(event);
    });
    const card = installCard(page);
    await card.getByRole('button', { name: 'Install Pain Journal' }).click();
    await expect.poll(() => card.textContent()).toMatch(/choose Install app or Add to Home screen/);
    expect(await card.textContent()).not.toMatch(/Installed ✓/);
  });

  it('on an iPhone explains Share → Add to Home Screen, and why it keeps the journal safer', async () => {
    app = await launchApp({ origin: server.url });
    const cdp = await app.cdp();
    await cdp.send('Emulation.setUserAgentOverride', { userAgent: IPHONE_UA, platform: 'iPhone' });
    await app.page.goto(server.url + '/settings');
    const card = installCard(app.page);
    await expect.poll(() => card.locator('ol').textContent()).toMatch(/Tap Share.*Add to Home Screen.*Tap Add/);
    expect(await card.textContent()).toMatch(/Safari may clear a website’s saved data after 7 days without a visit/);
    expect(await card.getByRole('button').count()).toBe(0);
  });

  it('shows only a quiet “Installed ✓” in the installed app, in Settings and in the welcome', async () => {
    // --app opens an app window, as the installed app runs: (display-mode: standalone) matches there.
    // (CDP's Emulation.setEmulatedMedia cannot emulate display-mode in Chromium 156, and PWA.launch opens a tab headless.)
    app = await launchApp({ origin: server.url, firstRun: true, args: [`--app=${server.url}/settings`] });
    const page = app.context.pages()[0];
    await page.waitForLoadState('load');
    expect(await page.evaluate(() => matchMedia('(display-mode: standalone)').matches)).toBe(true);
    const card = installCard(page);
    await expect.poll(() => card.textContent()).toMatch(/Installed ✓/);
    expect(await card.textContent()).not.toMatch(/Add to Home|Install app|menu/);
    expect(await card.getByRole('button').count()).toBe(0);

    await page.goto(server.url + '/welcome');
    await page.locator('#welcome-step-title').waitFor();
    expect(await page.locator('main').textContent()).not.toMatch(/home screen/i);
  });

  it('offers the install help in the welcome, in a browser tab', async () => {
    const page = await open('/welcome', { firstRun: true, noPrompt: true });
    await page.locator('#welcome-step-title').waitFor();
    await page.getByText('Keep it safer: add it to your home screen').click();
    await expect
      .poll(() => page.locator('.welcome-install').textContent())
      .toMatch(/works with no internet.*choose Install app or Add to Home screen/);
  });
});

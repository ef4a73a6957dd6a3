// The app as a PWA in real Chromium: the service worker takes control, it is installable, the manifest is complete,
// every screen opens offline after one visit, and nothing leaves the origin or breaks the CSP.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForServiceWorker, type App } from '../support/chromium';
import type { StaticServer } from '../support/static-server';
import { distDir, openApp, ROUTES } from './support/app';

describe('installable, offline-first shell', () => {
  let app: App;
  let server: StaticServer;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ app, server, close } = await openApp());
    await app.page.goto(server.url + '/');
    await waitForServiceWorker(app.page);
  });
  afterAll(async () => close?.());

  it('is controlled by the service worker on the first visit and says it is ready offline', async () => {
    expect(await app.page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(`${server.url}/sw.js`);
    await expect.poll(() => app.page.getByRole('status').textContent()).toMatch(/ready to work offline/i);
  });

  it('precached the app shell and every screen while installing', async () => {
    const cached = await app.page.evaluate(async () => {
      const urls: string[] = [];
      for (const key of await caches.keys())
        for (const request of await (await caches.open(key)).keys()) urls.push(new URL(request.url).pathname);
      return urls;
    });
    expect(cached).toContain('/index.html');
    expect(cached).toContain('/manifest.webmanifest');
    // Every script and style the build wrote, each one by name: a screen missing here would not open offline.
    const built = readdirSync(join(distDir(), 'assets'))
      .filter((name) => /\.(js|css)$/.test(name))
      .map((name) => `/assets/${name}`);
    expect(built.length).toBeGreaterThan(5);
    expect(cached).toEqual(expect.arrayContaining(built));
  });

  it('has no installability errors', async () => {
    const cdp = await app.cdp();
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
  });

  it('links a complete manifest: icons 192, 512 and maskable, shortcuts to log pain and a session', async () => {
    const href = await app.page.getAttribute('link[rel="manifest"]', 'href');
    expect(href).toBeTruthy();
    const manifest = await app.page.evaluate(async (url) => (await fetch(url)).json(), href!);
    expect(manifest).toMatchObject({ name: 'Pain Journal', display: 'standalone', start_url: '/', scope: '/' });
    expect(manifest.theme_color).toMatch(/^#/);
    expect(manifest.background_color).toMatch(/^#/);
    const icons = manifest.icons as { src: string; sizes: string; purpose?: string }[];
    expect(icons.some((i) => i.sizes === '192x192')).toBe(true);
    expect(icons.some((i) => i.sizes === '512x512' && i.purpose !== 'maskable')).toBe(true);
    expect(icons.some((i) => i.sizes === '512x512' && i.purpose === 'maskable')).toBe(true);
    for (const icon of icons) {
      const status = await app.page.evaluate(
        async (src) => (await fetch(new URL(src, location.origin + '/'))).status,
        icon.src,
      );
      expect(status, icon.src).toBe(200);
    }
    const shortcuts = manifest.shortcuts as { name: string; url: string }[];
    expect(shortcuts.map((s) => [s.name, s.url])).toEqual([
      ['Log pain', '/checkin'],
      ['Log session', '/sessions/new'],
    ]);
    expect(await app.page.getAttribute('link[rel="apple-touch-icon"]', 'href')).toMatch(/apple-touch-icon/);
  });

  it('serves robots.txt', async () => {
    const text = await app.page.evaluate(async () => (await fetch('/robots.txt')).text());
    expect(text).toMatch(/User-agent/);
  });

  it('puts a strict Content Security Policy in the built page', async () => {
    const csp = await app.page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
  });

  it('opens every route online with its own title and one h1', async () => {
    for (const route of ROUTES) {
      await app.page.goto(server.url + route.path);
      const h1 = app.page.locator('h1');
      await expect.poll(() => h1.count(), { message: route.path }).toBe(1);
      await expect.poll(() => h1.textContent(), { message: route.path }).toMatch(route.heading);
      expect(await app.page.title()).toMatch(/Pain Journal/);
    }
  });

  it('opens every route with the network gone, after one online visit', async () => {
    await server.stop();
    try {
      for (const route of ROUTES) {
        await app.page.goto(server.url + route.path);
        await expect
          .poll(() => app.page.locator('h1').textContent(), { message: `offline ${route.path}` })
          .toMatch(route.heading);
      }
      // A link followed in-app, not just a fresh load.
      await app.page.goto(server.url + '/');
      await app.page.getByRole('link', { name: 'History' }).click();
      await expect.poll(() => app.page.locator('h1').textContent()).toMatch(/history/i);
      await expect.poll(() => app.page.evaluate(() => document.activeElement?.id)).toBe('screen-title');
    } finally {
      await server.start();
    }
  });

  it('sent no request to any other origin, broke no CSP rule and threw no error', () => {
    expect(app.leaks).toEqual([]);
    expect(app.cspViolations).toEqual([]);
    expect(app.errors.filter((e) => !/net::ERR_CONNECTION_REFUSED|Failed to load resource/.test(e))).toEqual([]);
  });
});

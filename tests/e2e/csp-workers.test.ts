// The Content-Security-Policy reaches the workers: a <meta> policy covers the page only, and Chromium gives a worker
// the policy of its own script's response. Served with the build's _headers file (as Netlify or Cloudflare Pages
// serve it), the service worker's and the backup worker's fetches to another origin are blocked; served by a host
// that sends no headers at all, the service worker still puts the policy on the worker scripts it serves.
// `vite preview` (npm start) sends the header on every response.
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preview } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, waitForServiceWorker, type App } from '../support/chromium';
import { startStaticServer, type StaticServer } from '../support/static-server';
import { distDir } from './support/app';

type Page = App['page'];

/** In `evaluate`'s realm: fetches `url` and says whether the request went out or was blocked. */
const tryFetch = (url: string) =>
  fetch(url, { mode: 'no-cors' }).then(
    () => 'reached',
    (error: Error) => `blocked: ${error.message}`,
  );

/** Starts a worker from the backup worker's script, as the app does, and returns it once it runs. */
async function backupWorker(page: Page, script: string) {
  const started = page.waitForEvent('worker', { predicate: (w) => w.url().endsWith(script) });
  await page.evaluate((url) => {
    (window as unknown as { __probe: Worker }).__probe = new Worker(url, { type: 'module', name: 'backup' });
  }, `/assets/${script}`);
  return started;
}

describe('the policy reaches the workers', () => {
  const dist = distDir();
  const script = readdirSync(join(dist, 'assets')).find((f) => /^backup\.worker-.*\.js$/.test(f))!;
  let elsewhere: StaticServer;
  beforeAll(async () => {
    // Another origin that records every request it gets: the probe fetches must never arrive.
    elsewhere = await startStaticServer(mkdtempSync(join(tmpdir(), 'pj-elsewhere-')));
  });
  afterAll(async () => elsewhere?.close());

  it('with the _headers file: the service worker and the backup worker cannot fetch another origin', async () => {
    const server = await startStaticServer(dist);
    const app = await launchApp({ origin: server.url });
    try {
      const { page, context } = app;
      await page.goto(server.url + '/');
      await waitForServiceWorker(page);
      const [sw] = context.serviceWorkers();
      expect(await sw.evaluate(tryFetch, `${elsewhere.url}/from-service-worker.txt`)).toMatch(/^blocked/);
      const worker = await backupWorker(page, script);
      expect(await worker.evaluate(tryFetch, `${elsewhere.url}/from-backup-worker.txt`)).toMatch(/^blocked/);
      // Same-origin requests still work from both.
      expect(await sw.evaluate(tryFetch, `${server.url}/robots.txt`)).toBe('reached');
      expect(await worker.evaluate(tryFetch, `${server.url}/robots.txt`)).toBe('reached');
      expect(elsewhere.requests).toEqual([]);
    } finally {
      await app.close();
      await server.close();
    }
  });

  it('with a host that sends no headers: once the service worker serves the app, the backup worker is held too', async () => {
    const bare = mkdtempSync(join(tmpdir(), 'pj-bare-host-'));
    cpSync(dist, bare, { recursive: true });
    rmSync(join(bare, '_headers'));
    const server = await startStaticServer(bare);
    const app = await launchApp({ origin: server.url });
    try {
      const { page } = app;
      await page.goto(server.url + '/');
      // Straight from such a host, the worker's script has no policy: the case the service worker closes.
      const before = await backupWorker(page, script);
      expect(await before.evaluate(tryFetch, `${elsewhere.url}/before-service-worker.txt`)).toBe('reached');
      await waitForServiceWorker(page);
      await page.reload();
      await waitForServiceWorker(page);
      const header = await page.evaluate(
        (url) => fetch(url).then((r) => r.headers.get('content-security-policy')),
        `/assets/${script}`,
      );
      expect(header).toContain("connect-src 'self'");
      const after = await backupWorker(page, script);
      expect(await after.evaluate(tryFetch, `${elsewhere.url}/from-cached-backup-worker.txt`)).toMatch(/^blocked/);
      expect(elsewhere.requests).toEqual(['/before-service-worker.txt']);
    } finally {
      await app.close();
      await server.close();
      rmSync(bare, { recursive: true, force: true });
    }
  });

  it('vite preview (npm start) sends the policy on the page, the service worker and the worker scripts', async () => {
    const server = await preview({
      logLevel: 'silent',
      build: { outDir: dist },
      preview: { port: 0, strictPort: false, host: '127.0.0.1' },
    });
    try {
      const base = server.resolvedUrls!.local[0].replace(/\/$/, '');
      for (const path of ['/', '/sessions/%E0%A4%A', '/sw.js', `/assets/${script}`]) {
        const response = await fetch(base + path);
        expect(response.headers.get('content-security-policy'), path).toContain("default-src 'none'");
      }
    } finally {
      await server.close();
    }
  });
});

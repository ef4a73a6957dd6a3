// Every screen in both colour schemes: axe finds no WCAG 2.2 A/AA violation, and a 390×844 screenshot is written
// under tests/e2e/screenshots/ (git-ignored) for a person to look at.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { launchApp, PHONE, type App } from '../support/chromium';
import type { StaticServer } from '../support/static-server';
import { ROUTES, serve } from './support/app';
import { axeViolations } from './support/looks';

export const SCREENSHOTS = join(import.meta.dirname, 'screenshots');
mkdirSync(SCREENSHOTS, { recursive: true });

for (const scheme of ['light', 'dark'] as const) {
  describe(`accessibility, ${scheme}`, () => {
    let app: App;
    let server: StaticServer;
    afterAll(async () => {
      await app?.close();
      await server?.close();
    });

    it.each(ROUTES.map((r) => [r.path]))('%s has no axe violations', async (path) => {
      if (!app) {
        server = await serve();
        app = await launchApp({ origin: server.url, colorScheme: scheme, viewport: PHONE });
      }
      await app.page.goto(server.url + path);
      await app.page.locator('h1').waitFor();
      await app.page.waitForLoadState('networkidle');
      expect(await axeViolations(app.page)).toEqual([]);
      const name = path === '/' ? 'today' : path.slice(1).replaceAll('/', '-');
      await app.page.screenshot({ path: join(SCREENSHOTS, `${name}-${scheme}-390.png`), fullPage: true });
    });
  });
}

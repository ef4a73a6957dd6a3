// Shared set-up for browser tests: serve the build, launch Chromium, and the routes every screen test walks.
import { inject } from 'vitest';
import { launchApp, type App, type LaunchOptions } from '../../support/chromium';
import { startStaticServer, type StaticServer } from '../../support/static-server';

/** Every route with a screen, and the heading it must show. */
export const ROUTES: { path: string; heading: RegExp }[] = [
  { path: '/', heading: /today/i },
  { path: '/checkin', heading: /today|how much/i },
  { path: '/trends', heading: /trends/i },
  { path: '/trends/report', heading: /report/i },
  { path: '/sessions', heading: /sessions/i },
  { path: '/sessions/new', heading: /session/i },
  { path: '/history', heading: /history/i },
  { path: '/more', heading: /more/i },
  { path: '/goals', heading: /goals/i },
  { path: '/goals/new', heading: /goal/i },
  { path: '/treatments', heading: /took or did/i },
  { path: '/activities', heading: /activities/i },
  { path: '/settings', heading: /settings/i },
  { path: '/welcome', heading: /welcome/i },
];

/** The production build made by global-setup. */
export function distDir(): string {
  return inject('distDir');
}

/** Serves the build on a fresh port. */
export function serve(root = distDir()): Promise<StaticServer> {
  return startStaticServer(root);
}

/** Serves the build and launches Chromium on it. */
export async function openApp(
  options: Partial<LaunchOptions> = {},
): Promise<{ server: StaticServer; app: App; close: () => Promise<void> }> {
  const server = await serve();
  const app = await launchApp({ origin: server.url, ...options });
  return {
    server,
    app,
    close: async () => {
      await app.close();
      await server.close();
    },
  };
}

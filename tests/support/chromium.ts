// Launches Debian's Chromium through playwright-core in a persistent profile (installability, persistent storage and
// quota overrides need one) and watches what a person would never want: errors, CSP violations, requests elsewhere.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';

/** Where Chromium is: CHROMIUM_PATH, else Debian's /usr/bin/chromium. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that work as root with no network (tests/README.md). */
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Phone size used for screenshots and most flows. */
export const PHONE = { width: 390, height: 844 };
/** Laptop size. */
export const DESKTOP = { width: 1280, height: 800 };

export interface LaunchOptions {
  viewport?: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
  /** Reuse a profile folder (to reopen the same browser after a crash or restart). */
  profileDir?: string;
  /** Allowed origin; every request anywhere else is recorded as a leak. */
  origin: string;
  acceptDownloads?: boolean;
  reducedMotion?: 'reduce' | 'no-preference';
  /** Grant durableStorage so navigator.storage.persist() can answer true. */
  grantPersistence?: boolean;
  /**
   * Start as a brand-new install, so opening '/' leads to the first-run welcome. By default tests start as a
   * returning person: the welcome's local "onboarded" flag is set before the app runs.
   */
  firstRun?: boolean;
  /** Extra Chromium flags. `--app=<url>` opens that page as an app window, where `(display-mode: standalone)` matches. */
  args?: string[];
}

/** A launched browser with its watchers. */
export interface App {
  context: BrowserContext;
  page: Page;
  profileDir: string;
  /** Uncaught page errors and console errors. */
  errors: string[];
  /** CSP violations reported by the page. */
  cspViolations: string[];
  /** Requests that left the app's origin. */
  leaks: string[];
  cdp(page?: Page): Promise<CDPSession>;
  /** Opens another tab in the same profile, watched the same way. */
  newPage(): Promise<Page>;
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

/** Starts Chromium with a fresh (or given) persistent profile and one watched page. */
export async function launchApp(options: LaunchOptions): Promise<App> {
  if (!existsSync(CHROMIUM_PATH))
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. Install it: apt-get install -y chromium (or set CHROMIUM_PATH).`,
    );
  const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'pain-journal-profile-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, ...(options.args ?? [])],
    headless: true,
    viewport: options.viewport ?? PHONE,
    colorScheme: options.colorScheme ?? 'light',
    reducedMotion: options.reducedMotion ?? 'no-preference',
    acceptDownloads: options.acceptDownloads ?? true,
    serviceWorkers: 'allow',
    locale: 'en-GB',
    timezoneId: process.env.TZ && process.env.TZ !== 'UTC' ? process.env.TZ : 'Europe/London',
  });
  const errors: string[] = [];
  const cspViolations: string[] = [];
  const leaks: string[] = [];
  const origin = new URL(options.origin).origin;

  context.on('request', (request) => {
    const url = request.url();
    if (/^(data|blob|chrome-extension|devtools|about):/.test(url)) return;
    if (new URL(url).origin !== origin) leaks.push(url);
  });
  if (!options.firstRun) {
    await context.addInitScript(() => {
      try {
        localStorage.setItem('pj-onboarded', '1');
      } catch {
        // about:blank and other opaque origins have no storage
      }
    });
  }
  await context.addInitScript(() => {
    addEventListener('securitypolicyviolation', (event) => {
      const w = window as unknown as { __cspViolations?: string[] };
      w.__cspViolations ??= [];
      const list = w.__cspViolations;
      list.push(`${event.violatedDirective} ${event.blockedURI}`);
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  const watch = (page: Page) => {
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const text = message.text();
      if (text.startsWith('CSP violation')) cspViolations.push(text);
      else errors.push(`console: ${text}`);
    });
    return page;
  };
  context.on('page', watch);
  const page = context.pages()[0] ?? (await context.newPage());
  watch(page);
  if (options.grantPersistence) {
    const browserCdp = await context.browser()?.newBrowserCDPSession?.();
    if (browserCdp) await browserCdp.send('Browser.grantPermissions', { origin, permissions: ['durableStorage'] });
    else {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Browser.grantPermissions', { origin, permissions: ['durableStorage'] });
    }
  }

  return {
    context,
    page,
    profileDir,
    errors,
    cspViolations,
    leaks,
    cdp: (p = page) => context.newCDPSession(p),
    newPage: async () => context.newPage(),
    async close({ keepProfile = false } = {}) {
      await context.close().catch(() => undefined);
      if (!keepProfile) rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/** Waits until a service worker controls the page (first visit: after clientsClaim). */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', undefined, {
    timeout: 30_000,
    polling: 100,
  });
}

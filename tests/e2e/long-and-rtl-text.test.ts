// Text a person typed never widens a page or reorders the app's own sentence around it: a 1,990-character aftercare
// note with no spaces and a long unbroken provider name holding a right-to-left override, seen on Today, the session,
// History and the report at 390 px; every page keeps scrollWidth within the viewport, and the provider sits in <bdi>.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, type App } from '../support/chromium';
import type { StaticServer } from '../support/static-server';
import { serve } from './support/app';
import { inDataLayer } from './support/data-layer';
import { screenshotPage } from './support/screenshots';

type Page = App['page'];

// U+202E (right-to-left override) inside the name: without isolation it reversed "…with Anna. Goes in the report…".
const PROVIDER = `Anna\u202E${'Wellbeing-and-Sports-Massage-Clinic-'.repeat(2).slice(0, 70)}`;
const AFTERCARE = 'Stretch-hamstrings-twice-daily;'.repeat(70).slice(0, 1990);
const NOTE = 'Ache'.repeat(400);

async function pageWidth(page: Page): Promise<{ scroll: number; viewport: number }> {
  return page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, viewport: innerWidth }));
}

describe('long and right-to-left text a person typed', () => {
  let server: StaticServer;
  let app: App;
  let sessionId: string;
  beforeAll(async () => {
    server = await serve();
    app = await launchApp({ origin: server.url });
    // A running clock from a fixed Wednesday morning (Europe/London, so UTC): the session seeded "two hours ago" is on
    // the same day as the check-in whenever the suite runs. On the real clock, a run before 02:00 put it on yesterday.
    await app.page.clock.install({ time: new Date('2026-11-18T10:00:00Z') });
    await app.page.goto(server.url + '/');
    sessionId = await inDataLayer(
      app.page,
      async (layer, arg: { provider: string; aftercare: string; note: string }) => {
        const at = new Date(Date.now() - 2 * 3_600_000);
        const next = new Date(Date.now() + 5 * 86_400_000);
        await layer.saveCheckin({ pain: 5, note: arg.note });
        const session = await layer.saveSession({
          at: at.toISOString(),
          provider: arg.provider,
          aftercare: ['water', 'other'],
          aftercareOther: arg.aftercare,
          note: arg.note,
          nextAppointment: next.toISOString(),
        });
        await layer.setSetting('name', arg.provider);
        return session.id;
      },
      { provider: PROVIDER, aftercare: AFTERCARE, note: NOTE },
    );
  });
  afterAll(async () => {
    await app?.close();
    await server?.close();
  });

  it.each([
    ['Today', '/', 'long-text-today'],
    ['the session', '/sessions/:id', 'long-text-session'],
    ['History', '/history', 'long-text-history'],
    ['Sessions', '/sessions', 'long-text-sessions'],
    ['the report', '/trends/report', 'long-text-report'],
  ])('%s does not widen past 390 px', async (_name, path, shot) => {
    const { page } = app;
    await page.goto(server.url + path.replace(':id', sessionId));
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForTimeout(500);
    const { scroll, viewport } = await pageWidth(page);
    expect(viewport).toBe(390);
    expect(scroll).toBeLessThanOrEqual(viewport);
    await screenshotPage(page, shot);
  });

  it('the provider sits in <bdi> in the app’s sentences, so its override ends with it', async () => {
    const { page } = app;
    for (const path of ['/', `/sessions/${sessionId}`, '/sessions', '/history']) {
      await page.goto(server.url + path);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.locator('bdi', { hasText: 'Anna' }).first().waitFor({ timeout: 10_000 });
      const outside = await page.evaluate(
        (name) =>
          [...document.querySelectorAll('main *')].filter(
            (el) =>
              [...el.childNodes].some(
                (n) =>
                  n.nodeType === 3 &&
                  (n.textContent ?? '').includes(name) &&
                  // A sentence built as one string isolates the name with FSI … PDI instead.
                  !(n.textContent ?? '').includes(`\u2068${name}\u2069`),
              ) &&
              el.tagName !== 'BDI' &&
              getComputedStyle(el).unicodeBidi !== 'isolate' &&
              !el.closest('input, textarea, [role="textbox"]'),
          ).length,
        PROVIDER,
      );
      expect(outside, path).toBe(0);
    }
  });
});

// No link can blank the app: malformed % escapes render a not-found screen inside the shell, also after a reload; and
// when a screen throws while drawing, the shell, the tab bar and a way back stay, the error is shown in plain words,
// and what the person was typing is still there afterwards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDay } from '../../src/domain/days';
import { sixWeeks } from '../fixtures/journal';
import { launchApp, type App } from '../support/chromium';
import type { StaticServer } from '../support/static-server';
import { serve } from './support/app';
import { screenshotPage } from './support/screenshots';
import { seedJournal } from './support/seed';

type Page = App['page'];

const BAD_LINKS = ['/sessions/%E0%A4%A', '/goals/%ZZ', '/sessions/%', '/goals/%E0%A4%A/edit', '/sessions/%/edit'];

async function tabBar(page: Page): Promise<string[]> {
  return page.getByRole('navigation', { name: 'Main' }).getByRole('link').allInnerTexts();
}

describe('nothing blanks the app', () => {
  let server: StaticServer;
  let app: App;
  const pageErrors: string[] = [];
  beforeAll(async () => {
    server = await serve();
    app = await launchApp({ origin: server.url });
    await app.context.addInitScript(() => localStorage.setItem('pj-onboarded', '1'));
    app.page.on('pageerror', (error) => pageErrors.push(error.message));
  });
  afterAll(async () => {
    await app?.close();
    await server?.close();
  });

  it('a malformed % escape in a link shows "Page not found" with the tab bar, and again after a reload', async () => {
    const { page } = app;
    for (const link of BAD_LINKS) {
      await page.goto(server.url + link);
      await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor({ timeout: 10_000 });
      expect(await tabBar(page)).toEqual(['Today', 'Trends', 'Sessions', 'History', 'More']);
      if (link === BAD_LINKS[0]) await screenshotPage(page, 'not-found-malformed-link');
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor({ timeout: 10_000 });
      expect(await tabBar(page)).toHaveLength(5);
      await page.getByRole('link', { name: 'Go to Today' }).click();
      await page.getByRole('radiogroup', { name: 'How much does it hurt right now?' }).waitFor();
    }
    expect(pageErrors.filter((m) => /URI/.test(m))).toEqual([]);
  });

  it('a screen that throws keeps the shell and a way back, says what went wrong, and keeps the draft being typed', async () => {
    const { page } = app;
    await page.goto(server.url + '/');
    await seedJournal(page, sixWeeks(localDay(), { notAfter: new Date().toISOString() }));
    // What the person is typing on Today: saved as a draft while typed.
    await page
      .getByRole('radiogroup', { name: 'How much does it hurt right now?' })
      .getByRole('radio', { name: '6', exact: true })
      .click();
    await page.getByRole('button', { name: /more details/i }).click();
    const note = 'Tight after gardening, eased by the evening';
    await page.getByLabel('Note').pressSequentially(note, { delay: 10 });
    await page.waitForTimeout(1200);

    // A device whose canvas cannot draw: Trends' chart throws while the screen draws.
    await page.evaluate(() => {
      HTMLCanvasElement.prototype.getContext = () => {
        throw new Error('This device could not draw the chart');
      };
    });
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Trends' }).click();
    await page.getByRole('heading', { level: 1, name: 'This screen stopped working' }).waitFor({ timeout: 15_000 });
    expect(await page.locator('main').textContent()).toContain('This device could not draw the chart');
    expect(await tabBar(page)).toHaveLength(5);
    await screenshotPage(page, 'screen-error-boundary');

    // The way back: Today, with the draft exactly as it was typed.
    await page.getByRole('link', { name: 'Go to Today' }).click();
    await page.getByLabel('Note').waitFor();
    expect(await page.getByLabel('Note').inputValue()).toBe(note);
    // Other screens still draw (the error stays with the screen that threw).
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'History' }).click();
    await page.getByRole('heading', { level: 1, name: 'History' }).waitFor();
  });
});

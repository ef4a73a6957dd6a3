// The quick check-in as a person does it in real Chromium: three taps, offline, edited, deleted and undone, a draft
// that survives a reload, the "Log pain" shortcut, and a time in the future refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, waitForServiceWorker, type App } from '../support/chromium';
import type { StaticServer } from '../support/static-server';
import { serve } from './support/app';
import { inDataLayer } from './support/data-layer';

type Page = App['page'];

const PAIN_QUESTION = 'How much does it hurt right now?';
const painScale = (page: Page, name: string | RegExp = PAIN_QUESTION) => page.getByRole('radiogroup', { name });
const painRadio = (page: Page, n: number, group: string | RegExp = PAIN_QUESTION) =>
  painScale(page, group).getByRole('radio', { name: String(n), exact: true });
const save = (page: Page) => page.getByRole('button', { name: 'Save', exact: true });
const checkedValue = (page: Page, group: string | RegExp) =>
  painScale(page, group).locator('input:checked').inputValue();

/** A person who has been through the welcome before: Today opens straight away. */
async function openOnboarded(server: StaticServer): Promise<App> {
  const app = await launchApp({ origin: server.url });
  await app.context.addInitScript(() => {
    try {
      localStorage.setItem('pj-onboarded', '1');
    } catch {
      // about:blank and other opaque frames (axe's) have no storage
    }
  });
  return app;
}

describe('the quick check-in', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await serve();
  });
  afterAll(async () => server?.close());

  it('a first check-in of 7 at the lower back takes three taps, and is still there offline after a reload', async () => {
    await server.start();
    const app = await launchApp({ origin: server.url });
    const { page } = app;
    try {
      await page.goto(server.url + '/');
      await waitForServiceWorker(page);
      // A brand-new install meets the welcome once; skipping it lands on the check-in.
      const skip = page.getByRole('button', { name: /^skip/i });
      await page.waitForURL(/\/(welcome|checkin)?$/);
      if (new URL(page.url()).pathname === '/welcome') await skip.click();
      await painScale(page).waitFor();

      let taps = 0;
      const tap = async (target: ReturnType<Page['locator']>) => {
        await target.click();
        taps += 1;
      };
      await tap(painRadio(page, 7));
      await expect.poll(() => save(page).isVisible()).toBe(true);
      // Save is on screen right after the number, with no scrolling.
      expect(await save(page).evaluate((el) => el.getBoundingClientRect().bottom <= innerHeight)).toBe(true);
      await tap(page.locator('[data-view="back"] [data-region="lower-back"]'));
      await tap(save(page));
      expect(taps).toBeLessThanOrEqual(3);

      await expect
        .poll(() => page.getByRole('status').filter({ hasText: 'Saved' }).textContent())
        .toMatch(/Saved — pain 7 at \d{1,2}:\d{2}/);
      await expect
        .poll(() => page.locator('.today-status').textContent())
        .toMatch(/Logged at \d{1,2}:\d{2} — pain 7\./);
      const stored = await inDataLayer(page, async (layer) => {
        const rows = await layer.checkinsBetween('0000-01-01', '9999-12-31');
        return rows.map((r: { pain: number; regions: unknown; note: string }) => ({
          pain: r.pain,
          regions: r.regions,
          note: r.note,
        }));
      });
      expect(stored).toEqual([{ pain: 7, regions: [{ region: 'lower-back', pain: 7 }], note: '' }]);
      // The form is ready for the next check-in.
      expect(await painScale(page).locator('input:checked').count()).toBe(0);

      await server.stop();
      await page.reload();
      await expect
        .poll(() => page.locator('.today-status').textContent())
        .toMatch(/Logged at \d{1,2}:\d{2} — pain 7\./);
      await page.getByRole('link', { name: 'History' }).click();
      await page.getByRole('heading', { level: 1, name: /history/i }).waitFor();
      const entry = page.locator('main a[href^="/history/checkin/"]');
      await expect.poll(() => entry.count()).toBe(1);
      expect(await entry.textContent()).toMatch(/Pain 7\s*Check-in \d{1,2}:\d{2}\s*Lower back 7/);
      expect(app.errors).toEqual([]);
      expect(app.leaks).toEqual([]);
    } finally {
      await app.close();
      await server.start();
    }
  });

  it('a check-in with two regions, two activity scores and a note is edited, deleted and brought back with Undo', async () => {
    const app = await openOnboarded(server);
    const { page } = app;
    try {
      await page.goto(server.url + '/');
      await painScale(page).waitFor();
      const [shelf, movie] = await inDataLayer(page, async (layer) => [
        (await layer.addActivity('Reach the top shelf')).id,
        (await layer.addActivity('Sit through a movie')).id,
      ]);

      await painRadio(page, 6).click();
      await page.locator('[data-view="front"] [data-region="neck"]').click();
      await page.locator('[data-view="back"] [data-region="lower-back"]').click();
      await painRadio(page, 8, 'Lower back').click();
      await page.getByRole('button', { name: /more details/i }).click();
      await painRadio(page, 4, 'Reach the top shelf').click();
      await painRadio(page, 7, 'Sit through a movie').click();
      await page.getByLabel('Note').fill('Stiff after the long drive.');
      await save(page).click();
      await expect.poll(() => page.locator('.today-status').textContent()).toMatch(/pain 6\./);

      const saved = await inDataLayer(page, (layer) => layer.db.checkins.orderBy('at').last());
      expect(saved).toMatchObject({
        pain: 6,
        regions: [
          { region: 'neck', pain: 6 },
          { region: 'lower-back', pain: 8 },
        ],
        mobility: { [shelf]: 4, [movie]: 7 },
        note: 'Stiff after the long drive.',
      });

      // Edit: the same form, filled in.
      await page.goto(`${server.url}/history/checkin/${saved.id}`);
      await painScale(page, 'How much did it hurt?').waitFor();
      expect(await checkedValue(page, 'How much did it hurt?')).toBe('6');
      expect(await checkedValue(page, 'Lower back')).toBe('8');
      expect(await checkedValue(page, 'Sit through a movie')).toBe('7');
      expect(await page.getByLabel('Note').inputValue()).toBe('Stiff after the long drive.');
      await painRadio(page, 5, 'How much did it hurt?').click();
      await page.getByLabel('Note').fill('Stiff after the long drive. Better after heat.');
      await save(page).click();
      await page.waitForURL(/\/history$/);
      const row = page.locator(`main a[href="/history/checkin/${saved.id}"]`);
      await expect.poll(() => row.textContent()).toMatch(/Pain 5.*Neck 6 · Lower back 8.*Better after heat/);
      const edited = await inDataLayer(page, (layer, id) => layer.getCheckin(id), saved.id);
      expect(edited).toMatchObject({
        ...saved,
        pain: 5,
        note: 'Stiff after the long drive. Better after heat.',
        updatedAt: expect.any(String),
      });
      expect(edited.at).toBe(saved.at);

      // Delete, then Undo.
      await page.goto(`${server.url}/history/checkin/${saved.id}`);
      await page.getByRole('button', { name: 'Delete' }).click();
      await page.waitForURL(/\/history$/);
      expect(await inDataLayer(page, (layer, id) => layer.getCheckin(id), saved.id)).toBeUndefined();
      await expect.poll(() => row.count()).toBe(0);
      await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
      await expect.poll(() => inDataLayer(page, (layer, id) => layer.getCheckin(id), saved.id)).toEqual(edited);
      await expect.poll(() => row.textContent()).toMatch(/Pain 5.*Neck 6 · Lower back 8.*Better after heat/);
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('on the body map, a tap just beside a small region picks it, and the list agrees; left is the person’s left', async () => {
    const app = await openOnboarded(server);
    const { page } = app;
    try {
      await page.goto(server.url + '/');
      await painRadio(page, 3).click();
      const hand = page.locator('[data-view="back"] [data-region="hand-left"]');
      await page.locator('svg[data-view="back"]').evaluate((svg) => svg.scrollIntoView({ block: 'center' }));
      const box = (await hand.boundingBox())!;
      // Below the hand, in the empty space: nearest is still the hand.
      await page.mouse.click(box.x + box.width / 2, box.y + box.height + 8);
      await page.getByText('Choose from a list').click();
      expect(await page.getByRole('checkbox', { name: 'Hand and wrist, left' }).isChecked()).toBe(true);
      expect(await page.getByRole('checkbox', { name: 'Hand and wrist, right' }).isChecked()).toBe(false);
      // From the back, the person's left hand is on the viewer's left; from the front, on the viewer's right.
      const frontHand = (await page.locator('[data-view="front"] [data-region="hand-left"]').boundingBox())!;
      const frontMap = (await page.locator('svg[data-view="front"]').boundingBox())!;
      const backMap = (await page.locator('svg[data-view="back"]').boundingBox())!;
      expect(frontHand.x - frontMap.x).toBeGreaterThan(frontMap.width / 2);
      expect(box.x - backMap.x).toBeLessThan(backMap.width / 2);
      expect(await page.locator('[data-region="hand-left"].is-selected').count()).toBe(2);
      // Unticking in the list clears the map too.
      await page.getByRole('checkbox', { name: 'Hand and wrist, left' }).uncheck();
      expect(await page.locator('[data-region="hand-left"].is-selected').count()).toBe(0);
    } finally {
      await app.close();
    }
  });

  it('keeps what was being entered through a reload, and lets it be discarded', async () => {
    const app = await openOnboarded(server);
    const { page } = app;
    try {
      await page.goto(server.url + '/');
      await painRadio(page, 4).click();
      await page.getByRole('button', { name: /more details/i }).click();
      await page.getByRole('checkbox', { name: 'Throbbing' }).check();
      await page.getByLabel('Note').fill('Woke up with it');
      await expect
        .poll(() =>
          inDataLayer(page, (layer) =>
            layer
              .listDrafts('checkin:new')
              .then((drafts: { typed: unknown }[]) => drafts[0]?.typed)
              .then((d: { note?: string } | undefined) => d?.note),
          ),
        )
        .toBe('Woke up with it');

      await page.reload();
      await page.getByText('Restored what you were typing.').waitFor();
      expect(await checkedValue(page, PAIN_QUESTION)).toBe('4');
      expect(await page.getByLabel('Note').inputValue()).toBe('Woke up with it');
      expect(await page.getByRole('checkbox', { name: 'Throbbing' }).isChecked()).toBe(true);
      expect(await inDataLayer(page, (layer) => layer.countCheckins())).toBe(0);

      await page.getByRole('button', { name: 'Discard it' }).click();
      expect(await painScale(page).locator('input:checked').count()).toBe(0);
      await expect
        .poll(() =>
          inDataLayer(page, (layer) =>
            layer.listDrafts('checkin:new').then((drafts: { typed: unknown }[]) => drafts[0]?.typed),
          ),
        )
        .toBeUndefined();
      await page.reload();
      await painScale(page).waitFor();
      expect(await page.getByText('Restored what you were typing.').count()).toBe(0);
      expect(await painScale(page).locator('input:checked').count()).toBe(0);
    } finally {
      await app.close();
    }
  });

  it('the "Log pain" shortcut opens with the scale focused and the details open; the keyboard moves the choice', async () => {
    const app = await openOnboarded(server);
    const { page } = app;
    try {
      await page.goto(server.url + '/checkin');
      await painScale(page).waitFor();
      await expect
        .poll(() =>
          page.evaluate(
            () =>
              (document.activeElement as HTMLInputElement | null)?.closest('fieldset')?.querySelector('legend')
                ?.textContent,
          ),
        )
        .toBe(PAIN_QUESTION);
      // The details open once the form has read its draft (the question shows first).
      await expect.poll(() => page.getByLabel('Note').isVisible()).toBe(true);
      await page.keyboard.press('ArrowRight');
      expect(await checkedValue(page, PAIN_QUESTION)).toBe('1');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      expect(await checkedValue(page, PAIN_QUESTION)).toBe('3');
      // One tab stop: Tab leaves the scale.
      await page.keyboard.press('Tab');
      expect(
        await page.evaluate(
          () =>
            (document.activeElement as HTMLInputElement).name ===
            document.querySelector<HTMLInputElement>('#checkin-pain input')!.name,
        ),
      ).toBe(false);
    } finally {
      await app.close();
    }
  });

  it('refuses a time in the future with a message next to the field, and saves nothing', async () => {
    const app = await openOnboarded(server);
    const { page } = app;
    try {
      await page.goto(server.url + '/');
      await painRadio(page, 5).click();
      await page.getByRole('button', { name: /more details/i }).click();
      const tomorrow = await page.evaluate(() => {
        const d = new Date(Date.now() + 26 * 3600_000);
        const pad = (n: number) => String(n).padStart(2, '0');
        return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
      });
      const time = page.getByLabel('Time', { exact: true });
      await time.fill(tomorrow);
      await save(page).click();
      const error = page.locator('#checkin-at-error');
      await expect.poll(() => error.textContent()).toBe('That time is in the future. Choose a time up to now.');
      expect(await time.getAttribute('aria-invalid')).toBe('true');
      expect(await time.getAttribute('aria-describedby')).toContain('checkin-at-error');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('checkin-at');
      expect(await inDataLayer(page, (layer) => layer.countCheckins())).toBe(0);
      expect(await checkedValue(page, PAIN_QUESTION)).toBe('5');
    } finally {
      await app.close();
    }
  });
});

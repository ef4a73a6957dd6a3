// Today as a person meets it over several days (Playwright's clock moves the days): the soreness question the day
// after a session and the day after that, the aftercare checklist, the next appointment; then how Today looks, light
// and dark, on a phone and a laptop, checked by axe and written as screenshots to look at.
import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, launchApp, PHONE, waitForServiceWorker, type App } from '../support/chromium';
import type { StaticServer } from '../support/static-server';
import { serve } from './support/app';
import { axeViolations } from './support/looks';
import { inDataLayer } from './support/data-layer';

type Page = App['page'];
const SCREENSHOTS = join(import.meta.dirname, 'screenshots');
mkdirSync(SCREENSHOTS, { recursive: true });

async function openOnboarded(server: StaticServer, viewport = PHONE): Promise<App> {
  const app = await launchApp({ origin: server.url, viewport });
  await app.context.addInitScript(() => {
    try {
      localStorage.setItem('pj-onboarded', '1');
    } catch {
      // about:blank and other opaque frames (axe's) have no storage
    }
  });
  return app;
}

const sorenessHeading = (page: Page) => page.getByRole('heading', { name: /^How sore are you after \w+’s session\?$/ });

describe('Today over the days after a session', () => {
  let server: StaticServer;
  let app: App;
  beforeAll(async () => {
    server = await serve();
    app = await openOnboarded(server);
  });
  afterAll(async () => {
    await app?.close();
    await server?.close();
  });

  it('asks how sore the day after and the day after that, once each, storing the answers on the session', async () => {
    const { page } = app;
    // Tuesday 10 March 2026, 10:00 in London.
    await page.clock.install({ time: new Date('2026-03-10T10:00:00Z') });
    await page.goto(server.url + '/');
    await page.locator('.today-status').getByText('Not logged yet today.').waitFor();
    const session = await inDataLayer(page, (layer) =>
      layer.saveSession({
        provider: 'Anna',
        techniques: ['deep-tissue'],
        pressure: 'firm',
        durationMin: 60,
        areas: ['lower-back'],
        painBefore: 7,
        painAfter: 4,
        aftercare: ['water', 'heat', 'other'],
        aftercareOther: 'Ice the calf',
        nextAppointment: '2026-03-17T14:00:00.000Z',
      }),
    );
    expect(session.day).toBe('2026-03-10');
    // On the day itself: no soreness question yet, but the aftercare and the next appointment show.
    await page.getByRole('heading', { name: 'Aftercare from today’s session' }).waitFor();
    expect(await sorenessHeading(page).count()).toBe(0);
    const appointment = page.getByRole('region', { name: 'Next appointment' });
    await expect.poll(() => appointment.textContent()).toMatch(/Tue 17 Mar at 14:00 with Anna/);
    expect(await appointment.getByRole('link', { name: /see the session/i }).getAttribute('href')).toBe(
      `/sessions/${session.id}`,
    );

    // The next day.
    await page.clock.setSystemTime(new Date('2026-03-11T08:30:00Z'));
    await page.reload();
    await sorenessHeading(page).waitFor();
    expect(await sorenessHeading(page).textContent()).toBe('How sore are you after Tuesday’s session?');
    const question = page.getByRole('region', { name: 'How sore are you after Tuesday’s session?' });
    expect(await question.textContent()).toMatch(/The day after/);
    const scale = question.getByRole('radiogroup', { name: 'How sore are you after Tuesday’s session?' });
    expect(await scale.getByRole('radio', { name: /^0\W+not sore$/ }).count()).toBe(1);
    expect(await scale.getByRole('radio', { name: /^10\W+very sore$/ }).count()).toBe(1);
    await scale.getByRole('radio', { name: '3', exact: true }).click();
    await question.getByRole('button', { name: 'Save soreness' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/soreness 3 saved for Tuesday’s session/);
    await expect.poll(() => sorenessHeading(page).count()).toBe(0);
    const answered = await inDataLayer(page, (layer, id) => layer.getSession(id), session.id);
    expect(answered.soreness24).toBe(3);
    expect(answered.soreness48).toBeNull();
    await page.reload();
    await page.getByRole('heading', { name: 'Aftercare from Tuesday’s session' }).waitFor();
    expect(await sorenessHeading(page).count()).toBe(0);

    // The aftercare checklist: ticks are remembered.
    const aftercare = page.getByRole('region', { name: 'Aftercare from Tuesday’s session' });
    expect(
      await aftercare
        .getByRole('checkbox')
        .evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).labels![0].textContent)),
    ).toEqual(['Drink water', 'Heat', 'Ice the calf']);
    await aftercare.getByRole('checkbox', { name: 'Drink water' }).check();
    await expect
      .poll(() =>
        inDataLayer(
          page,
          (layer, id) => layer.getSession(id).then((s: { aftercareDone: string[] }) => s.aftercareDone),
          session.id,
        ),
      )
      .toEqual(['water']);
    await page.reload();
    expect(
      await page
        .getByRole('region', { name: 'Aftercare from Tuesday’s session' })
        .getByRole('checkbox', { name: 'Drink water' })
        .isChecked(),
    ).toBe(true);

    // Two days after: the 48-hour question.
    await page.clock.setSystemTime(new Date('2026-03-12T19:00:00Z'));
    await page.reload();
    await sorenessHeading(page).waitFor();
    const second = page.getByRole('region', { name: 'How sore are you after Tuesday’s session?' });
    expect(await second.textContent()).toMatch(/Two days after/);
    await second.getByRole('radio', { name: '1', exact: true }).click();
    await second.getByRole('button', { name: 'Save soreness' }).click();
    await expect
      .poll(() =>
        inDataLayer(
          page,
          (layer, id) => layer.getSession(id).then((s: { soreness48: number | null }) => s.soreness48),
          session.id,
        ),
      )
      .toBe(1);
    await expect.poll(() => sorenessHeading(page).count()).toBe(0);

    // Three days after: nothing more is asked and the aftercare list has gone; the appointment still shows.
    await page.clock.setSystemTime(new Date('2026-03-13T09:00:00Z'));
    await page.reload();
    await page.getByRole('region', { name: 'Next appointment' }).waitFor();
    expect(await sorenessHeading(page).count()).toBe(0);
    expect(await page.getByRole('heading', { name: /^Aftercare/ }).count()).toBe(0);
    expect(app.errors).toEqual([]);
  });
});

describe('Today after a booked appointment', () => {
  let server: StaticServer;
  let app: App;
  beforeAll(async () => {
    server = await serve();
    app = await openOnboarded(server);
  });
  afterAll(async () => {
    await app?.close();
    await server?.close();
  });

  const offer = (page: Page) => page.getByRole('region', { name: 'How did your session go?' });

  it('offers to log the session once the appointment has passed, with its time and therapist filled in', async () => {
    const { page } = app;
    await page.clock.install({ time: new Date('2026-03-10T10:00:00Z') });
    await page.goto(server.url + '/');
    await page.locator('.today-status').getByText('Not logged yet today.').waitFor();
    await inDataLayer(page, (layer) =>
      layer.saveSession({ provider: 'Anna', techniques: ['deep-tissue'], nextAppointment: '2026-03-17T14:00:00.000Z' }),
    );
    await page.getByRole('region', { name: 'Next appointment' }).waitFor();
    expect(await offer(page).count()).toBe(0);

    // Two hours after the appointment: the next appointment has gone and the offer is there.
    await page.clock.setSystemTime(new Date('2026-03-17T16:00:00Z'));
    await page.reload();
    await offer(page).waitFor();
    expect(await offer(page).textContent()).toMatch(
      // The name is isolated (FSI…PDI) so right-to-left text cannot reorder the sentence around it.
      /Your appointment with \u2068Anna\u2069 was today at 14:00\. Log it while you remember/,
    );
    expect(await page.getByRole('region', { name: 'Next appointment' }).count()).toBe(0);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      expect(await axeViolations(page), scheme).toEqual([]);
      await offer(page).screenshot({ path: join(SCREENSHOTS, `today-log-appointment-${scheme}-390.png`) });
    }

    await offer(page).getByRole('link', { name: 'Log the session' }).click();
    await page.getByRole('heading', { name: 'Log a session', level: 1 }).waitFor();
    expect(await page.getByLabel('Day and time').inputValue()).toBe('2026-03-17T14:00');
    expect(await page.getByLabel('Therapist or clinic (optional)').inputValue()).toBe('Anna');
    await page
      .getByRole('radiogroup', { name: 'Pain after the session' })
      .getByRole('radio', { name: '3', exact: true })
      .check();
    await page.getByRole('button', { name: 'Save session' }).click();
    await page.waitForURL(/\/sessions$/);
    const logged = await inDataLayer(page, (layer) =>
      layer.listSessions().then((list: { at: string; provider: string; painAfter: number }[]) => list[0]),
    );
    expect(logged).toMatchObject({ at: '2026-03-17T14:00:00.000Z', provider: 'Anna', painAfter: 3 });

    // Logged: Today no longer offers it, the day after either.
    await page.goto(server.url + '/');
    await page.getByRole('link', { name: 'Log a session' }).first().waitFor();
    expect(await offer(page).count()).toBe(0);
    await page.clock.setSystemTime(new Date('2026-03-18T09:00:00Z'));
    await page.reload();
    await page.getByRole('heading', { name: /^How sore are you/ }).waitFor();
    expect(await offer(page).count()).toBe(0);
  });

  it('"It didn’t happen" puts it away, with Undo; and it stops by itself two days after', async () => {
    const { page } = app;
    await inDataLayer(page, (layer) =>
      layer.saveSession({
        at: '2026-03-18T08:00:00.000Z',
        provider: 'Anna',
        nextAppointment: '2026-03-24T09:00:00.000Z',
      }),
    );
    await page.clock.setSystemTime(new Date('2026-03-25T10:00:00Z'));
    await page.reload();
    await offer(page).waitFor();
    expect(await offer(page).textContent()).toMatch(/Your appointment with \u2068Anna\u2069 was yesterday at 0?9:00\./);
    await offer(page).getByRole('button', { name: 'It didn’t happen' }).click();
    await expect.poll(() => offer(page).count()).toBe(0);
    await page.getByRole('button', { name: 'Undo' }).click();
    await offer(page).waitFor();
    await offer(page).getByRole('button', { name: 'It didn’t happen' }).click();
    await expect.poll(() => offer(page).count()).toBe(0);
    await page.reload();
    await page.locator('.today-status').waitFor();
    await page.getByRole('link', { name: 'Log a session' }).first().waitFor();
    expect(await offer(page).count()).toBe(0);

    // Not dismissed, but three calendar days on: no longer offered.
    await inDataLayer(page, (layer) => layer.setSetting('appointmentNotLogged', null));
    await page.reload();
    await offer(page).waitFor();
    await page.clock.setSystemTime(new Date('2026-03-27T10:00:00Z'));
    await page.reload();
    await page.getByRole('link', { name: 'Log a session' }).first().waitFor();
    expect(await offer(page).count()).toBe(0);
    expect(app.errors).toEqual([]);
  });
});

describe('how Today looks', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await serve();
  });
  afterAll(async () => server?.close());

  /** Screenshots in both schemes after an axe check in each. */
  async function shoot(page: Page, name: string, fullPage = true): Promise<void> {
    for (const scheme of ['light', 'dark'] as const) {
      // A message floating over the page would be measured as the background of what it covers.
      await closeToasts(page);
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      expect(await axeViolations(page), `${name}, ${scheme}`).toEqual([]);
      await page.screenshot({
        path: join(SCREENSHOTS, `${name}-${scheme}-${page.viewportSize()!.width}.png`),
        fullPage,
      });
    }
  }

  async function closeToasts(page: Page): Promise<void> {
    for (const close of await page.getByRole('button', { name: 'Dismiss message' }).all())
      await close.click().catch(() => undefined);
  }

  /** Waits for the first visit's "ready to work offline" message, then closes every message. */
  async function dismissToasts(page: Page): Promise<void> {
    await waitForServiceWorker(page);
    await page
      .getByText(/ready to work offline/i)
      .waitFor({ timeout: 10_000 })
      .catch(() => undefined);
    await closeToasts(page);
  }

  it('empty, with a check-in and what is due, with details open, and the edit screen: axe clean in both schemes', async () => {
    const app = await openOnboarded(server);
    const { page } = app;
    try {
      await page.goto(server.url + '/');
      await page.locator('.today-status').getByText('Not logged yet today.').waitFor();
      await page.waitForLoadState('networkidle');
      await dismissToasts(page);
      await shoot(page, 'today-empty', false);

      await page
        .getByRole('radiogroup', { name: 'How much does it hurt right now?' })
        .getByRole('radio', { name: '6', exact: true })
        .click();
      await page.locator('[data-view="back"] [data-region="lower-back"]').click();
      await page.locator('[data-view="front"] [data-region="shoulder-left"]').click();
      await page.getByRole('radiogroup', { name: 'Lower back' }).getByRole('radio', { name: '7', exact: true }).click();
      await page.getByRole('button', { name: /more details/i }).click();
      await page.getByRole('checkbox', { name: 'Aching' }).check();
      await page.getByLabel('Note').fill('Stiff after sitting at the desk all morning.');
      await shoot(page, 'today-checkin-details');

      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await page
        .locator('.today-status')
        .getByText(/Logged at/)
        .waitFor();
      const yesterday = await page.evaluate(() => new Date(Date.now() - 86_400_000).toISOString());
      const nextWeek = await page.evaluate(() => {
        const d = new Date(Date.now() + 6 * 86_400_000);
        d.setHours(14, 0, 0, 0);
        return d.toISOString();
      });
      await inDataLayer(
        page,
        (layer, { at, next }) =>
          layer.saveSession({
            at,
            provider: 'Anna Kowalski',
            techniques: ['deep-tissue', 'myofascial'],
            pressure: 'firm',
            durationMin: 60,
            areas: ['lower-back'],
            painBefore: 7,
            painAfter: 4,
            aftercare: ['water', 'stretches', 'heat'],
            aftercareDone: ['water'],
            nextAppointment: next,
          }),
        { at: yesterday, next: nextWeek },
      );
      await sorenessHeading(page).waitFor();
      await dismissToasts(page);
      await shoot(page, 'today-due');

      const id = await inDataLayer(page, (layer) =>
        layer.db.checkins
          .orderBy('at')
          .last()
          .then((c: { id: string }) => c.id),
      );
      await page.goto(`${server.url}/history/checkin/${id}`);
      await page.getByRole('radiogroup', { name: 'How much did it hurt?' }).waitFor();
      await page.waitForLoadState('networkidle');
      await dismissToasts(page);
      await shoot(page, 'checkin-edit');
      expect(app.errors).toEqual([]);
      expect(app.cspViolations).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('on a laptop', async () => {
    const app = await openOnboarded(server, DESKTOP);
    const { page } = app;
    try {
      await page.goto(server.url + '/');
      await page.locator('.today-status').getByText('Not logged yet today.').waitFor();
      await inDataLayer(page, (layer) => layer.saveCheckin({ pain: 4, regions: [{ region: 'neck', pain: 5 }] }));
      await page
        .getByRole('radiogroup', { name: 'How much does it hurt right now?' })
        .getByRole('radio', { name: '3', exact: true })
        .click();
      await page.waitForLoadState('networkidle');
      await dismissToasts(page);
      await shoot(page, 'today', false);
    } finally {
      await app.close();
    }
  });
});

// Recording a session as a new user would, right after an appointment: pain before comes from today's check-in,
// every field is filled in, it shows in the list and in History, is edited, deleted and brought back with Undo.
// Bad input is refused next to its field, and a half-filled form survives a reload.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../support/chromium';
import type { StaticServer } from '../support/static-server';
import { openApp } from './support/app';
import { inDataLayer } from './support/data-layer';
import { checkBothSchemes } from './support/looks';

describe('sessions', () => {
  let app: App;
  let server: StaticServer;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ app, server, close } = await openApp());
    // A running clock from a fixed Wednesday morning (Europe/London, so UTC): "this morning's check-in, an hour ago"
    // is the same day whenever the suite runs. On the real clock, a run just after midnight put it on yesterday.
    await app.page.clock.install({ time: new Date('2026-11-18T10:00:00Z') });
    await app.page.goto(server.url + '/sessions');
    await app.page.getByRole('heading', { name: 'Sessions', level: 1 }).waitFor();
  });
  afterAll(async () => close?.());

  const page = () => app.page;
  const scale = (name: string) => page().getByRole('radiogroup', { name });
  /** A datetime-local value `minutes` from now, in the page's own time zone. */
  const localIn = (minutes: number) =>
    page().evaluate((m) => {
      const d = new Date(Date.now() + m * 60_000);
      const pad = (n: number) => String(n).padStart(2, '0');
      return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
    }, minutes);
  const sessionsInLayer = () => inDataLayer(page(), (layer) => layer.listSessions());

  it('starts empty with a way to log the first one', async () => {
    await expect.poll(() => page().getByRole('heading', { name: 'No sessions yet' }).count()).toBe(1);
    expect(await checkBothSchemes(page(), 'sessions-empty')).toEqual([]);
  });

  it('records a session with every field, pain before pre-filled from this morning’s check-in', async () => {
    // This morning's check-in, an hour ago: pain 6 (seeded through the app's own data layer).
    const checkinAt = await page().evaluate(() => new Date(Date.now() - 60 * 60_000).toISOString());
    await inDataLayer(
      page(),
      (layer, at) => layer.saveCheckin({ at, pain: 6, regions: [{ region: 'lower-back', pain: 7 }] }),
      checkinAt,
    );
    const checkinTime = await page().evaluate(
      (at) => new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' }).format(new Date(at)),
      checkinAt,
    );

    await page().getByRole('link', { name: 'Log a session' }).first().click();
    await page().getByRole('heading', { name: 'Log a session', level: 1 }).waitFor();
    // The time defaults to now; pain before is the check-in's 6, and says where it came from.
    expect(await page().getByLabel('Day and time').inputValue()).toBe(await localIn(0));
    await expect
      .poll(() => scale('Pain before the session').getByRole('radio', { name: '6', exact: true }).isChecked())
      .toBe(true);
    expect(await scale('Pain before the session').textContent()).toContain(`From your ${checkinTime} check-in`);

    await page().getByLabel('Therapist or clinic (optional)').fill('Sam at Northside');
    await page().getByRole('group', { name: 'Techniques' }).getByLabel('Deep tissue').check();
    await page().getByRole('group', { name: 'Techniques' }).getByLabel('Trigger point therapy').check();
    await page().getByRole('group', { name: 'Pressure' }).getByLabel('Firm').check();
    await page().getByRole('button', { name: '60 minutes' }).click();
    expect(await page().getByLabel('Duration in minutes (optional)').inputValue()).toBe('60');
    // Areas worked: the lower back on the body map (back view), the left glute from the list.
    await page().locator('.body-map-svg[data-view="back"] [data-region="lower-back"]').click();
    await page().getByText('Choose from a list').click();
    await page().getByRole('checkbox', { name: 'Glute, left' }).check();
    await scale('Pain after the session').getByRole('radio', { name: '3', exact: true }).check();
    await expect.poll(() => page().locator('.session-drop').textContent()).toBe('Pain 6 → 3: −3 points');
    const aftercare = page().getByRole('group', { name: 'Aftercare your therapist suggested' });
    await aftercare.getByLabel('Drink water').check();
    await aftercare.getByLabel('Stretches').check();
    await aftercare.getByLabel('Other', { exact: true }).check();
    await page().getByLabel('Other aftercare').fill('foam roller');
    await page().getByLabel('Note (optional)').fill('Tight on the left side.');
    const next = await localIn(14 * 24 * 60);
    await page().getByLabel('Next appointment (optional)').fill(next);
    expect(await checkBothSchemes(page(), 'sessions-new-filled')).toEqual([]);
    await page().getByRole('button', { name: 'Save session' }).click();

    await page().waitForURL(/\/sessions$/);
    await expect.poll(() => page().getByRole('status').textContent()).toMatch(/Session saved/);
    const card = page().locator('.session-card').first();
    await expect.poll(() => card.textContent()).toMatch(/Sam at Northside/);
    const text = (await card.textContent())!;
    expect(text).toContain('Deep tissue, Trigger point therapy · Firm · 60 min');
    expect(text).toMatch(/Pain 6 → 3\s*−3/);

    const [stored] = await sessionsInLayer();
    expect(stored).toMatchObject({
      provider: 'Sam at Northside',
      techniques: ['deep-tissue', 'trigger-point'],
      pressure: 'firm',
      durationMin: 60,
      areas: ['lower-back', 'glute-left'],
      painBefore: 6,
      painAfter: 3,
      aftercare: ['water', 'stretches', 'other'],
      aftercareOther: 'foam roller',
      note: 'Tight on the left side.',
      soreness24: null,
    });
    expect(stored.nextAppointment).toBe(await page().evaluate((v) => new Date(v).toISOString(), next));
    await expect
      .poll(() => page().locator('.sessions-next').textContent())
      .toMatch(/Next appointment:.*with Sam at Northside/);
  });

  it('lists the session in History, which opens it to read: every field, in words and big numbers', async () => {
    await page().getByRole('link', { name: 'History' }).click();
    const entry = page().locator('.history-entry', { hasText: 'Sam at Northside' });
    await expect.poll(() => entry.textContent()).toMatch(/Deep tissue, Trigger point therapy/);
    expect(await entry.textContent()).toMatch(/6 → 3/);
    await entry.click();
    await page().waitForURL(/\/sessions\/[0-9a-f-]{36}\?from=history$/);
    await page()
      .getByRole('heading', { name: /^Session/, level: 1 })
      .waitFor();
    const main = page().locator('main');
    await expect
      .poll(() => main.locator('.session-view-pain').textContent())
      .toMatch(/Before\s*6.*After\s*3.*−3 points/);
    const facts = async (card: string) =>
      main
        .locator('section', { has: page().getByRole('heading', { name: card }) })
        .locator('dt, dd')
        .allTextContents();
    expect(await facts('What was done')).toEqual([
      'Therapist or clinic',
      'Sam at Northside',
      'Techniques',
      'Deep tissue, Trigger point therapy',
      'Pressure',
      'Firm',
      'Duration',
      '60 minutes',
      'Areas worked',
      'Lower back, Glute, left',
    ]);
    // The soreness questions are still to come: the view says when Today asks.
    expect((await facts('Pain before and after')).join(' | ')).toMatch(
      /Soreness the next day \| Today asks on .+ \| Soreness the day after \| Today asks on /,
    );
    const aftercare = main.locator('.session-view-aftercare li');
    expect(await aftercare.allTextContents()).toEqual([
      '•Drink water not ticked',
      // Stretches and the foam roller can become home-programme items; drinking water is not something to plan.
      '•Stretches not tickedAdd to my plan: Stretches',
      '•foam roller not tickedAdd to my plan: foam roller',
    ]);
    expect(await main.locator('.session-view-note').textContent()).toBe('Tight on the left side.');
    await expect.poll(() => main.locator('.session-view-next').textContent()).toMatch(/with Sam at Northside$/);
    expect(await main.getByRole('button', { name: 'Add to calendar' }).count()).toBe(1);
    // Back leads to History, where it was opened from.
    expect(await page().locator('.screen-back').getAttribute('href')).toBe('/history');
    expect(await checkBothSchemes(page(), 'sessions-view')).toEqual([]);
    await page().getByRole('link', { name: 'Edit this session' }).click();
    await page().waitForURL(/\/sessions\/[0-9a-f-]{36}\/edit\?from=history$/);
    await page()
      .getByRole('heading', { name: /^Edit session/, level: 1 })
      .waitFor();
  });

  it('edits it: pain after and the next-day soreness; the view and the list show the change', async () => {
    await scale('Pain after the session').getByRole('radio', { name: '2', exact: true }).check();
    await scale('The next day (24 hours)').getByRole('radio', { name: '4', exact: true }).check();
    expect(await checkBothSchemes(page(), 'sessions-edit')).toEqual([]);
    // Meanwhile Today (another tab, say) records the 48 h answer and a ticked aftercare item: saving must keep them.
    await inDataLayer(page(), async (layer) => {
      const [s] = await layer.listSessions();
      await layer.answerSoreness(s.id, 48, 2);
      await layer.setAftercareDone(s.id, ['water']);
    });
    await page().getByRole('button', { name: 'Save changes' }).click();
    // Saving returns to the session's own view, which still leads back to History.
    await page().waitForURL(/\/sessions\/[0-9a-f-]{36}\?from=history$/);
    await expect.poll(() => page().getByRole('status').textContent()).toMatch(/Session updated/);
    const [stored] = await sessionsInLayer();
    expect(stored).toMatchObject({
      painAfter: 2,
      soreness24: 4,
      soreness48: 2,
      aftercareDone: ['water'],
      painBefore: 6,
      note: 'Tight on the left side.',
    });
    const main = page().locator('main');
    await expect
      .poll(() => main.locator('.session-view-pain').textContent())
      .toMatch(/Before\s*6.*After\s*2.*−4 points/);
    expect(await main.locator('.session-view-facts').first().textContent()).toMatch(
      /Soreness the next day4 of 10Soreness the day after2 of 10/,
    );
    expect(await main.locator('.session-view-aftercare li').first().textContent()).toBe('✓Drink water done');
    await page().goto(server.url + '/sessions');
    await expect
      .poll(() => page().locator('.session-card').first().textContent())
      .toMatch(/Pain 6 → 2\s*−4.*Soreness next day 4 · day after 2/);
    expect(await checkBothSchemes(page(), 'sessions-list')).toEqual([]);
  });

  it('deletes it from its view, and Undo brings it back exactly', async () => {
    const [before] = await sessionsInLayer();
    await page().locator('.session-card').first().click();
    await page().waitForURL(/\/sessions\/[0-9a-f-]{36}$/);
    await page().getByRole('button', { name: 'Delete this session' }).click();
    await page().waitForURL(/\/sessions$/);
    await expect.poll(() => page().getByRole('heading', { name: 'No sessions yet' }).count()).toBe(1);
    expect(await sessionsInLayer()).toEqual([]);
    await page().getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => page().locator('.session-card').count()).toBe(1);
    expect(await sessionsInLayer()).toEqual([before]);
  });

  it('deletes it from the edit form too, back to the list (its view is gone with it)', async () => {
    const [before] = await sessionsInLayer();
    await page().goto(`${server.url}/sessions/${before.id}/edit`);
    expect(await page().locator('.screen-back').getAttribute('href')).toBe(`/sessions/${before.id}`);
    await page().getByRole('button', { name: 'Delete this session' }).click();
    await page().waitForURL(/\/sessions$/);
    expect(await sessionsInLayer()).toEqual([]);
    await page().getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => page().locator('.session-card').count()).toBe(1);
    // A link to a deleted session says so, with the way back.
    await page().goto(`${server.url}/sessions/00000000-0000-4000-8000-000000000000`);
    await page().getByRole('heading', { name: 'This session is not here' }).waitFor();
  });

  it('refuses a time in the future and other aftercare without words, next to each field, saving nothing', async () => {
    await page().goto(server.url + '/sessions/new');
    await page()
      .getByLabel('Day and time')
      .fill(await localIn(3 * 60));
    await page()
      .getByRole('group', { name: 'Aftercare your therapist suggested' })
      .getByLabel('Other', { exact: true })
      .check();
    await page().getByLabel('Duration in minutes (optional)').fill('an hour');
    await page().getByRole('button', { name: 'Save session' }).click();
    await expect
      .poll(() => page().locator('#session-at-error').textContent())
      .toBe('That time is in the future. Choose a time up to now.');
    expect(await page().locator('#session-aftercare-other-error').textContent()).toBe(
      'Write what the other aftercare is, or untick Other.',
    );
    expect(await page().locator('#session-duration-error').textContent()).toBe('Enter whole minutes from 1 to 600.');
    // Focus goes to the first field to fix.
    await expect.poll(() => page().evaluate(() => document.activeElement?.id)).toBe('session-at');
    expect(await sessionsInLayer()).toHaveLength(1);
  });

  it('keeps a half-filled session through a reload, and Start again clears it', async () => {
    await page().goto(server.url + '/sessions/new');
    await page().getByLabel('Therapist or clinic (optional)').fill('Dr Lee');
    await page().getByRole('group', { name: 'Techniques' }).getByLabel('Myofascial release').check();
    await scale('Pain after the session').getByRole('radio', { name: '5', exact: true }).check();
    // Wait for the draft's IndexedDB write to land, as a person's pause before reloading would.
    await expect
      .poll(() =>
        inDataLayer(page(), (layer) =>
          layer
            .listDrafts('session:new')
            .then((drafts: { typed: unknown }[]) => drafts[0]?.typed)
            .then((d: { painAfter?: number | null } | undefined) => d?.painAfter),
        ),
      )
      .toBe(5);
    await page().reload();
    await expect.poll(() => page().getByLabel('Therapist or clinic (optional)').inputValue()).toBe('Dr Lee');
    expect(await page().getByRole('group', { name: 'Techniques' }).getByLabel('Myofascial release').isChecked()).toBe(
      true,
    );
    expect(await scale('Pain after the session').getByRole('radio', { name: '5', exact: true }).isChecked()).toBe(true);
    expect(await page().locator('.session-form .restored-notice').textContent()).toMatch(
      /Everything you entered is back/,
    );
    // The provider from the saved session is offered as a suggestion.
    expect(
      await page()
        .locator('#session-providers option')
        .evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value)),
    ).toEqual(['Sam at Northside']);
    await page().getByRole('button', { name: 'Start again' }).click();
    expect(await page().getByLabel('Therapist or clinic (optional)').inputValue()).toBe('');
    expect(app.errors).toEqual([]);
    expect(app.cspViolations).toEqual([]);
  });

  it('"Same as last time" fills in who, what, how hard, how long, where and the aftercare, each still editable, with Undo', async () => {
    await page().goto(server.url + '/sessions/new');
    const offer = page().getByRole('region', { name: 'Same as last time?' });
    await expect.poll(() => offer.locator('.session-repeat-what').textContent()).toMatch(/Sam at Northside/);
    // This session's own pain is typed first and must survive both the fill and its Undo.
    await scale('Pain after the session').getByRole('radio', { name: '2', exact: true }).check();
    await offer.getByRole('button', { name: 'Fill in as last time' }).click();
    expect(await page().getByLabel('Therapist or clinic (optional)').inputValue()).toBe('Sam at Northside');
    const techniques = page().getByRole('group', { name: 'Techniques' });
    expect(await techniques.getByLabel('Deep tissue').isChecked()).toBe(true);
    expect(await techniques.getByLabel('Trigger point therapy').isChecked()).toBe(true);
    expect(await page().getByRole('group', { name: 'Pressure' }).getByLabel('Firm').isChecked()).toBe(true);
    expect(await page().getByLabel('Duration in minutes (optional)').inputValue()).toBe('60');
    expect(await page().getByLabel('Other aftercare').inputValue()).toBe('foam roller');
    // Still editable: a different length today.
    await page().getByRole('button', { name: '45 minutes' }).click();
    expect(await page().getByLabel('Duration in minutes (optional)').inputValue()).toBe('45');
    expect(await scale('Pain after the session').getByRole('radio', { name: '2', exact: true }).isChecked()).toBe(true);
    expect(await offer.getByRole('status').textContent()).toMatch(/^Filled in from .+\. Change anything/);
    await page().evaluate(() => scrollTo(0, 0));
    expect(await checkBothSchemes(page(), 'sessions-same-as-last-time', { fullPage: false })).toEqual([]);
    await offer.getByRole('button', { name: 'Undo' }).click();
    expect(await page().getByLabel('Therapist or clinic (optional)').inputValue()).toBe('');
    expect(await techniques.getByLabel('Deep tissue').isChecked()).toBe(false);
    expect(await scale('Pain after the session').getByRole('radio', { name: '2', exact: true }).isChecked()).toBe(true);
    expect(app.errors).toEqual([]);
  });
});

// Reminders without a server: the calendar files downloaded from Settings open as a calendar app reads them.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../support/chromium';
import { children, parseIcs, prop, unescapeText, type IcsComponent } from '../support/ics-parse';
import type { StaticServer } from '../support/static-server';
import { openApp } from './support/app';
import { inDataLayer } from './support/data-layer';

const remindersCard = (page: Page) =>
  page.locator('section', { has: page.getByRole('heading', { name: 'Reminders' }) });

/** Clicks `button`, waits for the download, and returns its file name and parsed calendar. */
async function download(
  page: Page,
  click: () => Promise<void>,
): Promise<{ name: string; text: string; calendar: IcsComponent }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const text = await readFile((await file.path())!, 'utf8');
  return { name: file.suggestedFilename(), text, calendar: parseIcs(text) };
}

describe('reminders through the calendar', () => {
  let app: App;
  let server: StaticServer;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ app, server, close } = await openApp());
    await app.page.goto(server.url + '/settings');
    await remindersCard(app.page).waitFor();
  });
  afterAll(async () => {
    expect(app.errors).toEqual([]);
    expect(app.cspViolations).toEqual([]);
    expect(app.leaks).toEqual([]);
    await close?.();
  });
  const page = () => app.page;

  it('says no appointment is booked yet', async () => {
    await expect.poll(() => remindersCard(page()).textContent()).toMatch(/None booked/);
    expect(await remindersCard(page()).getByRole('button', { name: 'Add to calendar' }).count()).toBe(0);
  });

  it('downloads a daily reminder that repeats every day at the chosen local time', async () => {
    const time = page().getByLabel('Remind me every day at');
    expect(await time.inputValue()).toBe('20:00');
    await time.fill('07:30');
    const { name, calendar } = await download(page(), () =>
      page().getByRole('button', { name: 'Add reminder to calendar' }).click(),
    );
    expect(name).toBe('pain-journal-daily-reminder.ics');
    expect(prop(calendar, 'VERSION')).toBe('2.0');
    expect(prop(calendar, 'PRODID')).toMatch(/Pain Journal/);
    expect(prop(calendar, 'X-WR-TIMEZONE')).toBe(
      await page().evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone),
    );
    const [event] = children(calendar, 'VEVENT');
    const today = (await page().evaluate(() => new Date().toLocaleDateString('sv'))).replaceAll('-', '');
    expect(prop(event, 'UID')).toMatch(/@pain-journal$/);
    expect(prop(event, 'DTSTAMP')).toMatch(/^\d{8}T\d{6}Z$/);
    expect(prop(event, 'DTSTART')).toBe(`${today}T073000`);
    expect(prop(event, 'DTEND')).toBe(`${today}T073500`);
    expect(prop(event, 'RRULE')).toBe('FREQ=DAILY');
    expect(prop(event, 'SUMMARY')).toBe('Pain Journal check-in');
    const [alarm] = children(event, 'VALARM');
    expect(prop(alarm, 'ACTION')).toBe('DISPLAY');
    expect(prop(alarm, 'TRIGGER')).toBe('PT0M');

    await expect.poll(() => page().getByRole('status').textContent()).toMatch(/reminded every day at 0?7:30\./);
    expect(await inDataLayer(page(), (layer) => layer.getSetting('reminderTime', null))).toBe('07:30');
    await expect.poll(() => remindersCard(page()).textContent()).toMatch(/Added before for 0?7:30\./);
  });

  it('keeps a changed time through a reload, and refuses an empty one next to the field without downloading', async () => {
    const time = page().getByLabel('Remind me every day at');
    await time.fill('21:15');
    await page().reload();
    await expect.poll(() => page().getByLabel('Remind me every day at').inputValue()).toBe('21:15');

    let downloads = 0;
    const count = () => downloads++;
    page().on('download', count);
    await page().getByLabel('Remind me every day at').fill('');
    await page().getByRole('button', { name: 'Add reminder to calendar' }).click();
    await expect
      .poll(() => page().locator('#reminder-time-error').textContent())
      .toBe('Choose a time of day, for example 20:00.');
    expect(await page().getByLabel('Remind me every day at').getAttribute('aria-invalid')).toBe('true');
    page().off('download', count);
    expect(downloads).toBe(0);
    expect(await inDataLayer(page(), (layer) => layer.getSetting('reminderTime', null))).toBe('07:30');
  });

  it('adds the next appointment to the calendar, in UTC, with an alert the day before', async () => {
    const appointment = await page().evaluate(() => {
      const d = new Date();
      d.setDate(d.getDate() + 9);
      d.setHours(9, 30, 0, 0);
      return d.toISOString();
    });
    const session = await inDataLayer(
      page(),
      (layer, next: string) =>
        layer.saveSession({
          provider: 'Anna, Body Works',
          durationMin: 45,
          techniques: ['deep-tissue'],
          nextAppointment: next,
        }),
      appointment,
    );
    const card = remindersCard(page());
    await expect.poll(() => card.textContent()).toMatch(/with Anna, Body Works/);
    const { name, calendar } = await download(page(), () =>
      card.getByRole('button', { name: 'Add to calendar' }).click(),
    );
    const day = await page().evaluate((at) => new Date(at).toLocaleDateString('sv'), appointment);
    expect(name).toBe(`pain-journal-appointment-${day}.ics`);
    const [event] = children(calendar, 'VEVENT');
    const utc = (iso: string) => iso.replace(/[-:]/g, '').replace(/\.\d{3}/, '');
    expect(prop(event, 'UID')).toBe(`appointment-${session.id}@pain-journal`);
    expect(prop(event, 'DTSTAMP')).toMatch(/^\d{8}T\d{6}Z$/);
    expect(prop(event, 'DTSTART')).toBe(utc(appointment));
    expect(prop(event, 'DTEND')).toBe(utc(new Date(Date.parse(appointment) + 45 * 60_000).toISOString()));
    expect(prop(event, 'RRULE')).toBeUndefined();
    expect(unescapeText(prop(event, 'SUMMARY')!)).toBe('Appointment with Anna, Body Works');
    const alarms = children(event, 'VALARM');
    expect(alarms.map((alarm) => prop(alarm, 'ACTION'))).toEqual(['DISPLAY', 'DISPLAY']);
    expect(alarms.map((alarm) => prop(alarm, 'TRIGGER'))).toEqual(['-P1D', '-PT2H']);
    await expect.poll(() => page().getByRole('status').textContent()).toMatch(/add the appointment to your calendar/);
  });
});

// The one-page report in Chromium: page.pdf() in A4 and in Letter is exactly one page for six weeks (six sessions)
// and for a year of five; the name and the questions print; the preview and the PDF are looked at as pictures.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, localDay } from '../../src/domain/days';
import type { Session } from '../../src/domain/types';
import { fiveYears, sixWeeks, type Journal } from '../fixtures/journal';
import { launchApp, PHONE, type App } from '../support/chromium';
import type { StaticServer } from '../support/static-server';
import { serve } from './support/app';
import { inDataLayer } from './support/data-layer';
import { pdfPageCount, pdfToPng } from './support/pdf';
import { SCREENSHOTS, screenshotPage } from './support/screenshots';
import { seedJournal } from './support/seed';
import { validateRecord } from '../../src/domain/validate';

const now = () => new Date().toISOString();

async function openReport(app: App, url: string, range: string) {
  await app.page.goto(`${url}/trends/report?range=${range}`);
  await app.page.locator('.report-paper img.rp-chart-img').waitFor();
}

async function printedPages(app: App, name: string): Promise<{ a4: number; letter: number }> {
  const a4 = await app.page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: false });
  const letter = await app.page.pdf({ format: 'Letter', printBackground: true });
  pdfToPng(a4, join(SCREENSHOTS, `${name}-a4`));
  pdfToPng(letter, join(SCREENSHOTS, `${name}-letter`));
  return { a4: pdfPageCount(a4), letter: pdfPageCount(letter) };
}

describe('the report with six weeks and six sessions', () => {
  let server: StaticServer;
  let app: App;
  beforeAll(async () => {
    server = await serve();
    app = await launchApp({ origin: server.url, viewport: PHONE });
    await app.page.goto(server.url + '/');
    const journal = sixWeeks(localDay(), { notAfter: now() });
    expect(journal.sessions).toHaveLength(6);
    await seedJournal(app.page, journal);
  });
  afterAll(async () => {
    await app?.close();
    await server?.close();
  });

  it('prints on exactly one page of A4 and of Letter, with the name and the questions', async () => {
    await openReport(app, server.url, '6w');
    const page = app.page;
    await page.getByLabel('Your name on the report (optional)').fill('Robin Example');
    const questions = 'Is the ache after deep tissue normal?\nShould I keep the stretches going twice a day, or more?';
    await page.getByLabel('Questions for your therapist (optional)').fill(questions);
    await expect(page.locator('#rp-title').innerText()).resolves.toBe('Pain report — Robin Example');
    const paper = await page.locator('.report-paper').innerText();
    expect(paper).toContain('Is the ache after deep tissue normal?');
    expect(paper).toMatch(/Sessions/);
    expect(await page.locator('.rp-sessions tbody tr').count()).toBe(6);
    expect(await page.locator('.report-paper h3', { hasText: 'Pain by week' }).count()).toBe(1);
    await screenshotPage(page, 'report-6weeks-light-390');
    expect(await printedPages(app, 'report-6weeks')).toEqual({ a4: 1, letter: 1 });
    expect(app.errors).toEqual([]);
  });

  it('keeps the name and the questions after a reload', async () => {
    // Both are stored as they are typed; wait for the writes to land, as a person's pause before reloading would.
    await expect.poll(() => inDataLayer(app.page, (layer) => layer.getSetting('name', ''))).toBe('Robin Example');
    await expect
      .poll(() =>
        inDataLayer(app.page, (layer) =>
          layer.listDrafts('report:questions').then((drafts: { typed: unknown }[]) => drafts[0]?.typed),
        ),
      )
      .toMatch(/^Is the ache/);
    await app.page.reload();
    await app.page.locator('.report-paper').waitFor();
    await expect(app.page.getByLabel('Your name on the report (optional)').inputValue()).resolves.toBe('Robin Example');
    await expect(app.page.getByLabel('Questions for your therapist (optional)').inputValue()).resolves.toMatch(
      /^Is the ache/,
    );
  });

  it('is a light page in dark mode too', async () => {
    await app.page.emulateMedia({ colorScheme: 'dark' });
    await openReport(app, server.url, '6w');
    const bg = await app.page.locator('.report-paper').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(bg).toBe('rgb(255, 255, 255)');
    await screenshotPage(app.page, 'report-6weeks-dark-390');
    expect(await printedPages(app, 'report-6weeks-dark')).toEqual({ a4: 1, letter: 1 });
    await app.page.emulateMedia({ colorScheme: 'light' });
  });

  it('"Print or save as PDF" opens the print dialog', async () => {
    await openReport(app, server.url, '6w');
    await app.page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void (window as unknown as { printed: number }).printed++;
    });
    await app.page.getByRole('button', { name: 'Print or save as PDF' }).click();
    expect(await app.page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  });
});

/** Six weeks with every part of the page at its limit: long names, five activities, six goals, busy sessions. */
function fullestJournal(): Journal {
  const j = sixWeeks(localDay(), { notAfter: now(), sessionEveryDays: [4, 5] });
  const long = (n: number) =>
    `Activity number ${n} with a very long name that the person typed to be precise`.slice(0, 80);
  const extra = [0, 1].map((n) => ({
    ...j.activities[0],
    id: `00000000-0000-4000-8000-00000000000${n}`,
    name: long(n + 4),
  }));
  const activities = [...j.activities.map((a, n) => ({ ...a, name: long(n + 1) })), ...extra];
  const checkins = j.checkins.map((c) => {
    const first = c.mobility[j.activities[0].id];
    return first === undefined ? c : { ...c, mobility: { ...c.mobility, [extra[0].id]: first, [extra[1].id]: first } };
  });
  const sessions = j.sessions.map((s) => ({
    ...s,
    techniques: ['myofascial', 'trigger-point', 'lymphatic'] as Session['techniques'],
    aftercare: ['water', 'stretches', 'heat', 'cold', 'rest', 'ergonomic'] as Session['aftercare'],
    aftercareDone: [],
  }));
  const goals = [
    ...j.goals,
    { ...j.goals[1], id: '00000000-0000-4000-8000-0000000000a1', ref: 'neck' },
    { ...j.goals[2], id: '00000000-0000-4000-8000-0000000000a2', ref: extra[0].id },
  ];
  return { ...j, activities, checkins, sessions, goals };
}

/**
 * A PEG and a Roland-Morris at the first and the last check-in of `journal` (their time and day, so they agree in the
 * test's time zone), with the longest labels: both PEG rules met, both Roland-Morris rules met.
 */
async function seedQuestionnaires(page: App['page'], journal: Journal): Promise<void> {
  const ends = [journal.checkins[0], journal.checkins[journal.checkins.length - 1]];
  const rows = ends.flatMap((c, i) =>
    [
      { instrument: 'peg', version: '2009', answers: i === 0 ? [9, 9, 8] : [2, 3, 2] },
      {
        instrument: 'rmdq24',
        version: '1983',
        answers: Array.from({ length: 24 }, (_, n) => (n < (i === 0 ? 19 : 4) ? 1 : 0)),
      },
    ].map((q, k) => ({
      ...q,
      id: `00000000-0000-4000-8000-00000000f${i}${k}0`,
      createdAt: c.at,
      updatedAt: c.at,
      at: c.at,
      day: c.day,
      week: c.day,
    })),
  );
  const valid = rows.map((row) => validateRecord('questionnaires', row));
  await inDataLayer(page, (layer, arg: unknown[]) => layer.db.table('questionnaires').bulkPut(arg), valid);
}

describe('the report filled to every limit', () => {
  let server: StaticServer;
  let app: App;
  beforeAll(async () => {
    server = await serve();
    app = await launchApp({ origin: server.url, viewport: PHONE });
    await app.page.goto(server.url + '/');
    const journal = fullestJournal();
    await seedJournal(app.page, journal);
    await seedQuestionnaires(app.page, journal);
  });
  afterAll(async () => {
    await app?.close();
    await server?.close();
  });

  it('still prints on one page of A4 and of Letter', async () => {
    await openReport(app, server.url, '6w');
    await app.page
      .getByLabel('Your name on the report (optional)')
      .fill('Alexandra Constantinopoulou-Fitzgerald-Worthington, physio client number 12');
    const words =
      'Why does my lower back ache more on the mornings after I sit at the desk for long, and what else could I try? ';
    await app.page.getByLabel('Questions for your therapist (optional)').fill(words.repeat(10).slice(0, 500));
    expect(await app.page.locator('.rp-sessions tbody tr').count()).toBe(8);
    expect(await app.page.locator('.rp-questionnaire').allTextContents()).toEqual([
      expect.stringMatching(/^PEG 8\.7 → 2\.3 .*Clinically meaningful improvement\./),
      expect.stringMatching(/^Roland-Morris 19\/24 → 4\/24 .*Clinically important improvement\./),
    ]);
    await screenshotPage(app.page, 'report-fullest-light-390');
    expect(await printedPages(app, 'report-fullest')).toEqual({ a4: 1, letter: 1 });
  });
});

describe('the report with five years of data', () => {
  let server: StaticServer;
  let app: App;
  beforeAll(async () => {
    server = await serve();
    app = await launchApp({ origin: server.url, viewport: PHONE });
    await app.page.goto(server.url + '/');
    await seedJournal(app.page, fiveYears(localDay(), { notAfter: now() }));
  });
  afterAll(async () => {
    await app?.close();
    await server?.close();
  });

  it('prints one page of A4 and of Letter for a year, and for all time', async () => {
    for (const range of ['1y', 'all'] as const) {
      await openReport(app, server.url, range);
      await app.page
        .getByLabel('Questions for your therapist (optional)')
        .fill('x'.repeat(40) + ' ' + 'Why does it flare in winter? '.repeat(15));
      expect(await app.page.locator('.rp-sessions tbody tr').count()).toBe(8);
      expect(await printedPages(app, `report-5years-${range}`), range).toEqual({ a4: 1, letter: 1 });
    }
    expect(app.errors).toEqual([]);
  });
});

describe('the report and a home programme that is slow to read', () => {
  let server: StaticServer;
  let app: App;
  const today = localDay();
  beforeAll(async () => {
    server = await serve();
    app = await launchApp({ origin: server.url, viewport: PHONE });
    await app.page.goto(server.url + '/');
    await seedJournal(app.page, sixWeeks(today, { notAfter: now() }));
    // One stretch a day for the last seven days, today included, done on three of them.
    const at = now();
    const item = validateRecord('planItems', {
      id: '00000000-0000-4000-8000-0000000000c1',
      createdAt: at,
      updatedAt: at,
      name: 'Stretches',
      kind: 'stretch',
      per: 'day',
      times: 1,
      amount: null,
      amountUnit: null,
      note: '',
      sessionId: null,
      aftercare: null,
      startDay: addDays(today, -6),
      endDay: null,
      pauses: [],
    });
    const ticks = [-6, -4, -2].map((n, i) =>
      validateRecord('planTicks', {
        id: `00000000-0000-4000-8000-0000000000d${i}`,
        createdAt: at,
        updatedAt: at,
        itemId: item.id,
        day: addDays(today, n),
        count: 1,
      }),
    );
    await inDataLayer(
      app.page,
      async (layer, arg: { item: unknown; ticks: unknown[] }) => {
        await layer.db.table('planItems').put(arg.item);
        await layer.db.table('planTicks').bulkPut(arg.ticks);
      },
      { item, ticks },
    );
  });
  afterAll(async () => {
    await app?.close();
    await server?.close();
  });

  it('shows no page to read or print until the plan is in, then shows the page with the plan', async () => {
    const { page } = app;
    // Another window of the same profile holds the plan's tables in a write, so the report reads its other rows (the
    // range's check-ins and sessions) before it can read the plan: as on a slow phone, where the plan can come last.
    const other = await app.newPage();
    await other.goto(server.url + '/');
    await inDataLayer(other, async (layer) => {
      await layer.db.open();
      const idb: IDBDatabase = layer.db.backendDB();
      const w = window as unknown as { planHeld: boolean; planReleased: Promise<void> };
      await new Promise<void>((held) => {
        const tx = idb.transaction(['planItems', 'planTicks'], 'readwrite');
        const store = tx.objectStore('planItems');
        w.planHeld = true;
        w.planReleased = new Promise<void>((done) => {
          tx.oncomplete = () => done();
        });
        // A transaction ends when it has nothing left to do: keep asking until the test lets go.
        const spin = () => {
          if (w.planHeld) store.count().onsuccess = spin;
        };
        store.count().onsuccess = () => {
          held();
          spin();
        };
      });
    });

    await page.goto(`${server.url}/trends/report?range=6w`);
    // The range's days are known (the check-ins and sessions are read), the plan is not: no page yet, and no printing.
    await page.locator('#range-days').waitFor();
    expect(await page.locator('.report-paper').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Print or save as PDF' }).isDisabled()).toBe(true);
    expect(await page.getByText('Preparing your report…').isVisible()).toBe(true);

    await other.evaluate(() => {
      const w = window as unknown as { planHeld: boolean; planReleased: Promise<void> };
      w.planHeld = false;
      return w.planReleased;
    });
    await other.close();
    // The chart is the last thing drawn: once it is there, the whole page is, the plan included.
    await page.locator('.report-paper img.rp-chart-img').waitFor();
    const paper = (await page.locator('.report-paper').textContent()) ?? '';
    expect(paper).toContain('Home programme followed');
    expect(paper).toContain('Stretches 3 of 7 times (43 %)');
    expect(await page.getByRole('button', { name: 'Print or save as PDF' }).isEnabled()).toBe(true);
    expect(app.errors).toEqual([]);
  });
});

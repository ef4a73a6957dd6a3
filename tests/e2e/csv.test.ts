// CSV export from Settings in Chromium: the downloaded files parse back (RFC 4180) to the journal's rows, with
// readable headers, a BOM and CRLF line ends, and a note that starts with "=" comes out neutralised.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkinsTable, sessionsTable, type CsvClock } from '../../src/domain/csv';
import { localDay } from '../../src/domain/days';
import type { Checkin } from '../../src/domain/types';
import { sixWeeks, type Journal } from '../fixtures/journal';
import { launchApp, PHONE, type App } from '../support/chromium';
import { parseCsv } from '../support/csv';
import type { StaticServer } from '../support/static-server';
import { serve } from './support/app';
import { inDataLayer } from './support/data-layer';
import { SCREENSHOTS } from './support/screenshots';
import { seedJournal } from './support/seed';

const FORMULA = '=HYPERLINK("https://example.com","click me")';
const TRICKY = 'Worse after "the big stretch", then fine;\nsecond line — épaule 肩 😊, and a comma';

/** The browser's clock (launchApp uses Europe/London unless TZ says otherwise), so expected times match the file. */
function browserClock(): CsvClock {
  const timeZone = process.env.TZ && process.env.TZ !== 'UTC' ? process.env.TZ : 'Europe/London';
  const parts = (at: string) =>
    Object.fromEntries(
      new Intl.DateTimeFormat('en-GB', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      })
        .formatToParts(new Date(at))
        .map((p) => [p.type, p.value]),
    );
  return {
    time: (at) => `${parts(at).hour}:${parts(at).minute}`,
    dateTime: (at) => {
      const p = parts(at);
      return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
    },
  };
}

/** What a CSV reader gives back for a table: numbers as their text, empty cells as "". */
const asRead = (rows: (string | number | null)[][]) => rows.map((r) => r.map((c) => (c === null ? '' : String(c))));

describe('CSV export', () => {
  let server: StaticServer;
  let app: App;
  let journal: Journal;
  let extra: Checkin[];
  beforeAll(async () => {
    server = await serve();
    app = await launchApp({ origin: server.url, viewport: PHONE, acceptDownloads: true });
    await app.page.goto(server.url + '/');
    journal = sixWeeks(localDay(), { notAfter: new Date().toISOString() });
    await seedJournal(app.page, journal);
    extra = await inDataLayer(
      app.page,
      async (layer, notes: string[]) => {
        const saved = [];
        for (const [i, note] of notes.entries())
          saved.push(
            await layer.saveCheckin({ pain: 4 + i, regions: [], qualities: [], mobility: {}, measures: {}, note }),
          );
        return saved;
      },
      [FORMULA, TRICKY, '-3 after the walk'],
    );
  });
  afterAll(async () => {
    await app?.close();
    await server?.close();
  });

  async function download(label: string): Promise<{ name: string; text: string }> {
    const page = app.page;
    await page.goto(server.url + '/settings');
    const button = page.getByRole('button', { name: label });
    await page.waitForFunction(
      (l) => [...document.querySelectorAll('button')].some((b) => b.textContent === l && !b.disabled),
      label,
    );
    const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
    const path = join(SCREENSHOTS, file.suggestedFilename());
    await file.saveAs(path);
    return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
  }

  it('exports every check-in, one row each, and it parses back to the same rows', async () => {
    const { name, text } = await download('Export check-ins');
    expect(name).toMatch(/^pain-journal-checkins-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replaceAll('\r\n', '').includes('\n')).toBe(true); // the only bare LF is inside the quoted note
    const rows = parseCsv(text);
    const all = [...journal.checkins, ...extra];
    const expected = checkinsTable(all, journal.activities, journal.measures, browserClock());
    expect(rows[0]).toEqual(expected.header);
    expect(rows[0]).toEqual(
      expect.arrayContaining([
        'Pain (0–10)',
        'Pain: Lower back',
        'Mobility: Reach the top shelf',
        'Recovery after a workout (hours)',
        'Note',
      ]),
    );
    expect(rows).toHaveLength(all.length + 1);
    const neutralised = asRead(expected.rows).map((r) => r.map((c) => (/^[=+\-@\t\r]/.test(c) ? `'${c}` : c)));
    expect(rows.slice(1)).toEqual(neutralised);

    const notes = rows.slice(1).map((r) => r[r.length - 1]);
    expect(notes).toContain(`'${FORMULA}`);
    expect(notes).toContain(TRICKY);
    expect(notes).toContain("'-3 after the walk");
    expect(notes.some((n) => n.startsWith('='))).toBe(false);
    await expect(app.page.getByText(/Saved \d+ check-ins as pain-journal-checkins-/).isVisible()).resolves.toBe(true);
    await app.page
      .locator('section[aria-labelledby="exportsection-title"]')
      .screenshot({ path: join(SCREENSHOTS, 'settings-export-light-390.png') });
  });

  it('exports every session with labels, not ids', async () => {
    const { name, text } = await download('Export sessions');
    expect(name).toMatch(/^pain-journal-sessions-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = parseCsv(text);
    const expected = sessionsTable(journal.sessions, browserClock());
    expect(rows[0]).toEqual(expected.header);
    expect(rows.slice(1)).toEqual(asRead(expected.rows));
    expect(rows).toHaveLength(7);
    expect(rows[1][3]).toMatch(
      /^(Deep tissue|Myofascial release|Trigger point therapy|Stretching \/ assisted|Swedish \/ relaxation|Sports massage)/,
    );
    expect(app.errors).toEqual([]);
  });
});

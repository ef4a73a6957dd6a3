// Treatments through the UI, with the browser's clock: ibuprofen twice and a hot bath, "did it help?" asked once three hours later
// (and sooner at the next check-in), markers under the pain chart that cover nothing, History with delete and Undo,
// the report (one page), the CSV, and a backup that restores into a fresh profile with the rows.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../support/csv';
import { checkTreatmentMarks } from './support/chart-labels';
import { inDataLayer } from './support/data-layer';
import {
  backUpAndRestoreFresh,
  checkIn,
  helpedCard as journeyHelpedCard,
  journeyApp,
  march2026,
  openToday,
} from './support/journey';
import { axeViolations } from './support/looks';
import { pdfPageCount, pdfToPng } from './support/pdf';

const SCREENSHOTS = join(import.meta.dirname, 'screenshots');
mkdirSync(SCREENSHOTS, { recursive: true });

// From Monday 2 March 2026 (see march2026).
const at = march2026;
const IBUPROFEN = 'Ibuprofen 400 mg';

const helpedCard = (page: Page) => journeyHelpedCard(page, IBUPROFEN);

describe('treatments and “did it help?”', () => {
  const journey = journeyApp();

  it('from the quick entry to the chart, History, report, CSV and a restored backup', async () => {
    const { app, server } = journey;
    const { page } = app;
    await page.clock.install({ time: at(0, 9) });
    await openToday(page, server.url);
    await checkIn(page, 6);

    // Monday 09:00: the quick entry from Today, which says it gives no dosing advice; an empty name is refused.
    await page.getByRole('link', { name: 'I took or did something' }).click();
    await page.getByRole('heading', { name: 'Took or did something', level: 1 }).waitFor();
    expect(await page.locator('.treatment-advice').textContent()).toContain('It gives no advice on medicines or doses');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect
      .poll(() => page.locator('#treatment-what-error').textContent())
      .toBe('What you took or did cannot be empty.');
    expect(await inDataLayer(page, (layer) => layer.recentTreatments())).toEqual([]);
    await page.getByLabel('What did you take or do?').fill(IBUPROFEN);
    await page.screenshot({ path: join(SCREENSHOTS, 'treatment-entry-390.png'), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.locator('.today-status').waitFor();
    await page.getByText(`“${IBUPROFEN}” logged at`).waitFor();

    // 11:59 nothing is asked; at 12:01, three hours on (the entry took some seconds of the running clock), Today asks.
    await page.clock.setSystemTime(at(0, 11, 59));
    await openToday(page, server.url);
    await page.waitForLoadState('networkidle');
    expect(await helpedCard(page).count()).toBe(0);
    await page.clock.setSystemTime(at(0, 12, 1));
    await openToday(page, server.url);
    await helpedCard(page).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'treatment-helped-today-390.png'), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    // Answered in words instead of a number: one tap on "Words", then "Moderate" (keyboard: arrows in each group).
    await helpedCard(page).getByRole('radio', { name: 'Words, none to complete' }).check();
    const words = helpedCard(page).getByRole('radiogroup', { name: `Did ${IBUPROFEN} help?` });
    expect(await words.locator('label').allTextContents()).toEqual([
      'None',
      'A little',
      'Moderate',
      'A lot',
      'Complete',
    ]);
    await words.getByRole('radio', { name: 'A little' }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await words.getByRole('radio', { name: 'Moderate' }).isChecked()).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'treatment-helped-words-390.png'), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    await helpedCard(page).getByRole('button', { name: 'Save answer' }).click();
    await page.getByText(`Thank you — you noted “moderate” for “${IBUPROFEN}”.`).waitFor();
    await expect.poll(() => helpedCard(page).count()).toBe(0);
    // Asked once: a reload does not ask again.
    await openToday(page, server.url);
    await page.waitForLoadState('networkidle');
    expect(await helpedCard(page).count()).toBe(0);

    // Tuesday: taken at 07:30 (entered at 08:10, time changed); the past entry is suggested.
    await page.clock.setSystemTime(at(1, 8, 10));
    await page.goto(server.url + '/treatments');
    await page.getByRole('heading', { name: 'Took or did something', level: 1 }).waitFor();
    expect(
      await page.locator('#treatment-names option').evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value)),
    ).toEqual([IBUPROFEN]);
    await page.getByLabel('What did you take or do?').fill(IBUPROFEN);
    await page.getByLabel('When').fill('2026-03-03T07:30');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.locator('.today-status').waitFor();
    // 09:00 is only 1 h 30 after: not asked yet — until a check-in is logged, which asks at once.
    await page.clock.setSystemTime(at(1, 9));
    await openToday(page, server.url);
    await page.waitForLoadState('networkidle');
    expect(await helpedCard(page).count()).toBe(0);
    await checkIn(page, 4);
    await helpedCard(page).waitFor();
    expect(await helpedCard(page).textContent()).toContain('today at 7:30');
    // Words were used last time, so words are offered first; this time a number.
    expect(await helpedCard(page).getByRole('radio', { name: 'Words, none to complete' }).isChecked()).toBe(true);
    await helpedCard(page).getByRole('radio', { name: 'A number, 0–10' }).check();
    await helpedCard(page).getByRole('radio', { name: '8', exact: true }).check();
    await helpedCard(page).getByRole('button', { name: 'Save answer' }).click();
    await expect.poll(() => helpedCard(page).count()).toBe(0);

    // Wednesday: a hot bath at 20:00, on a day with no check-in; at 23:10 the question is put away unanswered.
    await page.clock.setSystemTime(at(2, 20));
    await page.goto(server.url + '/treatments');
    await page.getByLabel('What did you take or do?').fill('Hot bath');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.locator('.today-status').waitFor();
    await page.clock.setSystemTime(at(2, 23, 10));
    await openToday(page, server.url);
    const bath = page.getByRole('region', { name: 'Did Hot bath help?' });
    await bath.getByRole('button', { name: 'Don’t ask about this' }).click();
    await page.getByText('We won’t ask about “Hot bath” again.').waitFor();
    await expect.poll(() => bath.count()).toBe(0);

    // History: all three, with their answers; one opened, deleted, and brought back with Undo.
    await page.goto(server.url + '/history');
    const entries = page.locator('.history-treatment');
    await expect.poll(() => entries.count()).toBe(3);
    expect(await entries.allTextContents()).toEqual([
      expect.stringMatching(/Took or did.*(20:00|8:00).*Hot bath.*Did it help\? Not answered/),
      expect.stringMatching(/Took or did.*7:30.*Ibuprofen 400 mg.*Helped 8\/10/),
      expect.stringMatching(/Took or did.*9:00.*Ibuprofen 400 mg.*Helped: moderate/),
    ]);
    await entries.nth(1).click();
    await page.getByRole('heading', { name: 'Change treatment', level: 1 }).waitFor();
    expect(await page.getByRole('radio', { name: '8', exact: true }).isChecked()).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'treatment-edit-390.png'), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Delete this entry' }).click();
    await page.getByRole('heading', { name: 'History', level: 1 }).waitFor();
    await expect.poll(() => entries.count()).toBe(2);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => entries.count()).toBe(3);
    // The answer in words opens as words in the edit form.
    await entries.nth(2).click();
    await page.getByRole('heading', { name: 'Change treatment', level: 1 }).waitFor();
    expect(await page.getByRole('radio', { name: 'Words, none to complete' }).isChecked()).toBe(true);
    expect(
      await page.getByRole('radiogroup', { name: 'Did it help?' }).getByRole('radio', { name: 'Moderate' }).isChecked(),
    ).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'treatment-edit-words-390.png'), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);

    // Trends: three markers under their days, below the axis labels — under every point, covering none.
    await page.goto(server.url + '/trends?range=2w');
    await page.locator('#pain-chart').waitFor();
    await expect.poll(async () => (await checkTreatmentMarks(page, '#pain-chart')).marks.length).toBe(3);
    const marks = await checkTreatmentMarks(page, '#pain-chart');
    for (const mark of marks.marks) {
      expect(mark.top).toBeGreaterThan(marks.axisBottom);
      expect(mark.top).toBeGreaterThan(marks.lowestPoint);
      expect(mark.bottom).toBeLessThanOrEqual(marks.canvasHeight);
    }
    expect(marks.marks[1].x).toBeGreaterThan(marks.marks[0].x);
    expect(marks.marks[2].x).toBeGreaterThan(marks.marks[1].x);
    expect(await page.locator('.legend').first().textContent()).toContain('Took or did something for the pain');
    await page.getByText('Show pain as a table').click();
    const table = (await page.locator('table').first().textContent()) ?? '';
    expect(table).toContain(`${IBUPROFEN} (helped: moderate)`);
    expect(table).toContain(`${IBUPROFEN} (helped 8/10)`);
    // Wednesday has no check-in, but its treatment still has its row.
    expect(table).toMatch(/Wed 4 Mar––[^M]*Hot bath/);
    await page.locator('#pain-chart').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'treatment-trends-390.png') });
    // The share picture draws them too, with their count in its key.
    const [card] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Share picture' }).click(),
    ]);
    await card.saveAs(join(SCREENSHOTS, 'treatment-share-card.png'));

    // The report: most used with its typical relief — "moderate" counts as 5 beside the 8, so the median is 6.5, and the
    // report says a word answer was counted on the scale — on one page of A4 and of Letter.
    await page.goto(server.url + '/trends/report?range=2w');
    await page.locator('.report-paper img.rp-chart-img').waitFor();
    const report = (await page.locator('.report-paper').textContent()) ?? '';
    expect(report).toContain(
      `${IBUPROFEN}: 2 times, typically helped about 6.5/10 (median of 2 answers, 1 in words counted on the 0–10 scale)`,
    );
    expect(report).toContain('Hot bath: once, “did it help?” not answered');
    expect(report).toContain('the app gives no dosing advice');
    const a4 = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: false });
    const letter = await page.pdf({ format: 'Letter', printBackground: true });
    pdfToPng(a4, join(SCREENSHOTS, 'treatment-report-a4'));
    await page.locator('.report-paper').screenshot({ path: join(SCREENSHOTS, 'treatment-report-390.png') });
    expect([pdfPageCount(a4), pdfPageCount(letter)]).toEqual([1, 1]);

    // The CSV: one row each, with the answers.
    await page.goto(server.url + '/settings');
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export treatments' }).click(),
    ]);
    expect(csv.suggestedFilename()).toBe('pain-journal-treatments-2026-03-04.csv');
    const csvPath = join(SCREENSHOTS, csv.suggestedFilename());
    await csv.saveAs(csvPath);
    const rows = parseCsv(readFileSync(csvPath, 'utf8').replace(/^\uFEFF/, ''));
    expect(rows.slice(1)).toEqual([
      ['2026-03-02', '09:00', IBUPROFEN, '', 'moderate', 'answered'],
      ['2026-03-03', '07:30', IBUPROFEN, '8', '', 'answered'],
      ['2026-03-04', '20:00', 'Hot bath', '', '', 'put away unanswered'],
    ]);

    // A backup, restored into a fresh profile, brings both rows back exactly.
    const backup = await backUpAndRestoreFresh(app, server.url);
    const fresh = backup.fresh;
    journey.fresh = fresh;
    const { original, restored } = backup;
    expect(original.treatments).toHaveLength(3);
    expect(backup.file.counts.treatments).toBe(3);
    expect(restored.treatments).toEqual(original.treatments);
    expect(restored.treatments.map((t: { helpedWords: string | null }) => t.helpedWords)).toContain('moderate');
    await fresh.page.goto(server.url + '/history');
    await expect.poll(() => fresh!.page.locator('.history-treatment').count()).toBe(3);
    expect(app.errors).toEqual([]);
    expect(fresh.errors).toEqual([]);
  });
});

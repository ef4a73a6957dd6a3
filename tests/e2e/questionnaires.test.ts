// Four weeks of the weekly PEG and the fortnightly Roland-Morris, through the UI only, with page.clock moving the days:
// a person whose usual place is the lower back checks in, is offered the PEG once a week (answering one week late,
// on the Thursday), and the Roland-Morris twice; the scores and their labels then show on the questionnaires screen,
// and the clinic export (FHIR R4) downloads, validates against the official schema and holds every check-in.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, PHONE, type App } from '../support/chromium';
import { fhirValidator } from '../support/fhir-schema';
import type { StaticServer } from '../support/static-server';
import { serve } from './support/app';
import { screenshotPage } from './support/screenshots';

type Page = App['page'];

const PEG_TITLE = 'Your weekly PEG';
const RMDQ_TITLE = 'Your back: the Roland-Morris';
const offer = (page: Page, title: string) => page.getByRole('region', { name: title });

/** Moves the page's clock to `iso` (London time is GMT in November) and opens Today. */
async function dayAt(page: Page, server: StaticServer, iso: string): Promise<void> {
  await page.clock.setSystemTime(new Date(iso));
  await page.goto(server.url + '/');
  await page.locator('.today-status').waitFor();
  await page.waitForLoadState('networkidle');
}

/** A check-in through Today's form: pain `n`, saved. */
async function checkIn(page: Page, n: number): Promise<void> {
  await page
    .getByRole('radiogroup', { name: 'How much does it hurt right now?' })
    .getByRole('radio', { name: String(n), exact: true })
    .click();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect.poll(() => page.getByRole('status').filter({ hasText: 'Saved' }).count()).toBeGreaterThan(0);
}

/** Answers the PEG from Today's offer with three numbers. */
async function answerPeg(page: Page, answers: [number, number, number]): Promise<void> {
  await offer(page, PEG_TITLE).getByRole('link', { name: 'Answer the PEG' }).click();
  await page.getByRole('heading', { name: 'PEG: your past week', level: 1 }).waitFor();
  const groups = page.getByRole('radiogroup');
  // The heading can paint before the form (its draft loads first): wait for the groups, then count them.
  await groups.first().waitFor();
  expect(await groups.count()).toBe(3);
  for (const [i, n] of answers.entries())
    await groups
      .nth(i)
      .getByRole('radio', { name: String(n), exact: true })
      .check();
  await page.getByRole('button', { name: 'Save PEG' }).click();
  await page.waitForURL((url) => url.pathname === '/');
}

/** Answers the Roland-Morris from Today's offer, ticking the statements numbered in `ticked` (1-based). */
async function answerRmdq(page: Page, ticked: number[]): Promise<void> {
  await offer(page, RMDQ_TITLE).getByRole('link', { name: 'Answer the Roland-Morris' }).click();
  await page.getByRole('heading', { name: 'Roland-Morris: your back today', level: 1 }).waitFor();
  const boxes = page.getByRole('group', { name: 'Tick each sentence that describes you today' }).getByRole('checkbox');
  await boxes.first().waitFor();
  expect(await boxes.count()).toBe(24);
  for (const n of ticked) await boxes.nth(n - 1).check();
  await expect
    .poll(() => page.locator('.questionnaire-score').textContent())
    .toBe(`${ticked.length} of 24 ticked: score ${ticked.length}/24.`);
  await page.getByRole('button', { name: 'Save Roland-Morris' }).click();
  await page.waitForURL((url) => url.pathname === '/');
}

describe('questionnaires over four weeks', () => {
  let server: StaticServer;
  let app: App;
  beforeAll(async () => {
    server = await serve();
    app = await launchApp({ origin: server.url, viewport: PHONE, firstRun: true, acceptDownloads: true });
  });
  afterAll(async () => {
    await app?.close();
    await server?.close();
  });

  it('offers the PEG once a week (answered one week late) and the Roland-Morris twice, and labels the changes', async () => {
    const { page } = app;
    // Monday 2 November 2026, 09:00 in London. No sessions yet, so the PEG day is Monday.
    await page.clock.install({ time: new Date('2026-11-02T09:00:00Z') });
    await page.goto(server.url + '/');
    await expect.poll(() => new URL(page.url()).pathname).toBe('/welcome');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByText('Choose from a list').click();
    await page.getByRole('checkbox', { name: 'Lower back' }).check();
    await page.getByRole('button', { name: /^Skip/ }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/checkin');

    // Week 1, Monday: both offered; both answered.
    await dayAt(page, server, '2026-11-02T09:05:00Z');
    await checkIn(page, 7);
    await offer(page, PEG_TITLE).waitFor();
    await offer(page, RMDQ_TITLE).waitFor();
    await screenshotPage(page, 'questionnaires-today-offers');
    await answerPeg(page, [6, 6, 7]);
    await offer(page, RMDQ_TITLE).waitFor();
    expect(await offer(page, PEG_TITLE).count()).toBe(0);
    await page.goto(server.url + '/questionnaires/rmdq');
    await page.locator('.questionnaire-statements').waitFor();
    await screenshotPage(page, 'questionnaires-rmdq-form');
    await page.goto(server.url + '/');
    await answerRmdq(page, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);

    // Tuesday: neither is offered again (never twice for one week; the Roland-Morris is fortnightly).
    await dayAt(page, server, '2026-11-03T18:00:00Z');
    await checkIn(page, 6);
    await page.getByRole('link', { name: 'Log a session' }).waitFor();
    await page.waitForTimeout(300);
    expect(await offer(page, PEG_TITLE).count()).toBe(0);
    expect(await offer(page, RMDQ_TITLE).count()).toBe(0);
    // Opening the PEG directly says this week's is answered, and offers to change it instead.
    await page.goto(server.url + '/questionnaires/peg');
    await page.getByText(/This week’s PEG is answered: 6\.3/).waitFor();

    // Week 2: offered on Monday, not answered; still open on Thursday, answered late for the same week.
    await dayAt(page, server, '2026-11-09T09:00:00Z');
    await checkIn(page, 6);
    await offer(page, PEG_TITLE).waitFor();
    expect(await offer(page, RMDQ_TITLE).count()).toBe(0);
    await dayAt(page, server, '2026-11-12T19:00:00Z');
    await checkIn(page, 5);
    await expect.poll(() => offer(page, PEG_TITLE).textContent()).toMatch(/Still open for the week from 9 Nov 2026/);
    await answerPeg(page, [6, 5, 6]);
    await dayAt(page, server, '2026-11-13T09:00:00Z');
    await page.waitForTimeout(300);
    expect(await offer(page, PEG_TITLE).count()).toBe(0);

    // Week 3: PEG, and the Roland-Morris again, 14 days after the first.
    await dayAt(page, server, '2026-11-15T09:00:00Z');
    await page.waitForTimeout(300);
    expect(await offer(page, RMDQ_TITLE).count()).toBe(0);
    await dayAt(page, server, '2026-11-16T09:00:00Z');
    await checkIn(page, 5);
    await answerPeg(page, [5, 4, 5]);
    await answerRmdq(page, [2, 3, 6, 12, 13, 18]);

    // Week 4: the PEG once more; the Roland-Morris is not due until 30 November.
    await dayAt(page, server, '2026-11-23T09:00:00Z');
    await checkIn(page, 4);
    expect(await offer(page, RMDQ_TITLE).count()).toBe(0);
    await answerPeg(page, [4, 4, 4]);
    await dayAt(page, server, '2026-11-29T09:00:00Z');
    await checkIn(page, 4);
    await page.waitForTimeout(300);
    expect(await offer(page, PEG_TITLE).count()).toBe(0);
    expect(await offer(page, RMDQ_TITLE).count()).toBe(0);

    // The questionnaires screen: four PEGs and two Roland-Morris, each change labelled by its rule.
    await page.goto(server.url + '/questionnaires');
    const peg = page.getByRole('region', { name: /^PEG/ });
    const rmdq = page.getByRole('region', { name: /^Roland-Morris/ });
    await expect.poll(() => peg.locator('.questionnaire-answers li').count()).toBe(4);
    expect(await rmdq.locator('.questionnaire-answers li').count()).toBe(2);
    expect(await peg.locator('.questionnaire-change').textContent()).toMatch(
      /6\.3 → 4\.0: Clinically meaningful improvement\..*Better by 2\.3 points \(37 %\): at least the minimal important difference of about 1 point \(Reed et al\., J Pain 2024\) and at least 30 % \(Krebs et al\., J Gen Intern Med 2009\)\./,
    );
    expect(await rmdq.locator('.questionnaire-change').textContent()).toMatch(
      /12\/24 → 6\/24: Clinically important improvement\..*Better by 6 points \(50 %\): at least 5 points and at least 30 % \(Ostelo et al\., Spine 2008\)\./,
    );
    await screenshotPage(page, 'questionnaires-list');

    // The report (six weeks: 18 Oct – 29 Nov) shows both, first → latest, with their labels and rules.
    await page.goto(server.url + '/trends/report');
    const paper = page.locator('.report-paper');
    await paper.locator('.rp-questionnaire').first().waitFor();
    const lines = await paper.locator('.rp-questionnaire').allTextContents();
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /^PEG 6\.3 → 4\.0 \(Mon 2 Nov → Mon 23 Nov, 4 answers\): Clinically meaningful improvement\. Better by 2\.3 points/,
    );
    expect(lines[1]).toMatch(
      /^Roland-Morris 12\/24 → 6\/24 \(Mon 2 Nov → Mon 16 Nov, 2 answers\): Clinically important improvement\. Better by 6 points \(50 %\): at least 5 points and at least 30 % \(Ostelo et al\., Spine 2008\)\./,
    );
    await screenshotPage(page, 'questionnaires-report');

    // Trends (six weeks): a panel with each score over time, the band around the baseline and its rule, in words too.
    await page.goto(server.url + '/trends?range=6w');
    const panel = page.getByRole('region', { name: 'Questionnaires' });
    await panel.locator('#questionnaire-rmdq24-chart').waitFor();
    expect(await panel.locator('h3').allTextContents()).toEqual(['PEG', 'Roland-Morris']);
    const changes = await panel.locator('.trend-questionnaire-change').allTextContents();
    expect(changes[0]).toMatch(
      /^6\.3 → 4\.0 \(Mon 2 Nov → Mon 23 Nov, 4 answers\): Clinically meaningful improvement\./,
    );
    expect(changes[1]).toMatch(
      /^12\/24 → 6\/24 \(Mon 2 Nov → Mon 16 Nov, 2 answers\): Clinically important improvement\./,
    );
    const pegLabel = await panel.locator('#questionnaire-peg-chart').getAttribute('aria-label');
    expect(pegLabel).toContain('Shaded: 5.3 to 7.3, less than 1 point from the first score 6.3');
    expect(pegLabel).toContain('Dashed line: 4.4, 30 % below the first score');
    expect(await panel.locator('#questionnaire-rmdq24-chart').getAttribute('aria-label')).toContain(
      'Shaded: less than 3.6 points from the first score 12/24, a change smaller than both 5 points and 30 %',
    );
    await panel.getByText('Show the PEG as a table').click();
    await expect
      .poll(() => panel.getByRole('table').first().locator('tbody tr').allTextContents())
      .toEqual(['Mon 2 Nov6.30', 'Thu 12 Nov5.7−0.6', 'Mon 16 Nov4.7−1.6', 'Mon 23 Nov4.0−2.3']);
    await screenshotPage(page, 'questionnaires-trends');

    // Two weeks (16–29 Nov): the baseline is the first answer in the range, so the labels change with it.
    await page.locator('input[name="range"][value="2w"]').check();
    await expect
      .poll(() => panel.locator('.trend-questionnaire-change').allTextContents())
      .toEqual([
        expect.stringMatching(/^4\.7 → 4\.0 \(Mon 16 Nov → Mon 23 Nov, 2 answers\): Within the MID\./),
        '6/24 (Mon 16 Nov, one answer: no change to judge yet).',
      ]);
    expect(await panel.locator('#questionnaire-peg-chart').getAttribute('aria-label')).toContain(
      'Shaded: 3.7 to 5.7, less than 1 point from the first score 4.7',
    );
    await screenshotPage(page, 'questionnaires-trends-2weeks');

    // The clinic export: More → Export for a clinic (FHIR), all time. The file downloads, parses, is valid FHIR R4,
    // and holds every check-in of the range as a LOINC 72514-3 Observation, the four PEGs and the two Roland-Morris.
    await page.goto(server.url + '/more');
    await page.getByRole('link', { name: /Export for a clinic \(FHIR\)/ }).click();
    await page.getByRole('heading', { name: 'Export for a clinic', level: 1 }).waitFor();
    await screenshotPage(page, 'questionnaires-fhir-export');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export for a clinic (FHIR)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('pain-journal-fhir-2026-11-29.json');
    const bundle = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    const validate = fhirValidator();
    expect(validate(bundle), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
    const all = bundle.entry.map((e: { resource: Record<string, unknown> }) => e.resource);
    const pain = all.filter((r: { code?: { coding?: { code: string }[] } }) => r.code?.coding?.[0]?.code === '72514-3');
    expect(pain.map((o: { valueInteger: number }) => o.valueInteger)).toEqual([7, 6, 6, 5, 5, 4, 4]);
    expect(all.filter((r: { resourceType: string }) => r.resourceType === 'QuestionnaireResponse')).toHaveLength(2);
    const pegs = all.filter((r: { component?: unknown[]; valueQuantity?: unknown }) => r.valueQuantity);
    expect(pegs.map((o: { valueQuantity: { value: number } }) => o.valueQuantity.value)).toEqual([6.3, 5.7, 4.7, 4]);
    expect(all.some((r: { resourceType: string }) => r.resourceType === 'Patient')).toBe(false);
    expect(app.errors).toEqual([]);
    expect(app.leaks).toEqual([]);
  });
});

// Nothing lost with two windows open on one journal (two pages of one profile, as a person opens a second tab): a
// save merges with what the other window saved, a field changed on both sides is the person's to choose, each window
// keeps its own draft, and a crash just after Save leaves the check-in or its draft, never both.
import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { type App, launchApp } from '../support/chromium';
import type { StaticServer } from '../support/static-server';
import { serve } from './support/app';
import { inDataLayer } from './support/data-layer';
import { SCREENSHOTS } from './support/screenshots';

interface Row {
  id: string;
  pain: number;
  note: string;
  updatedAt: string;
}

const stored = (page: Page, id: string) =>
  inDataLayer(page, (layer, rowId: string) => layer.getCheckin(rowId), id) as Promise<Row>;

async function openEdit(page: Page, url: string, id: string): Promise<void> {
  await page.goto(`${url}/history/checkin/${id}`);
  await page.getByRole('form', { name: 'Edit check-in' }).waitFor();
  await page.getByLabel('Note').waitFor();
}

async function saveEdit(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Save', exact: true }).click();
}

/**
 * Chromium on the app with a running clock from a fixed Wednesday morning (Europe/London, so UTC), for every window
 * of its profile: rows seeded "an hour ago" are on the same day whenever the suite runs. On the real clock, a run just
 * after midnight put them on yesterday. (The crash test keeps the real clock: it seeds nothing in the past, and its
 * relaunched browser would start the clock again from the same moment.)
 */
async function launchOnMorning(origin: string): Promise<App> {
  const app = await launchApp({ origin });
  await app.page.clock.install({ time: new Date('2026-11-18T10:00:00Z') });
  return app;
}

/** The browser's main process for a profile (as in crash.test.ts). */
function browserPid(profileDir: string): number {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let cmdline: string[];
    try {
      cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
    } catch {
      continue;
    }
    if (cmdline.includes(`--user-data-dir=${profileDir}`) && !cmdline.some((arg) => arg.startsWith('--type=')))
      return Number(entry);
  }
  throw new Error(`No Chromium process for ${profileDir}`);
}

describe('two windows on one journal', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await serve();
  });
  afterAll(async () => server?.close());

  it('a save in window B keeps the note window A saved meanwhile, and B showed it before saving', async () => {
    const app = await launchOnMorning(server.url);
    try {
      const a = app.page;
      await a.goto(`${server.url}/`);
      const { id } = (await inDataLayer(a, (layer) =>
        layer.saveCheckin({
          pain: 6,
          note: 'Stiff in the morning',
          at: new Date(Date.now() - 3_600_000).toISOString(),
        }),
      )) as Row;
      const b = await app.newPage();
      await openEdit(a, server.url, id);
      await openEdit(b, server.url, id);

      // B changes the pain first (not saved yet); A changes the note and saves.
      await b
        .getByRole('radiogroup', { name: 'How much did it hurt?' })
        .getByRole('radio', { name: '3', exact: true })
        .click();
      await a.getByLabel('Note').fill('Better after the walk');
      await saveEdit(a);
      await expect.poll(async () => (await stored(a, id)).note).toBe('Better after the walk');

      // B follows the stored note live, since nobody touched it there, and keeps its own pain.
      await expect.poll(() => b.getByLabel('Note').inputValue()).toBe('Better after the walk');
      await saveEdit(b);
      await expect.poll(async () => (await stored(a, id)).pain).toBe(3);
      const row = await stored(a, id);
      expect({ pain: row.pain, note: row.note }).toEqual({ pain: 3, note: 'Better after the walk' });
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('the same field changed in both windows shows both values; nothing is written until the person chooses', async () => {
    const app = await launchOnMorning(server.url);
    try {
      const a = app.page;
      await a.goto(`${server.url}/`);
      const { id } = (await inDataLayer(a, (layer) =>
        layer.saveCheckin({ pain: 5, note: 'Before', at: new Date(Date.now() - 3_600_000).toISOString() }),
      )) as Row;
      const b = await app.newPage();
      await openEdit(a, server.url, id);
      await openEdit(b, server.url, id);

      await b.getByLabel('Note').fill('Typed in B');
      await a.getByLabel('Note').fill('Saved from A');
      await saveEdit(a);
      await expect.poll(async () => (await stored(a, id)).note).toBe('Saved from A');
      const afterA = await stored(a, id);

      // B sees the conflict with both values; its typing stays in the field.
      const choices = b.getByRole('alert').filter({ hasText: 'Changed in another window too' });
      await choices.waitFor();
      await expect.poll(() => choices.textContent()).toContain('Keep yours: Typed in B');
      expect(await choices.textContent()).toContain('Use the other window’s: Saved from A');
      expect(await b.getByLabel('Note').inputValue()).toBe('Typed in B');

      // Save before choosing writes nothing and says why.
      await saveEdit(b);
      await b.getByText('Choose what to keep of the changes made in another window, then save.').waitFor();
      expect(await stored(a, id)).toEqual(afterA);

      await choices.getByRole('button', { name: /Keep yours/ }).click();
      await saveEdit(b);
      await expect.poll(async () => (await stored(a, id)).note).toBe('Typed in B');
      expect((await stored(a, id)).pain).toBe(5);
    } finally {
      await app.close();
    }
  });

  it('a measure and an activity edited in two windows: a change from the other follows, a clash asks', async () => {
    const app = await launchOnMorning(server.url);
    try {
      const a = app.page;
      await a.goto(`${server.url}/`);
      const ids = (await inDataLayer(a, async (layer) => ({
        measure: (await layer.addMeasure({ name: 'Recovery', unit: 'hours', better: 'lower' })).id,
        activity: (await layer.addActivity('Sitting at my desk')).id,
      }))) as { measure: string; activity: string };
      const b = await app.newPage();
      for (const page of [a, b]) {
        await page.goto(`${server.url}/activities`);
        await page.getByRole('button', { name: 'Edit “Recovery”' }).click();
      }
      const name = (page: Page) => page.locator(`#measure-${ids.measure}-name`);
      const unit = (page: Page) => page.locator(`#measure-${ids.measure}-unit`);
      const measure = () =>
        inDataLayer(
          a,
          (layer, id: string) => layer.listMeasures().then((all: { id: string }[]) => all.find((m) => m.id === id)),
          ids.measure,
        ) as Promise<{ name: string; unit: string }>;

      // A changes the unit only; B renames and saves: A's untouched name follows, and A's save keeps both.
      await unit(a).fill('h');
      await name(b).fill('Recovery time');
      await b.getByRole('button', { name: 'Save changes' }).click();
      await expect.poll(async () => (await measure()).name).toBe('Recovery time');
      await expect.poll(() => name(a).inputValue()).toBe('Recovery time');
      expect(await unit(a).inputValue()).toBe('h');
      await a.getByRole('button', { name: 'Save changes' }).click();
      await expect.poll(async () => measure()).toMatchObject({ name: 'Recovery time', unit: 'h' });

      // Both rename the activity: the window saving second is asked, and nothing is written until it chooses.
      for (const page of [a, b]) await page.getByRole('button', { name: 'Edit “Sitting at my desk”' }).click();
      const rename = (page: Page) => page.locator(`#rename-${ids.activity}`);
      await rename(a).fill('Desk work');
      await rename(b).fill('Sitting');
      await b.getByRole('button', { name: 'Save name' }).click();
      const activity = () =>
        inDataLayer(a, (layer) => layer.listActivities()).then(
          (all: { id: string; name: string }[]) => all.find((x) => x.id === ids.activity)!.name,
        );
      await expect.poll(activity).toBe('Sitting');
      const choices = a.getByRole('alert').filter({ hasText: 'Changed in another window too' });
      await choices.waitFor();
      expect(await rename(a).inputValue()).toBe('Desk work');
      await a.getByRole('button', { name: 'Save name' }).click();
      await a.getByText('Choose which name to keep above, then save.').waitFor();
      expect(await activity()).toBe('Sitting');
      await choices.getByRole('button', { name: /Keep yours/ }).click();
      await a.getByRole('button', { name: 'Save name' }).click();
      await expect.poll(activity).toBe('Desk work');
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('each window keeps its own draft of a new check-in; a closed window’s draft comes back in the next one', async () => {
    const app = await launchOnMorning(server.url);
    try {
      const a = app.page;
      const b = await app.newPage();
      for (const [page, text] of [
        [a, 'Typed in window A'],
        [b, 'Typed in window B'],
      ] as const) {
        await page.goto(`${server.url}/checkin`);
        await page
          .getByRole('radiogroup', { name: 'How much does it hurt right now?' })
          .getByRole('radio', { name: '4', exact: true })
          .click();
        await page.getByLabel('Note').fill(text);
      }
      await expect
        .poll(async () =>
          ((await inDataLayer(a, (layer) => layer.listDrafts('checkin:new'))) as { typed: { note: string } }[])
            .map((d) => d.typed.note)
            .sort(),
        )
        .toEqual(['Typed in window A', 'Typed in window B']);

      // A reload of A brings back A's own typing, not B's.
      await a.reload();
      await expect.poll(() => a.getByLabel('Note').inputValue()).toBe('Typed in window A');

      // B is closed unsaved: the next window that opens the form gets B's typing back, and A still has its own.
      await b.close();
      const c = await app.newPage();
      await c.goto(`${server.url}/checkin`);
      await expect.poll(() => c.getByLabel('Note').inputValue()).toBe('Typed in window B');
      await c.getByText('Restored what you were typing.').waitFor();
      expect(await a.getByLabel('Note').inputValue()).toBe('Typed in window A');

      // Saving in C ends only C's draft: A's is still kept.
      await c.getByRole('button', { name: 'Save', exact: true }).click();
      await expect
        .poll(async () =>
          ((await inDataLayer(a, (layer) => layer.listDrafts('checkin:new'))) as { typed: { note: string } }[]).map(
            (d) => d.typed.note,
          ),
        )
        .toEqual(['Typed in window A']);
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('with two drafts left by closed windows, offers each with when it was typed; discarding removes only that one', async () => {
    const app = await launchOnMorning(server.url);
    try {
      const a = app.page;
      await a.goto(`${server.url}/`);
      await inDataLayer(a, async (layer) => {
        const blank = { pain: null, regions: null, regionPain: {}, qualities: [], mobility: {}, measures: {}, at: '' };
        await layer.saveDraft('checkin:new@gone0001', { typed: { ...blank, pain: 7, note: 'First closed window' } });
        await layer.saveDraft('checkin:new@gone0002', { typed: { ...blank, pain: 2, note: 'Second closed window' } });
      });
      await a.goto(`${server.url}/checkin`);
      const offers = a.getByRole('region', { name: 'Other unsaved check-ins' });
      await offers.waitFor();
      expect(await offers.textContent()).toContain('2 other unsaved check-ins');
      expect(await offers.textContent()).toMatch(/Typed .*pain 7 · “First closed window”/);
      expect(await offers.textContent()).toMatch(/Typed .*pain 2 · “Second closed window”/);
      // Nothing was put into the form by itself.
      expect(
        await a.getByRole('radiogroup', { name: 'How much does it hurt right now?' }).locator('input:checked').count(),
      ).toBe(0);

      await offers
        .getByRole('listitem')
        .filter({ hasText: 'First closed window' })
        .getByRole('button', { name: 'Discard it' })
        .click();
      await offers.getByRole('button', { name: 'Continue this one' }).click();
      await expect.poll(() => a.getByLabel('Note').inputValue()).toBe('Second closed window');
      await expect
        .poll(async () =>
          ((await inDataLayer(a, (layer) => layer.listDrafts('checkin:new'))) as { typed: { note: string } }[]).map(
            (d) => d.typed.note,
          ),
        )
        .toEqual(['Second closed window']);
    } finally {
      await app.close();
    }
  });
});

describe('a crash just after Save', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await serve();
  });
  afterAll(async () => server?.close());

  it('SIGKILL 12–18 ms after Save, four times: the check-in or its draft comes back, never both, never two rows', async () => {
    const outcomes: string[] = [];
    let app = await launchApp({ origin: server.url });
    const profileDir = app.profileDir;
    try {
      for (const [round, delay] of [12, 14, 16, 18].entries()) {
        const page = app.page;
        await page.goto(`${server.url}/`);
        const before = (await inDataLayer(page, (layer) => layer.countCheckins())) as number;
        const note = `Round ${round + 1}`;
        await page
          .getByRole('radiogroup', { name: 'How much does it hurt right now?' })
          .getByRole('radio', { name: '6', exact: true })
          .click();
        await page.getByRole('button', { name: /more details/i }).click();
        await page.getByLabel('Note').fill(note);
        // The draft is stored before Save, as a person's typing would be.
        await expect
          .poll(async () => ((await inDataLayer(page, (layer) => layer.listDrafts('checkin:new'))) as unknown[]).length)
          .toBe(1);
        await page.getByRole('button', { name: 'Save', exact: true }).click();
        await new Promise((resolve) => setTimeout(resolve, delay));
        process.kill(browserPid(profileDir), 'SIGKILL');
        await new Promise<void>((resolve) =>
          app.context.pages().length === 0 ? resolve() : app.context.once('close', () => resolve()),
        );
        await app.close({ keepProfile: true });

        app = await launchApp({ origin: server.url, profileDir });
        await app.page.goto(`${server.url}/`);
        await app.page.getByRole('radiogroup', { name: 'How much does it hurt right now?' }).waitFor();
        const rows = ((await inDataLayer(app.page, (layer) => layer.countCheckins())) as number) - before;
        const drafts = (await inDataLayer(app.page, (layer) => layer.listDrafts('checkin:new'))) as unknown[];
        const restored = await app.page
          .getByText('Restored what you were typing.')
          .waitFor({ timeout: 3_000 })
          .then(
            () => true,
            () => false,
          );
        outcomes.push(`${delay} ms → ${rows} new row(s), ${drafts.length} draft(s), restored shown: ${restored}`);
        expect(rows + drafts.length, outcomes.at(-1)).toBe(1);
        expect(restored).toBe(drafts.length === 1);
        // Whatever came back is saved once: the next round starts from an empty form.
        if (restored) {
          await app.page.getByRole('button', { name: 'Save', exact: true }).click();
          await expect.poll(() => inDataLayer(app.page, (layer) => layer.listDrafts('checkin:new'))).toEqual([]);
        }
      }
      console.log(`\nKilled Chromium just after Save:\n  ${outcomes.join('\n  ')}\n`);
    } finally {
      await app.close();
    }
  }, 300_000);
});

interface PlanRow {
  name: string;
  times: number;
  note: string;
}

describe('plan items, treatments, questionnaire answers, goals and sessions edited in two windows', () => {
  let server: StaticServer;
  let app: App;
  let a: Page;
  let b: Page;
  beforeAll(async () => {
    server = await serve();
    app = await launchOnMorning(server.url);
    a = app.page;
    b = await app.newPage();
    await a.goto(`${server.url}/`);
  });
  afterAll(async () => {
    await app?.close();
    await server?.close();
  });

  /** Opens `path` in both windows (B opened before A saves, as a second tab left open). */
  async function openBoth(path: string, ready: (page: Page) => Promise<unknown>): Promise<void> {
    for (const page of [a, b]) {
      await page.goto(`${server.url}${path}`);
      await ready(page);
    }
  }

  const conflictIn = (page: Page) => page.getByRole('alert').filter({ hasText: 'Changed in another window too' });

  it('plan item: A changes the note, B (open before) the times a day: both are kept', async () => {
    const { id } = (await inDataLayer(a, (layer) =>
      layer.savePlanItem({ name: 'Doorway stretch', kind: 'stretch', per: 'day', times: 1 }),
    )) as { id: string };
    const item = () => inDataLayer(a, (layer, itemId: string) => layer.getPlanItem(itemId), id) as Promise<PlanRow>;
    await openBoth(`/plan/${id}/edit`, (page) => page.getByLabel('Times a day').waitFor());

    await b.getByLabel('Times a day').fill('3');
    await a.getByLabel('Note (optional)').fill('Hold for 30 seconds');
    await a.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(async () => (await item()).note).toBe('Hold for 30 seconds');
    // B follows the note it did not touch, live, and keeps its own times.
    await expect.poll(() => b.getByLabel('Note (optional)').inputValue()).toBe('Hold for 30 seconds');
    expect(await b.getByLabel('Times a day').inputValue()).toBe('3');
    await b.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(async () => (await item()).times).toBe(3);
    expect(await item()).toMatchObject({ times: 3, note: 'Hold for 30 seconds' });
    expect(await inDataLayer(a, (layer, key: string) => layer.listDrafts(key), `plan:${id}`)).toEqual([]);
    expect(app.errors).toEqual([]);
  });

  it('plan item: the name changed in both windows shows both; nothing is written until B chooses', async () => {
    const { id } = (await inDataLayer(a, (layer) =>
      layer.savePlanItem({ name: 'Heat pack', kind: 'heat', per: 'day', times: 2, note: 'On the lower back' }),
    )) as { id: string };
    const item = () => inDataLayer(a, (layer, itemId: string) => layer.getPlanItem(itemId), id) as Promise<PlanRow>;
    await openBoth(`/plan/${id}/edit`, (page) => page.getByLabel('What to do').waitFor());

    await b.getByLabel('What to do').fill('Heat pack, 20 minutes');
    await b.getByLabel('Times a day').fill('1');
    await a.getByLabel('What to do').fill('Warm shower');
    await a.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(async () => (await item()).name).toBe('Warm shower');
    const afterA = await item();

    const choices = conflictIn(b);
    await choices.waitFor();
    await expect.poll(() => choices.textContent()).toContain('Keep yours: Heat pack, 20 minutes');
    expect(await choices.textContent()).toContain('Use the other window’s: Warm shower');
    expect(await choices.textContent()).toContain('What to do');
    expect(await b.getByLabel('What to do').inputValue()).toBe('Heat pack, 20 minutes');
    await choices.scrollIntoViewIfNeeded();
    await b.screenshot({ path: join(SCREENSHOTS, 'two-windows-plan-clash-390.png') });

    await b.getByRole('button', { name: 'Save changes' }).click();
    await b.getByText('Choose what to keep of the changes made in another window, then save.').waitFor();
    expect(await item()).toEqual(afterA);

    await choices.getByRole('button', { name: /Use the other window’s/ }).click();
    await expect.poll(() => b.getByLabel('What to do').inputValue()).toBe('Warm shower');
    await b.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(async () => (await item()).times).toBe(1);
    expect(await item()).toMatchObject({ name: 'Warm shower', times: 1, note: 'On the lower back' });
    expect(app.errors).toEqual([]);
  });

  it('treatment: A answers "did it help?", B (open before) renames it: both are kept', async () => {
    const { id } = (await inDataLayer(a, (layer) =>
      layer.saveTreatment({ what: 'Hot bath', at: new Date(Date.now() - 3_600_000).toISOString() }),
    )) as { id: string };
    const row = () =>
      inDataLayer(a, (layer, rowId: string) => layer.getTreatment(rowId), id) as Promise<{
        what: string;
        helped: number | null;
      }>;
    await openBoth(`/treatments/${id}`, (page) => page.getByLabel('What did you take or do?').waitFor());

    await b.getByLabel('What did you take or do?').fill('Warm bath');
    await a
      .getByRole('radiogroup', { name: /Did it help/ })
      .getByRole('radio', { name: '7', exact: true })
      .click();
    await a.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(async () => (await row()).helped).toBe(7);
    await expect
      .poll(() =>
        b
          .getByRole('radiogroup', { name: /Did it help/ })
          .locator('input:checked')
          .getAttribute('value'),
      )
      .toBe('7');
    await b.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(async () => (await row()).what).toBe('Warm bath');
    expect(await row()).toMatchObject({ what: 'Warm bath', helped: 7 });
    expect(await inDataLayer(a, (layer, key: string) => layer.listDrafts(key), `treatment:${id}`)).toEqual([]);
    expect(app.errors).toEqual([]);
  });

  it('treatment: "did it help?" answered differently in both windows shows both; nothing is written until B chooses', async () => {
    const { id } = (await inDataLayer(a, (layer) =>
      layer.saveTreatment({ what: 'Ibuprofen 400 mg', at: new Date(Date.now() - 3_600_000).toISOString() }),
    )) as { id: string };
    const row = () =>
      inDataLayer(a, (layer, rowId: string) => layer.getTreatment(rowId), id) as Promise<{
        what: string;
        helped: number | null;
        updatedAt: string;
      }>;
    const helped = (page: Page) => page.getByRole('radiogroup', { name: /Did it help/ });
    await openBoth(`/treatments/${id}`, (page) => page.getByLabel('What did you take or do?').waitFor());

    await helped(b).getByRole('radio', { name: '3', exact: true }).click();
    await helped(a).getByRole('radio', { name: '7', exact: true }).click();
    await a.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(async () => (await row()).helped).toBe(7);
    const afterA = await row();

    const choices = conflictIn(b);
    await choices.waitFor();
    await expect.poll(() => choices.textContent()).toContain('Keep yours: 3 of 10');
    expect(await choices.textContent()).toContain('Use the other window’s: 7 of 10');
    expect(await choices.textContent()).toContain('Did it help?');
    expect(await helped(b).locator('input:checked').getAttribute('value')).toBe('3');

    await b.getByRole('button', { name: 'Save changes' }).click();
    await b.getByText('Choose what to keep of the changes made in another window, then save.').waitFor();
    expect(await row()).toEqual(afterA);

    await choices.getByRole('button', { name: /Keep yours/ }).click();
    await b.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(async () => (await row()).helped).toBe(3);
    expect(await row()).toMatchObject({ what: 'Ibuprofen 400 mg', helped: 3 });
    expect(await inDataLayer(a, (layer, key: string) => layer.listDrafts(key), `treatment:${id}`)).toEqual([]);
    expect(app.errors).toEqual([]);
  });

  /** A PEG answered `daysAgo` days ago, for the week that began that day, through the data layer. */
  async function pegAnswered(daysAgo: number, answers: number[]): Promise<string> {
    const { id } = (await inDataLayer(
      a,
      (layer, given: { daysAgo: number; answers: number[] }) => {
        const at = new Date(Date.now() - given.daysAgo * 86_400_000);
        const two = (n: number) => String(n).padStart(2, '0');
        const day = `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())}`;
        return layer.saveQuestionnaire({ instrument: 'peg', answers: given.answers, at: at.toISOString(), week: day });
      },
      { daysAgo, answers },
    )) as { id: string };
    return id;
  }
  const answerRow = (id: string) =>
    inDataLayer(a, (layer, rowId: string) => layer.getQuestionnaire(rowId), id) as Promise<{
      answers: number[];
      updatedAt: string;
    }>;
  const pegItem = (page: Page, i: number) => page.getByRole('radiogroup').nth(i);
  /** The number chosen for PEG item `i` (0-based), or null when none is. */
  const chosen = (page: Page, i: number) =>
    pegItem(page, i)
      .locator('input:checked')
      .evaluateAll((inputs) => (inputs[0] as HTMLInputElement | undefined)?.value ?? null);

  it('questionnaire: item 2 changed and saved in B shows in A, which changed item 3; A’s save keeps both', async () => {
    const id = await pegAnswered(10, [6, 6, 7]);
    await openBoth(`/questionnaires/answer/${id}`, (page) => pegItem(page, 2).waitFor());

    await pegItem(a, 2).getByRole('radio', { name: '9', exact: true }).click();
    await pegItem(b, 1).getByRole('radio', { name: '4', exact: true }).click();
    await b.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(async () => (await answerRow(id)).answers).toEqual([6, 4, 7]);

    // A follows item 2, which it did not touch, live, and keeps its own item 3.
    await expect.poll(() => chosen(a, 1)).toBe('4');
    expect(await chosen(a, 2)).toBe('9');
    expect(await conflictIn(a).count()).toBe(0);
    await a.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(async () => (await answerRow(id)).answers).toEqual([6, 4, 9]);
    expect(await inDataLayer(a, (layer, key: string) => layer.listDrafts(key), `questionnaire:${id}`)).toEqual([]);
    expect(app.errors).toEqual([]);
  });

  it('questionnaire: item 3 answered differently in both windows shows both; nothing is written until A chooses', async () => {
    const id = await pegAnswered(20, [5, 5, 5]);
    await openBoth(`/questionnaires/answer/${id}`, (page) => pegItem(page, 2).waitFor());

    await pegItem(a, 2).getByRole('radio', { name: '9', exact: true }).click();
    await pegItem(b, 0).getByRole('radio', { name: '2', exact: true }).click();
    await pegItem(b, 2).getByRole('radio', { name: '3', exact: true }).click();
    await b.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(async () => (await answerRow(id)).answers).toEqual([2, 5, 3]);
    const afterB = await answerRow(id);

    const choices = conflictIn(a);
    await choices.waitFor();
    await expect.poll(() => choices.textContent()).toContain('Keep yours: 9 of 10');
    expect(await choices.textContent()).toContain('Use the other window’s: 3 of 10');
    expect(await choices.textContent()).toContain('3. What number best describes how, during the past week, pain');
    expect(await chosen(a, 2)).toBe('9');
    // The item only B changed is taken while the clash waits.
    await expect.poll(() => chosen(a, 0)).toBe('2');
    await choices.scrollIntoViewIfNeeded();
    await a.screenshot({ path: join(SCREENSHOTS, 'two-windows-questionnaire-clash.png') });

    await a.getByRole('button', { name: 'Save changes' }).click();
    await a.getByText('Choose what to keep of the changes made in another window, then save.').waitFor();
    expect(await answerRow(id)).toEqual(afterB);

    await choices.getByRole('button', { name: /Keep yours/ }).click();
    await a.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(async () => (await answerRow(id)).answers).toEqual([2, 5, 9]);
    expect(app.errors).toEqual([]);
  });

  it('questionnaire: answers chosen but not saved come back after a reload', async () => {
    await a.goto(`${server.url}/questionnaires/peg`);
    await pegItem(a, 2).waitFor();
    await pegItem(a, 0).getByRole('radio', { name: '5', exact: true }).click();
    await pegItem(a, 2).getByRole('radio', { name: '8', exact: true }).click();
    await expect
      .poll(async () =>
        ((await inDataLayer(a, (layer) => layer.listDrafts('questionnaire:peg:new'))) as { typed: unknown }[]).map(
          (d) => d.typed,
        ),
      )
      .toEqual([{ a0: 5, a1: null, a2: 8 }]);
    await a.reload();
    await a.getByText('You were part-way through this questionnaire.').waitFor();
    expect([await chosen(a, 0), await chosen(a, 1), await chosen(a, 2)]).toEqual(['5', null, '8']);
    await a.getByRole('button', { name: 'Start again' }).click();
    await expect.poll(() => inDataLayer(a, (layer) => layer.listDrafts('questionnaire:peg:new'))).toEqual([]);
    expect(app.errors).toEqual([]);
  });

  it('goal: the target changed in both windows shows both; nothing is written until B chooses, B’s baseline is kept', async () => {
    const { id } = (await inDataLayer(a, (layer) => {
      const day = (offset: number) => {
        const d = new Date(Date.now() + offset * 86_400_000);
        const two = (n: number) => String(n).padStart(2, '0');
        return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
      };
      return layer.saveGoal({ kind: 'pain', baseline: 7, target: 3, startDay: day(-7), dueDay: day(35) });
    })) as { id: string };
    const goal = () =>
      inDataLayer(a, (layer, goalId: string) => layer.getGoal(goalId), id) as Promise<{
        baseline: number;
        target: number;
        updatedAt: string;
      }>;
    await openBoth(`/goals/${id}`, (page) => page.getByLabel('Target').waitFor());

    await b.getByLabel('Baseline: where it is now').fill('6');
    await b.getByLabel('Target').fill('4');
    await a.getByLabel('Target').fill('2');
    await a.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(async () => (await goal()).target).toBe(2);
    const afterA = await goal();

    const choices = conflictIn(b);
    await choices.waitFor();
    await expect.poll(() => choices.textContent()).toContain('Keep yours: 4');
    expect(await choices.textContent()).toContain('Use the other window’s: 2');
    expect(await b.getByLabel('Target').inputValue()).toBe('4');
    await b.getByRole('button', { name: 'Save changes' }).click();
    await b.getByText('Choose what to keep of the changes made in another window, then save.').waitFor();
    expect(await goal()).toEqual(afterA);

    await choices.getByRole('button', { name: /Keep yours/ }).click();
    await b.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(async () => (await goal()).target).toBe(4);
    expect(await goal()).toMatchObject({ baseline: 6, target: 4 });
    expect(await inDataLayer(a, (layer, key: string) => layer.listDrafts(key), `goal:${id}`)).toEqual([]);
    expect(app.errors).toEqual([]);
  });

  it('session: A changes who it was with, B (open before) the note: both are kept', async () => {
    const { id } = (await inDataLayer(a, (layer) =>
      layer.saveSession({
        provider: 'Anna at Body Works',
        durationMin: 60,
        at: new Date(Date.now() - 3_600_000).toISOString(),
      }),
    )) as { id: string };
    const session = () =>
      inDataLayer(a, (layer, sessionId: string) => layer.getSession(sessionId), id) as Promise<{
        provider: string;
        note: string;
        durationMin: number;
      }>;
    await openBoth(`/sessions/${id}/edit`, (page) => page.getByLabel('Note (optional)').waitFor());

    await b.getByLabel('Note (optional)').fill('Tight on the left side.');
    await a.getByLabel('Therapist or clinic (optional)').fill('Sam at Northside');
    await a.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(async () => (await session()).provider).toBe('Sam at Northside');
    // B follows the provider it did not touch, live, and keeps its own note.
    await expect.poll(() => b.getByLabel('Therapist or clinic (optional)').inputValue()).toBe('Sam at Northside');
    expect(await conflictIn(b).count()).toBe(0);
    await b.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(async () => (await session()).note).toBe('Tight on the left side.');
    expect(await session()).toMatchObject({
      provider: 'Sam at Northside',
      note: 'Tight on the left side.',
      durationMin: 60,
    });
    expect(app.errors).toEqual([]);
  });

  it('plan item: a name typed but not saved comes back after a reload', async () => {
    await a.goto(`${server.url}/plan/new`);
    await a.getByLabel('What to do').fill('Chin tucks');
    await a.getByLabel('Note (optional)').fill('At my desk');
    await expect
      .poll(async () =>
        ((await inDataLayer(a, (layer) => layer.listDrafts('plan:new'))) as { typed: { name: string } }[]).map(
          (d) => d.typed.name,
        ),
      )
      .toEqual(['Chin tucks']);
    await a.reload();
    await expect.poll(() => a.getByLabel('What to do').inputValue()).toBe('Chin tucks');
    expect(await a.getByLabel('Note (optional)').inputValue()).toBe('At my desk');
    await a.getByText('You were part-way through this plan item.').waitFor();
    await a.getByRole('button', { name: 'Add to my plan' }).click();
    await a.waitForURL(`${server.url}/plan`);
    expect(await inDataLayer(a, (layer) => layer.listDrafts('plan:new'))).toEqual([]);
    expect(app.errors).toEqual([]);
  });
});

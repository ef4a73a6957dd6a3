// Activities and measures as a new user meets them: examples in one tap, own words, the limit of five, archive and
// bring back, rename, a measure with its direction, and a half-typed name that survives a reload.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../support/chromium';
import type { StaticServer } from '../support/static-server';
import { openApp } from './support/app';
import { inDataLayer } from './support/data-layer';
import { checkBothSchemes } from './support/looks';

describe('activities and measures', () => {
  let app: App;
  let server: StaticServer;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ app, server, close } = await openApp());
    await app.page.goto(server.url + '/activities');
    await app.page.getByRole('heading', { name: 'Mobility activities' }).waitFor();
  });
  afterAll(async () => close?.());

  const page = () => app.page;
  const activeNames = () => page().locator('.activities-list').first().locator('.activities-name').allTextContents();
  const activeInLayer = () =>
    inDataLayer(page(), async (layer) => (await layer.activeActivities()).map((a: { name: string }) => a.name));

  it('explains the 0–10 scale and adds two examples with one tap each and one in the person’s own words', async () => {
    await expect
      .poll(() => page().locator('main').textContent())
      .toMatch(/0 = unable.*10 = as well as before the problem/);
    await page().getByRole('button', { name: 'Reach the top shelf' }).click();
    await expect.poll(activeNames).toEqual(['Reach the top shelf']);
    await page().getByRole('button', { name: 'Sit through a movie' }).click();
    await page().getByLabel('Add an activity in your own words').fill('Garden for an hour');
    await page().getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(activeNames).toEqual(['Reach the top shelf', 'Sit through a movie', 'Garden for an hour']);
    await expect
      .poll(() => page().locator('#activities-count').textContent())
      .toBe('3 of 5 in use · 2 more can be added');
    // An example already in use is no longer offered.
    expect(await page().getByRole('button', { name: 'Reach the top shelf', exact: true }).count()).toBe(0);
    expect(await page().getByLabel('Add an activity in your own words').inputValue()).toBe('');
    expect(await activeInLayer()).toEqual(['Reach the top shelf', 'Sit through a movie', 'Garden for an hour']);
  });

  it('refuses the same activity twice, and a sixth one with the reason, changing nothing', async () => {
    await page().getByLabel('Add an activity in your own words').fill('  reach the TOP shelf ');
    await page().getByRole('button', { name: 'Add', exact: true }).click();
    await expect
      .poll(() => page().locator('#activity-name-error').textContent())
      .toBe('You already rate “Reach the top shelf”.');

    await page().getByRole('button', { name: 'Carry the shopping' }).click();
    await page().getByRole('button', { name: 'Sleep through the night' }).click();
    await expect
      .poll(() => page().locator('#activities-count').textContent())
      .toBe('5 of 5 in use · archive one to add another');
    // With five in use the examples step aside; typing a sixth is refused with the reason.
    expect(await page().getByRole('button', { name: 'Walk for 30 minutes', exact: true }).count()).toBe(0);
    await page().getByLabel('Add an activity in your own words').fill('Play with the dog');
    await page().getByRole('button', { name: 'Add', exact: true }).click();
    await expect
      .poll(() => page().locator('#activity-name-error').textContent())
      .toBe('You can track up to five activities at once. Archive one first.');
    expect(await activeInLayer()).toHaveLength(5);
    expect(await page().getByLabel('Add an activity in your own words').inputValue()).toBe('Play with the dog');
  });

  it('archives one (its history kept), which frees a place, and brings it back', async () => {
    await page().getByRole('button', { name: 'Edit “Sit through a movie”' }).click();
    await page().getByRole('button', { name: 'Archive', exact: true }).click();
    await expect.poll(activeNames).not.toContain('Sit through a movie');
    await expect.poll(() => page().getByRole('status').textContent()).toMatch(/“Sit through a movie” archived/);
    await expect
      .poll(() => page().locator('#activities-count').textContent())
      .toBe('4 of 5 in use · 1 more can be added');
    const archived = page().locator('details.archived').first();
    await archived.locator('summary').click();
    await expect.poll(() => archived.textContent()).toMatch(/Sit through a movie/);
    await archived.getByRole('button', { name: 'Bring back “Sit through a movie”' }).click();
    await expect.poll(activeNames).toContain('Sit through a movie');
    // And archive it again to leave a place free.
    await page().getByRole('button', { name: 'Edit “Sit through a movie”' }).click();
    await page().getByRole('button', { name: 'Archive', exact: true }).click();
    await expect.poll(() => inDataLayer(page(), async (layer) => (await layer.listActivities()).length)).toBe(5);
    await expect.poll(activeInLayer).not.toContain('Sit through a movie');
  });

  it('renames one in place; its scores stay with it', async () => {
    await page().getByRole('button', { name: 'Edit “Garden for an hour”' }).click();
    const field = page().getByLabel('New name for “Garden for an hour”');
    await expect.poll(() => field.evaluate((el) => el === document.activeElement)).toBe(true);
    await field.fill('Garden for two hours');
    await page().getByRole('button', { name: 'Save name' }).click();
    await expect.poll(activeNames).toContain('Garden for two hours');
    expect(await activeInLayer()).toContain('Garden for two hours');
  });

  it('adds a custom measure with its unit and direction, asking for the direction first', async () => {
    await page().getByLabel('Name', { exact: true }).fill('Recovery after a workout');
    await page().getByLabel('Unit (optional)').fill('hours');
    await page().getByRole('button', { name: 'Add measure' }).click();
    await expect
      .poll(() => page().locator('.measure-form .field-error').textContent())
      .toBe('Choose whether a lower or a higher number is better.');
    await page().getByLabel('Lower is better').check();
    await page().getByRole('button', { name: 'Add measure' }).click();
    await expect
      .poll(() => page().locator('#measures-title + p + ul').textContent())
      .toMatch(/Recovery after a workout\s*hours · lower is better/);
    const stored = await inDataLayer(page(), (layer) => layer.listMeasures());
    expect(stored).toMatchObject([{ name: 'Recovery after a workout', unit: 'hours', better: 'lower' }]);
  });

  it('keeps a half-typed activity through a reload', async () => {
    await page().getByLabel('Add an activity in your own words').fill('Climb the sta');
    // Wait for the draft's IndexedDB write to land, as a person's pause before reloading would.
    await expect
      .poll(() =>
        inDataLayer(page(), (layer) =>
          layer
            .listDrafts('activities')
            .then((drafts: { typed: unknown }[]) => drafts[0]?.typed)
            .then((d: { name?: string } | undefined) => d?.name),
        ),
      )
      .toBe('Climb the sta');
    await page().reload();
    await expect.poll(() => page().getByLabel('Add an activity in your own words').inputValue()).toBe('Climb the sta');
  });

  it('is accessible in both themes with data on screen', async () => {
    await page().locator('details.archived').first().locator('summary').click();
    expect(await checkBothSchemes(page(), 'activities-data')).toEqual([]);
    expect(app.errors).toEqual([]);
    expect(app.cspViolations).toEqual([]);
  });
});

// An edit form's save (plan items, treatments, questionnaire answers) refuses to write over a row saved elsewhere since
// the form merged with it, and ends the form's drafts in the same transaction as the row: both or neither.
import { beforeEach, describe, expect, it } from 'vitest';
import { getTreatment, listDrafts, listPlanItems, savePlanItem, saveDraft, saveTreatment } from '../../../src/db';
import { freshDatabase } from './reset';

beforeEach(freshDatabase);

const TODAY = '2026-03-10';

describe('savePlanItem with SaveOptions', () => {
  const stretch = () => savePlanItem({ name: 'Doorway stretch', kind: 'stretch', per: 'day', times: 1 }, TODAY);

  it('refuses a write built on an older row, changing nothing and keeping the draft', async () => {
    const first = await stretch();
    const elsewhere = await savePlanItem({ id: first.id, note: 'Hold 30 s' }, TODAY);
    await saveDraft(`plan:${first.id}@win1`, { typed: { times: '3' } });
    await expect(
      savePlanItem({ id: first.id, times: 3 }, TODAY, {
        unchangedSince: first.updatedAt,
        draftKeys: [`plan:${first.id}@win1`],
      }),
    ).rejects.toMatchObject({ name: 'StaleEntryError' });
    const [row] = await listPlanItems();
    expect(row).toEqual(elsewhere);
    expect(await listDrafts(`plan:${first.id}`)).toHaveLength(1);
  });

  it('writes over the row it merged with and ends the drafts named, and only those', async () => {
    const first = await stretch();
    await saveDraft(`plan:${first.id}@win1`, { typed: { times: '3' } });
    await saveDraft(`plan:${first.id}@win2`, { typed: { note: 'other window' } });
    const row = await savePlanItem({ id: first.id, times: 3 }, TODAY, {
      unchangedSince: first.updatedAt,
      draftKeys: [`plan:${first.id}@win1`, `plan:${first.id}`],
    });
    expect(row.times).toBe(3);
    expect((await listDrafts(`plan:${first.id}`)).map((d) => d.key)).toEqual([`plan:${first.id}@win2`]);
  });

  it('a refused new item (invalid) keeps its draft; a saved one ends it', async () => {
    await saveDraft('plan:new@win1', { typed: { name: '' } });
    await expect(
      savePlanItem({ name: '', kind: 'heat', per: 'day', times: 1 }, TODAY, { draftKeys: ['plan:new@win1'] }),
    ).rejects.toThrow();
    expect(await listDrafts('plan:new')).toHaveLength(1);
    await savePlanItem({ name: 'Heat pack', kind: 'heat', per: 'day', times: 1 }, TODAY, {
      draftKeys: ['plan:new@win1'],
    });
    expect(await listDrafts('plan:new')).toEqual([]);
  });

  it('refuses an edit of an item deleted meanwhile', async () => {
    await expect(
      savePlanItem({ id: crypto.randomUUID(), times: 2 }, TODAY, { unchangedSince: '2026-03-10T08:00:00.000Z' }),
    ).rejects.toMatchObject({ name: 'MissingEntryError' });
  });
});

describe('saveTreatment with SaveOptions', () => {
  it('refuses a write built on an older row, changing nothing and keeping the draft; a current one ends it', async () => {
    const first = await saveTreatment({ what: 'Hot bath', at: new Date(Date.now() - 3_600_000).toISOString() });
    const elsewhere = await saveTreatment({ id: first.id, helped: 6 });
    await saveDraft(`treatment:${first.id}@win1`, { typed: { what: 'Warm bath' } });
    const options = { unchangedSince: first.updatedAt, draftKeys: [`treatment:${first.id}@win1`] };
    await expect(saveTreatment({ id: first.id, what: 'Warm bath' }, options)).rejects.toMatchObject({
      name: 'StaleEntryError',
    });
    expect(await getTreatment(first.id)).toEqual(elsewhere);
    expect(await listDrafts(`treatment:${first.id}`)).toHaveLength(1);
    const row = await saveTreatment(
      { id: first.id, what: 'Warm bath' },
      { ...options, unchangedSince: elsewhere.updatedAt },
    );
    expect(row).toMatchObject({ what: 'Warm bath', helped: 6 });
    expect(await listDrafts(`treatment:${first.id}`)).toEqual([]);
  });
});

// An edit form's save (plan items, treatments, questionnaire answers) refuses to write over a row saved elsewhere since
// the form merged with it, and ends the form's drafts in the same transaction as the row: both or neither.
import { beforeEach, describe, expect, it } from 'vitest';
import {
  clearDraft,
  getQuestionnaire,
  getTreatment,
  listDrafts,
  listPlanItems,
  savePlanItem,
  saveDraft,
  saveQuestionnaire,
  saveTreatment,
} from '../../../src/db';
import { blankAnswersForm } from '../../../src/domain/questionnaire-form';
import { upgradeAnswerDrafts } from '../../../src/features/questionnaires/answer-drafts';
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

describe('saveQuestionnaire with SaveOptions', () => {
  const peg = () =>
    saveQuestionnaire({
      instrument: 'peg',
      answers: [6, 6, 7],
      at: '2026-03-03T09:00:00.000Z',
      day: '2026-03-03',
      week: '2026-03-03',
    });

  it('refuses a write built on an older row, changing nothing and keeping the draft; a current one ends it', async () => {
    const first = await peg();
    const elsewhere = await saveQuestionnaire({ id: first.id, answers: [6, 4, 7] });
    const key = `questionnaire:${first.id}`;
    await saveDraft(`${key}@win1`, { typed: { a0: 6, a1: 6, a2: 9 } });
    await saveDraft(`${key}@win2`, { typed: { a0: 2, a1: 6, a2: 7 } });
    const options = { unchangedSince: first.updatedAt, draftKeys: [`${key}@win1`, key] };
    await expect(saveQuestionnaire({ id: first.id, answers: [6, 6, 9] }, options)).rejects.toMatchObject({
      name: 'StaleEntryError',
    });
    expect(await getQuestionnaire(first.id)).toEqual(elsewhere);
    expect(await listDrafts(key)).toHaveLength(2);
    const row = await saveQuestionnaire(
      { id: first.id, answers: [6, 4, 9] },
      { ...options, unchangedSince: elsewhere.updatedAt },
    );
    expect(row).toMatchObject({ answers: [6, 4, 9], score: 6.3 });
    // Only the drafts named end: another window's stays for it.
    expect((await listDrafts(key)).map((d) => d.key)).toEqual([`${key}@win2`]);
  });

  it('refuses a change to an answer deleted meanwhile; a refused new answer keeps its draft, a saved one ends it', async () => {
    await expect(
      saveQuestionnaire(
        { id: crypto.randomUUID(), answers: [1, 1, 1] },
        { unchangedSince: '2026-03-03T09:00:00.000Z' },
      ),
    ).rejects.toMatchObject({ name: 'MissingEntryError' });
    await saveDraft('questionnaire:peg:new@win1', { typed: { a0: 3, a1: 12, a2: 3 } });
    const input = { instrument: 'peg' as const, at: '2026-03-03T09:00:00.000Z', day: '2026-03-03', week: '2026-03-03' };
    const options = { draftKeys: ['questionnaire:peg:new@win1'] };
    await expect(saveQuestionnaire({ ...input, answers: [3, 12, 3] }, options)).rejects.toThrow(
      'Answer 2 of the PEG must be a whole number from 0 to 10.',
    );
    expect(await listDrafts('questionnaire:peg:new')).toHaveLength(1);
    await saveQuestionnaire({ ...input, answers: [3, 2, 3] }, options);
    expect(await listDrafts('questionnaire:peg:new')).toEqual([]);
  });
});

describe('questionnaire answer drafts kept by the previous version', () => {
  const layer = { listDrafts, saveDraft, clearDraft };

  it('reads a window’s draft and a draft from before windows had their own, item by item, each kept where it was', async () => {
    const key = 'questionnaire:3f1c2b4a-5d6e-4f70-8a9b-0c1d2e3f4a5b';
    await saveDraft(`${key}@win1`, { typed: { answers: [4, null, 6] } });
    await saveDraft(key, { answers: [1, 2, 3] });
    await upgradeAnswerDrafts(layer, key, 'peg');
    const drafts = await listDrafts(key);
    expect(Object.fromEntries(drafts.map((d) => [d.key, d.typed]))).toEqual({
      [`${key}@win1`]: { a0: 4, a1: null, a2: 6 },
      [key]: { a0: 1, a1: 2, a2: 3 },
    });
    expect(drafts.find((d) => d.key === `${key}@win1`)).toMatchObject({ window: 'win1', base: undefined });
  });

  it('reads a Roland-Morris draft; drops one that does not fit the instrument; leaves drafts of this version alone', async () => {
    const ticks = Array.from({ length: 24 }, (_, i) => (i === 2 || i === 7 ? 1 : 0));
    await saveDraft('questionnaire:rmdq24:new@win1', { typed: { answers: ticks } });
    await saveDraft('questionnaire:rmdq24:new@win2', { typed: { answers: [1, 0, 1] } });
    const current = { typed: { ...blankAnswersForm('rmdq24'), a5: 1 }, base: blankAnswersForm('rmdq24') };
    await saveDraft('questionnaire:rmdq24:new@win3', current);
    await upgradeAnswerDrafts(layer, 'questionnaire:rmdq24:new', 'rmdq24');
    const drafts = Object.fromEntries(
      (await listDrafts('questionnaire:rmdq24:new')).map((d) => [d.key, { typed: d.typed, base: d.base }]),
    );
    expect(Object.keys(drafts).sort()).toEqual(['questionnaire:rmdq24:new@win1', 'questionnaire:rmdq24:new@win3']);
    expect(drafts['questionnaire:rmdq24:new@win1']?.typed).toEqual({ ...blankAnswersForm('rmdq24'), a2: 1, a7: 1 });
    expect(drafts['questionnaire:rmdq24:new@win3']).toEqual(current);
  });
});

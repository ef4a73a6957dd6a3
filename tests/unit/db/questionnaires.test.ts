// Saving questionnaire answers at the data layer: validated, scored here, one PEG per week.
import { beforeEach, describe, expect, it } from 'vitest';
import { deleteQuestionnaire, questionnairesOf, saveQuestionnaire, undoDeleteQuestionnaire } from '../../../src/db';
import { db } from '../../../src/db/database';
import { freshDatabase } from './reset';

beforeEach(freshDatabase);

describe('saveQuestionnaire', () => {
  it('stores a PEG with the catalogue version and the score worked out from the answers', async () => {
    const row = await saveQuestionnaire({
      instrument: 'peg',
      answers: [6, 6, 7],
      at: '2026-03-03T09:00:00.000Z',
      day: '2026-03-03',
      week: '2026-03-03',
      score: 1,
    });
    expect(row).toMatchObject({ instrument: 'peg', version: '2009', score: 6.3, week: '2026-03-03' });
    expect(await questionnairesOf('peg')).toEqual([row]);
  });

  it('refuses bad input and changes nothing', async () => {
    const base = { at: '2026-03-03T09:00:00.000Z', day: '2026-03-03', week: '2026-03-03' };
    await expect(saveQuestionnaire({ ...base, instrument: 'peg', answers: [6, 6, 12] })).rejects.toThrow(
      'Answer 3 of the PEG must be a whole number from 0 to 10.',
    );
    await expect(saveQuestionnaire({ ...base, instrument: 'odi' as never, answers: [1, 1, 1] })).rejects.toThrow(
      'Questionnaire must be the PEG',
    );
    await expect(
      saveQuestionnaire({ ...base, week: '2026-02-20', instrument: 'peg', answers: [1, 1, 1] }),
    ).rejects.toThrow('The week must start on the day answered or up to six days before it.');
    await expect(saveQuestionnaire({ ...base, instrument: 'rmdq24', answers: Array(23).fill(0) })).rejects.toThrow(
      'The Roland-Morris needs an answer for each of its 24 items.',
    );
    expect(await db.questionnaires.count()).toBe(0);
  });

  it('refuses a second PEG for the same week, but lets the week’s answer be changed', async () => {
    const first = await saveQuestionnaire({
      instrument: 'peg',
      answers: [5, 5, 5],
      at: '2026-03-03T09:00:00.000Z',
      day: '2026-03-03',
      week: '2026-03-03',
    });
    await expect(
      saveQuestionnaire({
        instrument: 'peg',
        answers: [4, 4, 4],
        at: '2026-03-05T09:00:00.000Z',
        day: '2026-03-05',
        week: '2026-03-03',
      }),
    ).rejects.toThrow('This week’s PEG is already answered: one PEG per week.');
    const changed = await saveQuestionnaire({ id: first.id, answers: [4, 4, 5] });
    expect(changed).toMatchObject({ id: first.id, score: 4.3, week: '2026-03-03' });
    expect(await db.questionnaires.count()).toBe(1);
    // Roland-Morris answers are not limited per week by this rule.
    const rmdq = { instrument: 'rmdq24' as const, answers: Array(24).fill(1), week: '2026-03-03' };
    await saveQuestionnaire({ ...rmdq, at: '2026-03-03T10:00:00.000Z', day: '2026-03-03' });
    await saveQuestionnaire({ ...rmdq, at: '2026-03-04T10:00:00.000Z', day: '2026-03-04' });
    expect((await questionnairesOf('rmdq24')).map((r) => r.score)).toEqual([24, 24]);
  });

  it('deletes with undo', async () => {
    const row = await saveQuestionnaire({
      instrument: 'peg',
      answers: [1, 2, 3],
      at: '2026-03-03T09:00:00.000Z',
      day: '2026-03-03',
      week: '2026-03-03',
    });
    const gone = await deleteQuestionnaire(row.id);
    expect(await db.questionnaires.count()).toBe(0);
    await undoDeleteQuestionnaire(gone!);
    expect(await questionnairesOf('peg')).toEqual([row]);
  });
});

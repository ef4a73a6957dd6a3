import { beforeEach, describe, expect, it } from 'vitest';
import {
  answerHelped,
  deleteTreatment,
  historyPage,
  recentTreatments,
  saveTreatment,
  treatmentsBetween,
  putTreatmentBack,
} from '../../../src/db';
import { localDay } from '../../../src/domain/days';
import { dumpAll } from './dump';
import { freshDatabase, minutesFromNow } from './reset';

beforeEach(freshDatabase);

describe('treatments', () => {
  it('saves what was taken, now by default, filed under its local day, not yet asked whether it helped', async () => {
    const before = Date.now();
    const row = await saveTreatment({ what: '  Ibuprofen   400 mg ' });
    expect(row.what).toBe('Ibuprofen 400 mg');
    expect(Date.parse(row.at)).toBeGreaterThanOrEqual(before);
    expect(row.day).toBe(localDay(new Date(row.at)));
    expect(row).toMatchObject({ helped: null, askedAt: null });
  });

  it('takes an earlier time, and refuses an empty name, a later time or a relief outside 0–10 — changing nothing', async () => {
    const at = minutesFromNow(-120);
    expect((await saveTreatment({ what: 'Hot bath', at })).at).toBe(at);
    const before = await dumpAll();
    await expect(saveTreatment({ what: '   ' })).rejects.toThrow('What you took or did cannot be empty.');
    await expect(saveTreatment({ what: 'Hot bath', at: minutesFromNow(60) })).rejects.toThrow(
      /^That time is in the future\./,
    );
    await expect(saveTreatment({ what: 'Hot bath', helped: 11 })).rejects.toThrow(
      'How much it helped must be a whole number from 0 (not at all) to 10 (completely).',
    );
    expect(await dumpAll()).toEqual(before);
  });

  it('refuses the same words at the same minute (a double tap), whatever the case or spacing', async () => {
    const at = '2026-03-01T08:45:10.000Z';
    await saveTreatment({ what: 'Ibuprofen 400 mg', at });
    await expect(saveTreatment({ what: 'ibuprofen  400 MG', at: '2026-03-01T08:45:50.000Z' })).rejects.toThrow(
      '“ibuprofen 400 MG” is already logged at that time. Open it from History to change it, or choose another time.',
    );
    await saveTreatment({ what: 'Ibuprofen 400 mg', at: '2026-03-01T08:46:00.000Z' });
    expect(await treatmentsBetween('2026-03-01', '2026-03-01')).toHaveLength(2);
  });

  it('"did it help?" is answered once, or put away unanswered; an edit keeps the answer', async () => {
    const a = await saveTreatment({ what: 'Ibuprofen 400 mg', at: minutesFromNow(-200) });
    const answered = await answerHelped(a.id, 7);
    expect(answered.helped).toBe(7);
    expect(answered.askedAt).not.toBeNull();
    const edited = await saveTreatment({ id: a.id, what: 'Ibuprofen 200 mg' });
    expect(edited).toMatchObject({ what: 'Ibuprofen 200 mg', helped: 7, askedAt: answered.askedAt });

    const b = await saveTreatment({ what: 'Hot bath', at: minutesFromNow(-200) });
    expect(await answerHelped(b.id, null)).toMatchObject({ helped: null });
    expect((await answerHelped(b.id, null)).askedAt).not.toBeNull();
    await expect(answerHelped(b.id, -1)).rejects.toThrow(/from 0 \(not at all\) to 10/);
  });

  it('"did it help?" in words is stored as words; answering the other way replaces the answer, never both', async () => {
    const a = await saveTreatment({ what: 'Heat pack', at: minutesFromNow(-200) });
    const words = await answerHelped(a.id, 'lot');
    expect(words).toMatchObject({ helped: null, helpedWords: 'lot' });
    expect(words.askedAt).not.toBeNull();
    const edited = await saveTreatment({ id: a.id, what: 'Heat pack, 20 min' });
    expect(edited).toMatchObject({ helped: null, helpedWords: 'lot', askedAt: words.askedAt });
    expect(await saveTreatment({ id: a.id, helped: 6 })).toMatchObject({ helped: 6, helpedWords: null });
    expect(await saveTreatment({ id: a.id, helpedWords: 'complete' })).toMatchObject({
      helped: null,
      helpedWords: 'complete',
    });
    expect(await saveTreatment({ id: a.id, helped: null, helpedWords: null })).toMatchObject({
      helped: null,
      helpedWords: null,
    });

    const b = await saveTreatment({ what: 'Walk', helpedWords: 'little' });
    expect(b).toMatchObject({ helped: null, helpedWords: 'little' });
    expect(b.askedAt).not.toBeNull();
    const before = await dumpAll();
    await expect(answerHelped(b.id, 'lots' as never)).rejects.toThrow(
      'How much it helped in words must be one of: none, a little, moderate, a lot or complete.',
    );
    await expect(saveTreatment({ id: b.id, helped: 5, helpedWords: 'moderate' })).rejects.toThrow(
      '“Did it help?” is answered either as a number or in words, not both. Keep one of them.',
    );
    expect(await dumpAll()).toEqual(before);
  });

  it('is in History, and deleting it can be undone exactly', async () => {
    const row = await saveTreatment({ what: 'Hot bath', at: minutesFromNow(-30) });
    const page = await historyPage({ limit: 10 });
    expect(page.entries.map((e) => [e.kind, e.row.id])).toEqual([['treatment', row.id]]);
    const gone = await deleteTreatment(row.id);
    expect(await recentTreatments()).toEqual([]);
    await putTreatmentBack(gone!);
    expect(await recentTreatments()).toEqual([row]);
  });
});

describe('changing the time of an answered treatment', () => {
  it('to after its answer keeps the answer, now given at that time (not refused)', async () => {
    const a = await saveTreatment({ what: 'Hot bath', at: minutesFromNow(-300) });
    const answered = await putTreatmentBack({ ...a, helped: 5, askedAt: minutesFromNow(-200) });
    const later = minutesFromNow(-1);
    expect(Date.parse(later)).toBeGreaterThan(Date.parse(answered.askedAt!));
    const moved = await saveTreatment({ id: a.id, at: later });
    expect(moved).toMatchObject({ at: later, helped: 5, askedAt: later });
  });
});

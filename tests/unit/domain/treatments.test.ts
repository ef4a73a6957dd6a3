// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { dayInZone } from '../../../src/domain/adherence';
import { RELIEF_ON_10 } from '../../../src/domain/relief';
import {
  helpedCheckinsFrom,
  helpedQuestionsDue,
  pastTreatmentNames,
  treatmentUses,
  typicalReliefText,
} from '../../../src/domain/treatments';
import type { Treatment } from '../../../src/domain/types';
import { treatmentRow } from '../../fixtures/rows';

let n = 0;
/** A treatment at `at`, filed under its date in `zone` (as the phone there would file it). */
function taken(at: string, zone = 'Europe/London', fields: Partial<Treatment> = {}): Treatment {
  n += 1;
  return {
    ...treatmentRow(),
    id: `3f2504e0-4f89-41d3-9a0c-${String(n).padStart(12, '0')}`,
    at,
    day: dayInZone(new Date(at), zone),
    helped: null,
    askedAt: null,
    ...fields,
  };
}
const ask = (rows: Treatment[], now: string, zone = 'Europe/London', checkins: string[] = []) =>
  helpedQuestionsDue(rows, checkins, new Date(now), dayInZone(new Date(now), zone)).map((t) => t.at);

describe('when "did it help?" is asked', () => {
  it('three hours later, not a minute before', () => {
    const t = taken('2026-06-10T09:00:00.000Z');
    expect(ask([t], '2026-06-10T11:59:00.000Z')).toEqual([]);
    expect(ask([t], '2026-06-10T12:00:00.000Z')).toEqual([t.at]);
  });

  it('or sooner, at a check-in logged an hour or more after it (not one logged straight after)', () => {
    const t = taken('2026-06-10T09:00:00.000Z');
    expect(ask([t], '2026-06-10T09:40:00.000Z', 'Europe/London', ['2026-06-10T09:20:00.000Z'])).toEqual([]);
    expect(ask([t], '2026-06-10T10:05:00.000Z', 'Europe/London', ['2026-06-10T10:00:00.000Z'])).toEqual([t.at]);
    // A check-in saved since the card last read the clock counts at once.
    expect(ask([t], '2026-06-10T09:59:00.000Z', 'Europe/London', ['2026-06-10T10:00:00.000Z'])).toEqual([t.at]);
  });

  it('once: never again when answered or put away', () => {
    const answered = taken('2026-06-10T09:00:00.000Z', 'Europe/London', {
      helped: 5,
      askedAt: '2026-06-10T12:00:00.000Z',
    });
    const putAway = taken('2026-06-10T09:05:00.000Z', 'Europe/London', { askedAt: '2026-06-10T12:00:00.000Z' });
    expect(ask([answered, putAway], '2026-06-10T15:00:00.000Z')).toEqual([]);
  });

  it('up to the end of the next calendar day, newest first; not after', () => {
    const a = taken('2026-06-10T20:00:00.000Z'); // 21:00 BST on the 10th
    const b = taken('2026-06-11T08:00:00.000Z');
    expect(ask([a, b], '2026-06-11T22:59:00.000Z')).toEqual([b.at, a.at]); // 23:59 BST on the 11th
    expect(ask([a, b], '2026-06-11T23:00:00.000Z')).toEqual([b.at]); // 00:00 BST on the 12th
  });

  it('across the spring DST change: three real hours, not three on the clock', () => {
    // London, 29 March 2026: clocks go 01:00 GMT → 02:00 BST. Taken at 00:30 GMT.
    const t = taken('2026-03-29T00:30:00.000Z');
    expect(t.day).toBe('2026-03-29');
    expect(ask([t], '2026-03-29T03:29:00.000Z')).toEqual([]); // 04:29 BST: 2 h 59 min later
    expect(ask([t], '2026-03-29T03:30:00.000Z')).toEqual([t.at]); // 04:30 BST: 3 h later
  });

  it('across the autumn DST change, the repeated hour counts once', () => {
    // London, 25 October 2026: 02:00 BST → 01:00 GMT. Taken at 00:30 BST (23:30 UTC on the 24th), filed on the 25th.
    const t = taken('2026-10-24T23:30:00.000Z');
    expect(t.day).toBe('2026-10-25');
    expect(ask([t], '2026-10-25T02:29:00.000Z')).toEqual([]); // 02:29 GMT on the clock, 2 h 59 min later
    expect(ask([t], '2026-10-25T02:30:00.000Z')).toEqual([t.at]);
  });

  it('in another time zone: on the day the phone filed it, and after a flight it is still asked on the next day', () => {
    // Taken in Tokyo at 23:00 JST on 10 June (14:00 UTC), filed under the 10th.
    const t = taken('2026-06-10T14:00:00.000Z', 'Asia/Tokyo');
    expect(t.day).toBe('2026-06-10');
    // Flown to New York: 11 June 10:00 EDT is 14:00 UTC on the 11th — the day after in New York's calendar.
    expect(ask([t], '2026-06-11T14:00:00.000Z', 'America/New_York')).toEqual([t.at]);
    // 12 June in New York: two days after its day, no longer asked.
    expect(ask([t], '2026-06-12T14:00:00.000Z', 'America/New_York')).toEqual([]);
  });
});

describe('which check-ins "did it help?" needs', () => {
  it('those from the first open treatment on; none when every one is answered or put away', () => {
    const open1 = taken('2026-06-10T09:00:00.000Z');
    const open2 = taken('2026-06-10T07:30:00.000Z');
    const answered = taken('2026-06-10T06:00:00.000Z', 'Europe/London', { helped: 5 });
    const inWords = taken('2026-06-10T05:00:00.000Z', 'Europe/London', { helpedWords: 'little' });
    const putAway = taken('2026-06-10T04:00:00.000Z', 'Europe/London', { askedAt: '2026-06-10T08:00:00.000Z' });
    expect(helpedCheckinsFrom([open1, answered, open2, inWords, putAway])).toBe(open2.at);
    expect(helpedCheckinsFrom([answered, inWords, putAway])).toBeNull();
    expect(helpedCheckinsFrom([])).toBeNull();
  });

  it('reading only the check-ins from that instant on asks exactly what reading them all asks', () => {
    // Today reads check-in times from helpedCheckinsFrom on; the questions due must be the same as with every one.
    const rows = [
      taken('2026-06-10T09:00:00.000Z'),
      taken('2026-06-10T11:30:00.000Z'),
      taken('2026-06-10T06:00:00.000Z', 'Europe/London', { helped: 5 }),
    ];
    const since = helpedCheckinsFrom(rows) ?? '';
    const checkins = Array.from({ length: 40 }, (_, i) => new Date(Date.UTC(2026, 5, 10, 5, 0) + i * 15 * 60_000));
    for (const now of ['2026-06-10T09:30:00.000Z', '2026-06-10T10:05:00.000Z', '2026-06-10T12:40:00.000Z']) {
      const upToNow = checkins.filter((c) => c.getTime() <= Date.parse(now)).map((c) => c.toISOString());
      const fromSince = upToNow.filter((at) => at >= since);
      expect(fromSince.length).toBeLessThan(upToNow.length);
      expect(ask(rows, now, 'Europe/London', fromSince)).toEqual(ask(rows, now, 'Europe/London', upToNow));
    }
    // And a check-in just before the first open treatment makes none due on its own.
    expect(ask(rows, '2026-06-10T09:30:00.000Z', 'Europe/London', ['2026-06-10T08:59:00.000Z'])).toEqual([]);
  });
});

describe('past entries to suggest', () => {
  it('each once, in the newest spelling, newest first, up to the limit', () => {
    const rows = [
      taken('2026-06-12T09:00:00.000Z', 'UTC', { what: 'Ibuprofen 400 mg' }),
      taken('2026-06-11T09:00:00.000Z', 'UTC', { what: 'Hot bath' }),
      taken('2026-06-10T09:00:00.000Z', 'UTC', { what: 'ibuprofen  400 MG' }),
    ];
    expect(pastTreatmentNames(rows)).toEqual(['Ibuprofen 400 mg', 'Hot bath']);
    expect(pastTreatmentNames(rows, 1)).toEqual(['Ibuprofen 400 mg']);
  });
});

describe('treatment uses (the report)', () => {
  it('most used first, with the median answer over those answered', () => {
    const rows = [
      taken('2026-06-10T09:00:00.000Z', 'UTC', {
        what: 'ibuprofen 400 mg',
        helped: 4,
        askedAt: '2026-06-10T12:00:00.000Z',
      }),
      taken('2026-06-11T09:00:00.000Z', 'UTC', {
        what: 'Ibuprofen 400 mg',
        helped: 7,
        askedAt: '2026-06-11T12:00:00.000Z',
      }),
      taken('2026-06-12T09:00:00.000Z', 'UTC', { what: 'Ibuprofen 400 mg' }),
      taken('2026-06-12T10:00:00.000Z', 'UTC', { what: 'Hot bath', helped: 8, askedAt: '2026-06-12T12:00:00.000Z' }),
      taken('2026-06-12T11:00:00.000Z', 'UTC', { what: 'Walk' }),
    ];
    expect(treatmentUses(rows)).toEqual([
      { name: 'Ibuprofen 400 mg', count: 3, answered: 2, inWords: 0, typicalHelped: 5.5, typicalWords: null },
      { name: 'Hot bath', count: 1, answered: 1, inWords: 0, typicalHelped: 8, typicalWords: null },
      { name: 'Walk', count: 1, answered: 0, inWords: 0, typicalHelped: null, typicalWords: null },
    ]);
    expect(treatmentUses([])).toEqual([]);
  });

  it('answers in words come back as words; a mix is put on 0–10 with the words counted in equal steps, and says so', () => {
    const said = (what: string, day: number, answer: Partial<Treatment>) =>
      taken(`2026-06-1${day}T09:00:00.000Z`, 'UTC', { what, askedAt: `2026-06-1${day}T12:00:00.000Z`, ...answer });
    const rows = [
      said('Heat pack', 0, { helpedWords: 'lot' }),
      said('Heat pack', 1, { helpedWords: 'lot' }),
      said('Heat pack', 2, { helpedWords: 'little' }),
      said('Walk', 0, { helpedWords: 'little' }),
      said('Walk', 1, { helpedWords: 'moderate' }),
      said('Ibuprofen', 0, { helped: 6 }),
      said('Ibuprofen', 1, { helpedWords: 'complete' }),
    ];
    const [heat, ibuprofen, walk] = treatmentUses(rows);
    expect(heat).toMatchObject({ name: 'Heat pack', answered: 3, inWords: 3, typicalWords: ['lot'] });
    expect(heat.typicalHelped).toBe(RELIEF_ON_10.lot);
    expect(walk).toMatchObject({ name: 'Walk', typicalWords: ['little', 'moderate'], typicalHelped: 3.75 });
    expect(ibuprofen).toMatchObject({
      name: 'Ibuprofen',
      answered: 2,
      inWords: 1,
      typicalWords: null,
      typicalHelped: 8,
    });
    const num = (n: number) => String(Math.round(n * 10) / 10);
    expect(typicalReliefText(heat, num)).toBe('typically helped “a lot” (median of 3 answers)');
    expect(typicalReliefText(walk, num)).toBe('typically helped “a little” to “moderate” (median of 2 answers)');
    expect(typicalReliefText(ibuprofen, num)).toBe(
      'typically helped about 8/10 (median of 2 answers, 1 in words counted on the 0–10 scale)',
    );
    const [numbers] = treatmentUses([said('Ibuprofen', 0, { helped: 6 })]);
    expect(typicalReliefText(numbers, num)).toBe('typically helped 6/10 (median of 1 answer)');
    const [none] = treatmentUses([taken('2026-06-10T09:00:00.000Z', 'UTC', { what: 'Walk' })]);
    expect(typicalReliefText(none, num)).toBe('“did it help?” not answered');
  });

  it('the words map to 0, 2.5, 5, 7.5 and 10, least relief first', () => {
    expect(Object.values(RELIEF_ON_10)).toEqual([0, 2.5, 5, 7.5, 10]);
  });
});

describe('treatments CSV', () => {
  it('one row each, oldest first, with the answer or why there is none', async () => {
    const { treatmentsTable } = await import('../../../src/domain/treatment-csv');
    const clock = { time: (at: string) => at.slice(11, 16), dateTime: (at: string) => at.slice(0, 16) };
    const rows = [
      taken('2026-06-12T09:00:00.000Z', 'UTC', { what: '=Hot bath', askedAt: '2026-06-12T12:00:00.000Z' }),
      taken('2026-06-10T09:00:00.000Z', 'UTC', {
        what: 'Ibuprofen 400 mg',
        helped: 0,
        askedAt: '2026-06-10T12:00:00.000Z',
      }),
      taken('2026-06-13T09:00:00.000Z', 'UTC', { what: 'Walk' }),
      taken('2026-06-14T09:00:00.000Z', 'UTC', {
        what: 'Heat pack',
        helpedWords: 'lot',
        askedAt: '2026-06-14T12:00:00.000Z',
      }),
    ];
    const { header, rows: out } = treatmentsTable(rows, clock);
    expect(header[3]).toBe('Did it help? (0 = not at all, 10 = completely)');
    expect(header[4]).toBe('Did it help? (in words: none, a little, moderate, a lot, complete)');
    expect(out).toEqual([
      ['2026-06-10', '09:00', 'Ibuprofen 400 mg', 0, null, 'answered'],
      ['2026-06-12', '09:00', '=Hot bath', null, null, 'put away unanswered'],
      ['2026-06-13', '09:00', 'Walk', null, null, 'no answer yet'],
      ['2026-06-14', '09:00', 'Heat pack', null, 'a lot', 'answered'],
    ]);
  });
});

describe('treatment markers in the trend model', () => {
  it('only those in the range, oldest first, each under its day', async () => {
    const { trendModel } = await import('../../../src/domain/trend-model');
    const { journalDays } = await import('../../../src/domain/trends');
    const { dayNumber } = await import('../../../src/domain/days');
    const rows = [
      taken('2026-06-12T18:00:00.000Z', 'UTC', { what: 'Hot bath' }),
      taken('2026-06-12T08:00:00.000Z', 'UTC', {
        what: 'Ibuprofen 400 mg',
        helped: 6,
        askedAt: '2026-06-12T11:00:00.000Z',
      }),
      taken('2026-05-01T08:00:00.000Z', 'UTC', { what: 'Walk' }),
    ];
    const base = { days: journalDays([]), sessions: [], goals: [], activities: [], measures: [] };
    const model = trendModel({ ...base, span: { from: '2026-06-01', to: '2026-06-14' }, treatments: rows });
    expect(model.treatments.map((t) => [t.what, t.x, t.helped])).toEqual([
      ['Ibuprofen 400 mg', dayNumber('2026-06-12'), 6],
      ['Hot bath', dayNumber('2026-06-12'), null],
    ]);
    expect(trendModel({ ...base, span: { from: '2026-06-01', to: '2026-06-14' } }).treatments).toEqual([]);
  });
});

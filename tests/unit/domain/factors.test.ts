import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/domain/days';
import { factorSettings, factorTags, hoursSlept, tagKey } from '../../../src/domain/factor-settings';
import { bandCaveat, bandLine, factorsSummary, tagSentence } from '../../../src/domain/factor-sentences';
import { dailyPain, dailyValues } from '../../../src/domain/daily';
import { bandComparison, bandOf, type FactorDay, factorDays, tagComparisons } from '../../../src/domain/factors';
import type { Checkin, FactorTag } from '../../../src/domain/types';
import { yearsOfJournal } from '../../fixtures/journal';
import { checkin } from './make';

const START = '2026-03-02';
const desk = (yes: boolean): FactorTag[] => [{ name: 'desk day', yes }];

/** `withDays` days ticked "desk day" at pain 5, then `withoutDays` days shown and not ticked at pain 3. */
function deskDays(withDays: number, withoutDays: number): Checkin[] {
  const rows: Checkin[] = [];
  for (let i = 0; i < withDays; i++) rows.push(checkin(addDays(START, i), 5, { tags: desk(true) }));
  for (let i = 0; i < withoutDays; i++) rows.push(checkin(addDays(START, 100 + i), 3, { tags: desk(false) }));
  return rows;
}

const deskComparison = (withDays: number, withoutDays: number) =>
  tagComparisons(factorDays(deskDays(withDays, withoutDays)))[0];

describe('one value per local day', () => {
  it('a day’s pain, sleep and stress are the means of its check-ins; a tag ticked at any check-in marks the day', () => {
    const days = factorDays([
      checkin(START, 4, { at: `${START}T08:00:00.000Z`, sleepQuality: 3, stress: 6, tags: desk(false) }),
      checkin(START, 6, { at: `${START}T18:00:00.000Z`, stress: 8, tags: desk(true) }),
      checkin(addDays(START, 1), 2, { sleepHours: 7.5 }),
    ]);
    expect(days).toHaveLength(2);
    expect(days[0]).toMatchObject({ day: START, pain: 5, sleepQuality: 3, sleepHours: null, stress: 7 });
    expect(days[0].tags.get('desk day')).toEqual({ name: 'desk day', yes: true });
    expect(days[1]).toMatchObject({ pain: 2, sleepQuality: null, sleepHours: 7.5, stress: null });
    expect(days[1].tags.size).toBe(0);
  });

  it('counts a day with two check-ins once on its side, at the day’s mean', () => {
    const rows = deskDays(3, 3);
    rows.push(checkin(START, 9, { tags: desk(false) }));
    const c = tagComparisons(factorDays(rows))[0];
    // 2 March: pains 5 and 9, mean 7, ticked at one check-in: a desk day.
    expect(c.with).toEqual({ days: 3, meanPain: 5.7 });
    expect(c.without).toEqual({ days: 3, meanPain: 3 });
  });

  it('leaves days the tag was not shown on neither side, and groups names that differ only in case and spaces', () => {
    const rows = [
      ...deskDays(3, 3),
      checkin(addDays(START, 50), 9),
      checkin(addDays(START, 51), 1, { tags: [{ name: 'Desk  Day', yes: true }] }),
    ];
    const [c] = tagComparisons(factorDays(rows));
    expect(c.with.days).toBe(4);
    expect(c.without.days).toBe(3);
    expect(c.name).toBe('desk day');
  });
});

describe('minimum counts', () => {
  it('needs 3 days on each side: 2 is not enough on either side, 3 is', () => {
    expect(deskComparison(2, 12).enough).toBe(false);
    expect(deskComparison(12, 2).enough).toBe(false);
    expect(deskComparison(3, 3).enough).toBe(true);
  });

  it('calls it a hint under 10 days on either side: 9 is a hint, 10 on both is not', () => {
    expect(deskComparison(9, 10).hint).toBe(true);
    expect(deskComparison(10, 9).hint).toBe(true);
    expect(deskComparison(10, 10).hint).toBe(false);
    expect(deskComparison(2, 9).hint).toBe(false);
  });

  it('says the counts, the hint and what is still needed in plain words', () => {
    expect(tagSentence(deskComparison(8, 12))).toBe(
      'On desk days your pain averaged 5.0 (8 days); on other days, 3.0 (12 days). Only a hint: under 10 days on one side.',
    );
    expect(tagSentence(deskComparison(10, 12))).toBe(
      'On desk days your pain averaged 5.0 (10 days); on other days, 3.0 (12 days).',
    );
    expect(tagSentence(deskComparison(2, 1))).toBe(
      '“desk day”: ticked on 2 days, not on 1 day. Pain is compared once each has at least 3 days.',
    );
    const drive = tagComparisons(
      factorDays(deskDays(3, 3).map((c) => ({ ...c, tags: [{ name: 'long drive', yes: c.tags[0].yes }] }))),
    )[0];
    expect(tagSentence(drive)).toMatch(/^On days with “long drive” your pain averaged 5\.0 \(3 days\)/);
  });
});

describe('bands', () => {
  it('bands a 0–10 day mean rounded to a whole number (3 low, 3.5 and 4 some, 6.4 some, 6.5 and 7 high)', () => {
    expect(bandOf('stress', 0).id).toBe('low');
    expect(bandOf('stress', 3).id).toBe('low');
    expect(bandOf('stress', 3.4).id).toBe('low');
    expect(bandOf('stress', 3.5).id).toBe('some');
    expect(bandOf('stress', 6.4).id).toBe('some');
    expect(bandOf('stress', 6.5).id).toBe('high');
    expect(bandOf('stress', 10).id).toBe('high');
    expect(bandOf('sleepQuality', 3).id).toBe('poor');
    expect(bandOf('sleepQuality', 7).id).toBe('good');
  });

  it('bands hours as they are: 5.5 short, 6 and 7.5 middle, 8 and 24 long', () => {
    expect(bandOf('sleepHours', 0).id).toBe('short');
    expect(bandOf('sleepHours', 5.5).id).toBe('short');
    expect(bandOf('sleepHours', 6).id).toBe('middle');
    expect(bandOf('sleepHours', 7.5).id).toBe('middle');
    expect(bandOf('sleepHours', 8).id).toBe('long');
    expect(bandOf('sleepHours', 24).id).toBe('long');
  });

  it('compares bands only when two have 3 days or more, and calls it a hint under 10 in a compared band', () => {
    const rows = (low: number, high: number, some = 0) => [
      ...Array.from({ length: low }, (_, i) => checkin(addDays(START, i), 2, { stress: 1 })),
      ...Array.from({ length: high }, (_, i) => checkin(addDays(START, 40 + i), 6, { stress: 8 })),
      ...Array.from({ length: some }, (_, i) => checkin(addDays(START, 80 + i), 4, { stress: 5 })),
    ];
    const two = bandComparison(factorDays(rows(3, 2)), 'stress');
    expect(two.enough).toBe(false);
    expect(bandCaveat(two)).toBe('Pain is compared once at least two of these have 3 days or more (5 days so far).');
    const three = bandComparison(factorDays(rows(3, 3, 2)), 'stress');
    expect(three.enough).toBe(true);
    expect(three.hint).toBe(true);
    expect(three.bands.map((b) => [b.band.id, b.days, b.meanPain, b.shown])).toEqual([
      ['low', 3, 2, true],
      ['some', 2, 4, false],
      ['high', 3, 6, true],
    ]);
    expect(three.bands.map(bandLine)).toEqual([
      'Low stress (0–3): pain averaged 2.0 (3 days).',
      'Some stress (4–6): 2 days, too few to compare.',
      'High stress (7–10): pain averaged 6.0 (3 days).',
    ]);
    const ten = bandComparison(factorDays(rows(10, 10, 2)), 'stress');
    expect(ten.hint).toBe(false);
    expect(bandCaveat(ten)).toBeNull();
    const nine = bandComparison(factorDays(rows(10, 9)), 'stress');
    expect(nine.hint).toBe(true);
    expect(bandCaveat(nine)).toBe('Only a hint: under 10 days in a band compared.');
  });

  it('the report’s one line names only what is enough to compare, or nothing', () => {
    const tags = tagComparisons(factorDays(deskDays(12, 2)));
    expect(factorsSummary(tags, [])).toBeNull();
    const enough = tagComparisons(factorDays(deskDays(8, 12)));
    expect(factorsSummary(enough, [])).toBe(
      'Average pain — desk days 5.0 (8\u00a0d) vs other days 3.0 (12\u00a0d), a hint. Observations, not causes.',
    );
  });
});

describe('the stored values', () => {
  it('refuses hours slept outside 0–24 or between half hours, with what is accepted', () => {
    for (const good of [0, 6.5, 24]) expect(hoursSlept(good, 'sleepHours')).toBe(good);
    for (const bad of [-0.5, 24.5, 6.25, '7', Number.NaN])
      expect(() => hoursSlept(bad, 'sleepHours')).toThrow(
        'Hours slept must be a number from 0 to 24, in half hours (like 6.5).',
      );
  });

  it('cleans tag names (trimmed, spaces collapsed), refuses a name twice, an empty one, or a missing answer', () => {
    expect(factorTags([{ name: '  desk   day ', yes: true }])).toEqual([{ name: 'desk day', yes: true }]);
    expect(() =>
      factorTags([
        { name: 'Desk day', yes: true },
        { name: 'desk day', yes: false },
      ]),
    ).toThrow('The tag “desk day” is listed twice.');
    expect(() => factorTags([{ name: ' ', yes: true }])).toThrow('A tag needs a name');
    expect(() => factorTags([{ name: 'gym day' }])).toThrow('The tag “gym day” must be answered yes or no');
    expect(() => factorTags([{ name: 'x'.repeat(41), yes: true }])).toThrow('at most 40 characters');
    expect(tagKey(' Long  Drive ')).toBe('long drive');
  });

  it('reads the factors setting, and refuses an unknown sleep scale or more than 12 tags', () => {
    expect(factorSettings({ sleep: 'hours', stress: true, tags: ['desk day'] })).toEqual({
      sleep: 'hours',
      stress: true,
      tags: ['desk day'],
    });
    expect(factorSettings({})).toEqual({ sleep: null, stress: false, tags: [] });
    expect(() => factorSettings({ sleep: 'minutes' })).toThrow('Sleep is asked as "quality" (0–10), as "hours"');
    expect(() => factorSettings({ tags: Array.from({ length: 13 }, (_, i) => `tag ${i}`) })).toThrow(
      'At most 12 tags are kept; this has 13.',
    );
  });
});

describe('factorDays in one pass', () => {
  /** The reading factorDays replaced: a dailyValues pass per figure, then all the check-ins sorted for the tags. */
  function reference(checkins: readonly Checkin[]): FactorDay[] {
    const means = (pick: (c: Checkin) => number | null) =>
      new Map(dailyValues(checkins, pick).map((d) => [d.day, d.mean]));
    const sleepQuality = means((c) => c.sleepQuality);
    const sleepHours = means((c) => c.sleepHours);
    const stress = means((c) => c.stress);
    const tags = new Map<string, FactorDay['tags']>();
    const inOrder = [...checkins].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
    for (const c of inOrder) {
      if (c.tags.length === 0) continue;
      const day = tags.get(c.day) ?? new Map<string, { name: string; yes: boolean }>();
      tags.set(c.day, day);
      for (const tag of c.tags) {
        const key = tagKey(tag.name);
        day.set(key, { name: tag.name, yes: tag.yes || (day.get(key)?.yes ?? false) });
      }
    }
    return dailyPain(checkins).map((d) => ({
      day: d.day,
      pain: d.mean,
      sleepQuality: sleepQuality.get(d.day) ?? null,
      sleepHours: sleepHours.get(d.day) ?? null,
      stress: stress.get(d.day) ?? null,
      tags: tags.get(d.day) ?? new Map(),
    }));
  }

  it('gives exactly what a pass per figure gave, on five generated years read in no particular order', () => {
    const journal = yearsOfJournal(5, '2026-03-31', { factors: true });
    // By id, as "all time" reads them: neither by day nor by time.
    const rows = [...journal.checkins].sort((a, b) => (a.id < b.id ? -1 : 1));
    const days = factorDays(rows);
    expect(days.length).toBeGreaterThan(1500);
    expect(days.some((d) => d.tags.size > 0 && d.sleepQuality !== null && d.stress !== null)).toBe(true);
    expect(days).toEqual(reference(rows));
    expect(factorDays(journal.checkins)).toEqual(reference(journal.checkins));
  });

  it('spells a tag as the day’s latest check-in showed it, in whatever order the check-ins come', () => {
    const rows = [
      checkin(START, 5, { at: `${START}T18:00:00.000Z`, tags: [{ name: 'Desk Day', yes: false }] }),
      checkin(START, 3, { at: `${START}T08:00:00.000Z`, tags: [{ name: 'desk day', yes: true }], sleepHours: 6 }),
      checkin(START, 4, { at: `${START}T12:00:00.000Z`, sleepHours: 8 }),
    ];
    const [day] = factorDays(rows);
    expect(day.tags.get(tagKey('desk day'))).toEqual({ name: 'Desk Day', yes: true });
    expect(day.sleepHours).toBe(7);
    expect(day.pain).toBe(4);
    expect(factorDays(rows)).toEqual(reference(rows));
  });
});

import { describe, expect, it } from 'vitest';
import {
  compareCursors,
  cursorOf,
  groupByDay,
  returnIndex,
  takeUntil,
  type TimelineEntry,
} from '../../../src/domain/history';
import { checkin, session } from './make';

const c = (day: string, pain: number, time = '12:00') => {
  const row = checkin(day, pain, { at: `${day}T${time}:00.000Z` });
  return { kind: 'checkin', at: row.at, day, row } as TimelineEntry;
};
const s = (day: string, time = '15:00') => {
  const row = session(day, { at: `${day}T${time}:00.000Z` });
  return { kind: 'session', at: row.at, day, row } as TimelineEntry;
};

describe('compareCursors', () => {
  it('orders newer instants first, sessions before check-ins at the same instant, then the higher id first', () => {
    const t = '2026-03-10T12:00:00.000Z';
    expect(compareCursors(`2026-03-11T00:00:00.000Z|checkin|a`, `${t}|session|z`)).toBeLessThan(0);
    expect(compareCursors(`${t}|session|a`, `${t}|checkin|z`)).toBeLessThan(0);
    expect(compareCursors(`${t}|checkin|b`, `${t}|checkin|a`)).toBeLessThan(0);
    expect(compareCursors(`${t}|checkin|a`, `${t}|checkin|a`)).toBe(0);
    expect(compareCursors(`${t}|checkin|a`, `${t}|checkin|b`)).toBeGreaterThan(0);
  });

  it('matches the order the entries are listed in', () => {
    const entries = [c('2026-03-10', 3, '09:00'), s('2026-03-10', '09:00'), c('2026-03-11', 5), s('2026-03-09')];
    const sorted = [...entries].sort((a, b) => compareCursors(cursorOf(a), cursorOf(b)));
    expect(sorted.map((e) => `${e.day} ${e.kind}`)).toEqual([
      '2026-03-11 checkin',
      '2026-03-10 session',
      '2026-03-10 checkin',
      '2026-03-09 session',
    ]);
  });
});

describe('takeUntil', () => {
  const entries = [c('2026-03-12', 1), c('2026-03-11', 2), c('2026-03-10', 3), c('2026-03-09', 4)];

  it('keeps entries down to and including the cursor entry', () => {
    expect(takeUntil(entries, cursorOf(entries[2]))).toEqual({ kept: entries.slice(0, 3), reached: true });
  });

  it('stops at the first entry past a cursor whose entry was deleted', () => {
    const gone = '2026-03-10T18:00:00.000Z|checkin|x';
    expect(takeUntil(entries, gone)).toEqual({ kept: entries.slice(0, 2), reached: true });
  });

  it('says when the page ended before the cursor', () => {
    expect(takeUntil(entries.slice(0, 2), cursorOf(entries[3]))).toEqual({ kept: entries.slice(0, 2), reached: false });
  });
});

describe('groupByDay', () => {
  it('groups by calendar day in timeline order, with the mean and worst of the check-ins', () => {
    const days = groupByDay([
      c('2026-03-11', 4, '20:00'),
      s('2026-03-11'),
      c('2026-03-11', 7, '09:00'),
      c('2026-03-11', 6, '08:00'),
      s('2026-03-10'),
    ]);
    expect(days.map((d) => [d.day, d.entries.length, d.checkins, d.meanPain, d.worstPain])).toEqual([
      ['2026-03-11', 4, 3, 5.7, 7],
      ['2026-03-10', 1, 0, null, null],
    ]);
  });

  it('keeps one group for a day whose entries are not next to each other', () => {
    const days = groupByDay([c('2026-03-11', 2), c('2026-03-10', 4), c('2026-03-11', 6)]);
    expect(days.map((d) => [d.day, d.checkins, d.meanPain])).toEqual([
      ['2026-03-11', 2, 4],
      ['2026-03-10', 1, 4],
    ]);
  });

  it('is empty for no entries', () => {
    expect(groupByDay([])).toEqual([]);
  });
});

describe('returnIndex', () => {
  const t = (h: number) => `2026-03-10T${String(h).padStart(2, '0')}:00:00.000Z`;
  const listed = [`${t(20)}|checkin|c`, `${t(14)}|session|s`, `${t(9)}|checkin|b`, `${t(8)}|checkin|a`];

  it('finds the entry that was opened', () => {
    expect(returnIndex(listed, `${t(14)}|session|s`)).toBe(1);
    expect(returnIndex(listed, `${t(8)}|checkin|a`)).toBe(3);
  });

  it('finds it by kind and id when its time was changed meanwhile', () => {
    expect(returnIndex(listed, `${t(23)}|checkin|b`)).toBe(2);
    // Same id, other kind: not the same entry.
    expect(returnIndex(listed, `${t(14)}|checkin|s`)).toBe(2);
  });

  it('falls back to the entry now in its place when it was deleted, or to the last one listed', () => {
    expect(returnIndex(listed, `${t(10)}|checkin|gone`)).toBe(2);
    expect(returnIndex(listed, `${t(21)}|checkin|gone`)).toBe(0);
    expect(returnIndex(listed, `${t(1)}|checkin|gone`)).toBe(3);
    expect(returnIndex([], `${t(1)}|checkin|gone`)).toBe(-1);
  });
});

import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { db, historyPage, type HistoryEntry } from '../../../src/db';
import type { Checkin, Session } from '../../../src/domain/types';
import { checkinRow, sessionRow } from '../../fixtures/rows';
import { freshDatabase } from './reset';

beforeEach(freshDatabase);

const uuidOf = (n: number, tag: string) => `${n.toString(16).padStart(8, '0')}-0000-4000-8000-${tag.padStart(12, '0')}`;
const instantOf = (minute: number) => new Date(Date.UTC(2026, 0, 1) + minute * 60_000).toISOString();

function checkinAt(n: number, minute: number): Checkin {
  return { ...checkinRow(), id: uuidOf(n, 'c'), at: instantOf(minute), day: instantOf(minute).slice(0, 10) };
}
function sessionAt(n: number, minute: number): Session {
  return {
    ...sessionRow(),
    id: uuidOf(n, '5'),
    at: instantOf(minute),
    day: instantOf(minute).slice(0, 10),
    nextAppointment: null,
  };
}

/** Reads every page of history, `limit` at a time. */
async function allPages(limit: number): Promise<HistoryEntry[][]> {
  const pages: HistoryEntry[][] = [];
  let before: string | null = null;
  do {
    const page = await historyPage({ before, limit });
    pages.push(page.entries);
    before = page.nextBefore;
    if (pages.length > 1000) throw new Error('paging does not end');
  } while (before);
  return pages;
}

const key = (e: HistoryEntry) => `${e.kind}:${e.row.id}`;

describe('historyPage', () => {
  it('merges check-ins and sessions, newest first', async () => {
    await db.checkins.bulkAdd([checkinAt(1, 10), checkinAt(2, 30)]);
    await db.sessions.bulkAdd([sessionAt(1, 20), sessionAt(2, 40)]);
    const { entries, nextBefore } = await historyPage({ limit: 10 });
    expect(entries.map((e) => [e.kind, e.at])).toEqual([
      ['session', instantOf(40)],
      ['checkin', instantOf(30)],
      ['session', instantOf(20)],
      ['checkin', instantOf(10)],
    ]);
    expect(entries[0].row).toEqual(sessionAt(2, 40));
    expect(entries[0].day).toBe('2026-01-01');
    expect(nextBefore).toBeNull();
  });

  it('pages without gaps or repeats when many entries share one instant across both tables', async () => {
    await db.checkins.bulkAdd([1, 2, 3, 4].map((n) => checkinAt(n, 5)));
    await db.sessions.bulkAdd([1, 2, 3].map((n) => sessionAt(n, 5)));
    await db.checkins.add(checkinAt(9, 1));
    for (const limit of [1, 2, 3, 7, 8]) {
      const pages = await allPages(limit);
      const flat = pages.flat();
      expect(flat).toHaveLength(8);
      expect(new Set(flat.map(key)).size).toBe(8);
      expect(flat[7].row.id).toBe(uuidOf(9, 'c'));
      expect(pages.every((page) => page.length <= limit)).toBe(true);
    }
  });

  it('an empty journal is one empty page', async () => {
    expect(await historyPage({ limit: 20 })).toEqual({ entries: [], nextBefore: null });
  });

  it('a bare instant as `before` starts strictly before it', async () => {
    await db.checkins.bulkAdd([checkinAt(1, 10), checkinAt(2, 20), checkinAt(3, 20)]);
    await db.sessions.add(sessionAt(1, 20));
    const { entries } = await historyPage({ before: instantOf(20), limit: 10 });
    expect(entries.map(key)).toEqual([`checkin:${uuidOf(1, 'c')}`]);
  });

  it('reads only about one page of rows, however long the history', async () => {
    await db.checkins.bulkAdd(Array.from({ length: 2000 }, (_, n) => checkinAt(n, n)));
    await db.sessions.bulkAdd(Array.from({ length: 300 }, (_, n) => sessionAt(n, n * 7)));
    let read = 0;
    const count = (row: unknown) => {
      read++;
      return row;
    };
    db.checkins.hook('reading', count);
    db.sessions.hook('reading', count);
    try {
      const first = await historyPage({ limit: 25 });
      await historyPage({ before: first.nextBefore, limit: 25 });
    } finally {
      db.checkins.hook('reading').unsubscribe(count);
      db.sessions.hook('reading').unsubscribe(count);
    }
    expect(read).toBeGreaterThan(0);
    expect(read).toBeLessThanOrEqual(4 * 26 + 2);
  });

  it('for any history and page size, the pages hold every entry once, newest first', async () => {
    const entry = fc.record({ session: fc.boolean(), minute: fc.integer({ min: 0, max: 6 }) });
    await fc.assert(
      fc.asyncProperty(fc.array(entry, { maxLength: 30 }), fc.integer({ min: 1, max: 9 }), async (rows, limit) => {
        await db.checkins.clear();
        await db.sessions.clear();
        await db.checkins.bulkAdd(rows.flatMap((r, n) => (r.session ? [] : [checkinAt(n, r.minute)])));
        await db.sessions.bulkAdd(rows.flatMap((r, n) => (r.session ? [sessionAt(n, r.minute)] : [])));
        const pages = await allPages(limit);
        const flat = pages.flat();
        expect(flat).toHaveLength(rows.length);
        expect(new Set(flat.map(key)).size).toBe(rows.length);
        expect(flat.every((e, i) => i === 0 || flat[i - 1].at >= e.at)).toBe(true);
        expect(pages.slice(0, -1).every((page) => page.length === limit)).toBe(true);
        if (rows.length) expect(pages[pages.length - 1].length).toBeGreaterThan(0);
      }),
      { numRuns: 60 },
    );
  });
});

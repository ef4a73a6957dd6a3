// The History timeline: where an entry sits in the newest-first order, and entries grouped by calendar day.
import { roundTo } from './numbers';
import type { Checkin, Day, Instant, QuestionnaireResponse, Session, Treatment } from './types';

/** One line of history (the shape the data layer's historyPage returns). */
export type TimelineEntry =
  | { kind: 'checkin'; at: Instant; day: Day; row: Checkin }
  | { kind: 'session'; at: Instant; day: Day; row: Session }
  | { kind: 'questionnaire'; at: Instant; day: Day; row: QuestionnaireResponse }
  | { kind: 'treatment'; at: Instant; day: Day; row: Treatment };

/** A place in the timeline, as the data layer's `before` cursor writes it: `at|kind|id`. */
export type TimelineCursor = string;

/** The cursor of an entry: passing it as `before` pages to what comes after it. */
export function cursorOf(entry: Pick<TimelineEntry, 'at' | 'kind'> & { row: { id: string } }): TimelineCursor {
  return `${entry.at}|${entry.kind}|${entry.row.id}`;
}

// Same order as the data layer: newer instant first; at the same instant sessions before check-ins; then higher id.
const KIND_RANK: Record<string, number> = { treatment: 3, questionnaire: 2, session: 1, checkin: 0 };

/** Negative when `a` comes before (is newer than) `b` in the timeline, positive when after, 0 when the same place. */
export function compareCursors(a: TimelineCursor, b: TimelineCursor): number {
  const [atA, kindA = '', idA = ''] = a.split('|');
  const [atB, kindB = '', idB = ''] = b.split('|');
  if (atA !== atB) return atA < atB ? 1 : -1;
  if (kindA !== kindB) return (KIND_RANK[kindB] ?? -1) - (KIND_RANK[kindA] ?? -1);
  return idA < idB ? 1 : idA > idB ? -1 : 0;
}

/**
 * The entries of a page that lie at or after `until` in the timeline (kept), and whether the page reached it.
 * A segment of history between two fixed cursors is read page by page until the lower cursor is reached.
 */
export function takeUntil<T extends TimelineEntry>(
  entries: readonly T[],
  until: TimelineCursor,
): { kept: T[]; reached: boolean } {
  const kept: T[] = [];
  for (const entry of entries) {
    const order = compareCursors(cursorOf(entry), until);
    if (order > 0) return { kept, reached: true };
    kept.push(entry);
    if (order === 0) return { kept, reached: true };
  }
  return { kept, reached: false };
}

/** One calendar day of the timeline. */
export interface TimelineDay<T extends TimelineEntry = TimelineEntry> {
  day: Day;
  entries: T[];
  /** How many check-ins the day holds (among the entries given). */
  checkins: number;
  /** The mean of the day's check-in pain, one decimal; null without check-ins. */
  meanPain: number | null;
  /** The day's highest check-in pain; null without check-ins. */
  worstPain: number | null;
}

/**
 * Groups newest-first entries by their calendar day, in order of each day's first entry, with each day's pain mean
 * and worst. A day whose entries are not next to each other (a time-zone trip can do that) is still one group.
 */
export function groupByDay<T extends TimelineEntry>(entries: readonly T[]): TimelineDay<T>[] {
  const byDay = new Map<Day, TimelineDay<T> & { sum: number }>();
  for (const entry of entries) {
    let group = byDay.get(entry.day);
    if (!group) {
      group = { day: entry.day, entries: [], checkins: 0, meanPain: null, worstPain: null, sum: 0 };
      byDay.set(entry.day, group);
    }
    group.entries.push(entry);
    if (entry.kind === 'checkin') {
      group.checkins += 1;
      group.sum += entry.row.pain;
      group.worstPain = Math.max(group.worstPain ?? 0, entry.row.pain);
    }
  }
  return [...byDay.values()].map(({ sum, ...group }) => ({
    ...group,
    meanPain: group.checkins ? roundTo(sum / group.checkins) : null,
  }));
}

/**
 * Which of the listed entries (cursors, newest first) stands for `wanted` on coming back to the timeline: the entry
 * itself, found by kind and id (so an edit of its time does not lose it); else the first one listed after its old
 * place (it was deleted or moved out of what is listed); else the last one. -1 when nothing is listed.
 */
export function returnIndex(listed: readonly TimelineCursor[], wanted: TimelineCursor): number {
  const identity = wanted.slice(wanted.indexOf('|'));
  const same = listed.findIndex((cursor) => cursor.slice(cursor.indexOf('|')) === identity);
  if (same !== -1) return same;
  const after = listed.findIndex((cursor) => compareCursors(cursor, wanted) > 0);
  return after !== -1 ? after : listed.length - 1;
}

// One segment of the History timeline, read live: everything from `before` down to `until`, or — for the oldest
// segment shown — the next page, rounded to whole days so a day's figures are never split across "Show older".
import { useLiveQuery, type DataLayer } from '../../app/data';
import { cursorOf, takeUntil, type TimelineCursor, type TimelineEntry } from '../../domain/history';

/** Entries per page read from the data layer. */
export const HISTORY_PAGE = 40;
/**
 * The newest page is about a phone screen of entries (then the rest of its last day), so History shows sooner;
 * HistoryScreen asks for the next page as soon as it is drawn.
 */
export const FIRST_PAGE = 12;

/** What a segment holds, and (for the oldest one) where the next segment would start; null when nothing is older. */
export interface Segment {
  entries: TimelineEntry[];
  next: TimelineCursor | null;
}

async function readSegment(
  layer: DataLayer,
  before: TimelineCursor | null,
  until: TimelineCursor | null,
): Promise<Segment> {
  const entries: TimelineEntry[] = [];
  let cursor = before;
  if (until !== null) {
    // A fixed segment: read page by page until the lower cursor (usually one page; more if entries were added).
    for (;;) {
      const page = await layer.historyPage({ before: cursor, limit: HISTORY_PAGE });
      const { kept, reached } = takeUntil(page.entries, until);
      entries.push(...kept);
      if (reached || page.nextBefore === null) return { entries, next: null };
      cursor = page.nextBefore;
    }
  }
  // The open-ended oldest segment: one page, then the rest of its last day, so the day is whole.
  let page = await layer.historyPage({ before: cursor, limit: before === null ? FIRST_PAGE : HISTORY_PAGE });
  entries.push(...page.entries);
  while (page.nextBefore !== null) {
    const lastDay = entries[entries.length - 1].day;
    page = await layer.historyPage({ before: page.nextBefore, limit: HISTORY_PAGE });
    const sameDay = page.entries.findIndex((entry) => entry.day !== lastDay);
    if (sameDay === -1) {
      entries.push(...page.entries);
      continue;
    }
    entries.push(...page.entries.slice(0, sameDay));
    return { entries, next: cursorOf(entries[entries.length - 1]) };
  }
  return { entries, next: null };
}

/** The entries from `before` (exclusive; null = the newest) to `until` (inclusive; null = one more page of whole days). */
export function useHistorySegment(before: TimelineCursor | null, until: TimelineCursor | null): Segment | undefined {
  return useLiveQuery((layer) => readSegment(layer, before, until), [before, until]);
}

// The History screen's list: check-ins, sessions and questionnaire answers merged, newest first, one page at a time.
// Each page reads at most `limit + 1` rows per table through the `at` index, so ten years of data cost the same as one.
import type { Checkin, Day, Instant, QuestionnaireResponse, Session, Treatment } from '../domain/types';
import { db } from './database';

/** One line of history. */
export type HistoryEntry =
  | { kind: 'checkin'; at: Instant; day: Day; row: Checkin }
  | { kind: 'session'; at: Instant; day: Day; row: Session }
  | { kind: 'questionnaire'; at: Instant; day: Day; row: QuestionnaireResponse }
  | { kind: 'treatment'; at: Instant; day: Day; row: Treatment };

/** One page of history, and the `before` to pass for the next page (null on the last page). */
export interface HistoryPage {
  entries: HistoryEntry[];
  nextBefore: string | null;
}

type Kind = HistoryEntry['kind'];

// Entries sort by time, newest first; ties by kind (sessions first), then by id, so every entry has one place.
const KIND_RANK: Record<Kind, number> = { treatment: 3, questionnaire: 2, session: 1, checkin: 0 };

interface Position {
  at: Instant;
  kind: Kind;
  id: string;
}

function newerFirst(a: Position, b: Position): number {
  if (a.at !== b.at) return a.at < b.at ? 1 : -1;
  if (a.kind !== b.kind) return KIND_RANK[b.kind] - KIND_RANK[a.kind];
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

// The cursor is "at|kind|id" of the last entry shown; a bare instant means "everything strictly before it".
function parseCursor(before: string): Position {
  const [at, kind, id] = before.split('|');
  if (kind === 'checkin' || kind === 'session' || kind === 'questionnaire' || kind === 'treatment')
    return { at, kind, id };
  // A bare instant must sort after every entry at that instant: the last kind, and an id below every UUID.
  return { at, kind: 'checkin', id: '' };
}

async function older(kind: Kind, cursor: Position | undefined, limit: number): Promise<HistoryEntry[]> {
  const table =
    kind === 'checkin'
      ? db.checkins
      : kind === 'session'
        ? db.sessions
        : kind === 'questionnaire'
          ? db.questionnaires
          : db.treatments;
  let rows: (Checkin | Session | QuestionnaireResponse | Treatment)[];
  if (!cursor) {
    rows = await table.orderBy('at').reverse().limit(limit).toArray();
  } else {
    // Rows at exactly the cursor's time are few; they are read whole and kept only if they come after the cursor.
    const ties = await table.where('at').equals(cursor.at).toArray();
    const earlier = await table.where('at').below(cursor.at).reverse().limit(limit).toArray();
    rows = [...ties.filter((row) => newerFirst(cursor, { at: row.at, kind, id: row.id }) < 0), ...earlier];
  }
  return rows.map((row) => ({ kind, at: row.at, day: row.day, row }) as HistoryEntry);
}

/** Check-ins and sessions, newest first, `limit` at a time; pass the previous page's `nextBefore` (or an instant) as `before`. */
export async function historyPage({ before, limit }: { before?: string | null; limit: number }): Promise<HistoryPage> {
  const cursor = before ? parseCursor(before) : undefined;
  // One extra row per table tells whether another page exists.
  const [checkins, sessions, questionnaires, treatments] = await db.transaction(
    'r',
    ['checkins', 'sessions', 'questionnaires', 'treatments'],
    () =>
      Promise.all([
        older('checkin', cursor, limit + 1),
        older('session', cursor, limit + 1),
        older('questionnaire', cursor, limit + 1),
        older('treatment', cursor, limit + 1),
      ]),
  );
  const merged = [...checkins, ...sessions, ...questionnaires, ...treatments].sort((a, b) =>
    newerFirst(position(a), position(b)),
  );
  const entries = merged.slice(0, limit);
  const last = entries[entries.length - 1];
  return { entries, nextBefore: merged.length > limit && last ? `${last.at}|${last.kind}|${last.row.id}` : null };
}

function position(entry: HistoryEntry): Position {
  return { at: entry.at, kind: entry.kind, id: entry.row.id };
}

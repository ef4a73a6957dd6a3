// Where History was when an entry was opened from it, so that coming back returns there: the same older segments
// loaded and the same entry in view. Kept in memory only, in two places: the state of History's own history entry
// (browser Back, however many steps) and this module (the entry screen's back link, Save and Delete, which navigate
// forward to /history). Arriving any other way, like the tab bar, starts at the top.
import type { TimelineCursor } from '../../domain/history';

/** A place to come back to. */
export interface ReturnPoint {
  /** The lower bounds of the segments that were loaded (see HistoryScreen). */
  bounds: TimelineCursor[];
  /** The entry that was opened. */
  entry: TimelineCursor;
  /** Where its top was on screen, in CSS pixels from the top of the viewport. */
  top: number;
}

const STATE_KEY = 'historyReturn';
let pending: ReturnPoint | null = null;

function isReturnPoint(value: unknown): value is ReturnPoint {
  const point = value as ReturnPoint | null;
  return !!point && Array.isArray(point.bounds) && typeof point.entry === 'string' && typeof point.top === 'number';
}

/** Remembers `point` as the place to come back to, for browser Back and for the next arrival at History. */
export function rememberReturn(point: ReturnPoint): void {
  pending = point;
  const state: unknown = history.state;
  history.replaceState({ ...(state && typeof state === 'object' ? state : {}), [STATE_KEY]: point }, '');
}

/** The place to return to on arriving at History, or null for a fresh visit. Each remembered place is taken once. */
export function takeReturn(): ReturnPoint | null {
  const state = history.state as Record<string, unknown> | null;
  const point = state && isReturnPoint(state[STATE_KEY]) ? state[STATE_KEY] : pending;
  pending = null;
  return point;
}

// A tap on the tab bar is a fresh visit wherever it leads, even from the entry that was opened: History then starts
// at the top. (Capture phase: before the router turns the click into a navigation.)
addEventListener(
  'click',
  (event) => {
    if ((event.target as Element | null)?.closest?.('.tabbar')) pending = null;
  },
  true,
);

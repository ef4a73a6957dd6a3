// Small questions the Today screen asks of the check-ins.
import type { Checkin, Day } from './types';

/** True when at least one check-in was logged for `day`. */
export function isDayLogged(checkins: readonly Checkin[], day: Day): boolean {
  return checkins.some((c) => c.day === day);
}

/** The latest check-in of `day` (by instant; on a tie, the one created later), e.g. to pre-fill "pain before" in a session. */
export function latestOnDay(checkins: readonly Checkin[], day: Day): Checkin | null {
  let latest: Checkin | null = null;
  let latestMs = -Infinity;
  for (const c of checkins) {
    if (c.day !== day) continue;
    const ms = Date.parse(c.at);
    const key = Number.isNaN(ms) ? -Infinity : ms;
    if (latest === null || key > latestMs || (key === latestMs && c.createdAt >= latest.createdAt)) {
      latest = c;
      latestMs = key;
    }
  }
  return latest;
}

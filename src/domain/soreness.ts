// What a session leaves due on Today: the soreness questions, the aftercare checklist and the next appointment.
// Everything is counted in calendar days on the session's stored local `day`, never by adding hours to its instant:
// "24 h after" a session at 23:30 is tomorrow, even across a DST change or after flying to another time zone.
import { AFTERCARE, labelOf, type AftercareId } from './catalog';
import { addDays, daysBetween } from './days';
import type { Day, Instant, Session } from './types';

/** A soreness question due today for one session. */
export interface SorenessQuestion {
  session: Session;
  /** 24: asked the calendar day after the session; 48: the day after that. */
  hours: 24 | 48;
}

/**
 * The soreness questions due today, newest session first. The 24 h question shows only on the day after the
 * session and the 48 h one only on the day after that, each while unanswered: a missed question is not asked
 * later, because soreness remembered days afterwards is not the 24 h or 48 h figure the report tabulates.
 */
export function sorenessDue(sessions: readonly Session[], today: Day): SorenessQuestion[] {
  const due: SorenessQuestion[] = [];
  for (const session of sessions) {
    const age = daysBetween(session.day, today);
    if (age === 1 && session.soreness24 === null) due.push({ session, hours: 24 });
    else if (age === 2 && session.soreness48 === null) due.push({ session, hours: 48 });
  }
  return due.sort((a, b) => compareSessions(b.session, a.session));
}

/** How many days the aftercare checklist shows: the session day and the two after. */
export const AFTERCARE_DAYS = 3;

/** One aftercare item to tick. */
export interface AftercareItem {
  id: AftercareId;
  /** The catalog label, or the therapist's own words for "other". */
  label: string;
  done: boolean;
}

/** The aftercare checklist due today. */
export interface AftercareChecklist {
  session: Session;
  items: AftercareItem[];
  allDone: boolean;
  /** The last day the checklist shows. */
  lastDay: Day;
}

/**
 * The latest session's aftercare checklist, shown on the session day and the two after it (while the advice still
 * applies). Only the latest session up to today counts: a newer session without aftercare replaces an older one's,
 * since the therapist's latest advice is what stands. Stays shown when every item is ticked (`allDone`), so the
 * person sees it was done.
 */
export function aftercareDue(sessions: readonly Session[], today: Day): AftercareChecklist | null {
  let latest: Session | null = null;
  for (const session of sessions) {
    if (session.day > today) continue;
    if (!latest || compareSessions(session, latest) > 0) latest = session;
  }
  if (!latest || latest.aftercare.length === 0) return null;
  if (daysBetween(latest.day, today) >= AFTERCARE_DAYS) return null;
  const session = latest;
  const items = session.aftercare.map((id) => ({
    id,
    label: id === 'other' && session.aftercareOther.trim() ? session.aftercareOther.trim() : labelOf(AFTERCARE, id),
    done: session.aftercareDone.includes(id),
  }));
  return { session, items, allDone: items.every((i) => i.done), lastDay: addDays(session.day, AFTERCARE_DAYS - 1) };
}

/** The next appointment and the session that booked it. */
export interface NextAppointment {
  at: Instant;
  session: Session;
}

/**
 * The soonest appointment at or after `now`. For each provider only the latest session's "next appointment" counts:
 * each session records the booking as it stood then, so an older session's appointment that was since moved or kept
 * is not shown again. Providers are matched ignoring case and surrounding spaces; an empty provider is one provider.
 */
export function nextAppointment(
  sessions: readonly Session[],
  now: Date | Instant = new Date(),
): NextAppointment | null {
  const nowMs = typeof now === 'string' ? Date.parse(now) : now.getTime();
  let best: NextAppointment | null = null;
  let bestMs = Infinity;
  for (const session of latestPerProvider(sessions)) {
    if (!session.nextAppointment) continue;
    const ms = Date.parse(session.nextAppointment);
    if (Number.isNaN(ms) || ms < nowMs || ms >= bestMs) continue;
    best = { at: session.nextAppointment, session };
    bestMs = ms;
  }
  return best;
}

/**
 * Each provider's latest session: the one whose "next appointment" is the booking as it stands. Providers are matched
 * ignoring case and surrounding spaces; an empty provider is one provider.
 */
export function latestPerProvider(sessions: readonly Session[]): Session[] {
  const latest = new Map<string, Session>();
  for (const session of sessions) {
    const key = session.provider.trim().toLowerCase();
    const current = latest.get(key);
    if (!current || compareSessions(session, current) > 0) latest.set(key, session);
  }
  return [...latest.values()];
}

/** Orders sessions by their local day, then by instant (later is greater). */
function compareSessions(a: Session, b: Session): number {
  if (a.day !== b.day) return a.day < b.day ? -1 : 1;
  return (Date.parse(a.at) || 0) - (Date.parse(b.at) || 0);
}

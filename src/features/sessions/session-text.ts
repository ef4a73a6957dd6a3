// A session in words, for lists and History: techniques, pressure and length, pain before → after, soreness.
import { AFTERCARE, PRESSURES, TECHNIQUES, labelOf } from '../../domain/catalog';
import type { Session } from '../../domain/types';

const MINUS = '\u2212';

/** "Deep tissue, Trigger point therapy · Firm · 60 min", or '' when none of them was noted. */
export function sessionWhat(session: Pick<Session, 'techniques' | 'pressure' | 'durationMin'>): string {
  const parts = [
    session.techniques.map((t) => labelOf(TECHNIQUES, t)).join(', '),
    session.pressure ? labelOf(PRESSURES, session.pressure) : '',
    session.durationMin ? `${session.durationMin} min` : '',
  ];
  return parts.filter(Boolean).join(' · ');
}

/** The change from pain before to after in points, signed with a real minus: "−3", "+1", "no change"; null if either is missing. */
export function painDropText(before: number | null, after: number | null): string | null {
  if (before === null || after === null) return null;
  const change = after - before;
  return change === 0 ? 'no change' : change < 0 ? `${MINUS}${-change}` : `+${change}`;
}

/** "Sore next day 3 · day after 2" for the answers given, or null before any. */
export function sorenessText(session: Pick<Session, 'soreness24' | 'soreness48'>): string | null {
  const parts = [
    session.soreness24 !== null ? `next day ${session.soreness24}` : '',
    session.soreness48 !== null ? `day after ${session.soreness48}` : '',
  ].filter(Boolean);
  return parts.length ? `Soreness ${parts.join(' · ')}` : null;
}

/** The aftercare given, in words, the therapist's own words for "other". */
export function aftercareText(session: Pick<Session, 'aftercare' | 'aftercareOther'>): string {
  return session.aftercare
    .map((id) => (id === 'other' && session.aftercareOther ? session.aftercareOther : labelOf(AFTERCARE, id)))
    .join(', ');
}

// After a booked appointment: Today offers to log the session while it is fresh, with its time and therapist filled in.
import { addDays, localDay } from './days';
import { sentence, spokenDay } from './sentence';
import { latestPerProvider } from './soreness';
import type { Instant, Session } from './types';

/** A past appointment with no session logged for it yet, and the session that booked it. */
export interface AppointmentToLog {
  at: Instant;
  /** The session whose "next appointment" this was: its provider is the likely one. */
  bookedAt: Session;
}

/** How many calendar days Today keeps offering: the appointment's day and the two after, like the soreness questions. */
export const LOG_APPOINTMENT_DAYS = 3;

/**
 * The most recent booked appointment that has passed, within the last LOG_APPOINTMENT_DAYS calendar days, with no
 * session logged on its day or later (by any therapist: someone who leaves the provider blank has still logged it),
 * and not dismissed. As for the next appointment, only each provider's latest booking counts.
 */
export function appointmentToLog(
  sessions: readonly Session[],
  now: Date,
  dismissed: Instant | null = null,
): AppointmentToLog | null {
  const nowMs = now.getTime();
  const today = localDay(now);
  // biome-ignore lint/complexity/useMathMinMax: days are ISO date strings, which Math.max cannot compare
  const latestDay = sessions.reduce((latest, session) => (session.day > latest ? session.day : latest), '');
  let best: AppointmentToLog | null = null;
  for (const session of latestPerProvider(sessions)) {
    const at = session.nextAppointment;
    if (!at || at === dismissed) continue;
    const ms = Date.parse(at);
    if (Number.isNaN(ms) || ms > nowMs) continue;
    const day = localDay(new Date(ms));
    if (day < addDays(today, -(LOG_APPOINTMENT_DAYS - 1)) || latestDay >= day) continue;
    if (!best || ms > Date.parse(best.at)) best = { at, bookedAt: session };
  }
  return best;
}

/**
 * The offer's words: "Your appointment with Anna was yesterday at 17:30. Log it while you remember: …". `relativeDay`
 * is "Today", "Yesterday" or a short date; `time` as the locale writes it (one full stop even after "5:30 p.m.").
 */
export function appointmentToLogText(provider: string, relativeDay: string, time: string): string {
  const who = provider.trim() ? ` with \u2068${provider.trim()}\u2069` : '';
  return `${sentence(`Your appointment${who} was ${spokenDay(relativeDay)} at ${time}`)} Log it while you remember: pain before and after, what was done, the aftercare.`;
}

// The two calendar files the app offers, with their names and words: the next appointment and the daily reminder.
import { localDay } from '../../domain/days';
import { appointmentEvent, dailyReminderEvent } from '../../domain/ics';
import type { Session } from '../../domain/types';
import { formatDayLong } from '../../ui/format';

/** A file ready to download. */
export interface CalendarFile {
  filename: string;
  text: string;
}

/** The MIME type calendar apps open. */
export const CALENDAR_TYPE = 'text/calendar;charset=utf-8';

/** How long an appointment is assumed to last when the session that booked it has no duration. */
export const DEFAULT_APPOINTMENT_MINUTES = 60;

/** Same for every appointment booked at one session, so adding it again updates the event rather than doubling it. */
export function appointmentUid(session: Pick<Session, 'id'>): string {
  return `appointment-${session.id}@pain-journal`;
}

/** The calendar event for the appointment booked at `session` (which must have a next appointment). */
export function appointmentFile(session: Session, now = new Date()): CalendarFile {
  if (!session.nextAppointment) throw new Error('This session has no next appointment');
  const provider = session.provider.trim();
  return {
    filename: `pain-journal-appointment-${localDay(new Date(session.nextAppointment))}.ics`,
    text: appointmentEvent({
      uid: appointmentUid(session),
      start: session.nextAppointment,
      durationMinutes: session.durationMin ?? DEFAULT_APPOINTMENT_MINUTES,
      summary: provider ? `Appointment with ${provider}` : 'Therapy appointment',
      description:
        `Booked at your session on ${formatDayLong(session.day)}.\n` +
        'Pain Journal can make a one-page report of your pain and sessions to show your therapist: More → Report for your therapist.',
      now,
    }),
  };
}

/** One reminder per person: adding it again at a new time replaces the old one in calendars that honour UIDs. */
export const DAILY_REMINDER_UID = 'daily-checkin-reminder@pain-journal';

/** The daily check-in reminder at `time` ('HH:MM'), starting today. */
export function dailyReminderFile(time: string, now = new Date()): CalendarFile {
  return {
    filename: 'pain-journal-daily-reminder.ics',
    text: dailyReminderEvent({
      uid: DAILY_REMINDER_UID,
      time,
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      startDay: localDay(now),
      now,
    }),
  };
}

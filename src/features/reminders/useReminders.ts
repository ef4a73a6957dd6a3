// What the reminders section reads: the daily reminder time last added, and the next appointment.
import { useLiveQuery } from '../../app/data';
import { REMINDER_TIME } from '../../domain/settings-keys';
import { nextAppointment, type NextAppointment } from '../../domain/soreness';

/** The 'HH:MM' of the daily reminder last added to the calendar: null when never, undefined while loading. */
export function useReminderTime(): string | null | undefined {
  return useLiveQuery((layer) => layer.getSetting<string | null>(REMINDER_TIME, null), []);
}

/** The soonest booked appointment from now: null when none, undefined while loading. */
export function useNextAppointment(): NextAppointment | null | undefined {
  return useLiveQuery(async (layer) => nextAppointment(await layer.listSessions(), new Date()), []);
}

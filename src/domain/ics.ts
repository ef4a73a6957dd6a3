// Calendar files (iCalendar, RFC 5545) for the reminders the app cannot send itself: it has no server, so the
// phone's own calendar does the reminding. Pure text in, text out.
//
// Times: the appointment is one moment, so it is written in UTC (`…Z`) and every calendar shows it at the right
// local time. The daily reminder is written in floating local time (no `Z`, no TZID): RFC 5545 §3.3.5 defines that
// as "the same hour wherever the calendar is", which is what "remind me at 20:00 every day" means, and it needs no
// VTIMEZONE block (which Intl cannot describe). The person's IANA zone is added as X-WR-TIMEZONE, a hint that
// importers which cannot keep floating times (Google Calendar) use to pin the hour in the right zone.
import { ValidationError } from './errors';
import { addDays, isDay } from './days';
import type { Day, Instant } from './types';

const CRLF = '\r\n';
/** RFC 5545 §3.1: lines longer than 75 octets (not counting CRLF) are folded. */
const MAX_OCTETS = 75;
const PRODID = '-//Pain Journal//Pain Journal//EN';

/** An appointment: a fixed moment with an alert the day before and another two hours before. */
export interface AppointmentEventInput {
  /** Stable per appointment, so downloading it again updates the event instead of adding a second one. */
  uid: string;
  start: Date | Instant;
  durationMinutes: number;
  summary: string;
  description: string;
  location?: string;
  /** When the file is made (DTSTAMP). */
  now: Date;
}

/** A reminder to check in, every day at the same local time. */
export interface DailyReminderInput {
  uid: string;
  /** 'HH:MM', 24-hour. */
  time: string;
  /** The person's IANA zone, e.g. from Intl.DateTimeFormat().resolvedOptions().timeZone; written as a hint only. */
  timeZone?: string;
  /** The first day it fires. */
  startDay: Day;
  now: Date;
  summary?: string;
  description?: string;
}

/** Escapes a TEXT value (§3.3.11): backslash, semicolon, comma and line breaks; drops other control characters. */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n');
}

const encoder = new TextEncoder();

/** Folds one content line into lines of at most 75 UTF-8 octets, never splitting a character (§3.1). */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // A continuation line starts with one space, which counts towards its 75 octets.
    if (octets + size > MAX_OCTETS) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(CRLF);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A DATE-TIME in UTC form, `20261127T093000Z`. */
export function utcDateTime(at: Date): string {
  return `${pad(at.getUTCFullYear(), 4)}${pad(at.getUTCMonth() + 1)}${pad(at.getUTCDate())}T${pad(at.getUTCHours())}${pad(at.getUTCMinutes())}${pad(at.getUTCSeconds())}Z`;
}

/** A DATE-TIME in floating local form, `20261127T200000`. */
export function floatingDateTime(day: Day, hours: number, minutes: number): string {
  return `${day.replaceAll('-', '')}T${pad(hours)}${pad(minutes)}00`;
}

/** Reads 'HH:MM' (24-hour); throws a ValidationError naming `time` otherwise. */
export function parseTime(time: string): { hours: number; minutes: number } {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (!match) throw new ValidationError('time', 'Choose a time of day, for example 20:00.');
  return { hours: Number(match[1]), minutes: Number(match[2]) };
}

function calendar(event: string[], extra: string[] = []): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...extra,
    ...event,
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}

function alarm(trigger: string, description: string): string[] {
  return [
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escapeText(description)}`,
    `TRIGGER:${trigger}`,
    'END:VALARM',
  ];
}

function checkUid(uid: string): string {
  if (!uid.trim() || /[\r\n]/.test(uid))
    throw new ValidationError('uid', 'A calendar event needs a one-line identifier.');
  return uid.trim();
}

/** The appointment's first alert: one day before its start (RFC 5545 §3.8.6.3 duration). */
export const DAY_BEFORE_TRIGGER = '-P1D';
/** The appointment's second alert: two hours before its start. */
export const HOURS_BEFORE_TRIGGER = '-PT2H';

/** An appointment as a calendar file: UTC start and end, an alert the day before and one two hours before. */
export function appointmentEvent(input: AppointmentEventInput): string {
  const start = typeof input.start === 'string' ? new Date(input.start) : input.start;
  if (Number.isNaN(start.getTime())) throw new ValidationError('start', 'The appointment needs a valid date and time.');
  if (!Number.isInteger(input.durationMinutes) || input.durationMinutes < 1 || input.durationMinutes > 24 * 60) {
    throw new ValidationError('durationMinutes', 'The appointment must last from 1 minute to 24 hours.');
  }
  const end = new Date(start.getTime() + input.durationMinutes * 60_000);
  const event = [
    'BEGIN:VEVENT',
    `UID:${checkUid(input.uid)}`,
    `DTSTAMP:${utcDateTime(input.now)}`,
    `DTSTART:${utcDateTime(start)}`,
    `DTEND:${utcDateTime(end)}`,
    `SUMMARY:${escapeText(input.summary)}`,
    `DESCRIPTION:${escapeText(input.description)}`,
    ...(input.location?.trim() ? [`LOCATION:${escapeText(input.location.trim())}`] : []),
    'STATUS:CONFIRMED',
    'TRANSP:OPAQUE',
    ...alarm(DAY_BEFORE_TRIGGER, `Tomorrow: ${input.summary}`),
    // The day-before alert cannot fire for an appointment added on the day (as Today offers after a booking),
    // so a second one comes early enough to set off, late enough to be remembered.
    ...alarm(HOURS_BEFORE_TRIGGER, `In 2 hours: ${input.summary}`),
    'END:VEVENT',
  ];
  return calendar(event);
}

/** How long the daily reminder's event lasts in the calendar. */
export const DAILY_REMINDER_MINUTES = 5;

/** A daily check-in reminder as a calendar file: floating local time, repeating every day, alerting at the start. */
export function dailyReminderEvent(input: DailyReminderInput): string {
  const { hours, minutes } = parseTime(input.time);
  if (!isDay(input.startDay)) throw new ValidationError('startDay', 'The reminder needs a first day.');
  const endTotal = hours * 60 + minutes + DAILY_REMINDER_MINUTES;
  const endDay = endTotal >= 24 * 60 ? addDays(input.startDay, 1) : input.startDay;
  const summary = input.summary ?? 'Pain Journal check-in';
  const description =
    input.description ?? 'How much does it hurt today? Open Pain Journal and log it: it takes ten seconds.';
  const event = [
    'BEGIN:VEVENT',
    `UID:${checkUid(input.uid)}`,
    `DTSTAMP:${utcDateTime(input.now)}`,
    `DTSTART:${floatingDateTime(input.startDay, hours, minutes)}`,
    `DTEND:${floatingDateTime(endDay, Math.floor(endTotal / 60) % 24, endTotal % 60)}`,
    'RRULE:FREQ=DAILY',
    `SUMMARY:${escapeText(summary)}`,
    `DESCRIPTION:${escapeText(description)}`,
    // Free time: a reminder should not make the person look busy to anyone who sees their calendar.
    'TRANSP:TRANSPARENT',
    ...alarm('PT0M', summary),
    'END:VEVENT',
  ];
  const zone = input.timeZone?.trim();
  return calendar(event, zone && /^[A-Za-z0-9_+\-/]+$/.test(zone) ? [`X-WR-TIMEZONE:${zone}`] : []);
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../src/domain/errors';
import { appointmentEvent, dailyReminderEvent, escapeText, foldLine, parseTime } from '../../../src/domain/ics';
import { children, parseIcs, prop, unescapeText } from '../../support/ics-parse';

const NOW = new Date('2026-11-20T08:15:30.000Z');
const octets = (s: string) => new TextEncoder().encode(s).length;

const appointment = (over: Partial<Parameters<typeof appointmentEvent>[0]> = {}) =>
  appointmentEvent({
    uid: 'appointment-0b5e@pain-journal',
    start: '2026-11-27T09:30:00.000Z',
    durationMinutes: 60,
    summary: 'Massage with Anna',
    description: 'Booked at your session on 20 Nov 2026.',
    now: NOW,
    ...over,
  });

const daily = (over: Partial<Parameters<typeof dailyReminderEvent>[0]> = {}) =>
  dailyReminderEvent({
    uid: 'daily-checkin@pain-journal',
    time: '20:00',
    timeZone: 'Europe/London',
    startDay: '2026-11-20',
    now: NOW,
    ...over,
  });

function refusedField(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).field;
  }
  throw new Error('expected a ValidationError');
}

describe('TEXT escaping', () => {
  it('escapes backslash, semicolon, comma and every kind of line break', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });

  it('leaves colons and quotes alone, and drops control characters other than tab', () => {
    expect(escapeText('Time: "10:30"\tok\u0007\u0000')).toBe('Time: "10:30"\tok');
  });

  it('round-trips any text through escape and unescape', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const clean = text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
        expect(unescapeText(escapeText(text))).toBe(clean);
      }),
    );
  });
});

describe('line folding', () => {
  it('leaves a line of 75 octets as it is and folds one of 76', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  });

  it('counts octets, not characters, and never splits a UTF-8 character', () => {
    const line = 'SUMMARY:' + 'é'.repeat(40) + '😀'.repeat(10);
    const folded = foldLine(line).split('\r\n');
    expect(folded.length).toBeGreaterThan(1);
    for (const part of folded) {
      expect(octets(part)).toBeLessThanOrEqual(75);
      expect(part).not.toMatch(/\uFFFD/);
      expect(part.isWellFormed()).toBe(true);
    }
    expect(folded.slice(1).every((part) => part.startsWith(' '))).toBe(true);
    expect(folded.map((part, i) => (i ? part.slice(1) : part)).join('')).toBe(line);
  });

  it('folds any line into parts of at most 75 octets that unfold to the original', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
        const line = 'DESCRIPTION:' + escapeText(text);
        const parts = foldLine(line).split('\r\n');
        for (const part of parts) expect(octets(part)).toBeLessThanOrEqual(75);
        expect(parts.map((part, i) => (i ? part.slice(1) : part)).join('')).toBe(line);
      }),
    );
  });
});

describe('appointmentEvent', () => {
  it('writes a calendar with CRLF line endings and the required properties', () => {
    const text = appointment();
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const cal = parseIcs(text);
    expect(cal.name).toBe('VCALENDAR');
    expect(prop(cal, 'VERSION')).toBe('2.0');
    expect(prop(cal, 'PRODID')).toMatch(/Pain Journal/);
    const [event] = children(cal, 'VEVENT');
    expect(children(cal, 'VEVENT')).toHaveLength(1);
    expect(prop(event, 'UID')).toBe('appointment-0b5e@pain-journal');
    expect(prop(event, 'DTSTAMP')).toBe('20261120T081530Z');
    expect(prop(event, 'SUMMARY')).toBe('Massage with Anna');
    expect(prop(event, 'RRULE')).toBeUndefined();
  });

  it('writes the start and end in UTC, the end one duration later', () => {
    const [event] = children(parseIcs(appointment({ durationMinutes: 90 })), 'VEVENT');
    expect(prop(event, 'DTSTART')).toBe('20261127T093000Z');
    expect(prop(event, 'DTEND')).toBe('20261127T110000Z');
  });

  it('accepts a Date and keeps the instant whatever the device zone', () => {
    const [event] = children(
      parseIcs(appointment({ start: new Date(Date.UTC(2026, 2, 29, 0, 45)), durationMinutes: 30 })),
      'VEVENT',
    );
    expect(prop(event, 'DTSTART')).toBe('20260329T004500Z');
    expect(prop(event, 'DTEND')).toBe('20260329T011500Z');
  });

  it('alerts the day before and again two hours before, each a display alarm', () => {
    const [event] = children(parseIcs(appointment()), 'VEVENT');
    const alarms = children(event, 'VALARM');
    expect(alarms).toHaveLength(2);
    const [dayBefore, hoursBefore] = alarms;
    expect(prop(dayBefore, 'ACTION')).toBe('DISPLAY');
    expect(prop(dayBefore, 'TRIGGER')).toBe('-P1D');
    expect(unescapeText(prop(dayBefore, 'DESCRIPTION')!)).toBe('Tomorrow: Massage with Anna');
    expect(prop(hoursBefore, 'ACTION')).toBe('DISPLAY');
    expect(prop(hoursBefore, 'TRIGGER')).toBe('-PT2H');
    expect(unescapeText(prop(hoursBefore, 'DESCRIPTION')!)).toBe('In 2 hours: Massage with Anna');
  });

  it('keeps awkward text intact through escaping and folding', () => {
    const description = 'Bring: the report; water, a towel\nand questions — «ça va?» 😀 '.repeat(4);
    const text = appointment({
      summary: 'Physio; Dr. Smith, room 2',
      description,
      location: 'Clinic, 1 High St; 2nd floor',
    });
    const [event] = children(parseIcs(text), 'VEVENT');
    expect(unescapeText(prop(event, 'SUMMARY')!)).toBe('Physio; Dr. Smith, room 2');
    expect(unescapeText(prop(event, 'DESCRIPTION')!)).toBe(description);
    expect(unescapeText(prop(event, 'LOCATION')!)).toBe('Clinic, 1 High St; 2nd floor');
  });

  it('leaves out LOCATION when there is none', () => {
    expect(appointment()).not.toMatch(/LOCATION/);
    expect(appointment({ location: '  ' })).not.toMatch(/LOCATION/);
  });

  it('refuses an invalid start, duration or identifier', () => {
    expect(refusedField(() => appointment({ start: 'not a date' }))).toBe('start');
    expect(refusedField(() => appointment({ durationMinutes: 0 }))).toBe('durationMinutes');
    expect(refusedField(() => appointment({ durationMinutes: 2.5 }))).toBe('durationMinutes');
    expect(refusedField(() => appointment({ uid: ' ' }))).toBe('uid');
    expect(refusedField(() => appointment({ uid: 'a\r\nb' }))).toBe('uid');
  });
});

describe('dailyReminderEvent', () => {
  it('repeats every day from the first day, in floating local time', () => {
    const cal = parseIcs(daily());
    const [event] = children(cal, 'VEVENT');
    expect(prop(event, 'RRULE')).toBe('FREQ=DAILY');
    expect(prop(event, 'DTSTART')).toBe('20261120T200000');
    expect(prop(event, 'DTEND')).toBe('20261120T200500');
    expect(event.props.find((p) => p.name === 'DTSTART')!.params).toEqual({});
    expect(prop(event, 'UID')).toBe('daily-checkin@pain-journal');
    expect(prop(event, 'DTSTAMP')).toBe('20261120T081530Z');
    expect(prop(event, 'SUMMARY')).toBe('Pain Journal check-in');
    expect(children(cal, 'VTIMEZONE')).toEqual([]);
  });

  it('alerts at the start', () => {
    const [event] = children(parseIcs(daily()), 'VEVENT');
    const [alarm] = children(event, 'VALARM');
    expect(prop(alarm, 'ACTION')).toBe('DISPLAY');
    expect(prop(alarm, 'TRIGGER')).toBe('PT0M');
    expect(prop(alarm, 'DESCRIPTION')).toBeTruthy();
  });

  it('names the person’s zone as a hint for importers, and only a well-formed one', () => {
    expect(prop(parseIcs(daily()), 'X-WR-TIMEZONE')).toBe('Europe/London');
    expect(prop(parseIcs(daily({ timeZone: 'America/Argentina/Buenos_Aires' })), 'X-WR-TIMEZONE')).toBe(
      'America/Argentina/Buenos_Aires',
    );
    expect(prop(parseIcs(daily({ timeZone: undefined })), 'X-WR-TIMEZONE')).toBeUndefined();
    expect(daily({ timeZone: 'Evil\r\nBEGIN:VEVENT' })).not.toMatch(/Evil/);
  });

  it('ends on the next day when it starts just before midnight', () => {
    const [event] = children(parseIcs(daily({ time: '23:58', startDay: '2026-12-31' })), 'VEVENT');
    expect(prop(event, 'DTSTART')).toBe('20261231T235800');
    expect(prop(event, 'DTEND')).toBe('20270101T000300');
  });

  it('uses the given words', () => {
    const [event] = children(parseIcs(daily({ summary: 'Log pain, please', description: 'Two\nlines' })), 'VEVENT');
    expect(unescapeText(prop(event, 'SUMMARY')!)).toBe('Log pain, please');
    expect(unescapeText(prop(event, 'DESCRIPTION')!)).toBe('Two\nlines');
  });

  it('refuses a time that is not HH:MM and a day that does not exist', () => {
    for (const time of ['8:00', '24:00', '20:60', '20.00', '', '20:00:00'])
      expect(refusedField(() => daily({ time }))).toBe('time');
    expect(refusedField(() => daily({ startDay: '2026-02-30' }))).toBe('startDay');
  });
});

describe('parseTime', () => {
  it('reads 24-hour times', () => {
    expect(parseTime('00:00')).toEqual({ hours: 0, minutes: 0 });
    expect(parseTime('07:05')).toEqual({ hours: 7, minutes: 5 });
    expect(parseTime('23:59')).toEqual({ hours: 23, minutes: 59 });
  });
});

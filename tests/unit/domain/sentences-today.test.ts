// Today's notices in words, at every branch: the "how did your session go?" offer, "did it help?", the backup
// reminder and the plan card's line. Times are passed as a locale writes them, "p.m." included.
import { describe, expect, it } from 'vitest';
import { todayTickText } from '../../../src/domain/adherence';
import { appointmentToLogText } from '../../../src/domain/appointment-to-log';
import { backupReminderText } from '../../../src/domain/backup-reminder';
import { treatmentNotedText } from '../../../src/domain/treatments';

const LOG_IT = 'Log it while you remember: pain before and after, what was done, the aftercare.';

describe('appointmentToLogText', () => {
  it('ends the first sentence with one full stop after a 24-hour time and after "p.m."', () => {
    expect(appointmentToLogText('Anna', 'Today', '17:30')).toBe(
      `Your appointment with \u2068Anna\u2069 was today at 17:30. ${LOG_IT}`,
    );
    expect(appointmentToLogText('Anna', 'Today', '5:30 p.m.')).toBe(
      `Your appointment with \u2068Anna\u2069 was today at 5:30 p.m. ${LOG_IT}`,
    );
  });

  it('says yesterday, or "on" a date, and leaves out "with" for a blank therapist', () => {
    expect(appointmentToLogText('  ', 'Yesterday', '9:00 AM')).toBe(
      `Your appointment was yesterday at 9:00 AM. ${LOG_IT}`,
    );
    expect(appointmentToLogText('', 'Thu 26 Nov', '09:00')).toBe(
      `Your appointment was on Thu 26 Nov at 09:00. ${LOG_IT}`,
    );
  });
});

describe('treatmentNotedText', () => {
  it('says when it was noted, with one full stop whatever the time looks like', () => {
    expect(treatmentNotedText('Today', '08:15')).toBe('You noted it today at 08:15.');
    expect(treatmentNotedText('Yesterday', '5:30 p.m.')).toBe('You noted it yesterday at 5:30 p.m.');
    // A date keeps its capitals ("on Fri 27 Nov", not "fri 27 nov").
    expect(treatmentNotedText('Fri 27 Nov', '21:00')).toBe('You noted it on Fri 27 Nov at 21:00.');
  });
});

describe('backupReminderText', () => {
  it('never backed up: one entry and many', () => {
    expect(backupReminderText({ reason: 'never', days: 30, entries: 1 })).toBe(
      'You have not made a backup yet, and your journal has 1 entry. It lives only on this device.',
    );
    expect(backupReminderText({ reason: 'never', days: 2, entries: 1200 })).toBe(
      'You have not made a backup yet, and your journal has 1,200 entries. It lives only on this device.',
    );
  });

  it('too many entries since: "it" for one, "them" for many, the count starting the sentence', () => {
    expect(backupReminderText({ reason: 'entries', days: 3, entries: 50 })).toBe(
      '50 entries since your last backup. A fresh backup keeps them safe if this device is lost.',
    );
    expect(backupReminderText({ reason: 'entries', days: 3, entries: 1 })).toBe(
      '1 entry since your last backup. A fresh backup keeps it safe if this device is lost.',
    );
  });

  it('too long ago: days, with yesterday and today for 1 and 0', () => {
    expect(backupReminderText({ reason: 'days', days: 30, entries: 4 })).toBe(
      'Your last backup was 30 days ago. A fresh backup keeps everything since then safe.',
    );
    expect(backupReminderText({ reason: 'days', days: 1, entries: 4 })).toBe(
      'Your last backup was yesterday. A fresh backup keeps everything since then safe.',
    );
    expect(backupReminderText({ reason: 'days', days: 0, entries: 4 })).toBe(
      'Your last backup was today. A fresh backup keeps everything since then safe.',
    );
  });
});

describe('todayTickText', () => {
  it('times a day: how many of them today', () => {
    expect(todayTickText({ per: 'day', times: 2 }, 0, 0, '')).toBe('0 of 2 today');
    expect(todayTickText({ per: 'day', times: 1 }, 1, 0, '30 seconds')).toBe('1 of 1 today · 30 seconds each');
  });

  it('days a week: done or not today, then the week with "day" for a once-a-week item', () => {
    expect(todayTickText({ per: 'week', times: 3 }, 0, 2, '')).toBe('Not yet today · 2 of 3 days this week');
    expect(todayTickText({ per: 'week', times: 3 }, 1, 3, '')).toBe('Done today · 3 of 3 days this week');
    expect(todayTickText({ per: 'week', times: 1 }, 0, 0, '')).toBe('Not yet today · 0 of 1 day this week');
    expect(todayTickText({ per: 'week', times: 1 }, 2, 1, '10 minutes')).toBe(
      'Done today · 1 of 1 day this week · 10 minutes each',
    );
  });
});

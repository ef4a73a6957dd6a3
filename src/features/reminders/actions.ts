// Making the daily check-in reminder: the calendar file, the stored time, the words and the error in one place.
import { data } from '../../app/data';
import { parseTime } from '../../domain/ics';
import { REMINDER_TIME } from '../../domain/settings-keys';
import { formatTime } from '../../ui/format';
import { saveFile } from '../../ui/save-file';
import { showToast } from '../../ui/toast';
import { CALENDAR_TYPE, dailyReminderFile } from './calendar-files';

/** A time of day 'HH:MM' shown the locale's way ("20:00", "8:00 PM"). */
export function formatClock(time: string): string {
  const { hours, minutes } = parseTime(time);
  return formatTime(new Date(2000, 0, 1, hours, minutes));
}

/**
 * Saves a calendar file that reminds every day at `time`, stores the time, runs `saved` and says so. Resolves to null,
 * or to the message for the time field when it could not be made.
 */
export async function makeDailyReminder(time: string, saved?: () => void): Promise<string | null> {
  try {
    const file = dailyReminderFile(time);
    saveFile(new Blob([file.text], { type: CALENDAR_TYPE }), file.filename);
    await (await data()).setSetting(REMINDER_TIME, time);
    saved?.();
    showToast({
      message: `Calendar file saved. Open it to be reminded every day at ${formatClock(time)}.`,
      tone: 'success',
    });
    return null;
  } catch (e) {
    return e instanceof Error && e.name === 'StorageFullError'
      ? e.message
      : 'The reminder could not be made. Please try again.';
  }
}

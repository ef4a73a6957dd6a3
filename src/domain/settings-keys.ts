// The keys of stored settings (src/db/settings.ts), in one place so every feature reads and writes the same row.

/** RegionId[]: the places that usually hurt, chosen in the first run; pre-selects the body map in a check-in. */
export const USUAL_REGIONS = 'usualRegions';
/** boolean: the first-run welcome was finished or skipped. */
export const ONBOARDED = 'onboarded';
/** string: the person's name, printed on the report (optional). */
export const NAME = 'name';
/** Instant: when the last backup file was made. */
export const LAST_BACKUP_AT = 'lastBackupAt';
/** 'HH:MM': the time of the daily check-in reminder last added to the calendar. */
export const REMINDER_TIME = 'reminderTime';

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
/** Instant: the backup reminder on Today was dismissed until then (a week after "Not now"). */
export const BACKUP_REMINDER_SNOOZED_UNTIL = 'backupReminderSnoozedUntil';
/** Instant: a booked appointment the person said did not happen, so Today stops offering to log its session. */
export const APPOINTMENT_NOT_LOGGED = 'appointmentNotLogged';
/** boolean: persistent storage was requested once, so Firefox's prompt is never shown twice (src/db/persistence.ts). */
export const PERSIST_ASKED = 'storage.persistAsked';

/** 0–6 (0 = Sunday) or null: the day the weekly PEG is offered, chosen in Settings; null follows the sessions. */
export const PEG_WEEKDAY = 'pegWeekday';
/** Day: the first day of the PEG week whose offer was dismissed on Today. */
export const PEG_DISMISSED_WEEK = 'pegDismissedWeek';
/** Day: when the Roland-Morris offer was last dismissed on Today (it asks again a week later). */
export const RMDQ_DISMISSED_ON = 'rmdqDismissedOn';

/** FactorSettings (factor-settings.ts): which optional factors the check-in asks — sleep, stress, the person's tags. */
export const FACTORS = 'factors';

/** Settings about this device, not the journal: never written to a backup file, never taken from one, kept by a restore. */
export const DEVICE_ONLY_SETTINGS: readonly string[] = [LAST_BACKUP_AT, BACKUP_REMINDER_SNOOZED_UNTIL, PERSIST_ASKED];

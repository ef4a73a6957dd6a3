// Putting Today's backup reminder away for a while (its own chunk, with the reminder).
import { data } from '../../app/data';
import { snoozeUntil } from '../../domain/backup-reminder';
import { BACKUP_REMINDER_SNOOZED_UNTIL } from '../../domain/settings-keys';

/** Snoozes the backup reminder from now; a failure is only logged (the reminder simply shows again). */
export async function snoozeBackupReminder(): Promise<void> {
  const layer = await data();
  await layer
    .setSetting(BACKUP_REMINDER_SNOOZED_UNTIL, snoozeUntil(new Date()))
    .catch((error: unknown) => console.error(error));
}

// Today's backup reminder: 30 days or 50 entries since the last backup (or never backed up), with Back up now and a
// snooze. With Today's other cards (TodayCards), loaded after the first paint.
import { useLiveQuery } from '../../app/data';
import { backupReminder, backupReminderText, type BackupReminder } from '../../domain/backup-reminder';
import { Pending } from '../../ui/Pending';
import './today-notices.css';
import { snoozeBackupReminder } from './reminder-actions';

/**
 * The backup reminder when one is due; nothing otherwise, and nothing when the journal was `emptied` (the offer to
 * restore is TodayEmptiedNotice, at the top; Today reads the flag once for both).
 */
export function TodayBackupReminder({ emptied }: { emptied: boolean | undefined }) {
  const status = useLiveQuery((layer) => layer.backupStatus(), []);
  if (!status) return <Pending />;
  // Not waited for (undefined: not read yet): an emptied journal has no entries and no backup time, so no reminder.
  if (emptied) return null;
  const due = backupReminder({ ...status, now: new Date() });
  return due ? <BackupReminderNotice due={due} /> : null;
}

function BackupReminderNotice({ due }: { due: BackupReminder }) {
  return (
    <section class="notice notice-warning today-notice" aria-labelledby="backup-due-title">
      <h2 id="backup-due-title" class="today-notice-title">
        Time for a backup
      </h2>
      <p>{backupReminderText(due)}</p>
      <div class="btn-row">
        <a class="btn btn-primary" href="/settings#backup">
          Back up now
        </a>
        <button type="button" class="btn btn-quiet" onClick={snoozeBackupReminder}>
          Not now
        </button>
      </div>
    </section>
  );
}

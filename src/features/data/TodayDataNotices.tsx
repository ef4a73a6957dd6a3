// Ships on first load (Today). Today's data-safety notices: the backup reminder (30 days or 50 entries since the
// last backup), and, when the browser emptied a journal that held entries, the offer to restore it. Kept small: the
// restore itself loads only when asked for.
import { useState } from 'preact/hooks';
import { data, useLiveQuery } from '../../app/data';
import { backupReminder, snoozeUntil, type BackupReminder } from '../../domain/backup-reminder';
import { BACKUP_REMINDER_SNOOZED_UNTIL } from '../../domain/settings-keys';
import { Pending } from '../../ui/Pending';
import { LazyRestore } from './LazyRestore';
import './today-notices.css';

/** The backup reminder when one is due; nothing otherwise. (The emptied-journal offer is TodayEmptiedNotice, at the top.) */
export function TodayDataNotices() {
  const facts = useLiveQuery(async (layer) => {
    const [status, snoozed, counts] = await Promise.all([
      layer.backupStatus(),
      layer.getSetting<string | null>(BACKUP_REMINDER_SNOOZED_UNTIL, null),
      layer.countAll(),
    ]);
    return { status, snoozed, emptied: isEmptied(counts, layer.journalHadData()) };
  }, []);
  if (!facts) return <Pending />;
  if (facts.emptied) return null;
  const due = backupReminder({ ...facts.status, snoozedUntil: facts.snoozed, now: new Date() });
  return due ? <BackupReminderNotice due={due} /> : null;
}

function reminderText(due: BackupReminder): string {
  const entries = `${due.entries.toLocaleString()} ${due.entries === 1 ? 'entry' : 'entries'}`;
  if (due.reason === 'never')
    return `You have not made a backup yet, and your journal has ${entries}. It lives only on this device.`;
  if (due.reason === 'entries')
    return `${entries} since your last backup. A fresh backup keeps them safe if this device is lost.`;
  return `Your last backup was ${due.days.toLocaleString()} days ago. A fresh backup keeps everything since then safe.`;
}

function BackupReminderNotice({ due }: { due: BackupReminder }) {
  return (
    <section class="notice notice-warning today-notice" aria-labelledby="backup-due-title">
      <h2 id="backup-due-title" class="today-notice-title">
        Time for a backup
      </h2>
      <p>{reminderText(due)}</p>
      <div class="btn-row">
        <a class="btn btn-primary" href="/settings#backup">
          Back up now
        </a>
        <button
          type="button"
          class="btn btn-quiet"
          onClick={async () => {
            const layer = await data();
            await layer
              .setSetting(BACKUP_REMINDER_SNOOZED_UNTIL, snoozeUntil(new Date()))
              .catch((error: unknown) => console.error(error));
          }}
        >
          Not now
        </button>
      </div>
    </section>
  );
}

/** True when the journal has no entries but this browser once held some: the browser cleared it. */
function isEmptied(
  counts: Record<'checkins' | 'sessions' | 'activities' | 'measures' | 'goals', number>,
  hadData: boolean,
): boolean {
  return hadData && counts.checkins + counts.sessions + counts.activities + counts.measures + counts.goals === 0;
}

/** Shown at the top of Today when the browser emptied a journal that held entries: says so plainly and offers the restore. */
export function TodayEmptiedNotice() {
  const emptied = useLiveQuery(async (layer) => isEmptied(await layer.countAll(), layer.journalHadData()), []);
  const [dismissed, setDismissed] = useState(false);
  if (!emptied || dismissed) return null;
  return (
    <section class="notice notice-warning today-notice today-emptied" aria-labelledby="emptied-title">
      <h2 id="emptied-title" class="today-notice-title">
        Your journal on this device is empty
      </h2>
      <p>
        It held entries before. If you did not delete them yourself, the browser has cleared this app’s storage — this
        can happen when the device runs low on space, or after a long time without opening the app.
      </p>
      <p>If you have a backup file, restore it now: nothing else needs doing.</p>
      <LazyRestore />
      <button
        type="button"
        class="btn btn-quiet today-emptied-fresh"
        onClick={async () => {
          (await data()).forgetJournalHadData();
          setDismissed(true);
        }}
      >
        Start a new journal instead
      </button>
    </section>
  );
}

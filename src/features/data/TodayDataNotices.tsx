// Ships on first load (Today). When the browser emptied a journal that held entries: says so at the top of Today and
// offers the restore. Kept small: the restore itself loads only when asked for, and the backup reminder
// (TodayBackupReminder) is with Today's cards (TodayCards).
import { useState } from 'preact/hooks';
import { startNewJournal } from './emptied';
import { LazyRestore } from './LazyRestore';
import './today-notices.css';

/**
 * Shown at the top of Today when the browser emptied a journal that held entries (`emptied`, from
 * useJournalEmptied): says so plainly and offers the restore.
 */
export function TodayEmptiedNotice({ emptied }: { emptied: boolean | undefined }) {
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
          await startNewJournal();
          setDismissed(true);
        }}
      >
        Start a new journal instead
      </button>
    </section>
  );
}

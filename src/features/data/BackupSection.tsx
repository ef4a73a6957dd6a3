// A section of Settings & data: make a backup file (optionally encrypted) and restore from one.
import { BackupForm } from './BackupForm';
import { RestoreFlow } from './RestoreFlow';
import { useBackupStatus } from './useBackupFacts';
import { daysAgo, formatMoment } from './words';
import './data.css';

/** Backup and restore. */
export function BackupSection() {
  const status = useBackupStatus();
  return (
    <section class="card" id="backup" aria-labelledby="backup-title">
      <h2 id="backup-title" class="card-title">
        Backup and restore
      </h2>
      <p>
        Your journal lives only on this device. A backup file lets you move it to a new phone, or get it back if this
        one is lost or reset.
      </p>
      <p class="backup-last" aria-live="polite">
        {status === undefined ? (
          '\u00a0'
        ) : status.lastBackupAt ? (
          <>
            <span class="backup-last-label">Last backup:</span> {daysAgo(status.lastBackupAt)}{' '}
            <span class="muted">({formatMoment(status.lastBackupAt)})</span>
            {status.changedSince > 0 && (
              <span class="muted">
                {' '}
                · {status.changedSince.toLocaleString()} {status.changedSince === 1 ? 'entry' : 'entries'} since
              </span>
            )}
          </>
        ) : (
          <>
            <span class="backup-last-label">Last backup:</span> never
          </>
        )}
      </p>
      <BackupForm />
      <h3 class="backup-subtitle">Restore from a backup</h3>
      <p class="muted small">
        You will see what the file holds, and choose to merge or replace, before anything changes.
      </p>
      <RestoreFlow />
    </section>
  );
}

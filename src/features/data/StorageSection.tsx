// A section of Settings & data: what the journal holds, whether the browser keeps it safe from clean-up, and the space it uses.
import { useEffect, useState } from 'preact/hooks';
import { data } from '../../app/data';
import type { StorageStatus } from '../../db/persistence';
import { BACKUP_TABLES, countOf } from '../../domain/backup-format';
import { joinAnd } from '../../domain/sentence';
import { useCounts } from './useBackupFacts';
import { formatBytes } from './words';
import './data.css';

function isIos(): boolean {
  return (
    /iPad|iPhone|iPod/.test(navigator.userAgent) || (navigator.platform === 'MacIntel' && navigator.maxTouchPoints > 1)
  );
}

/** Storage on this device. */
export function StorageSection() {
  const counts = useCounts();
  const [status, setStatus] = useState<StorageStatus | null>(null);
  const [asked, setAsked] = useState<'idle' | 'asking' | 'granted' | 'refused' | 'unsupported'>('idle');

  const refresh = async () => setStatus(await (await data()).storageStatus());
  // biome-ignore lint/correctness/useExhaustiveDependencies: space used changes with the entries, so their counts are what triggers a refresh
  useEffect(() => {
    void refresh();
    // Space used changes with every entry; a light refresh when the entries change is enough.
  }, [counts?.checkins, counts?.sessions]);

  const askAgain = async () => {
    setAsked('asking');
    const result = await (await data()).requestPersistentStorage({ again: true });
    setAsked(result === null ? 'unsupported' : result ? 'granted' : 'refused');
    await refresh();
  };

  const entries = counts
    ? BACKUP_TABLES.filter((t) => t !== 'settings' && counts[t] > 0).map((t) => countOf(t, counts[t]))
    : [];
  const persisted = status?.persisted;

  return (
    <section class="card" aria-labelledby="storage-title">
      <h2 id="storage-title" class="card-title">
        Storage on this device
      </h2>
      <dl class="storage-facts">
        <div>
          <dt>Your journal</dt>
          <dd>{counts === undefined ? '…' : entries.length ? joinAnd(entries) : 'No entries yet'}</dd>
        </div>
        <div>
          <dt>Protected from clean-up</dt>
          <dd class={persisted ? 'storage-yes' : undefined}>
            {status === null
              ? '…'
              : persisted === true
                ? 'Yes ✓'
                : persisted === false
                  ? 'Not yet'
                  : 'This browser does not say'}
          </dd>
        </div>
        <div>
          <dt>Space used</dt>
          <dd>
            {status === null ? '…' : status.usage === null ? 'This browser does not say' : formatBytes(status.usage)}
          </dd>
        </div>
      </dl>
      {persisted === true ? (
        <p class="small muted">
          The browser has agreed not to delete this app’s data to free up space. Backups still matter if the phone is
          lost or reset.
        </p>
      ) : (
        <>
          <p class="small">
            Without this protection, the browser may delete the journal when the device runs low on space. Browsers
            decide by themselves, usually once the app is installed on the home screen or used often.
          </p>
          {persisted === false && (
            <button
              type="button"
              class="btn storage-ask"
              aria-busy={asked === 'asking'}
              onClick={() => void askAgain()}
            >
              Ask the browser again
            </button>
          )}
          <p class="small storage-asked" role="status">
            {asked === 'granted' && 'Granted: the browser will keep your journal.'}
            {asked === 'refused' &&
              'The browser said not yet. Installing the app, and using it often, usually changes its mind. Back up meanwhile.'}
            {asked === 'unsupported' && 'This browser cannot be asked. Back up now and then to be safe.'}
          </p>
        </>
      )}
      <p class="small muted">
        Browsers cannot say reliably how much free space is left, so Pain Journal cannot warn before the device is full.
        If saving ever fails for lack of space, free some space on the device and save again: what you typed stays in
        the form.
      </p>
      <details class="storage-ios" open={isIos()}>
        <summary>On iPhone and iPad</summary>
        <p class="small">
          Safari deletes a website’s data when it has not been opened for 7 days — unless the app is on your Home
          Screen. Add it (Share, then Add to Home Screen) and open it from there, and make a backup now and then.
        </p>
      </details>
      <p class="small muted storage-version">Pain Journal {__APP_VERSION__}</p>
    </section>
  );
}

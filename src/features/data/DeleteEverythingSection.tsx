// A section of Settings & data: delete the whole journal from this device, after typing "delete".
import { useState } from 'preact/hooks';
import { BACKUP_TABLES, countOf } from '../../domain/backup-format';
import { joinAnd } from '../../domain/sentence';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useCounts } from './useBackupFacts';
import './data.css';
import { deleteEverything } from './delete-everything';

const WORD = 'delete';

/** Delete everything, with a typed confirmation. */
export function DeleteEverythingSection() {
  const counts = useCounts();
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const confirmed = typed.trim().toLowerCase() === WORD;
  const entries = counts
    ? BACKUP_TABLES.filter((t) => t !== 'settings' && counts[t] > 0).map((t) => countOf(t, counts[t]))
    : [];

  const close = () => {
    setOpen(false);
    setTyped('');
    setError(null);
  };

  const deleteAll = async () => {
    if (!confirmed || busy) return;
    setBusy(true);
    const refused = await deleteEverything(close);
    if (refused) setError(refused);
    setBusy(false);
  };

  return (
    <section class="card" aria-labelledby="delete-title">
      <h2 id="delete-title" class="card-title">
        Delete everything
      </h2>
      <p>
        Removes every check-in, session, goal, activity, measure, setting and unsaved form from this device. Backup
        files you saved elsewhere are not touched.
      </p>
      <button type="button" class="btn btn-danger" onClick={() => setOpen(true)}>
        Delete everything…
      </button>
      <ConfirmDialog
        open={open}
        title="Delete everything on this device?"
        confirmLabel="Delete everything"
        danger
        confirmDisabled={!confirmed || busy}
        onCancel={close}
        onConfirm={() => void deleteAll()}
      >
        <p>
          {entries.length
            ? `This deletes ${joinAnd(entries)}, and your settings.`
            : 'This deletes your settings and anything being typed.'}{' '}
          It cannot be undone.
        </p>
        <p>If you might want it later, cancel and make a backup first.</p>
        <div class="field">
          <label for="delete-confirm">Type “delete” to confirm</label>
          <input
            id="delete-confirm"
            class="input"
            autocomplete="off"
            autocapitalize="off"
            spellcheck={false}
            value={typed}
            onInput={(event) => setTyped((event.currentTarget as HTMLInputElement).value)}
          />
        </div>
        {error && (
          <p class="field-error" role="alert">
            {error}
          </p>
        )}
      </ConfirmDialog>
    </section>
  );
}

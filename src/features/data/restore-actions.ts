// Writing a checked backup into the journal: the restore, the words for what it did and for why it failed, in one
// place (the rare restore chunk).
import { data } from '../../app/data';
import type { RestoreProgress } from '../../db/backup';
import { BACKUP_TABLES, countOf } from '../../domain/backup-format';
import type { CheckedBackup } from '../../domain/backup-read';
import type { RestoreMode } from '../../domain/restore-plan';
import { joinAnd } from '../../domain/sentence';
import { describeError } from '../../ui/errors';
import { showToast } from '../../ui/toast';

/**
 * Restores `backup` (`mode`: add or replace), reporting progress; on success runs `done` with the sentence of what it
 * put and says it. Resolves to null, or to the message saying why nothing was restored.
 */
export async function restoreBackup(
  backup: CheckedBackup,
  mode: RestoreMode,
  onProgress: (progress: RestoreProgress) => void,
  done: (message: string) => void,
): Promise<string | null> {
  try {
    const layer = await data();
    const outcome = await layer.applyRestore(backup, mode, onProgress);
    // Settings count too: a settings-only file previews "Adds 1 setting", so the outcome must say it did.
    const put = BACKUP_TABLES.filter((t) => outcome.written[t] > 0).map((t) => countOf(t, outcome.written[t]));
    const message = put.length
      ? `Restored. ${mode === 'replace' ? 'Your journal now holds' : 'Added or updated'} ${joinAnd(put)}.`
      : 'Restored. Nothing needed to change.';
    done(message);
    showToast({ message, tone: 'success' });
    return null;
  } catch (error) {
    const full = (error as Error)?.name === 'StorageFullError';
    return full
      ? 'There is not enough free space on this device for this backup, so nothing was restored. Free some space, then try again.'
      : `${describeError(error).message.replace(/ What you entered.*$/, '')} Nothing was restored.`;
  }
}

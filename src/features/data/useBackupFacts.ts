// Live facts for the data sections: the last backup, what the journal holds, and the storage status.
import { useLiveQuery } from '../../app/data';
import type { BackupStatus } from '../../db/backup';

/** The last backup time and how much changed since (live: updates after a backup or a new entry, in any tab). */
export function useBackupStatus(): BackupStatus | undefined {
  return useLiveQuery((layer) => layer.backupStatus(), []);
}

/** How many rows each table holds (live). */
export function useCounts() {
  return useLiveQuery((layer) => layer.countAll(), []);
}

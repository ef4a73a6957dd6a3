// Making a backup: read every table, build (and maybe encrypt) the file in the worker, download it, note the time.
import { data } from '../../app/data';
import { backupFileName } from '../../domain/backup-format';
import { localDay } from '../../domain/days';
import { makeBackupBlob } from './backup-client';
import { saveFile } from '../../ui/save-file';

/** What a finished backup holds, for the confirmation. */
export interface MadeBackup {
  fileName: string;
  checkins: number;
  sessions: number;
  bytes: number;
}

/** Makes the backup file and hands it to the browser's download; `passphrase` encrypts it. */
export async function makeBackup(passphrase?: string): Promise<MadeBackup> {
  const layer = await data();
  const now = new Date();
  const rows = await layer.exportAll();
  const blob = await makeBackupBlob(
    rows,
    { schemaVersion: layer.SCHEMA_VERSION, appVersion: __APP_VERSION__, exportedAt: now.toISOString() },
    passphrase,
  );
  const fileName = backupFileName(localDay(now), Boolean(passphrase));
  saveFile(blob, fileName);
  try {
    await layer.noteBackupMade(now);
  } catch (error) {
    // The file is already saved; only the reminder's clock missed this backup.
    console.error('Backup time not stored', error);
  }
  return { fileName, checkins: rows.checkins.length, sessions: rows.sessions.length, bytes: blob.size };
}

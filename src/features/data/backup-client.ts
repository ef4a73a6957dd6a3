// The page's side of the backup worker: one worker per request, ended after the answer. Where a worker cannot start
// (no Worker, or its file missing after an update) the same code runs on the page instead, in the same order.
import backupWorkerUrl from 'virtual:backup-worker';
import { BackupError } from '../../domain/backup-errors';
import { BACKUP_TABLES, type BackupData } from '../../domain/backup-format';
import type { CheckedBackup } from '../../domain/backup-read';
import { readBackupBlob, writeBackupText, type WriteMeta } from './backup-files';
import type { WorkerRequest, WorkerResponse } from './backup-protocol';

/** A stage of reading a file, for the status line. */
export type ReadStage = 'reading' | 'decrypting' | 'checking' | 'validating';

class WorkerUnavailable extends Error {}

function inWorker<T>(request: WorkerRequest, onProgress?: (stage: ReadStage) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(backupWorkerUrl, { type: 'module', name: 'backup' });
    } catch {
      reject(new WorkerUnavailable());
      return;
    }
    let answered = false;
    // A checked file's rows arrive in pieces before 'done' (see ROWS_PER_MESSAGE), gathered here table by table.
    const rows = Object.fromEntries(BACKUP_TABLES.map((table) => [table, []])) as unknown as Record<string, unknown[]>;
    worker.addEventListener('message', (event: MessageEvent<WorkerResponse>) => {
      const message = event.data;
      if (message.kind === 'progress') return onProgress?.(message.stage);
      if (message.kind === 'rows') {
        for (const row of message.rows) rows[message.table].push(row);
        return;
      }
      answered = true;
      worker.terminate();
      if (message.kind === 'done' && request.kind === 'read')
        resolve({ ...(message.result as object), data: rows } as T);
      else if (message.kind === 'done') resolve(message.result as T);
      else if (message.kind === 'refused') reject(new BackupError(message.problem, message.message, message.reasons));
      else reject(new Error(message.message));
    });
    // A worker script that fails to load reports an error event and never answers.
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      worker.terminate();
      if (!answered) reject(new WorkerUnavailable());
    });
    worker.postMessage(request);
  });
}

/** The backup file for `data` as a Blob (encrypted when a passphrase is given). */
export async function makeBackupBlob(data: BackupData, meta: WriteMeta, passphrase?: string): Promise<Blob> {
  try {
    return await inWorker<Blob>({ kind: 'write', data, meta, passphrase });
  } catch (error) {
    if (!(error instanceof WorkerUnavailable)) throw error;
    return new Blob([await writeBackupText(data, meta, passphrase)], { type: 'application/json' });
  }
}

/** Reads and checks a picked backup file; throws BackupError with the reason when it cannot be restored. */
export async function checkBackupFile(
  file: Blob,
  {
    schemaVersion,
    passphrase,
    onProgress,
  }: { schemaVersion: number; passphrase?: string; onProgress?: (stage: ReadStage) => void },
): Promise<CheckedBackup> {
  onProgress?.('reading');
  try {
    return await inWorker<CheckedBackup>({ kind: 'read', file, schemaVersion, passphrase }, onProgress);
  } catch (error) {
    if (!(error instanceof WorkerUnavailable)) throw error;
    return readBackupBlob(file, { schemaVersion, passphrase, onProgress });
  }
}

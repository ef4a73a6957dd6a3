// The backup worker: builds, encrypts, decrypts, parses, hashes and validates backup files off the page's thread, so a
// large file never freezes the screen. One request per worker; the page ends the worker after the answer.
import { BackupError } from '../../domain/backup-errors';
import { BACKUP_TABLES } from '../../domain/backup-format';
import { readBackupBlob, writeBackupText } from './backup-files';
import { ROWS_PER_MESSAGE, type WorkerRequest, type WorkerResponse } from './backup-protocol';

const post = (message: WorkerResponse) => (self as unknown as Worker).postMessage(message);

self.addEventListener('message', async (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  try {
    if (request.kind === 'write') {
      const text = await writeBackupText(request.data, request.meta, request.passphrase);
      post({ kind: 'done', result: new Blob([text], { type: 'application/json' }) });
    } else {
      const result = await readBackupBlob(request.file, {
        schemaVersion: request.schemaVersion,
        passphrase: request.passphrase,
        onProgress: (stage) => post({ kind: 'progress', stage }),
      });
      for (const table of BACKUP_TABLES) {
        const rows = result.data[table];
        for (let i = 0; i < rows.length; i += ROWS_PER_MESSAGE)
          post({ kind: 'rows', table, rows: rows.slice(i, i + ROWS_PER_MESSAGE) });
      }
      post({ kind: 'done', result: { meta: result.meta } });
    }
  } catch (error) {
    if (error instanceof BackupError)
      post({ kind: 'refused', problem: error.problem, message: error.message, reasons: [...error.reasons] });
    else post({ kind: 'failed', message: String((error as Error)?.message ?? error) });
  }
});

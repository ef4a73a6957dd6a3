// The backup worker: builds, encrypts, decrypts, parses, hashes and validates backup files off the page's thread, so a
// large file never freezes the screen. One request per worker; the page ends the worker after the answer.
import { BackupError } from '../../domain/backup-errors';
import { readBackupBlob, writeBackupText } from './backup-files';
import type { WorkerRequest, WorkerResponse } from './backup-protocol';

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
      post({ kind: 'done', result });
    }
  } catch (error) {
    if (error instanceof BackupError)
      post({ kind: 'refused', problem: error.problem, message: error.message, reasons: [...error.reasons] });
    else post({ kind: 'failed', message: String((error as Error)?.message ?? error) });
  }
});

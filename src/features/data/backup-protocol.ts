// The messages between the page and the backup worker. Types only.
import type { BackupData } from '../../domain/backup-format';
import type { BackupProblem } from '../../domain/backup-errors';
import type { WriteMeta } from './backup-files';

/** What the page asks the worker to do. */
export type WorkerRequest =
  | { kind: 'write'; data: BackupData; meta: WriteMeta; passphrase?: string }
  | { kind: 'read'; file: Blob; schemaVersion: number; passphrase?: string };

/** What the worker answers: progress, then exactly one of done, refused (a BackupError) or failed. */
export type WorkerResponse =
  | { kind: 'progress'; stage: 'decrypting' | 'checking' | 'validating' }
  | { kind: 'done'; result: unknown }
  | { kind: 'refused'; problem: BackupProblem; message: string; reasons: string[] }
  | { kind: 'failed'; message: string };

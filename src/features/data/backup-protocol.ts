// The messages between the page and the backup worker. Types only.
import type { BackupData, BackupTable } from '../../domain/backup-format';
import type { BackupProblem } from '../../domain/backup-errors';
import type { WriteMeta } from './backup-files';

/** What the page asks the worker to do. */
export type WorkerRequest =
  | { kind: 'write'; data: BackupData; meta: WriteMeta; passphrase?: string }
  | { kind: 'read'; file: Blob; schemaVersion: number; passphrase?: string };

/** Rows per 'rows' message: unpacking one message of a million rows would hold the page for seconds. */
export const ROWS_PER_MESSAGE = 2000;

/**
 * What the worker answers: progress, then exactly one of done, refused (a BackupError) or failed. A checked file's
 * rows come first, in 'rows' messages of at most ROWS_PER_MESSAGE, and its 'done' carries the rest without them.
 */
export type WorkerResponse =
  | { kind: 'progress'; stage: 'decrypting' | 'checking' | 'validating' }
  | { kind: 'rows'; table: BackupTable; rows: unknown[] }
  | { kind: 'done'; result: unknown }
  | { kind: 'refused'; problem: BackupProblem; message: string; reasons: string[] }
  | { kind: 'failed'; message: string };

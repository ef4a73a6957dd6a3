// Making and reading backup files: the work the backup worker does, also callable on the page where workers are
// missing. No DOM beyond Blob; no Dexie.
import { encryptBackup, serialiseEncryptedBackup } from '../../domain/backup-crypto';
import { buildBackupFile, serialiseBackup, type BackupData, type BackupMeta } from '../../domain/backup-format';
import { readBackup, MAX_BACKUP_BYTES, type CheckedBackup, type ReadOptions } from '../../domain/backup-read';
import { BackupError } from '../../domain/backup-errors';

/** Who is writing the file, and when. */
export type WriteMeta = Omit<BackupMeta, 'encrypted'>;

/** The backup file's text (encrypted when a passphrase is given). */
export async function writeBackupText(data: BackupData, meta: WriteMeta, passphrase?: string): Promise<string> {
  const plain = serialiseBackup(await buildBackupFile({ data, ...meta }));
  if (!passphrase) return plain;
  return serialiseEncryptedBackup(await encryptBackup(plain, passphrase, meta));
}

/** Reads a picked file completely and checks it (backup-read.ts); throws BackupError. */
export async function readBackupBlob(blob: Blob, options: ReadOptions): Promise<CheckedBackup> {
  if (blob.size > MAX_BACKUP_BYTES)
    throw new BackupError('too-large', 'This file is far too large to be a Pain Journal backup. Nothing was restored.');
  let text: string;
  try {
    text = await blob.text();
  } catch {
    throw new BackupError(
      'not-json',
      'This file could not be read. If it is in a cloud folder, download it to the phone first, then try again.',
    );
  }
  return readBackup(text, options);
}

// Why a backup file was refused. Pure: a plain Error subclass the restore screen shows as it is.

/** What kind of problem stopped a restore; the screen words its advice by it. */
export type BackupProblem =
  | 'too-large'
  | 'not-json'
  | 'not-backup'
  | 'newer'
  | 'damaged'
  | 'invalid-rows'
  | 'needs-passphrase'
  | 'wrong-passphrase';

/** A backup file that cannot be restored. `message` says why in plain words; `reasons` lists the first bad rows. */
export class BackupError extends Error {
  override name = 'BackupError';
  constructor(
    readonly problem: BackupProblem,
    message: string,
    readonly reasons: readonly string[] = [],
  ) {
    super(message);
  }
}

/** The message for a file made by a newer app. */
export const NEWER_BACKUP = 'This backup was made by a newer version of Pain Journal. Update the app, then restore.';

// The errors the data layer throws for screens to show. Plain Error subclasses: no DOM, no Dexie.

/** A value was refused. `field` is a dotted path (`regions.2.pain`); the message names it in plain words. */
export class ValidationError extends Error {
  override name = 'ValidationError';
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/** The device ran out of space for this app's data. Nothing was written; what was being typed is still on screen. */
export class StorageFullError extends Error {
  override name = 'StorageFullError';
  constructor(options?: { cause?: unknown }) {
    super(
      'Your phone is out of storage space for Pain Journal, so this was not saved. What you entered is still here. ' +
        'Free some space on the device, or back up and delete old entries, then save again.',
      options,
    );
  }
}

/** The entry to change no longer exists (deleted here or in another tab). Not "NotFoundError": Dexie rewraps errors with IndexedDB's names. */
export class MissingEntryError extends Error {
  override name = 'MissingEntryError';
  constructor(
    readonly table: string,
    readonly id: string,
  ) {
    super('That entry no longer exists. It may have been deleted in another tab.');
  }
}

/** Another tab updated the app's database, so this tab must reload before it writes anything. */
export class ReloadNeededError extends Error {
  override name = 'ReloadNeededError';
  constructor() {
    super('Pain Journal was updated in another tab. Reload this tab to keep going; what you typed is kept.');
  }
}

/** The entry was saved in another window after this form merged with it: merge again, then save. */
export class StaleEntryError extends Error {
  override name = 'StaleEntryError';
  constructor(
    readonly table: string,
    readonly id: string,
  ) {
    super('This entry was changed in another window while you were saving. Check it and save again.');
  }
}

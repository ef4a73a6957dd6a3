// Turns what a failed write threw into words for the screen: the field it belongs to, and the message.

/** A failed write, ready to show: `field` is the data layer's field path for a ValidationError, else null. */
export interface ShownError {
  field: string | null;
  message: string;
}

const OWN_WORDS = new Set([
  'ValidationError',
  'StorageFullError',
  'MissingEntryError',
  'ReloadNeededError',
  'StaleEntryError',
]);

/** The field and message to show for `error`; unexpected errors get a calm generic message (and are logged). */
export function describeError(error: unknown): ShownError {
  const e = error as { name?: unknown; message?: unknown; field?: unknown } | null;
  if (e && typeof e.name === 'string' && OWN_WORDS.has(e.name) && typeof e.message === 'string') {
    return { field: e.name === 'ValidationError' && typeof e.field === 'string' ? e.field : null, message: e.message };
  }
  console.error(error);
  return {
    field: null,
    message: 'Something went wrong, so this was not saved. What you entered is still here; try again.',
  };
}

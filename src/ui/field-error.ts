// A failed write as a message by form field, for forms that keep one message at a time (not on first load).
import { describeError } from './errors';

/** `error` as a message by form field: the data layer's field for a ValidationError, else `fallback`. */
export function fieldError(error: unknown, fallback: string): { field: string; message: string } {
  const shown = describeError(error);
  return { field: shown.field ?? fallback, message: shown.message };
}

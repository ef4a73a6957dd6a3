// Saving the name printed on the report as it is typed: the writes, their order and the one warning in one place.
import { data } from '../../app/data';
import { NAME } from '../../domain/settings-keys';
import { showToast } from '../../ui/toast';

/**
 * A writer for one name field: every value is written at once, one write in flight and the newest value last, so a
 * reload or a closed tab right after typing keeps the name (as form drafts do). A failure is said once until a write
 * works again, not at every key.
 */
export function nameWriter(): (name: string) => void {
  let pending: string | null = null;
  let writing = false;
  let warned = false;
  const flush = async () => {
    if (writing) return;
    writing = true;
    try {
      const layer = await data();
      while (pending !== null) {
        const next: string = pending;
        pending = null;
        await layer.setSetting(NAME, next.trim());
        warned = false;
      }
    } catch (error) {
      console.error('Name not saved', error);
      if (warned) return;
      warned = true;
      showToast({
        message:
          (error as Error).name === 'StorageFullError'
            ? (error as Error).message
            : 'Your name could not be saved. It is still on this report.',
        tone: 'error',
      });
    } finally {
      writing = false;
    }
  };
  return (name) => {
    pending = name;
    void flush();
  };
}

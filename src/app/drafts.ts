// Ships on first load. Form drafts autosave to IndexedDB on every change, so a reload, an update, a crash or a
// closed tab never loses what was being typed. At most one write per key is in flight; the newest value always wins.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { data, dataRequested } from './data';
import { showToast } from '../ui/toast';

const CLEAR = Symbol('clear');
const queued = new Map<string, unknown>();
const running = new Map<string, Promise<void>>();
let warnedFull = false;

async function pump(key: string): Promise<void> {
  const layer = await data();
  while (queued.has(key)) {
    const value = queued.get(key);
    queued.delete(key);
    try {
      if (value === CLEAR) await layer.clearDraft(key);
      else await layer.saveDraft(key, value);
    } catch (error) {
      console.error('Draft not saved', error);
      if (!warnedFull && (error as Error)?.name === 'StorageFullError') {
        warnedFull = true;
        showToast({
          message: 'Your device is out of space, so drafts are not being kept. Free some space to be safe.',
          tone: 'error',
        });
      }
    }
  }
}

function queue(key: string, value: unknown): void {
  queued.set(key, value);
  if (running.has(key)) return;
  const work = pump(key).finally(() => running.delete(key));
  running.set(key, work);
}

/** Forgets a draft, e.g. after the form was saved. */
export function clearDraftSoon(key: string): void {
  queue(key, CLEAR);
}

/** Resolves once every queued draft write has reached IndexedDB: call before any reload. */
export async function flushDrafts(): Promise<void> {
  while (running.size) await Promise.allSettled([...running.values()]);
}

let noneStored = false;

/** A brand-new install (no database at all) has no drafts: forms skip reading them until the data layer is in use. */
export function assumeNoDraftsStored(): void {
  noneStored = true;
}

/** Reads a stored draft once (undefined when there is none). */
export async function readDraft<T>(key: string): Promise<T | undefined> {
  return (await data()).loadDraft<T>(key);
}

/**
 * Form state that survives reloads. Starts at `initial`, replaced by the stored draft if one exists and the
 * person has not started typing yet. `setValue` autosaves; `discard` resets and forgets the draft.
 */
export function useDraft<T>(key: string, initial: T) {
  const [value, setState] = useState<T>(initial);
  const [restored, setRestored] = useState(false);
  const [loaded, setLoaded] = useState(false);
  const touched = useRef(false);
  const initialRef = useRef(initial);

  useEffect(() => {
    let live = true;
    touched.current = false;
    setRestored(false);
    // Nothing can be stored before the data layer first loads on a brand-new install: no read, and no wait for it.
    if (noneStored && !dataRequested()) {
      setLoaded(true);
      return;
    }
    setLoaded(false);
    readDraft<T>(key)
      .then((stored) => {
        if (!live) return;
        if (stored !== undefined && !touched.current) {
          setState(stored);
          setRestored(true);
        }
      })
      .catch((error) => console.error('Draft not read', error))
      .finally(() => live && setLoaded(true));
    return () => {
      live = false;
    };
  }, [key]);

  const setValue = useCallback(
    (next: T | ((prev: T) => T)) => {
      touched.current = true;
      setState((prev) => {
        const resolved = typeof next === 'function' ? (next as (prev: T) => T)(prev) : next;
        queue(key, resolved);
        return resolved;
      });
    },
    [key],
  );

  const discard = useCallback(
    (resetTo: T = initialRef.current) => {
      touched.current = true;
      setState(resetTo);
      setRestored(false);
      queue(key, CLEAR);
    },
    [key],
  );

  return { value, setValue, discard, restored, loaded };
}

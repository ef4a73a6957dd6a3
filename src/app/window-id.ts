// Ships on first load. This window's own id, so each tab keeps its own drafts. The id is held as a Web Lock while the
// window lives, so another window can tell a draft whose window is gone (closed, crashed) from one still being typed.
const STORAGE_KEY = 'pj-window';
const LOCK_PREFIX = 'pj-window:';

let claimed: Promise<string> | undefined;

function newId(): string {
  return crypto.randomUUID().slice(0, 8);
}

function kept(): string | null {
  try {
    return sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/** Holds the lock named for `id` until the window goes; false when another window holds it already. */
function hold(locks: LockManager, id: string): Promise<boolean> {
  return new Promise((resolve) => {
    void locks.request(`${LOCK_PREFIX}${id}`, { ifAvailable: true }, (lock) => {
      resolve(lock !== null);
      return lock ? new Promise<void>(() => {}) : undefined;
    });
  });
}

async function claim(): Promise<string> {
  let id = kept() ?? newId();
  if (typeof navigator !== 'undefined' && navigator.locks) {
    // A duplicated tab starts with a copy of this tab's sessionStorage, and so its id: it takes a new one.
    for (let tries = 0; tries < 5 && !(await hold(navigator.locks, id)); tries++) id = newId();
  }
  try {
    sessionStorage.setItem(STORAGE_KEY, id);
  } catch {
    // Without sessionStorage the id lasts as long as this page: drafts still stay apart from other windows'.
  }
  return id;
}

/** This window's id (the same through reloads of this tab). */
export function windowId(): Promise<string> {
  claimed ??= claim();
  return claimed;
}

/** The ids of the windows open now, or null when this browser cannot tell. */
export async function openWindows(): Promise<Set<string> | null> {
  if (typeof navigator === 'undefined' || !navigator.locks?.query) return null;
  const { held = [] } = await navigator.locks.query();
  return new Set(
    held
      .map((lock) => lock.name ?? '')
      .filter((name) => name.startsWith(LOCK_PREFIX))
      .map((name) => name.slice(LOCK_PREFIX.length)),
  );
}

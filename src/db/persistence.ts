// Asking the browser to keep this app's data (not evict it under storage pressure) and reporting what it holds.
import { PERSIST_ASKED } from '../domain/settings-keys';
import { getSetting, setSetting } from './settings';

/** What the browser says about this app's storage; null where it cannot tell. */
export interface StorageStatus {
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
}

let askedThisSession = false;

/**
 * Asks for persistent storage once (ever, unless `again`), and resolves with whether storage is persisted
 * (null when the browser has no StorageManager). Never rejects.
 */
export async function requestPersistentStorage({ again = false } = {}): Promise<boolean | null> {
  const storage = globalThis.navigator?.storage;
  if (!storage?.persist) return null;
  try {
    if (await storage.persisted?.()) return true;
    if (!again) {
      if (askedThisSession) return false;
      askedThisSession = true;
      if (await getSetting(PERSIST_ASKED, false)) return false;
    }
    // Remembered before asking: if the prompt (Firefox) ends with a reload, it is still not asked again.
    await setSetting(PERSIST_ASKED, true);
    return await storage.persist();
  } catch {
    return null;
  }
}

/** Whether storage is persisted, and the usage and quota the browser reports. */
export async function storageStatus(): Promise<StorageStatus> {
  const storage = globalThis.navigator?.storage;
  const [persisted, estimate] = await Promise.all([
    storage?.persisted?.().catch(() => null) ?? null,
    storage?.estimate?.().catch(() => null) ?? null,
  ]);
  return { persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
}

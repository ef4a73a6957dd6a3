// @vitest-environment happy-dom
// (navigator.storage, which Node 20 does not have: the persistence request is part of what this file checks.)
// Persistent storage is asked for once, after the first save, and never gets in the way of saving.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PERSIST_ASKED } from '../../../src/domain/settings-keys';

type Layer = typeof import('../../../src/db');

/** A fresh copy of the data layer (its "asked this session" memory reset) over an empty database. */
async function freshLayer(): Promise<Layer> {
  vi.resetModules();
  const layer = await import('../../../src/db');
  await layer.db.delete();
  await layer.db.open();
  return layer;
}

function fakeStorage(overrides: Partial<StorageManager> = {}) {
  const storage = {
    persisted: vi.fn(async () => false),
    persist: vi.fn(async () => true),
    estimate: vi.fn(async () => ({ usage: 1234, quota: 5_000_000 })),
    ...overrides,
  };
  Object.defineProperty(navigator, 'storage', { value: storage, configurable: true });
  return storage;
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'storage');
});

describe('requestPersistentStorage', () => {
  it('is asked once after the first save, and remembered across reloads', async () => {
    const storage = fakeStorage();
    let layer = await freshLayer();
    await layer.saveCheckin({ pain: 3 });
    await vi.waitFor(() => expect(storage.persist).toHaveBeenCalledTimes(1));
    await layer.saveSession({ provider: 'Sam' });
    await layer.saveCheckin({ pain: 2 });
    expect(await layer.getSetting(PERSIST_ASKED, false)).toBe(true);

    // A reload: module memory is gone, the setting is not.
    vi.resetModules();
    layer = await import('../../../src/db');
    expect(await layer.requestPersistentStorage()).toBe(false);
    expect(storage.persist).toHaveBeenCalledTimes(1);
    expect(await layer.requestPersistentStorage({ again: true })).toBe(true);
    expect(storage.persist).toHaveBeenCalledTimes(2);
  });

  it('does not ask when storage is already persisted', async () => {
    const storage = fakeStorage({ persisted: vi.fn(async () => true) });
    const layer = await freshLayer();
    expect(await layer.requestPersistentStorage()).toBe(true);
    expect(storage.persist).not.toHaveBeenCalled();
  });

  it('never fails a save, even when persist() throws', async () => {
    fakeStorage({ persist: vi.fn(async () => Promise.reject(new Error('denied'))) });
    const layer = await freshLayer();
    await expect(layer.saveCheckin({ pain: 3 })).resolves.toMatchObject({ pain: 3 });
    expect(await layer.requestPersistentStorage({ again: true })).toBeNull();
  });

  it('resolves null where the browser has no StorageManager', async () => {
    const layer = await freshLayer();
    expect(await layer.requestPersistentStorage()).toBeNull();
    await expect(layer.saveCheckin({ pain: 1 })).resolves.toBeTruthy();
  });
});

describe('storageStatus', () => {
  it('reports what the browser says', async () => {
    fakeStorage({ persisted: vi.fn(async () => true) });
    const layer = await freshLayer();
    expect(await layer.storageStatus()).toEqual({ persisted: true, usage: 1234, quota: 5_000_000 });
  });

  it('reports nulls where the browser cannot tell', async () => {
    const layer = await freshLayer();
    expect(await layer.storageStatus()).toEqual({ persisted: null, usage: null, quota: null });
    fakeStorage({ estimate: vi.fn(async () => Promise.reject(new Error('no'))) });
    expect(await layer.storageStatus()).toEqual({ persisted: false, usage: null, quota: null });
  });
});

// A full disk must surface as StorageFullError and leave nothing half-written.
// Chrome's shape (src/db/README.md): the put succeeds, then the whole transaction aborts with QuotaExceededError.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { countAll, db, getCheckin, saveCheckin, saveDraft, saveSession } from '../../../src/db';
import { guardedWrite, isQuotaError } from '../../../src/db/write';
import { StorageFullError } from '../../../src/domain/errors';
import { checkinRow } from '../../fixtures/rows';
import { freshDatabase } from './reset';

type FakeTransaction = IDBTransaction & { _abort(name: string): void };

/** Makes every put/add succeed and then abort its transaction with QuotaExceededError, as Chrome does on a full disk. */
function diskFullAfterWrite() {
  for (const method of ['put', 'add'] as const) {
    const original = IDBObjectStore.prototype[method];
    vi.spyOn(IDBObjectStore.prototype, method).mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<typeof original>
    ) {
      const request = original.apply(this, args);
      request.addEventListener('success', () => (this.transaction as FakeTransaction)._abort('QuotaExceededError'));
      return request;
    });
  }
}

beforeEach(freshDatabase);
afterEach(() => vi.restoreAllMocks());

describe('a full disk', () => {
  it('turns into StorageFullError and stores nothing (Chrome: the transaction aborts after put succeeded)', async () => {
    diskFullAfterWrite();
    const error = await saveCheckin({ pain: 4 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageFullError);
    expect((error as Error).cause).toMatchObject({ name: 'AbortError', inner: { name: 'QuotaExceededError' } });
    expect((error as Error).message).toMatch(/free some space/i);
    vi.restoreAllMocks();
    expect((await countAll()).checkins).toBe(0);
  });

  it('leaves an edited row as it was', async () => {
    const saved = await saveCheckin({ pain: 4, note: 'before' });
    diskFullAfterWrite();
    await expect(saveSession({ provider: 'x' })).rejects.toBeInstanceOf(StorageFullError);
    await expect(saveCheckin({ id: saved.id, note: 'after' })).rejects.toBeInstanceOf(StorageFullError);
    vi.restoreAllMocks();
    expect(await getCheckin(saved.id)).toEqual(saved);
  });

  it('rolls back every row of a multi-row write, even when the inner put promises resolved', async () => {
    const first = checkinRow();
    const second = { ...checkinRow(), id: '6ec0bd7f-11c0-43da-975e-2a8ad9ebae0b' };
    let innerPutsResolved = 0;
    const original = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<typeof original>
    ) {
      const request = original.apply(this, args);
      // Only the second put fills the disk.
      if ((args[0] as { id: string }).id === second.id)
        request.addEventListener('success', () => (this.transaction as FakeTransaction)._abort('QuotaExceededError'));
      return request;
    });
    const write = guardedWrite(['checkins'], async () => {
      await db.checkins.put(first).then(() => innerPutsResolved++);
      await db.checkins.put(second).then(() => innerPutsResolved++);
    });
    await expect(write).rejects.toBeInstanceOf(StorageFullError);
    expect(innerPutsResolved).toBe(2);
    vi.restoreAllMocks();
    expect((await countAll()).checkins).toBe(0);
  });

  it('also when put throws QuotaExceededError straight away', async () => {
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await expect(saveDraft('checkin', { pain: 3 })).rejects.toBeInstanceOf(StorageFullError);
  });
});

describe('isQuotaError', () => {
  it('recognises the shapes browsers and Dexie use', () => {
    expect(isQuotaError(new DOMException('full', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: { name: 'AbortError', inner: { code: 22 } } })).toBe(true);
    expect(isQuotaError({ name: 'Error', code: 22 })).toBe(true);
    expect(isQuotaError(new Error('x', { cause: { name: 'NS_ERROR_DOM_QUOTA_REACHED' } }))).toBe(true);
  });

  it('does not mistake other failures for a full disk', () => {
    expect(isQuotaError({ name: 'AbortError' })).toBe(false);
    expect(isQuotaError(new DOMException('x', 'ConstraintError'))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
    expect(isQuotaError('QuotaExceededError')).toBe(false);
  });
});

// Old code must not write into a database a newer app already upgraded: Dexie 4 opens it without an error, so the
// data layer checks the version on disk itself and then allows only drafts.
import { afterEach, describe, expect, it } from 'vitest';
import { onOutdated, SCHEMA_VERSION, type Migration } from '../../../src/db';
import { MIGRATIONS } from '../../../src/db/schema';
import { PainJournalDB } from '../../../src/db/database';

const NEXT: Migration[] = [
  ...MIGRATIONS,
  { version: SCHEMA_VERSION + 1, stores: { checkins: 'id, day, at, updatedAt, pain' } },
];

let restore = () => {};
afterEach(() => restore());

function rawOpen(name: string, version: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, version);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

describe('opening a database a newer version of the app upgraded', () => {
  it('closes this code for writes and tells the app', async () => {
    const newer = new PainJournalDB('outdated-1', NEXT);
    await newer.open();
    newer.close();
    let told = 0;
    restore = onOutdated(() => told++);
    const old = new PainJournalDB('outdated-1');
    await old.open();
    expect(old.closedForUpgrade).toBe(true);
    expect(told).toBe(1);
    old.close();
  });

  it('but not after Dexie’s own patch bump (version × 10 + 1), which is the same schema', async () => {
    const first = new PainJournalDB('outdated-2');
    await first.open();
    first.close();
    (await rawOpen('outdated-2', SCHEMA_VERSION * 10 + 1)).close();
    let told = 0;
    restore = onOutdated(() => told++);
    const again = new PainJournalDB('outdated-2');
    await again.open();
    expect(again.closedForUpgrade).toBe(false);
    expect(told).toBe(0);
    again.close();
  });
});

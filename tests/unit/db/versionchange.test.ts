// When another tab opens a newer schema, this tab must stop writing (its rows would have the old shape),
// may still save drafts while its handler runs, and must not silently reopen afterwards.
import { afterEach, describe, expect, it } from 'vitest';
import {
  SCHEMA_VERSION,
  db,
  listDrafts,
  onVersionChange,
  saveCheckin,
  saveDraft,
  type Migration,
} from '../../../src/db';
import { DB_NAME, MIGRATIONS } from '../../../src/db/schema';
import { PainJournalDB, VERSION_CHANGE_GRACE_MS } from '../../../src/db/database';
import { ReloadNeededError } from '../../../src/domain/errors';

// A schema this code does not know yet, as a newer deploy in another tab would open it.
const NEXT: Migration[] = [
  ...MIGRATIONS,
  { version: SCHEMA_VERSION + 1, stores: { checkins: 'id, day, at, updatedAt, pain' } },
];

let restoreHandler = () => {};
afterEach(() => restoreHandler());

describe('after another tab upgrades the database', () => {
  it('the old tab runs its handler (drafts still save), then refuses writes instead of writing', async () => {
    const kept = await saveCheckin({ pain: 3 });
    const seen: string[] = [];
    restoreHandler = onVersionChange(async () => {
      seen.push('handler');
      await saveDraft('checkin', { pain: 4, note: 'half typed' });
      seen.push(
        await saveCheckin({ pain: 6 }).then(
          () => 'check-in written',
          (error: Error) => error.name,
        ),
      );
    });

    const newer = new PainJournalDB(DB_NAME, NEXT);
    await newer.open();

    expect(seen).toEqual(['handler', 'ReloadNeededError']);
    expect(db.closedForUpgrade).toBe(true);
    expect(db.isOpen()).toBe(false);
    await expect(saveCheckin({ pain: 5 })).rejects.toBeInstanceOf(ReloadNeededError);
    await expect(saveDraft('checkin', { pain: 5 })).rejects.toBeInstanceOf(ReloadNeededError);
    // Reads fail too rather than silently reopening under the old code.
    await expect(listDrafts('checkin')).rejects.toMatchObject({ name: 'DatabaseClosedError' });

    expect(await newer.checkins.toArray()).toEqual([kept]);
    expect((await newer.drafts.get('checkin'))?.value).toEqual({ pain: 4, note: 'half typed' });
    newer.close();
  });

  it('a handler that never finishes cannot hold the other tab’s upgrade for longer than the grace period', async () => {
    const old = new PainJournalDB('stuck-handler');
    await old.open();
    restoreHandler = onVersionChange(() => new Promise(() => {}));
    const started = Date.now();
    const newer = new PainJournalDB('stuck-handler', NEXT);
    await newer.open();
    expect(Date.now() - started).toBeGreaterThanOrEqual(VERSION_CHANGE_GRACE_MS - 50);
    expect(old.isOpen()).toBe(false);
    await newer.delete();
  }, 10_000);
});

// Every schema version must open over data written by the one before it, keeping every row (CONVENTIONS.md).
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS, PainJournalDB, SCHEMA_VERSION, TABLE_NAMES } from '../../../src/db';
import { validateRecord } from '../../../src/domain/validate';
import { activityRow, checkinRow, draftRow, goalRow, measureRow, sessionRow, settingRow } from '../../fixtures/rows';

const opened: PainJournalDB[] = [];
function open(name: string, upTo: number): PainJournalDB {
  const database = new PainJournalDB(name, MIGRATIONS.slice(0, upTo));
  opened.push(database);
  return database;
}
afterEach(async () => {
  for (const database of opened.splice(0)) await database.delete();
});

const seed = {
  checkins: [checkinRow()],
  sessions: [sessionRow()],
  activities: [activityRow()],
  measures: [measureRow()],
  goals: [goalRow()],
  settings: [settingRow()],
  drafts: [draftRow()],
};

describe('MIGRATIONS', () => {
  it('are in strictly increasing order and SCHEMA_VERSION is the last', () => {
    const versions = MIGRATIONS.map((m) => m.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    expect(SCHEMA_VERSION).toBe(versions[versions.length - 1]);
  });

  it('version 1 creates every table', () => {
    expect(Object.keys(MIGRATIONS[0].stores).sort()).toEqual([...TABLE_NAMES].sort());
  });

  it.each(MIGRATIONS.slice(1).map((m, i) => [m.version, i + 1] as const))(
    'upgrading to v%i keeps every row of every table',
    async (version, previousCount) => {
      const name = `upgrade-to-${version}`;
      const before = open(name, previousCount);
      for (const table of TABLE_NAMES) await before.table(table).bulkAdd(seed[table]);
      before.close();

      const after = open(name, previousCount + 1);
      await after.open();
      expect(after.verno).toBe(version);
      for (const table of TABLE_NAMES) {
        const rows = await after.table(table).toArray();
        expect(rows, table).toEqual(seed[table]);
        for (const row of rows) expect(() => validateRecord(table, row)).not.toThrow();
      }
    },
  );
});

describe('v1 → v2: the updatedAt index for the backup reminder', () => {
  it('rows written under v1 answer where("updatedAt") after the upgrade', async () => {
    const v1 = open('updated-at-index', 1);
    const old = checkinRow();
    const recent = {
      ...checkinRow(),
      id: '6ec0bd7f-11c0-43da-975e-2a8ad9ebae0b',
      updatedAt: '2026-05-01T00:00:00.000Z',
    };
    await v1.checkins.bulkAdd([old, recent]);
    await v1.sessions.add(sessionRow());
    // The index does not exist yet in v1.
    await expect(v1.checkins.where('updatedAt').above('').count()).rejects.toMatchObject({ name: 'SchemaError' });
    v1.close();

    const v2 = open('updated-at-index', 2);
    expect(await v2.checkins.where('updatedAt').above('2026-04-01T00:00:00.000Z').primaryKeys()).toEqual([recent.id]);
    expect(await v2.sessions.where('updatedAt').above('2026-01-01T00:00:00.000Z').count()).toBe(1);
    expect(await v2.checkins.count()).toBe(2);
    expect([...v2.backendDB().transaction('checkins').objectStore('checkins').indexNames]).toContain('updatedAt');
  });
});

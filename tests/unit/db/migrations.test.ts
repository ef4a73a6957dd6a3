// Every schema version must open over data written by the one before it, keeping every row (src/db/README.md).
import { afterEach, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, type TableName } from '../../../src/db';
import { MIGRATIONS, TABLE_NAMES } from '../../../src/db/schema';
import { PainJournalDB } from '../../../src/db/database';
import { validateRecord } from '../../../src/domain/validate';
import {
  activityRow,
  checkinRow,
  draftRow,
  goalRow,
  measureRow,
  planItemRow,
  planTickRow,
  questionnaireRow,
  sessionRow,
  settingRow,
  treatmentRow,
} from '../../fixtures/rows';

const opened: PainJournalDB[] = [];
function open(name: string, upTo: number): PainJournalDB {
  const database = new PainJournalDB(name, MIGRATIONS.slice(0, upTo));
  opened.push(database);
  return database;
}
afterEach(async () => {
  for (const database of opened.splice(0)) await database.delete();
});

/** The tables that exist once the first `count` migrations have run. */
function tablesAfter(count: number): TableName[] {
  const tables = new Set<TableName>();
  for (const migration of MIGRATIONS.slice(0, count))
    for (const [table, spec] of Object.entries(migration.stores) as [TableName, string | null][])
      spec === null ? tables.delete(table) : tables.add(table);
  return [...tables];
}

const seed: Record<TableName, unknown[]> = {
  questionnaires: [questionnaireRow()],
  checkins: [checkinRow()],
  sessions: [sessionRow()],
  activities: [activityRow()],
  measures: [measureRow()],
  goals: [goalRow()],
  settings: [settingRow()],
  drafts: [draftRow()],
  planItems: [planItemRow()],
  planTicks: [planTickRow()],
  treatments: [treatmentRow()],
};

describe('MIGRATIONS', () => {
  it('are in strictly increasing order and SCHEMA_VERSION is the last', () => {
    const versions = MIGRATIONS.map((m) => m.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    expect(SCHEMA_VERSION).toBe(versions[versions.length - 1]);
  });

  it('every table is created by some version, and the last version has them all', () => {
    expect(tablesAfter(MIGRATIONS.length).sort()).toEqual([...TABLE_NAMES].sort());
  });

  it.each(MIGRATIONS.slice(1).map((m, i) => [m.version, i + 1] as const))(
    'upgrading to v%i keeps every row of every table',
    async (version, previousCount) => {
      const name = `upgrade-to-${version}`;
      const before = open(name, previousCount);
      for (const table of tablesAfter(previousCount)) await before.table(table).bulkAdd(seed[table]);
      before.close();

      const after = open(name, previousCount + 1);
      await after.open();
      expect(after.verno).toBe(version);
      const existed = tablesAfter(previousCount);
      for (const table of tablesAfter(previousCount + 1)) {
        const rows = await after.table(table).toArray();
        // A table this version adds starts empty; every table that existed keeps every row.
        expect(rows, table).toEqual(existed.includes(table) ? seed[table] : []);
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

describe('v4: answered questionnaires', () => {
  it('adds an empty questionnaires table, keeps everything else, and answers its indexes', async () => {
    const upTo = MIGRATIONS.findIndex((m) => m.version === 4);
    const before = open('questionnaires-table', upTo);
    await before.checkins.add(checkinRow());
    before.close();

    const after = open('questionnaires-table', upTo + 1);
    expect(await after.checkins.count()).toBe(1);
    expect(await after.questionnaires.count()).toBe(0);
    const row = questionnaireRow();
    await after.questionnaires.add(row);
    expect(await after.questionnaires.where('[instrument+week]').equals([row.instrument, row.week]).count()).toBe(1);
    expect(await after.questionnaires.where('[instrument+day]').equals([row.instrument, row.day]).count()).toBe(1);
    expect(await after.questionnaires.where('updatedAt').above('').count()).toBe(1);
    expect(() => validateRecord('questionnaires', row)).not.toThrow();
  });
});

describe('v4 → v5: the home programme', () => {
  it('adds plan items and ticks, findable by item and day, and keeps every older row', async () => {
    const v5At = MIGRATIONS.findIndex((m) => m.version === 5);
    const before = open('home-programme', v5At);
    await before.open();
    expect(before.tables.map((t) => t.name)).not.toContain('planItems');
    await before.checkins.add(checkinRow());
    await before.sessions.add(sessionRow());
    before.close();

    const v5 = open('home-programme', v5At + 1);
    expect(await v5.checkins.count()).toBe(1);
    expect(await v5.sessions.count()).toBe(1);
    await v5.planItems.add(planItemRow());
    await v5.planTicks.add(planTickRow());
    expect(await v5.planTicks.where('[itemId+day]').equals([planItemRow().id, '2026-03-01']).count()).toBe(1);
    expect(await v5.planTicks.where('day').between('2026-03-01', '2026-03-31', true, true).count()).toBe(1);
    expect(validateRecord('planItems', (await v5.planItems.toArray())[0])).toEqual(planItemRow());
  });
});

describe('v5 → v6: how a goal’s target was set', () => {
  it('gives every goal written before targetPercent null (the absolute target it was set with), keeping the rest', async () => {
    const v6At = MIGRATIONS.findIndex((m) => m.version === 6);
    const before = open('goal-target-percent', v6At);
    const { targetPercent: _, ...old } = goalRow();
    await before.goals.add(old as never);
    before.close();

    const v6 = open('goal-target-percent', v6At + 1);
    const [goal] = await v6.goals.toArray();
    expect(goal).toEqual({ ...old, targetPercent: null });
    expect(() => validateRecord('goals', goal)).not.toThrow();
  });
});

describe('v6 → v7: treatments', () => {
  it('adds treatments, readable by time and by day, and keeps every older row', async () => {
    const v7At = MIGRATIONS.findIndex((m) => m.version === 7);
    const before = open('treatments', v7At);
    await before.open();
    expect(before.tables.map((t) => t.name)).not.toContain('treatments');
    await before.checkins.add(checkinRow());
    await before.planItems.add(planItemRow());
    before.close();

    const v7 = open('treatments', v7At + 1);
    expect(await v7.checkins.count()).toBe(1);
    expect(await v7.planItems.count()).toBe(1);
    await v7.treatments.add(treatmentRow());
    expect(await v7.treatments.orderBy('at').reverse().first()).toEqual(treatmentRow());
    expect(await v7.treatments.where('day').between('2026-03-01', '2026-03-31', true, true).count()).toBe(1);
    expect(validateRecord('treatments', (await v7.treatments.toArray())[0])).toEqual(treatmentRow());
  });
});

describe('v7 → v8: check-in factors', () => {
  it('gives every check-in written before "not given" for sleep, stress and tags, keeping the rest', async () => {
    const v8At = MIGRATIONS.findIndex((m) => m.version === 8);
    const before = open('checkin-factors', v8At);
    const { sleepQuality: _q, sleepHours: _h, stress: _s, tags: _t, ...old } = checkinRow();
    await before.checkins.add(old as never);
    await before.treatments.add(treatmentRow());
    before.close();

    const v8 = open('checkin-factors', v8At + 1);
    const [checkin] = await v8.checkins.toArray();
    expect(checkin).toEqual({ ...old, sleepQuality: null, sleepHours: null, stress: null, tags: [] });
    expect(validateRecord('checkins', checkin)).toEqual(checkin);
    expect(await v8.treatments.count()).toBe(1);
    // A check-in with factors is stored as it is.
    await v8.checkins.put(checkinRow());
    expect(validateRecord('checkins', await v8.checkins.get(checkinRow().id))).toEqual(checkinRow());
  });
});

describe('v8 → v9: "did it help?" in words', () => {
  it('gives every treatment written before no answer in words, keeping its number and every other row', async () => {
    const v9At = MIGRATIONS.findIndex((m) => m.version === 9);
    const before = open('helped-words', v9At);
    const { helpedWords: _w, ...old } = treatmentRow();
    await before.treatments.add(old as never);
    await before.checkins.add(checkinRow());
    before.close();

    const v9 = open('helped-words', v9At + 1);
    const [treatment] = await v9.treatments.toArray();
    expect(treatment).toEqual({ ...old, helpedWords: null });
    expect(validateRecord('treatments', treatment)).toEqual(treatmentRow());
    expect(await v9.checkins.count()).toBe(1);
    expect(await v9.treatments.where('day').equals(treatmentRow().day).count()).toBe(1);
    // An answer in words is stored as it is.
    const words = { ...treatmentRow(), helped: null, helpedWords: 'lot' as const };
    await v9.treatments.put(words);
    expect(validateRecord('treatments', await v9.treatments.get(words.id))).toEqual(words);
  });
});

it('lists the migrations in version order, each once', () => {
  const versions = MIGRATIONS.map((m) => m.version);
  expect(versions).toEqual([...versions].sort((a, b) => a - b));
  expect(new Set(versions).size).toBe(versions.length);
});

import { describe, expect, it } from 'vitest';
import { BACKUP_TABLES, type BackupTable } from '../../../src/domain/backup-format';
import {
  describeContents,
  describeMerge,
  describeReplace,
  mergeDecision,
  planRestore,
  type HereStamps,
} from '../../../src/domain/restore-plan';
import { sampleData, SECOND_ID } from './backup-sample';

const empty = (): HereStamps => Object.fromEntries(BACKUP_TABLES.map((t) => [t, new Map()])) as unknown as HereStamps;
const here = (stamps: Partial<Record<BackupTable, [string, string][]>>): HereStamps => ({
  ...empty(),
  ...Object.fromEntries(Object.entries(stamps).map(([t, list]) => [t, new Map(list)])),
});

describe('mergeDecision', () => {
  it('adds what is not here, takes the newer updatedAt, and keeps what is here on a tie', () => {
    expect(mergeDecision('2026-03-01T09:05:00.000Z', undefined)).toBe('add');
    expect(mergeDecision('2026-03-01T09:05:00.001Z', '2026-03-01T09:05:00.000Z')).toBe('update');
    expect(mergeDecision('2026-03-01T09:05:00.000Z', '2026-03-01T09:05:00.000Z')).toBe('same');
    expect(mergeDecision('2026-03-01T09:04:59.999Z', '2026-03-01T09:05:00.000Z')).toBe('keep');
  });
});

describe('planRestore and its words', () => {
  it('into an empty journal: adds everything', () => {
    const plan = planRestore(sampleData(), empty());
    expect(plan.checkins).toEqual({ inFile: 2, here: 0, add: 2, update: 0, same: 0, keep: 0 });
    expect(describeMerge(plan)).toBe(
      'Adds 2 check-ins, 1 session, 1 activity, 1 measure, 1 goal, 1 questionnaire and 2 settings.',
    );
    expect(describeReplace(plan)).toBe(
      'Puts in 2 check-ins, 1 session, 1 activity, 1 measure, 1 goal and 1 questionnaire.',
    );
  });

  it('says what is added, updated, already here and kept', () => {
    const data = sampleData();
    const plan = planRestore(
      data,
      here({
        checkins: [
          [data.checkins[0].id, data.checkins[0].updatedAt],
          [SECOND_ID, '2027-01-01T00:00:00.000Z'],
          ['8a1f2b7e-4c0d-4e7a-9a55-0f3b9e2d6c11', '2026-01-01T00:00:00.000Z'],
        ],
        sessions: [[data.sessions[0].id, '2020-01-01T00:00:00.000Z']],
      }),
    );
    expect(plan.checkins).toEqual({ inFile: 2, here: 3, add: 0, update: 0, same: 1, keep: 1 });
    expect(plan.sessions).toMatchObject({ update: 1, add: 0 });
    expect(describeMerge(plan)).toBe(
      'Adds 1 activity, 1 measure, 1 goal, 1 questionnaire and 2 settings; updates 1 entry with the newer version from the file; 1 is already here; 1 here is newer and will be kept.',
    );
    expect(describeReplace(plan)).toBe(
      'Removes everything here now (3 check-ins and 1 session), then puts in everything from the file.',
    );
  });

  it('says when merging changes nothing', () => {
    const data = sampleData();
    const stamps = Object.fromEntries(
      BACKUP_TABLES.map((t) => [
        t,
        new Map(
          (data[t] as { id?: string; key?: string; updatedAt: string }[]).map((r) => [r.id ?? r.key!, r.updatedAt]),
        ),
      ]),
    ) as unknown as HereStamps;
    expect(describeMerge(planRestore(data, stamps))).toBe(
      'Everything in this file is already here, so merging changes nothing.',
    );
  });

  it('uses thousands separators and plurals', () => {
    const data = sampleData();
    data.checkins = Array.from({ length: 1234 }, (_, i) => ({
      ...data.checkins[0],
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    }));
    expect(describeContents(data)).toBe(
      '1,234 check-ins, 1 session, 1 activity, 1 measure, 1 goal and 1 questionnaire',
    );
  });
});

// Every rule of domain/rules.ts from both doors: a normal save through the data layer, and a restored backup row.
// Each case must be refused with the same words both ways, and leave the journal exactly as it was.
import { beforeEach, describe, expect, it } from 'vitest';
import {
  addActivity,
  applyRestore,
  archiveActivity,
  saveCheckin,
  saveGoal,
  saveSession,
  saveTreatment,
  setSetting,
  undoDeleteCheckin,
  undoDeleteGoal,
  SCHEMA_VERSION,
} from '../../../src/db';
import { BackupError } from '../../../src/domain/backup-errors';
import { backupChecksum, buildBackupFile, type BackupData, type BackupFile } from '../../../src/domain/backup-format';
import { readBackup } from '../../../src/domain/backup-read';
import { ValidationError } from '../../../src/domain/errors';
import { FACTORS, LAST_BACKUP_AT, REMINDER_TIME } from '../../../src/domain/settings-keys';
import {
  activityRow,
  ACTIVITY_ID,
  checkinRow,
  goalRow,
  MEASURE_ID,
  sessionRow,
  treatmentRow,
} from '../../fixtures/rows';
import { META, sampleData } from '../domain/backup-sample';
import { dumpAll } from './dump';
import { freshDatabase } from './reset';

beforeEach(freshDatabase);

const GHOST = '5f0c3c8e-7d2b-4c1a-9e3f-2a1b0c9d8e7f';
const FUTURE = '2099-01-01T09:00:00.000Z';

/** The ValidationError a save threw (fails when it threw something else or saved), with the journal unchanged. */
async function saveRefusal(save: () => Promise<unknown>): Promise<ValidationError> {
  const before = await dumpAll();
  const error = await save().then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationError);
  expect(await dumpAll()).toEqual(before);
  return error as ValidationError;
}

/** The reasons a restore of the sample file after `change` was refused with, both in the reader and at the database. */
async function restoreReasons(change: (data: BackupData, file: BackupFile) => void): Promise<readonly string[]> {
  const file = await buildBackupFile({ data: sampleData(), ...META });
  change(file.data, file);
  file.counts = Object.fromEntries(Object.entries(file.data).map(([t, rows]) => [t, rows.length])) as never;
  file.checksum.value = await backupChecksum(file);
  const before = await dumpAll();
  const read = await readBackup(JSON.stringify(file), { schemaVersion: SCHEMA_VERSION }).catch((e: unknown) => e);
  expect(read).toBeInstanceOf(BackupError);
  // The database's own door refuses the same rows even when handed them directly (a page that skipped the worker).
  const applied = await applyRestore({ meta: META, data: file.data }, 'replace').catch((e: unknown) => e);
  expect(applied).toBeInstanceOf(BackupError);
  expect((applied as BackupError).reasons).toEqual((read as BackupError).reasons);
  expect(await dumpAll()).toEqual(before);
  return (read as BackupError).reasons;
}

const ACTIVE = (i: number) => ({
  ...activityRow(),
  id: `6ec0bd7f-11c0-43da-975e-2a8ad9ebae0${i}`,
  name: `Activity ${i}`,
});

describe('each rule, refused the same way by a save and by a restore', () => {
  it('a reminder time that is not a time of day (25:00, 7:5, 24:00)', async () => {
    for (const bad of ['25:00', '7:5', '24:00', '12:60']) {
      const saved = await saveRefusal(() => setSetting(REMINDER_TIME, bad));
      expect(saved.message).toBe('The reminder time must be a time of day from 00:00 to 23:59, like 08:30.');
      const reasons = await restoreReasons((d) =>
        d.settings.push({ key: REMINDER_TIME, value: bad, updatedAt: '2026-03-01T09:00:00.000Z' }),
      );
      expect(reasons).toEqual([`Row 3 of settings: ${saved.message}`]);
    }
  });

  it('accepts the edges of a reminder time, and no reminder (null)', async () => {
    for (const good of ['00:00', '23:59', '08:30', null]) await setSetting(REMINDER_TIME, good);
  });

  it('a check-in time in the future beyond five minutes of clock difference (year 9999)', async () => {
    const saved = await saveRefusal(() => saveCheckin({ pain: 3, at: '9999-12-31T09:00:00.000Z' }));
    expect(saved.message).toMatch(/^That time is in the future\. Only times up to now are accepted/);
    const reasons = await restoreReasons((d) => {
      d.checkins[0] = { ...d.checkins[0], at: '9999-12-31T09:00:00.000Z', day: '9999-12-31' };
    });
    expect(reasons).toEqual([`Row 1 of check-ins: ${saved.message}`]);
  });

  it('a session time in the future', async () => {
    const at = new Date(Date.now() + 6 * 60_000).toISOString();
    const saved = await saveRefusal(() => saveSession({ at }));
    const reasons = await restoreReasons((d) => {
      d.sessions[0] = { ...d.sessions[0], at: FUTURE, day: '2099-01-01', nextAppointment: null };
    });
    expect(reasons).toEqual([`Row 1 of sessions: ${saved.message}`]);
  });

  it('a time before 1900 (year 0000)', async () => {
    const saved = await saveRefusal(() => saveCheckin({ pain: 3, at: '0000-01-01T09:00:00.000Z', day: '0000-01-01' }));
    expect(saved.message).toBe('That time is before 1900. Only dates from 1900 up to now are accepted.');
    const reasons = await restoreReasons((d) => {
      d.checkins[0] = { ...d.checkins[0], at: '0000-01-01T09:00:00.000Z', day: '0000-01-01' };
    });
    expect(reasons).toEqual([`Row 1 of check-ins: ${saved.message}`]);
  });

  it('an updatedAt in 2099 (it would win every merge) — through Undo, the one save that takes whole rows', async () => {
    const row = { ...checkinRow(), mobility: {}, measures: {}, updatedAt: FUTURE };
    const saved = await saveRefusal(() => undoDeleteCheckin(row));
    expect(saved.message).toMatch(/^Last changed is in the future\./);
    const reasons = await restoreReasons((d) => {
      d.checkins[0] = { ...d.checkins[0], updatedAt: FUTURE };
    });
    expect(reasons).toEqual([`Row 1 of check-ins: ${saved.message}`]);
  });

  it('a goal achieved in the future', async () => {
    const row = { ...goalRow(), status: 'achieved' as const, statusAt: FUTURE };
    const saved = await saveRefusal(() => undoDeleteGoal(row));
    expect(saved.message).toMatch(/^Achieved is in the future\./);
    const reasons = await restoreReasons((d) => {
      d.goals[0] = row;
    });
    expect(reasons).toEqual([`Row 1 of goals: ${saved.message}`]);
  });

  it('a relative target (targetPercent) that is not the figure it works out to, or on an activity goal', async () => {
    const cases: [Partial<ReturnType<typeof goalRow>>, string | RegExp][] = [
      // −20 % of 7 is 5.6, not 3.
      [{ targetPercent: -20 }, 'A target set as -20 % of 7 is 5.6, not 3.'],
      [{ targetPercent: 0, target: 7.1 }, /^A relative target is a change in percent above −100/],
      [{ targetPercent: -100, target: 0 }, /^A relative target is a change in percent above −100/],
      [{ targetPercent: '-20' as never, target: 5.6 }, /^A relative target is a change in percent above −100/],
      [
        { kind: 'activity', ref: ACTIVITY_ID, baseline: 3, target: 3.6, targetPercent: 20 },
        'An activity goal takes a score from 0 to 10, not a percentage.',
      ],
    ];
    for (const [change, message] of cases) {
      const row = { ...goalRow(), ...change };
      const saved = await saveRefusal(() => undoDeleteGoal(row));
      if (typeof message === 'string') expect(saved.message).toBe(message);
      else expect(saved.message).toMatch(message);
      const fresh = await saveRefusal(() => saveGoal({ ...row, id: undefined }));
      expect(fresh.message).toBe(saved.message);
      const reasons = await restoreReasons((d) => {
        d.goals[0] = row;
      });
      expect(reasons).toEqual([`Row 1 of goals: ${saved.message}`]);
    }
  });

  it('a day that is not the date of its time in any time zone', async () => {
    const saved = await saveRefusal(() => saveCheckin({ pain: 3, at: '2026-03-01T08:30:00.000Z', day: '2026-03-05' }));
    expect(saved.message).toBe(
      'The day 2026-03-05 does not match the time 2026-03-01T08:30:00.000Z: it must be that time’s date (2026-02-28 to 2026-03-01, depending on the time zone).',
    );
    const reasons = await restoreReasons((d) => {
      d.checkins[0] = { ...d.checkins[0], day: '2026-03-05' };
    });
    expect(reasons).toEqual([`Row 1 of check-ins: ${saved.message}`]);
  });

  it('a sixth active activity', async () => {
    for (let i = 1; i <= 5; i++) await addActivity(`Activity ${i}`);
    const saved = await saveRefusal(() => addActivity('Activity 6'));
    expect(saved.message).toBe('You can track up to five activities at once. Archive one first.');
    await freshDatabase();
    const reasons = await restoreReasons((d) => {
      d.activities.push(...[1, 2, 3, 4, 5].map(ACTIVE));
    });
    expect(reasons).toEqual([`The activities: ${saved.message}`]);
  });

  it('a goal tracking an activity that does not exist', async () => {
    const saved = await saveRefusal(() =>
      saveGoal({ kind: 'activity', ref: GHOST, baseline: 3, target: 8, startDay: '2026-03-01', dueDay: '2026-04-01' }),
    );
    expect(saved.message).toBe(
      'This goal tracks an activity that does not exist (it is not in your list of activities). Choose one from the list.',
    );
    const reasons = await restoreReasons((d) => {
      d.goals[0] = { ...d.goals[0], kind: 'activity', ref: GHOST };
    });
    expect(reasons).toEqual([`Row 1 of goals: ${saved.message}`]);
  });

  it('a goal tracking a measure that does not exist', async () => {
    const saved = await saveRefusal(() =>
      saveGoal({ kind: 'measure', ref: GHOST, baseline: 3, target: 8, startDay: '2026-03-01', dueDay: '2026-04-01' }),
    );
    const reasons = await restoreReasons((d) => {
      d.goals[0] = { ...d.goals[0], kind: 'measure', ref: GHOST };
    });
    expect(reasons).toEqual([`Row 1 of goals: ${saved.message}`]);
  });

  it('a mobility score for an activity that does not exist', async () => {
    const saved = await saveRefusal(() => saveCheckin({ pain: 3, mobility: { [GHOST]: 4 } }));
    expect(saved.field).toBe(`mobility.${GHOST}`);
    const reasons = await restoreReasons((d) => {
      d.checkins[1] = { ...d.checkins[1], mobility: { [GHOST]: 4 } };
    });
    expect(reasons).toEqual([`Row 2 of check-ins: ${saved.message}`]);
  });

  it('a measure value for a measure that does not exist', async () => {
    const saved = await saveRefusal(() => saveCheckin({ pain: 3, measures: { [GHOST]: 2 } }));
    expect(saved.field).toBe(`measures.${GHOST}`);
    const reasons = await restoreReasons((d) => {
      d.checkins[1] = { ...d.checkins[1], measures: { [GHOST]: 2 } };
    });
    expect(reasons).toEqual([`Row 2 of check-ins: ${saved.message}`]);
  });

  it('a backup "made" in the future, and the last backup time saved in the future', async () => {
    const saved = await saveRefusal(() => setSetting(LAST_BACKUP_AT, FUTURE));
    expect(saved.message).toMatch(/^The last backup time is in the future\./);
    const file = await buildBackupFile({ data: sampleData(), ...META, exportedAt: '9999-01-01T00:00:00.000Z' });
    const error = await readBackup(JSON.stringify(file), { schemaVersion: SCHEMA_VERSION }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackupError);
    expect((error as Error).message).toMatch(
      /^The time this backup was made is in the future\..*Nothing was restored\.$/,
    );
  });
});

describe('the edges each rule allows', () => {
  it('a time up to five minutes ahead of the clock, and 1900 itself', async () => {
    await saveCheckin({ pain: 3, at: new Date(Date.now() + 4 * 60_000).toISOString() });
    await saveCheckin({ pain: 3, at: '1900-01-01T12:00:00.000Z', day: '1900-01-01' });
  });

  it('a day one either side of its UTC date, as time zones from UTC−12 to UTC+14 give it', async () => {
    await saveCheckin({ pain: 3, at: '2026-03-01T08:30:00.000Z', day: '2026-02-28' });
    await saveCheckin({ pain: 3, at: '2026-03-01T11:00:00.000Z', day: '2026-03-02' });
    await saveRefusal(() => saveCheckin({ pain: 3, at: '2026-03-01T09:30:00.000Z', day: '2026-03-02' }).then(() => 0));
  });

  it('five active activities, and a sixth once one is archived', async () => {
    const rows = [];
    for (let i = 1; i <= 5; i++) rows.push(await addActivity(`Activity ${i}`));
    await archiveActivity(rows[0].id);
    await addActivity('Activity 6');
  });

  it('references to activities and measures that exist, archived ones included', async () => {
    const restored = await readBackup(JSON.stringify(await buildBackupFile({ data: sampleData(), ...META })), {
      schemaVersion: SCHEMA_VERSION,
    });
    await applyRestore(restored, 'replace');
    await archiveActivity(ACTIVITY_ID);
    await saveCheckin({ pain: 3, mobility: { [ACTIVITY_ID]: 5 }, measures: { [MEASURE_ID]: 1 } });
    await saveGoal({
      kind: 'activity',
      ref: ACTIVITY_ID,
      baseline: 3,
      target: 8,
      startDay: '2026-03-01',
      dueDay: '2026-04-01',
    });
  });
});

describe('a merge is checked with what is here', () => {
  it('refuses a merge that would leave six activities active, and says what to do', async () => {
    for (let i = 1; i <= 3; i++) await addActivity(`Here ${i}`);
    const file = await buildBackupFile({
      data: { ...sampleData(), activities: [activityRow(), ACTIVE(1), ACTIVE(2)] },
      ...META,
    });
    const checked = await readBackup(JSON.stringify(file), { schemaVersion: SCHEMA_VERSION });
    const before = await dumpAll();
    const error = await applyRestore(checked, 'merge').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toBe(
      'Merged with what is here, the activities would break a rule: You can track up to five activities at once. Archive one first. Replace instead, or change what is here first.',
    );
    expect(await dumpAll()).toEqual(before);
    await applyRestore(checked, 'replace');
  });
});

describe('relative targets that hold: saved, and restored from a file with and without the field', () => {
  it('saves −20 % of 7 as 5.6 and −30 % of 48 as 33.6, and restores them', async () => {
    const saved = await saveGoal({ ...goalRow(), id: undefined, target: 5.6, targetPercent: -20 });
    expect(saved.targetPercent).toBe(-20);
    const file = await buildBackupFile({ data: sampleData(), ...META });
    file.data.goals[0] = {
      ...goalRow(),
      kind: 'measure',
      ref: MEASURE_ID,
      baseline: 48,
      target: 33.6,
      targetPercent: -30,
    };
    file.checksum.value = await backupChecksum(file);
    const read = await readBackup(JSON.stringify(file), { schemaVersion: SCHEMA_VERSION });
    await applyRestore(read, 'replace');
    expect((await dumpAll()).goals).toMatchObject([{ target: 33.6, targetPercent: -30 }]);
  });

  it('a backup made before v6 (goals without targetPercent) restores them as absolute targets', async () => {
    const file = await buildBackupFile({ data: sampleData(), ...META });
    const { targetPercent: _, ...old } = file.data.goals[0];
    file.data.goals[0] = old as never;
    file.checksum.value = await backupChecksum(file);
    const read = await readBackup(JSON.stringify(file), { schemaVersion: SCHEMA_VERSION });
    await applyRestore(read, 'replace');
    expect((await dumpAll()).goals).toMatchObject([{ target: 3, targetPercent: null }]);
  });
});

describe('sessions have no references: a plain session still saves', () => {
  it('saves', async () => {
    await saveSession({ ...sessionRow(), id: undefined, nextAppointment: null });
  });
});

describe('treatments, refused the same way by a save and by a restore', () => {
  it('nothing named', async () => {
    const saved = await saveRefusal(() => saveTreatment({ what: ' ' }));
    expect(saved.message).toBe('What you took or did cannot be empty.');
    const reasons = await restoreReasons((d) => d.treatments.push({ ...treatmentRow(), what: '' }));
    expect(reasons).toEqual([`Row 1 of treatments: ${saved.message}`]);
  });

  it('a time in the future', async () => {
    const saved = await saveRefusal(() => saveTreatment({ what: 'Hot bath', at: FUTURE }));
    expect(saved.message).toMatch(/^That time is in the future\./);
    const reasons = await restoreReasons((d) =>
      d.treatments.push({ ...treatmentRow(), at: FUTURE, day: '2099-01-01' }),
    );
    expect(reasons).toEqual([`Row 1 of treatments: ${saved.message}`]);
  });

  it('"did it help?" outside 0–10', async () => {
    const saved = await saveRefusal(() => saveTreatment({ what: 'Hot bath', helped: 11 }));
    expect(saved.message).toBe('How much it helped must be a whole number from 0 (not at all) to 10 (completely).');
    const reasons = await restoreReasons((d) => d.treatments.push({ ...treatmentRow(), helped: 11 }));
    expect(reasons).toEqual([`Row 1 of treatments: ${saved.message}`]);
  });

  it('"did it help?" in words other than none … complete, and answered both ways at once (schema v9)', async () => {
    const word = await saveRefusal(() => saveTreatment({ what: 'Hot bath', helpedWords: 'lots' as never }));
    expect(word.message).toBe(
      'How much it helped in words must be one of: none, a little, moderate, a lot or complete.',
    );
    expect(word.field).toBe('helpedWords');
    const both = await saveRefusal(() => saveTreatment({ what: 'Hot bath', helped: 5, helpedWords: 'moderate' }));
    expect(both.message).toBe('“Did it help?” is answered either as a number or in words, not both. Keep one of them.');
    const reasons = await restoreReasons((d) =>
      d.treatments.push(
        { ...treatmentRow(), helped: null, helpedWords: 'lots' as never },
        { ...treatmentRow(), id: '3f2504e0-4f89-41d3-9a0c-0305e82c3302', helpedWords: 'moderate' },
      ),
    );
    expect(reasons).toEqual([`Row 1 of treatments: ${word.message}`, `Row 2 of treatments: ${both.message}`]);
  });

  it('the same words twice in one minute', async () => {
    await saveTreatment({ what: 'Ibuprofen 400 mg', at: treatmentRow().at });
    const saved = await saveRefusal(() => saveTreatment({ what: 'ibuprofen 400 MG', at: '2026-03-01T08:45:30.000Z' }));
    expect(saved.message).toBe(
      '“ibuprofen 400 MG” is already logged at that time. Open it from History to change it, or choose another time.',
    );
    await freshDatabase();
    const reasons = await restoreReasons((d) =>
      d.treatments.push(treatmentRow(), {
        ...treatmentRow(),
        id: '3f2504e0-4f89-41d3-9a0c-0305e82c3302',
        what: 'ibuprofen 400 MG',
        at: '2026-03-01T08:45:30.000Z',
      }),
    );
    expect(reasons).toEqual([`The treatments: ${saved.message}`]);
  });

  it('an answer given before it was taken, and one with no time', async () => {
    const reasons = await restoreReasons((d) =>
      d.treatments.push(
        { ...treatmentRow(), askedAt: '2026-03-01T08:00:00.000Z' },
        { ...treatmentRow(), askedAt: null },
      ),
    );
    expect(reasons).toEqual([
      'Row 1 of treatments: “Did it help?” can only be answered after the time it was taken or done.',
      'Row 2 of treatments: An answer to “did it help?” needs the time it was given.',
    ]);
  });
});

describe('check-in factors (schema v8): the same words from a save and a restore, and old files still restore', () => {
  it('refuses stress or sleep quality outside 0–10, hours between half hours, and a tag listed twice', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ stress: 11 }, 'Stress must be a whole number from 0 to 10.'],
      [{ sleepQuality: 2.5 }, 'Sleep quality must be a whole number from 0 to 10.'],
      [{ sleepHours: 6.25 }, 'Hours slept must be a number from 0 to 24, in half hours (like 6.5).'],
      [
        {
          tags: [
            { name: 'Desk day', yes: true },
            { name: 'desk day', yes: false },
          ],
        },
        'The tag “desk day” is listed twice.',
      ],
      [{ tags: [{ name: 'gym day', yes: 'yes' }] }, 'The tag “gym day” must be answered yes or no (true or false).'],
    ];
    for (const [fields, message] of cases) {
      const saved = await saveRefusal(() => saveCheckin({ pain: 3, ...fields }));
      expect(saved.message).toBe(message);
      const reasons = await restoreReasons((d) => {
        d.checkins[0] = { ...d.checkins[0], ...fields };
      });
      expect(reasons).toEqual([`Row 1 of check-ins: ${message}`]);
    }
  });

  it('refuses a factors setting with an unknown sleep scale from both doors', async () => {
    const saved = await saveRefusal(() => setSetting(FACTORS, { sleep: 'minutes', stress: true, tags: [] }));
    expect(saved.message).toBe('Sleep is asked as "quality" (0–10), as "hours", or not at all (null).');
    const reasons = await restoreReasons((d) =>
      d.settings.push({ key: FACTORS, value: { sleep: 'minutes' }, updatedAt: '2026-03-01T09:00:00.000Z' }),
    );
    expect(reasons).toEqual([`Row 3 of settings: ${saved.message}`]);
  });

  it('saves and restores factors, and a backup made before v8 (check-ins without them) restores as none given', async () => {
    const saved = await saveCheckin({ pain: 4, sleepHours: 6.5, stress: 7, tags: [{ name: ' desk  day', yes: true }] });
    expect(saved).toMatchObject({
      sleepQuality: null,
      sleepHours: 6.5,
      stress: 7,
      tags: [{ name: 'desk day', yes: true }],
    });
    const file = await buildBackupFile({ data: sampleData(), ...META });
    file.data.checkins = file.data.checkins.map(
      ({ sleepQuality: _q, sleepHours: _h, stress: _s, tags: _t, ...old }) => old as never,
    );
    file.checksum.value = await backupChecksum(file);
    const read = await readBackup(JSON.stringify(file), { schemaVersion: SCHEMA_VERSION });
    await applyRestore(read, 'replace');
    const none = { sleepQuality: null, sleepHours: null, stress: null, tags: [] };
    expect((await dumpAll()).checkins).toMatchObject([none, none]);

    const withThem = await buildBackupFile({ data: sampleData(), ...META });
    const restored = await readBackup(JSON.stringify(withThem), { schemaVersion: SCHEMA_VERSION });
    await applyRestore(restored, 'replace');
    const given = { sleepQuality: 4, sleepHours: 6.5, stress: 7, tags: checkinRow().tags };
    expect((await dumpAll()).checkins).toMatchObject([given, given]);
  });
});

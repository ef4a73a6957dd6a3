import { beforeEach, describe, expect, it } from 'vitest';
import {
  activeGoals,
  addMeasure,
  archiveMeasure,
  deleteGoal,
  listGoals,
  listMeasures,
  saveGoal,
  setGoalStatus,
  unarchiveMeasure,
  undoDeleteGoal,
  updateMeasure,
} from '../../../src/db';
import { freshDatabase } from './reset';

beforeEach(freshDatabase);

describe('measures', () => {
  it('adds, updates only the fields given, archives and unarchives', async () => {
    const measure = await addMeasure({ name: 'Recovery after a workout', unit: 'hours', better: 'lower' });
    const updated = await updateMeasure(measure.id, { unit: 'h' });
    expect(updated).toMatchObject({
      id: measure.id,
      name: 'Recovery after a workout',
      unit: 'h',
      better: 'lower',
      createdAt: measure.createdAt,
    });
    await archiveMeasure(measure.id);
    expect((await listMeasures())[0].archivedAt).not.toBeNull();
    await unarchiveMeasure(measure.id);
    expect((await listMeasures())[0].archivedAt).toBeNull();
  });

  it('refuses a bad direction', async () => {
    await expect(addMeasure({ name: 'Steps', unit: '', better: 'more' as 'higher' })).rejects.toMatchObject({
      field: 'better',
    });
  });
});

describe('goals', () => {
  const lowBack = {
    kind: 'region' as const,
    ref: 'lower-back',
    baseline: 7,
    target: 3,
    startDay: '2026-03-01',
    dueDay: '2026-04-12',
  };

  it('creates an active goal and updates it in place', async () => {
    const goal = await saveGoal(lowBack);
    expect(goal).toMatchObject({ ...lowBack, status: 'active', statusAt: null });
    const moved = await saveGoal({ id: goal.id, target: 2 });
    expect(moved).toMatchObject({ id: goal.id, createdAt: goal.createdAt, target: 2, baseline: 7 });
    expect(await listGoals()).toEqual([moved]);
  });

  it('status changes record when, and active goals are listed by status', async () => {
    const goal = await saveGoal(lowBack);
    const other = await saveGoal({
      kind: 'pain',
      baseline: 6,
      target: 3,
      startDay: '2026-03-01',
      dueDay: '2026-05-01',
    });
    const achieved = await setGoalStatus(goal.id, 'achieved');
    expect(achieved.status).toBe('achieved');
    expect(achieved.statusAt).not.toBeNull();
    expect((await activeGoals()).map((g) => g.id)).toEqual([other.id]);
    expect((await setGoalStatus(goal.id, 'active')).statusAt).toBeNull();
  });

  it('refuses a target equal to the baseline', async () => {
    await expect(saveGoal({ ...lowBack, target: 7 })).rejects.toMatchObject({ field: 'target' });
  });

  it('delete and undo restore the same goal', async () => {
    const goal = await saveGoal(lowBack);
    const deleted = await deleteGoal(goal.id);
    expect(await listGoals()).toEqual([]);
    await undoDeleteGoal(deleted!);
    expect(await listGoals()).toEqual([goal]);
  });
});

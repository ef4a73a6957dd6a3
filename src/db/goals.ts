// Goals set with the therapist: what is tracked, from which baseline to which target, by when.
import type { Goal } from '../domain/types';
import { validateGoal } from '../domain/validate';
import { uuid } from '../domain/validate-fields';
import { db } from './database';
import { checkStoredRules, writeScope } from './rule-checks';
import {
  definedFields,
  deleteRow,
  guardedWrite,
  instantOf,
  patchRow,
  restoreDeleted,
  stampsFor,
  checkUnchanged,
  endDrafts,
  saveScope,
  type SaveOptions,
} from './write';

/** Fields to save. With an `id` that exists, only the fields given change; stamps are always set here. */
export type GoalInput = Partial<Goal>;

/** Creates a goal (active unless told otherwise), or updates the one with `input.id`. Returns the stored row. */
export async function saveGoal(input: GoalInput, options: SaveOptions = {}): Promise<Goal> {
  const now = new Date();
  const given = definedFields(input);
  const id = given.id === undefined ? undefined : uuid(given.id, 'id', 'Id');
  return guardedWrite(saveScope(writeScope('goals'), options), async () => {
    const old = id === undefined ? undefined : await db.goals.get(id);
    checkUnchanged('goals', id, old, options);
    const clean = validateGoal({
      ref: null,
      targetPercent: null,
      status: 'active',
      statusAt: null,
      ...old,
      ...given,
      ...stampsFor(old, id, now),
    });
    await checkStoredRules('goals', clean);
    await Promise.all([db.goals.put(clean), endDrafts(options)]);
    return clean;
  });
}

/** Marks a goal active, achieved or archived; statusAt records when (null when active). */
export function setGoalStatus(id: string, status: Goal['status']): Promise<Goal> {
  return patchRow('goals', id, (old) => ({
    status,
    statusAt: status === 'active' ? null : old.status === status ? old.statusAt : instantOf(new Date()),
  }));
}

/** Deletes a goal and returns it, so the screen can offer Undo. */
export function deleteGoal(id: string): Promise<Goal | undefined> {
  return deleteRow('goals', id);
}

/** Puts a deleted goal back exactly as it was. */
export function undoDeleteGoal(row: Goal): Promise<Goal> {
  return restoreDeleted('goals', row);
}

/** Every goal, oldest first. */
export function listGoals(): Promise<Goal[]> {
  return db.goals.toCollection().sortBy('createdAt');
}

/** The goals being worked on, oldest first. */
export function activeGoals(): Promise<Goal[]> {
  return db.goals.where('status').equals('active').sortBy('createdAt');
}

/** The goal with this id, or undefined (read just before an edit saves, to merge with it). */
export function getGoal(id: string): Promise<Goal | undefined> {
  return db.goals.get(id);
}

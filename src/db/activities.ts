// Mobility activities (PSFS): up to five active at once; archived ones keep their history.
import type { Activity } from '../domain/types';
import { validateActivity } from '../domain/validate';
import { db } from './database';
import { checkStoredRules } from './rule-checks';
import { guardedWrite, instantOf, patchRow, stampsFor } from './write';

const isActive = (activity: Activity) => activity.archivedAt === null;

/** Adds an active activity; refused when five are already active. */
export async function addActivity(name: string): Promise<Activity> {
  const now = new Date();
  return guardedWrite(['activities'], async () => {
    const row = validateActivity({ name, archivedAt: null, ...stampsFor(undefined, undefined, now) });
    // The five-active limit (domain/rules.ts), counted inside this transaction so two tabs cannot pass it together.
    await checkStoredRules('activities', row);
    await db.activities.add(row);
    return row;
  });
}

/** Renames an activity (its scores stay with it). */
export function renameActivity(id: string, name: string): Promise<Activity> {
  return patchRow('activities', id, () => ({ name }));
}

/** Stops asking about an activity; its past scores stay. */
export function archiveActivity(id: string): Promise<Activity> {
  return patchRow('activities', id, (old) => ({ archivedAt: old.archivedAt ?? instantOf(new Date()) }));
}

/** Makes an archived activity active again; refused when five are already active. */
export function unarchiveActivity(id: string): Promise<Activity> {
  return patchRow('activities', id, () => ({ archivedAt: null }));
}

/** Every activity, archived ones included, oldest first. */
export function listActivities(): Promise<Activity[]> {
  return db.activities.toCollection().sortBy('createdAt');
}

/** The activities to rate now, oldest first. */
export async function activeActivities(): Promise<Activity[]> {
  return (await listActivities()).filter(isActive);
}

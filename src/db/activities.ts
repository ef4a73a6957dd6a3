// Mobility activities (PSFS): up to five active at once; archived ones keep their history.
import { MAX_ACTIVE_ACTIVITIES } from '../domain/catalog';
import { ValidationError } from '../domain/errors';
import type { Activity } from '../domain/types';
import { validateActivity } from '../domain/validate';
import { db } from './database';
import { guardedWrite, instantOf, patchRow, stampsFor } from './write';

const isActive = (activity: Activity) => activity.archivedAt === null;

// Counted inside the caller's transaction, so two tabs adding at once cannot pass the limit together.
async function refuseIfFull(exceptId?: string): Promise<void> {
  const active = await db.activities.filter((a) => isActive(a) && a.id !== exceptId).count();
  if (active >= MAX_ACTIVE_ACTIVITIES)
    throw new ValidationError('name', 'You can track up to five activities at once. Archive one first.');
}

/** Adds an active activity; refused when five are already active. */
export async function addActivity(name: string): Promise<Activity> {
  const now = new Date();
  return guardedWrite(['activities'], async () => {
    const row = validateActivity({ name, archivedAt: null, ...stampsFor(undefined, undefined, now) });
    await refuseIfFull();
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
  return patchRow('activities', id, async () => {
    await refuseIfFull(id);
    return { archivedAt: null };
  });
}

/** Every activity, archived ones included, oldest first. */
export function listActivities(): Promise<Activity[]> {
  return db.activities.toCollection().sortBy('createdAt');
}

/** The activities to rate now, oldest first. */
export async function activeActivities(): Promise<Activity[]> {
  return (await listActivities()).filter(isActive);
}

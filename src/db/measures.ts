// Custom measures: a named number with a unit and the direction that counts as better.
import type { Measure } from '../domain/types';
import { validateMeasure } from '../domain/validate';
import { db } from './database';
import { guardedWrite, instantOf, patchRow, stampsFor } from './write';

/** What the person chooses for a measure. */
export type MeasureInput = Pick<Measure, 'name' | 'unit' | 'better'>;

/** Adds an active measure. */
export async function addMeasure({ name, unit, better }: MeasureInput): Promise<Measure> {
  const row = validateMeasure({ name, unit, better, archivedAt: null, ...stampsFor(undefined, undefined, new Date()) });
  return guardedWrite(['measures'], async () => {
    await db.measures.add(row);
    return row;
  });
}

/** Changes a measure's name, unit or direction (only the fields given). */
export function updateMeasure(id: string, { name, unit, better }: Partial<MeasureInput>): Promise<Measure> {
  return patchRow('measures', id, () => ({ name, unit, better }));
}

/** Stops asking for a measure; its past values stay. */
export function archiveMeasure(id: string): Promise<Measure> {
  return patchRow('measures', id, (old) => ({ archivedAt: old.archivedAt ?? instantOf(new Date()) }));
}

/** Makes an archived measure active again. */
export function unarchiveMeasure(id: string): Promise<Measure> {
  return patchRow('measures', id, () => ({ archivedAt: null }));
}

/** Every measure, archived ones included, oldest first. */
export function listMeasures(): Promise<Measure[]> {
  return db.measures.toCollection().sortBy('createdAt');
}

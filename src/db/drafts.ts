// What is being typed in a form, autosaved so a reload, an update or a closed tab never loses it.
import { validateDraft } from '../domain/validate';
import { db } from './database';
import { guardedWrite, instantOf } from './write';

/** Saves the current state of the form `key` (plain JSON, under 100 KB). */
export async function saveDraft(key: string, value: unknown): Promise<void> {
  const row = validateDraft({ key, value, updatedAt: instantOf(new Date()) });
  await guardedWrite(['drafts'], () => db.drafts.put(row));
}

/** The saved state of the form `key`, or undefined when there is none. */
export async function loadDraft<T>(key: string): Promise<T | undefined> {
  return (await db.drafts.get(key))?.value as T | undefined;
}

/** Forgets the draft of the form `key` (after it was saved or discarded). */
export async function clearDraft(key: string): Promise<void> {
  await guardedWrite(['drafts'], () => db.drafts.delete(key));
}

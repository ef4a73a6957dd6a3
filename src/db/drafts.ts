// What is being typed in a form, autosaved so a reload, an update or a closed tab never loses it.
import { validateDraft } from '../domain/validate';
import { db } from './database';
import { guardedWrite, instantOf } from './write';

/** Saves the current state of the form `key` (plain JSON, under 100 KB). */
export async function saveDraft(key: string, value: unknown): Promise<void> {
  const row = validateDraft({ key, value, updatedAt: instantOf(new Date()) });
  await guardedWrite(['drafts'], () => db.drafts.put(row));
}

/** Forgets the draft of the form `key` (after it was saved or discarded). */
export async function clearDraft(key: string): Promise<void> {
  await guardedWrite(['drafts'], () => db.drafts.delete(key));
}

/** How one window's draft of a form is kept: what was typed and, for an edit, the stored row the form builds on. */
export interface WindowDraft {
  typed: unknown;
  base?: unknown;
}

/** A kept draft of one form: its key, its window (null for a draft from before windows had their own), and when. */
export interface StoredDraft extends WindowDraft {
  key: string;
  window: string | null;
  updatedAt: string;
}

/** The key of the draft of form `formKey` in window `windowId`. */
export function windowDraftKey(formKey: string, windowId: string): string {
  return `${formKey}@${windowId}`;
}

/** Every draft of the form `formKey`, newest first: one per window, and one from before windows had their own. */
export async function listDrafts(formKey: string): Promise<StoredDraft[]> {
  const rows = await db.drafts.where('key').startsWith(formKey).toArray();
  return rows
    .filter((row) => row.key === formKey || row.key.startsWith(`${formKey}@`))
    .map(({ key, value, updatedAt }): StoredDraft => {
      if (key === formKey) return { key, window: null, typed: value, updatedAt };
      const kept = (value ?? {}) as WindowDraft;
      return { key, window: key.slice(formKey.length + 1), typed: kept.typed, base: kept.base, updatedAt };
    })
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

// The edit forms of plan items, treatments and questionnaire answers: a per-window draft that follows the stored row's
// changes made elsewhere (drafts.ts, domain/merge.ts), and the one way their Save merges with the row as stored this
// moment, so a save never reverts what another window saved. A field changed here and there is the person's to choose
// (ConflictChoices) and nothing is written until they do; the data layer refuses the write if the row moved again
// after the merge (`unchangedSince`), and ends the form's drafts in the row's own transaction (`draftKeys`).
import { useMemo } from 'preact/hooks';
import type { SaveOptions } from '../db/write';
import { inWords, type ShownConflict } from '../ui/MergeNotices';
import { useDraft } from './drafts';

/** What Save may write: the merged form, the row as stored now (none for a new row) and the save's options. */
export type SaveReady<Row, F> =
  | { ok: true; form: F; now: Row | undefined; options: () => Promise<SaveOptions> }
  | { ok: false; message: string };

/** What the form needs to know about its row. */
export interface StoredEdit<Row, F> {
  /** The form's draft; a window's own draft is `draftKey@window`. */
  draftKey: string;
  /** What the form starts from (the stored row as a form when editing). */
  initial: F;
  /** The row being changed, live (null for a new one). */
  stored: Row | null;
  formFrom: (row: Row) => F;
  /** The fields that merge (not the form's bookkeeping). */
  fields: readonly (keyof F)[];
  /** The row in a word or two, for "This plan item was deleted in another window". */
  what: string;
}

/**
 * A draft-backed edit form of one stored row. `ready(readNow)` merges with the row read this moment and says what to
 * write, or why nothing may be; `shown(label, words)` lists the fields changed on both sides for ConflictChoices.
 */
export function useStoredEdit<Row extends { updatedAt: string }, F>({
  draftKey,
  initial,
  stored,
  formFrom,
  fields,
  what,
}: StoredEdit<Row, F>) {
  // biome-ignore lint/correctness/useExhaustiveDependencies: formFrom is a module function; the stored row decides
  const storedForm = useMemo(() => (stored ? formFrom(stored) : null), [stored]);
  const draft = useDraft<F>(draftKey, initial, { stored: storedForm, fields });

  async function ready(readNow: () => Promise<Row | null | undefined>): Promise<SaveReady<Row, F>> {
    const options = async (now?: Row): Promise<SaveOptions> => ({
      unchangedSince: now?.updatedAt,
      draftKeys: await draft.draftKeysToEnd(),
    });
    if (!stored) return { ok: true, form: draft.value, now: undefined, options: () => options() };
    const now = (await readNow()) ?? undefined;
    if (!now) return { ok: false, message: `This ${what} was deleted in another window, so it cannot be saved.` };
    const merge = draft.mergeWith(formFrom(now));
    if (merge.conflicts.length)
      return { ok: false, message: 'Choose what to keep of the changes made in another window, then save.' };
    return { ok: true, form: merge.mine, now, options: () => options(now) };
  }

  function shown(
    label: (field: keyof F) => string,
    words: (value: F[keyof F], field: keyof F) => string = (value) => inWords(value),
  ): ShownConflict[] {
    return draft.conflicts.map((c) => ({
      field: String(c.field),
      label: label(c.field),
      mine: words(c.mine, c.field),
      theirs: words(c.theirs, c.field),
    }));
  }

  return { ...draft, ready, shown };
}

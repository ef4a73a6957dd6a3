// Drafts of the answer form kept by the previous version, as one array (`{ answers: [...] }`), rewritten once as the
// form keeps them now (one field per item) before the form reads them, so what was typed before the update comes back.
import type { DataLayer } from '../../app/data';
import { answersFormOf, isOldAnswersDraft } from '../../domain/questionnaire-form';
import type { InstrumentId } from '../../domain/questionnaires/catalogue';

/**
 * Rewrites each draft of form `formKey` in the previous version's shape as this form (a window's draft keeps its
 * window; one from before windows had their own stays so); drops one that does not fit `instrument`.
 */
export async function upgradeAnswerDrafts(
  layer: Pick<DataLayer, 'listDrafts' | 'saveDraft' | 'clearDraft'>,
  formKey: string,
  instrument: InstrumentId,
): Promise<void> {
  for (const draft of await layer.listDrafts(formKey)) {
    if (!isOldAnswersDraft(draft.typed)) continue;
    const form = answersFormOf(draft.typed, instrument);
    if (!form) await layer.clearDraft(draft.key);
    else await layer.saveDraft(draft.key, draft.window === null ? form : { typed: form });
  }
}

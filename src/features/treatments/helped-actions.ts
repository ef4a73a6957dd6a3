// Answering Today's "did it help?": the write, the thanks and the Undo (which asks again) in one place.
import { data } from '../../app/data';
import { type HelpedAnswer, helpedAnswerText } from '../../domain/relief';
import type { Treatment } from '../../domain/types';
import { offerUndo } from '../../ui/undo';

/** Stores how much `treatment` helped (null: do not ask again) and offers Undo. Throws if the write failed. */
export async function answerHelped(treatment: Treatment, helped: HelpedAnswer): Promise<void> {
  const layer = await data();
  await layer.answerHelped(treatment.id, helped);
  offerUndo(
    helped === null
      ? `We won’t ask about “${treatment.what}” again.`
      : typeof helped === 'number'
        ? `Thank you — “${treatment.what}” helped ${helpedAnswerText(helped)}.`
        : `Thank you — you noted “${helpedAnswerText(helped)}” for “${treatment.what}”.`,
    () => layer.putTreatmentBack(treatment),
    { undone: 'Asked again.' },
  );
}

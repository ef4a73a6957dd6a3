// One questionnaire to answer (or change): the PEG as three 0–10 scales, the Roland-Morris as 24 statements to tick.
// Every item is labelled for screen readers, the answers are a draft until saved, and Save says what is missing.
import { useState } from 'preact/hooks';
import { data } from '../../app/data';
import { useDraft } from '../../app/drafts';
import { navigate } from '../../app/router';
import { INSTRUMENTS, type InstrumentId } from '../../domain/questionnaires/catalogue';
import { formatScore, scoreAnswers, unansweredMessage } from '../../domain/questionnaires/scoring';
import type { Day, QuestionnaireResponse } from '../../domain/types';
import { describeError } from '../../ui/errors';
import { formatDayLong } from '../../ui/format';
import { PainScale } from '../../ui/PainScale';
import { showToast } from '../../ui/toast';
import { offerUndo, reportError } from '../../ui/undo';

/** The answers being given: null for a PEG item not answered yet; 0 or 1 for each Roland-Morris statement. */
export interface QuestionnaireDraft {
  answers: (number | null)[];
}

const blank = (id: InstrumentId): QuestionnaireDraft => ({
  answers: INSTRUMENTS[id].items.map(() => (id === 'rmdq24' ? 0 : null)),
});

/** The form; `stored` is the answer being changed, else a new answer for `week`. */
export function QuestionnaireForm({
  instrument,
  stored,
  week,
}: {
  instrument: InstrumentId;
  stored: QuestionnaireResponse | null;
  week: Day;
}) {
  const spec = INSTRUMENTS[instrument];
  const draftKey = stored ? `questionnaire:${stored.id}` : `questionnaire:${instrument}:new`;
  const { value, setValue, discard, restored } = useDraft<QuestionnaireDraft>(
    draftKey,
    stored ? { answers: [...stored.answers] } : blank(instrument),
  );
  const [missing, setMissing] = useState<number[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const answers = value.answers.length === spec.items.length ? value.answers : blank(instrument).answers;

  const setAnswer = (i: number, answer: number | null) => {
    setValue((prev) => {
      const next = [...(prev.answers.length === spec.items.length ? prev.answers : blank(instrument).answers)];
      next[i] = answer;
      return { answers: next };
    });
    setMissing((m) => m.filter((j) => j !== i));
    setError(null);
  };

  const save = async (event: Event) => {
    event.preventDefault();
    const unanswered = answers.flatMap((a, i) => (a === null ? [i] : []));
    if (unanswered.length) {
      setMissing(unanswered);
      setError(unansweredMessage(unanswered));
      document.getElementById(`q-item-${unanswered[0]}`)?.querySelector('input')?.focus();
      return;
    }
    setSaving(true);
    try {
      const layer = await data();
      const clean = answers as number[];
      const row = stored
        ? await layer.saveQuestionnaire({ id: stored.id, answers: clean })
        : await layer.saveQuestionnaire({ instrument, answers: clean, week });
      discard(blank(instrument));
      showToast({ message: `${spec.shortName} saved: ${formatScore(instrument, row.score)}.` });
      navigate(stored ? '/history' : '/');
    } catch (saveError) {
      setError(describeError(saveError).message);
    } finally {
      setSaving(false);
    }
  };

  const remove = async () => {
    if (!stored) return;
    try {
      const layer = await data();
      const gone = await layer.deleteQuestionnaire(stored.id);
      discard(blank(instrument));
      navigate('/history');
      if (gone)
        offerUndo(`${spec.shortName} of ${formatDayLong(gone.day)} deleted.`, () =>
          layer.undoDeleteQuestionnaire(gone),
        );
    } catch (error) {
      reportError(error);
    }
  };

  const ticked = instrument === 'rmdq24' ? answers.filter((a) => a === 1).length : null;
  const complete = answers.every((a) => a !== null);

  return (
    <form class="questionnaire-form" onSubmit={save} noValidate>
      {restored && <p class="small muted">Your answers from before are back, not yet saved.</p>}
      <p class="questionnaire-instructions">{spec.instructions}</p>
      {instrument === 'peg' ? (
        spec.items.map((item, i) => (
          <div class="card questionnaire-item" key={item.text} id={`q-item-${i}`}>
            <PainScale
              size="compact"
              id={`peg-${i}`}
              label={
                <>
                  <span class="questionnaire-number">{i + 1}.</span> {item.text}
                </>
              }
              value={answers[i]}
              onChange={(v) => setAnswer(i, v)}
              anchors={item.anchors}
              error={missing.includes(i) ? 'Choose a number from 0 to 10.' : null}
            />
          </div>
        ))
      ) : (
        <fieldset class="card questionnaire-statements">
          <legend class="card-title">Tick each sentence that describes you today</legend>
          <ol class="questionnaire-ticks">
            {spec.items.map((item, i) => (
              <li key={item.text}>
                <label class="questionnaire-tick">
                  <input
                    type="checkbox"
                    checked={answers[i] === 1}
                    onChange={(event) => setAnswer(i, event.currentTarget.checked ? 1 : 0)}
                  />
                  <span>{item.text}</span>
                </label>
              </li>
            ))}
          </ol>
        </fieldset>
      )}
      <p class="questionnaire-score" aria-live="polite">
        {ticked !== null
          ? `${ticked} of 24 ticked: score ${ticked}/24.`
          : complete
            ? `Score: ${formatScore(instrument, scoreAnswers(instrument, answers as number[]))} (the mean of the three).`
            : `${answers.filter((a) => a !== null).length} of 3 answered.`}
      </p>
      {error && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" class="btn btn-primary btn-lg btn-block" disabled={saving}>
        {stored ? 'Save changes' : `Save ${spec.shortName}`}
      </button>
      {stored && (
        <button type="button" class="btn btn-danger btn-block questionnaire-delete" onClick={() => void remove()}>
          Delete this answer
        </button>
      )}
      <p class="small muted questionnaire-source">
        {stored
          ? `Answered ${formatDayLong(stored.day)}. `
          : instrument === 'peg'
            ? `For the week from ${formatDayLong(week)}. `
            : ''}
        {spec.name}. {spec.source.short}. {spec.licence}
      </p>
    </form>
  );
}

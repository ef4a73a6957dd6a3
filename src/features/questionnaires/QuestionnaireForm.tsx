// One questionnaire to answer (or change): the PEG as three 0–10 scales, the Roland-Morris as 24 statements to tick.
// Every item is labelled for screen readers, the answers are a per-window draft until saved, and Save says what is
// missing. Changing a stored answer follows the changes saved in another window item by item (app/stored-edit.ts):
// an item changed there shows here unless it was changed here too; changed on both sides, the person chooses.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { data } from '../../app/data';
import { navigate } from '../../app/router';
import { useStoredEdit } from '../../app/stored-edit';
import {
  type AnswerField,
  type AnswersForm,
  answerFields,
  answersFormFrom,
  answersOf,
  blankAnswersForm,
} from '../../domain/questionnaire-form';
import { INSTRUMENTS, type InstrumentId } from '../../domain/questionnaires/catalogue';
import { formatScore, scoreAnswers, unansweredMessage } from '../../domain/questionnaires/scoring';
import type { Day, QuestionnaireResponse } from '../../domain/types';
import { RestoredNotice } from '../../ui/draft-forms';
import { describeError } from '../../ui/errors';
import { formatDayLong } from '../../ui/format';
import { ConflictChoices, DraftOffers } from '../../ui/MergeNotices';
import { PainScale } from '../../ui/PainScale';
import { upgradeAnswerDrafts } from './answer-drafts';
import { deleteQuestionnaire, saveAnswers } from './actions';

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
  const draftKey = stored ? `questionnaire:${stored.id}` : `questionnaire:${instrument}:new`;
  // Drafts the previous version kept as one array are rewritten item by item before the form reads them.
  const [upgraded, setUpgraded] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    data()
      .then((layer) => upgradeAnswerDrafts(layer, draftKey, instrument))
      .catch((error) => console.error('Drafts not read', error))
      .finally(() => live && setUpgraded(draftKey));
    return () => {
      live = false;
    };
  }, [draftKey, instrument]);
  if (upgraded !== draftKey)
    return (
      <p class="muted" aria-busy="true">
        Loading…
      </p>
    );
  return <AnswerForm instrument={instrument} stored={stored} week={week} draftKey={draftKey} />;
}

/** An answer in words, where the person chooses between two windows' answers to one item. */
function answerInWords(instrument: InstrumentId, answer: number | null | undefined): string {
  if (instrument === 'rmdq24') return answer === 1 ? 'ticked' : 'not ticked';
  return answer === null || answer === undefined ? 'not answered' : `${answer} of 10`;
}

/** An unsaved draft in a few words, where drafts left by closed windows are offered. */
function draftInWords(instrument: InstrumentId, form: AnswersForm): string {
  const answers = answersOf(form, instrument);
  if (instrument === 'rmdq24') {
    const ticked = answers.filter((a) => a === 1).length;
    return `${ticked} of 24 ticked`;
  }
  return answers.map((a, i) => `${i + 1}: ${a ?? '–'}`).join(', ');
}

function AnswerForm({
  instrument,
  stored,
  week,
  draftKey,
}: {
  instrument: InstrumentId;
  stored: QuestionnaireResponse | null;
  week: Day;
  draftKey: string;
}) {
  const spec = INSTRUMENTS[instrument];
  const fields = useMemo(() => answerFields(instrument), [instrument]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: once per form (it is keyed by answer): a live update must not reset what is chosen
  const initial = useMemo(() => (stored ? answersFormFrom(stored) : blankAnswersForm(instrument)), []);
  // What is chosen is a draft of this window's own, and a change follows the answer's changes saved elsewhere.
  const edit = useStoredEdit({
    draftKey,
    initial,
    stored,
    formFrom: answersFormFrom,
    fields,
    what: 'answer',
  });
  const [missing, setMissing] = useState<number[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const answers = answersOf(edit.value, instrument);

  const setAnswer = (i: number, answer: number | null) => {
    edit.setValue((prev) => ({ ...prev, [`a${i}`]: answer }));
    setMissing((m) => m.filter((j) => j !== i));
    setError(null);
  };

  const save = async (event: Event) => {
    event.preventDefault();
    if (saving) return;
    const unanswered = answers.flatMap((a, i) => (a === null ? [i] : []));
    if (unanswered.length) {
      setMissing(unanswered);
      setError(unansweredMessage(unanswered));
      document.getElementById(`q-item-${unanswered[0]}`)?.querySelector('input')?.focus();
      return;
    }
    setSaving(true);
    setError(null);
    try {
      const layer = await data();
      const ready = await edit.ready(() => layer.getQuestionnaire(stored!.id));
      if (!ready.ok) return setError(ready.message);
      // Every answer is checked again by the data layer, which refuses a missing one.
      const clean = answersOf(ready.form, instrument) as number[];
      // The row and the end of its drafts in one transaction: a crash right after Save keeps both or neither.
      const options = await ready.options();
      await saveAnswers(
        instrument,
        stored ? { id: stored.id, answers: clean } : { instrument, answers: clean, week },
        options,
        () => edit.saved(),
      );
      navigate(stored ? '/history' : '/');
    } catch (saveError) {
      setError(describeError(saveError).message);
    } finally {
      setSaving(false);
    }
  };

  const remove = async () => {
    if (!stored) return;
    await deleteQuestionnaire(stored.id, spec.shortName, () => edit.discard());
  };

  const ticked = instrument === 'rmdq24' ? answers.filter((a) => a === 1).length : null;
  const complete = answers.every((a) => a !== null);

  return (
    <form class="questionnaire-form" onSubmit={save} noValidate>
      <DraftOffers
        what="answer"
        offers={edit.offers.map((o) => ({
          key: o.key,
          typedAt: o.typedAt,
          summary: draftInWords(instrument, o.value),
        }))}
        onTake={edit.takeOffer}
        onDrop={edit.dropOffer}
      />
      <ConflictChoices
        conflicts={edit.shown(
          (field) => itemLabel(instrument, field),
          (value) => answerInWords(instrument, value),
        )}
        onChoose={(field, keep) => {
          edit.settle({ [field as AnswerField]: keep });
          setError(null);
        }}
      />
      {edit.restored && (
        <RestoredNotice
          what="questionnaire"
          discardLabel={stored ? 'Undo my changes' : 'Start again'}
          onDiscard={() => edit.discard(initial)}
        />
      )}
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

/** An item's name where the person chooses between two windows' answers: its number and its words. */
function itemLabel(instrument: InstrumentId, field: AnswerField): string {
  const i = Number(field.slice(1));
  return `${i + 1}. ${INSTRUMENTS[instrument].items[i]?.text ?? ''}`;
}

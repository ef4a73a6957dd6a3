// Set or change a goal: what it tracks, baseline (pre-filled with the last 7 days' mean), target, start and due day,
// with a live sentence preview. Autosaved as a draft; checked next to each field on Save.
import { data } from '../../app/data';
import { useStoredEdit } from '../../app/stored-edit';
import { REGIONS } from '../../domain/catalog';
import {
  checkGoalForm,
  goalFormFrom,
  parseAmount,
  suggestedBaseline,
  type GoalField,
  type GoalForm as Form,
} from '../../domain/goal-form';
import type { Activity, Checkin, Day, Goal, GoalKind, Measure } from '../../domain/types';
import { RadioChips } from '../../ui/ChoiceChips';
import { Field } from '../../ui/Field';
import { ConflictChoices, DraftOffers, inWords } from '../../ui/MergeNotices';
import { useSubmit } from '../../ui/use-submit';
import { formatNumber } from '../../ui/format';
import { goalNames, goalNumber, goalSentence } from './goal-text';
import { percentText, relativeTarget } from '../../domain/relative-target';
import { DUE_PICKS, dueAfter, parseTypedTarget, readGoalTarget } from '../../domain/goal-target';
import { RestoredNotice } from '../../ui/draft-forms';
import { saveGoalWithUndo } from './save-goal';

interface GoalFormProps {
  draftKey: string;
  initial: Form;
  /** The stored goal being changed; null for a new one. */
  stored: Goal | null;
  activities: Activity[];
  measures: Measure[];
  /** The check-ins of the last 7 days, for the suggested baseline. */
  checkins: Checkin[];
  today: Day;
}

/** The goal fields two windows merge (not the form's bookkeeping), with their names where the person chooses. */
const GOAL_LABELS = {
  kind: 'What the goal is about',
  ref: 'Which one',
  baseline: 'Baseline',
  target: 'Target',
  startDay: 'Start day',
  dueDay: 'Due day',
} as const satisfies Partial<Record<keyof Form, string>>;
const GOAL_FIELDS = Object.keys(GOAL_LABELS) as (keyof typeof GOAL_LABELS)[];

/** The data-layer fields that have their own place in the form. */
const LAYER_FIELDS: readonly GoalField[] = ['ref', 'baseline', 'target', 'startDay', 'dueDay'];

const KINDS: { id: GoalKind; label: string }[] = [
  { id: 'pain', label: 'Overall pain' },
  { id: 'region', label: 'Pain in one area' },
  { id: 'activity', label: 'An activity' },
  { id: 'measure', label: 'A measure' },
];

const SCALE_HINT: Record<GoalKind, string> = {
  pain: '0 = no pain, 10 = worst imaginable.',
  region: '0 = no pain, 10 = worst imaginable.',
  activity: '0 = unable, 10 = as well as before the problem.',
  measure: '',
};

/** The goal form with its preview and Save. */
export function GoalForm({ draftKey, initial, stored, activities, measures, checkins, today }: GoalFormProps) {
  // An edit follows the goal's changes made in other windows for every field not touched here (app/stored-edit.ts).
  const draft = useStoredEdit({
    draftKey,
    initial,
    stored,
    formFrom: goalFormFrom,
    fields: GOAL_FIELDS,
    what: 'goal',
  });
  const { value: form, setValue, discard, restored } = draft;
  const {
    formRef,
    errors,
    busy,
    clear,
    refuse,
    save: run,
  } = useSubmit<GoalField>((field) => (LAYER_FIELDS.includes(field as GoalField) ? (field as GoalField) : undefined));

  const set = (patch: Partial<Form>, ...fields: GoalField[]) => {
    clear(...fields);
    setValue((prev) => ({ ...prev, ...patch }));
  };

  // The goal's own activity or measure stays choosable even if it was archived since.
  const activityOptions = activities.filter(
    (a) => a.archivedAt === null || (form.kind === 'activity' && a.id === form.ref),
  );
  const measureOptions = measures.filter(
    (m) => m.archivedAt === null || (form.kind === 'measure' && m.id === form.ref),
  );
  const measure = form.kind === 'measure' ? measures.find((m) => m.id === form.ref) : undefined;
  const unit = measure?.unit ?? '';

  const suggestion = suggestedBaseline(form.kind, form.ref, checkins, today);
  const baseline = form.baselineTouched || suggestion === null ? form.baseline : String(suggestion);
  const names = goalNames(activities, measures);
  const from = parseAmount(baseline);
  const typed = parseTypedTarget(form.target);
  const percent = typed?.kind === 'relative' && form.kind !== 'activity' && typed.percent !== 0 ? typed.percent : null;
  const to =
    typed?.kind === 'absolute' ? typed.value : percent !== null && from !== null ? relativeTarget(from, percent) : null;
  const chosen = form.kind === 'pain' || form.ref !== '';
  const preview =
    chosen && from !== null && to !== null
      ? goalSentence(
          {
            kind: form.kind,
            ref: form.kind === 'pain' ? null : form.ref,
            baseline: from,
            target: to,
            targetPercent: percent,
            dueDay: form.dueDay,
          },
          names,
          today,
        )
      : null;

  async function save() {
    // Merged with the goal as stored this moment, so a save never reverts what another window saved.
    const ready = await draft.ready(async () => (await data()).getGoal(stored!.id));
    if (!ready.ok) return refuse({ form: ready.message });
    const { form: merged, now } = ready;
    const shownBaseline = merged.baselineTouched || suggestion === null ? merged.baseline : String(suggestion);
    const checked = checkGoalForm(merged, shownBaseline, {
      today,
      isNew: !stored,
      measureBetter: measure?.better,
      readTarget: readGoalTarget,
    });
    if (!checked.ok) {
      refuse(checked.errors);
      return;
    }
    await run(() =>
      saveGoalWithUndo(
        { ...checked.goal, ...(now ? { id: now.id } : {}) },
        now,
        () => ready.options(),
        (row) => goalSentence(row, names, today),
        () => draft.saved(),
      ),
    );
  }

  const numberField = (field: 'baseline' | 'target', label: string, value: string, hint: string) => (
    <Field id={`goal-${field}`} label={label} hint={hint || undefined} error={errors[field]}>
      {(control) => (
        <div class="goal-amount">
          <input
            {...control}
            class="input"
            type="text"
            inputMode="decimal"
            autoComplete="off"
            value={value}
            onInput={(event) =>
              set(
                field === 'baseline'
                  ? { baseline: event.currentTarget.value, baselineTouched: true }
                  : { target: event.currentTarget.value },
                field,
              )
            }
          />
          {unit && <span class="goal-unit">{unit}</span>}
        </div>
      )}
    </Field>
  );

  const baselineHint = [
    !chosen
      ? ''
      : suggestion !== null
        ? form.baselineTouched && baseline !== String(suggestion)
          ? `Your average over the last 7 days is ${formatNumber(suggestion)}.`
          : 'Your average over the last 7 days. Change it if your therapist measured another.'
        : 'No check-ins with this in the last 7 days: enter where it is now.',
    SCALE_HINT[form.kind],
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <form
      ref={formRef}
      class="goal-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <DraftOffers
        what="goal"
        offers={draft.offers.map((o) => ({
          key: o.key,
          typedAt: o.typedAt,
          summary: `${inWords(o.value.baseline)} → ${inWords(o.value.target)}`,
        }))}
        onTake={draft.takeOffer}
        onDrop={draft.dropOffer}
      />
      <ConflictChoices
        conflicts={draft.shown((field) => GOAL_LABELS[field as (typeof GOAL_FIELDS)[number]])}
        onChoose={(field, keep) => {
          draft.settle({ [field]: keep });
          clear();
        }}
      />
      {restored && (
        <RestoredNotice
          what="goal"
          discardLabel={stored ? 'Undo my changes' : 'Start again'}
          onDiscard={() => discard(initial)}
        />
      )}
      <div class="card">
        <RadioChips
          legend="What is this goal about?"
          name="goal-kind"
          options={KINDS}
          value={form.kind}
          onChange={(kind) =>
            set({ kind, ref: '', baseline: '', baselineTouched: false, target: '' }, 'ref', 'baseline', 'target')
          }
        />

        {form.kind === 'region' && (
          <Field id="goal-ref" label="Which area?" error={errors.ref}>
            {(control) => (
              <select
                {...control}
                class="input"
                value={form.ref}
                onChange={(event) =>
                  set({ ref: event.currentTarget.value, baselineTouched: false, baseline: '' }, 'ref', 'baseline')
                }
              >
                <option value="">Choose an area</option>
                {REGIONS.map((region) => (
                  <option key={region.id} value={region.id}>
                    {region.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        {(form.kind === 'activity' || form.kind === 'measure') && (
          <RefSelect
            kind={form.kind}
            value={form.ref}
            options={form.kind === 'activity' ? activityOptions : measureOptions}
            error={errors.ref}
            onChange={(ref) => set({ ref, baselineTouched: false, baseline: '' }, 'ref', 'baseline')}
          />
        )}

        {numberField('baseline', 'Baseline: where it is now', baseline, baselineHint)}
        {numberField(
          'target',
          'Target',
          form.target,
          [
            form.kind === 'activity'
              ? 'Higher is better.'
              : form.kind === 'measure'
                ? measure
                  ? `${measure.better === 'lower' ? 'Lower' : 'Higher'} is better.`
                  : ''
                : 'Lower is better.',
            form.kind === 'activity' ? '' : 'A figure, or a change from the baseline such as −20 %.',
            percent !== null && from !== null && to !== null
              ? `${percentText(percent)} of ${formatNumber(from)} is ${goalNumber(to, unit)}.`
              : '',
          ]
            .filter(Boolean)
            .join(' '),
        )}

        <div class="goal-days">
          <Field id="goal-start" label="Start day" error={errors.startDay}>
            {(control) => (
              <input
                {...control}
                class="input"
                type="date"
                value={form.startDay}
                onInput={(event) => set({ startDay: event.currentTarget.value }, 'startDay', 'dueDay')}
              />
            )}
          </Field>
          <Field id="goal-due" label="Due day" error={errors.dueDay}>
            {(control) => (
              <input
                {...control}
                class="input"
                type="date"
                value={form.dueDay}
                min={form.startDay || undefined}
                onInput={(event) => set({ dueDay: event.currentTarget.value }, 'dueDay')}
              />
            )}
          </Field>
        </div>
        {/* biome-ignore lint/a11y/useSemanticElements: a row of buttons, not form fields: a fieldset would bring its own border, padding and legend rules */}
        <div class="goal-weeks" role="group" aria-labelledby="goal-weeks-label">
          <p id="goal-weeks-label" class="field-label">
            Due in
          </p>
          <div class="btn-row">
            {DUE_PICKS.map((pick) => (
              <button
                key={pick.label}
                type="button"
                class="btn goal-week"
                aria-pressed={!!form.startDay && form.dueDay === dueAfter(form.startDay, pick)}
                disabled={!form.startDay}
                onClick={() => set({ dueDay: dueAfter(form.startDay, pick) }, 'dueDay')}
              >
                {pick.label}
              </button>
            ))}
          </div>
        </div>
      </div>

      <div class="goal-preview card" aria-live="polite">
        <p class="goal-preview-label">Your goal</p>
        <p class="goal-preview-text">
          {preview ?? <span class="muted">Fill in what it is about, the baseline and the target.</span>}
        </p>
      </div>

      {errors.form && (
        <p class="notice notice-danger" role="alert">
          {errors.form}
        </p>
      )}
      <button type="submit" class="btn btn-primary btn-lg btn-block" disabled={busy}>
        {stored ? 'Save changes' : 'Set this goal'}
      </button>
    </form>
  );
}

function RefSelect({
  kind,
  value,
  options,
  error,
  onChange,
}: {
  kind: 'activity' | 'measure';
  value: string;
  options: { id: string; name: string }[];
  error?: string;
  onChange: (ref: string) => void;
}) {
  const label = kind === 'activity' ? 'Which activity?' : 'Which measure?';
  if (options.length === 0) {
    return (
      <p class="notice goal-none">
        You have no {kind === 'activity' ? 'activities' : 'measures'} yet.{' '}
        <a href="/activities">Add one in Activities and measures</a>, then come back: what you typed here is kept.
      </p>
    );
  }
  return (
    <Field id="goal-ref" label={label} error={error}>
      {(control) => (
        <select {...control} class="input" value={value} onChange={(event) => onChange(event.currentTarget.value)}>
          <option value="">{kind === 'activity' ? 'Choose an activity' : 'Choose a measure'}</option>
          {options.map((option) => (
            <option key={option.id} value={option.id}>
              {option.name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

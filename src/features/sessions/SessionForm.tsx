// Record or edit a session: every field of a session (src/domain/README.md), autosaved as a draft, checked next to each field on Save.
import { data } from '../../app/data';
import { useStoredEdit } from '../../app/stored-edit';
import { AFTERCARE, NAME_MAX, NOTE_MAX, PRESSURES, TECHNIQUES } from '../../domain/catalog';
import { localDay } from '../../domain/days';
import { parseLocalDateTime, toLocalDateTime } from '../../domain/local-datetime';
import { recentProviders } from '../../domain/names';
import {
  checkSessionForm,
  editedFields,
  sessionFormFrom,
  shownPainBefore,
  type SessionField,
  type SessionForm as Form,
} from '../../domain/session-form';
import { latestOnDay } from '../../domain/today';
import type { Session } from '../../domain/types';
import { CheckboxChips, RadioChips } from '../../ui/ChoiceChips';
import { Field } from '../../ui/Field';
import { describeError } from '../../ui/errors';
import { ConflictChoices, DraftOffers, inWords } from '../../ui/MergeNotices';
import { useSubmit } from '../../ui/use-submit';
import { formatDay, formatTime } from '../../ui/format';
import { PainScale, SORENESS_ANCHORS } from '../../ui/PainScale';
import { RegionPicker } from '../../ui/RegionPicker';
import { withUnit } from '../../domain/sentence';
import { painDropText } from './session-text';
import { useDayCheckins, useSessions } from './useSessions';
import { RestoredNotice } from '../../ui/draft-forms';
import { SameAsLastTime } from './SameAsLastTime';
import { deleteSessionWithUndo } from './delete-session';
import { saveSessionWithUndo } from './save-session';

interface SessionFormProps {
  draftKey: string;
  initial: Form;
  /** The stored session being edited; null when recording a new one. */
  stored: Session | null;
  /** Where Save and the back link go (and Delete, unless `afterDelete` says otherwise). */
  back: { href: string; label: string };
  /** Where Delete goes: the list, since the session's own view is gone with it. */
  afterDelete?: string;
}

/** Data-layer field paths → the form field that shows their message. */
const LAYER_FIELDS: Record<string, SessionField> = {
  at: 'at',
  durationMin: 'duration',
  nextAppointment: 'nextAppointment',
  aftercareOther: 'aftercareOther',
  note: 'note',
  provider: 'provider',
};

/** The session fields two windows merge (not the form's bookkeeping), with their names where the person chooses. */
const SESSION_LABELS = {
  at: 'Day and time',
  provider: 'Therapist or clinic',
  techniques: 'Techniques',
  pressure: 'Pressure',
  duration: 'Duration in minutes',
  areas: 'Areas worked',
  painBefore: 'Pain before',
  painAfter: 'Pain after',
  soreness24: 'Soreness the next day',
  soreness48: 'Soreness the day after',
  aftercare: 'Aftercare',
  aftercareOther: 'Other aftercare',
  note: 'Note',
  nextAppointment: 'Next appointment',
} as const satisfies Partial<Record<keyof Form, string>>;
const SESSION_FIELDS = Object.keys(SESSION_LABELS) as (keyof typeof SESSION_LABELS)[];

const DURATION_PICKS = [30, 45, 60, 90];
const NOTE_COUNTER_FROM = NOTE_MAX - 200;

/** The whole session form, from the time to the next appointment, with Save (and Delete when editing). */
export function SessionForm({ draftKey, initial, stored, back, afterDelete = back.href }: SessionFormProps) {
  // An edit follows the session's changes made in other windows for every field not touched here (app/stored-edit.ts).
  const draft = useStoredEdit({
    draftKey,
    initial,
    stored,
    formFrom: sessionFormFrom,
    fields: SESSION_FIELDS,
    what: 'session',
  });
  const { value: form, setValue, discard, restored } = draft;
  const {
    formRef,
    errors,
    busy,
    clear,
    refuse,
    save: run,
  } = useSubmit<SessionField>((layerField) => LAYER_FIELDS[layerField.split('.')[0]]);

  const set = <K extends keyof Form>(key: K, value: Form[K], field?: SessionField) => {
    if (field) clear(field);
    else clear();
    setValue((prev) => ({
      ...prev,
      [key]: value,
      edited: prev.edited?.includes(key) ? prev.edited : [...(prev.edited ?? []), key],
    }));
  };

  const sessions = useSessions();
  const providers = sessions ? recentProviders(sessions) : [];
  const when = parseLocalDateTime(form.at);
  const day = when ? localDay(when) : null;
  const dayCheckins = useDayCheckins(day);
  const source = day && dayCheckins ? latestOnDay(dayCheckins, day) : null;
  const prefill = source?.pain ?? null;
  const painBefore = shownPainBefore(form, prefill);
  const prefilled = !form.painBeforeTouched && source !== null;
  const now = new Date();

  async function save() {
    // Merged with the session as stored this moment, so a save never reverts what another window saved.
    const ready = await draft.ready(async () => (await data()).getSession(stored!.id));
    if (!ready.ok) return refuse({ form: ready.message });
    const { form: merged, now } = ready;
    const checked = checkSessionForm(merged, {
      now: new Date(),
      painBeforeShown: prefill,
      storedAt: now?.at,
      noteMax: NOTE_MAX,
      nameMax: NAME_MAX,
    });
    if (!checked.ok) {
      refuse(checked.errors);
      return;
    }
    await run(() => {
      // An edit writes only what was changed here; aftercare ticked as done stays ticked for items still given.
      const fields = now ? editedFields(checked.session, merged.edited ?? []) : checked.session;
      const done =
        now && fields.aftercare
          ? { aftercareDone: now.aftercareDone.filter((id) => fields.aftercare!.includes(id)) }
          : {};
      return saveSessionWithUndo(
        { ...fields, ...done, ...(now ? { id: now.id } : {}) },
        now,
        () => ready.options(),
        back.href,
        () => draft.saved(),
      );
    });
  }

  async function remove() {
    if (!stored) return;
    try {
      await deleteSessionWithUndo(stored.id, afterDelete, () => discard());
    } catch (e) {
      refuse({ form: describeError(e).message });
    }
  }

  const noteLength = form.note.trim().length;
  const drop = painDropText(painBefore, form.painAfter);

  return (
    <form
      ref={formRef}
      class="session-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <DraftOffers
        what="session"
        offers={draft.offers.map((o) => ({
          key: o.key,
          typedAt: o.typedAt,
          summary: inWords(o.value.provider || o.value.at),
        }))}
        onTake={draft.takeOffer}
        onDrop={draft.dropOffer}
      />
      <ConflictChoices
        conflicts={draft.shown((field) => SESSION_LABELS[field as (typeof SESSION_FIELDS)[number]])}
        onChoose={(field, keep) => {
          draft.settle({ [field]: keep });
          clear();
        }}
      />
      {restored && (
        <RestoredNotice
          what="session"
          discardLabel={stored ? 'Undo my changes' : 'Start again'}
          onDiscard={() => discard(initial)}
        />
      )}

      {!stored && <SameAsLastTime sessions={sessions} form={form} onFill={(next) => setValue(() => next)} />}

      <section class="card" aria-labelledby="session-when-title">
        <h2 id="session-when-title" class="card-title">
          When and who
        </h2>
        <Field id="session-at" label="Day and time" error={errors.at}>
          {(control) => (
            <input
              {...control}
              class="input"
              type="datetime-local"
              value={form.at}
              max={toLocalDateTime(now)}
              required
              onInput={(event) => set('at', event.currentTarget.value, 'at')}
            />
          )}
        </Field>
        <Field id="session-provider" label="Therapist or clinic (optional)" error={errors.provider}>
          {(control) => (
            <>
              <input
                {...control}
                class="input"
                type="text"
                list="session-providers"
                autoComplete="off"
                value={form.provider}
                onInput={(event) => set('provider', event.currentTarget.value, 'provider')}
              />
              <datalist id="session-providers">
                {providers.map((provider) => (
                  <option key={provider} value={provider} />
                ))}
              </datalist>
            </>
          )}
        </Field>
      </section>

      <section class="card" aria-labelledby="session-what-title">
        <h2 id="session-what-title" class="card-title">
          What was done
        </h2>
        <CheckboxChips
          legend="Techniques"
          name="session-techniques"
          options={TECHNIQUES}
          selected={form.techniques}
          onChange={(next) => set('techniques', next)}
        />
        <RadioChips
          legend="Pressure"
          name="session-pressure"
          options={PRESSURES}
          value={form.pressure}
          onChange={(next) => set('pressure', next)}
        >
          {form.pressure && (
            <button type="button" class="btn btn-quiet session-clear" onClick={() => set('pressure', null)}>
              Clear<span class="visually-hidden"> pressure</span>
            </button>
          )}
        </RadioChips>
        <Field id="session-duration" label="Duration in minutes (optional)" error={errors.duration}>
          {(control) => (
            <div class="session-duration-row">
              <input
                {...control}
                class="input session-duration"
                type="text"
                inputMode="numeric"
                autoComplete="off"
                value={form.duration}
                onInput={(event) => set('duration', event.currentTarget.value, 'duration')}
              />
              {/* biome-ignore lint/a11y/useSemanticElements: a row of buttons, not form fields: a fieldset would bring its own border, padding and legend rules */}
              <div class="session-picks" role="group" aria-label="Common lengths">
                {DURATION_PICKS.map((minutes) => (
                  <button
                    key={minutes}
                    type="button"
                    class="btn session-pick"
                    aria-pressed={form.duration.trim() === String(minutes)}
                    onClick={() => set('duration', String(minutes), 'duration')}
                  >
                    {minutes}
                    <span class="visually-hidden"> minutes</span>
                  </button>
                ))}
              </div>
            </div>
          )}
        </Field>
        <RegionPicker
          label="Areas worked"
          hint="Tap the body or choose from the list."
          selected={form.areas}
          onChange={(next) => set('areas', next)}
        />
      </section>

      <section class="card" aria-labelledby="session-pain-title">
        <h2 id="session-pain-title" class="card-title">
          Pain before and after
        </h2>
        <PainScale
          id="session-pain-before"
          size="compact"
          label="Pain before the session"
          value={painBefore}
          clearable
          hint={
            prefilled && source
              ? `From your ${formatTime(source.at)} check-in${day === localDay() ? '' : ` on ${formatDay(source.day)}`}. Change it if it was different.`
              : undefined
          }
          onChange={(value) => {
            set('painBefore', value);
            set('painBeforeTouched', true);
          }}
        />
        <PainScale
          id="session-pain-after"
          size="compact"
          label="Pain after the session"
          value={form.painAfter}
          clearable
          onChange={(value) => set('painAfter', value)}
        />
        {drop && (
          <p class="session-drop" aria-live="polite">
            Pain {painBefore} → {form.painAfter}:{' '}
            <strong>{drop === 'no change' ? 'no change' : withUnit(drop, 'points')}</strong>
          </p>
        )}
        {stored && (
          <div class="session-soreness">
            <h3>Soreness afterwards</h3>
            <p class="field-hint">Today asks for these the day after the session and the day after that.</p>
            <PainScale
              id="session-soreness-24"
              size="compact"
              label="The next day (24 hours)"
              anchors={SORENESS_ANCHORS}
              value={form.soreness24}
              clearable
              onChange={(value) => set('soreness24', value)}
            />
            <PainScale
              id="session-soreness-48"
              size="compact"
              label="The day after that (48 hours)"
              anchors={SORENESS_ANCHORS}
              value={form.soreness48}
              clearable
              onChange={(value) => set('soreness48', value)}
            />
          </div>
        )}
      </section>

      <section class="card" aria-labelledby="session-after-title">
        <h2 id="session-after-title" class="card-title">
          Aftercare and next time
        </h2>
        <CheckboxChips
          legend="Aftercare your therapist suggested"
          name="session-aftercare"
          options={AFTERCARE}
          selected={form.aftercare}
          hint="Today shows these as a checklist for three days."
          onChange={(next) => set('aftercare', next, 'aftercareOther')}
        >
          {form.aftercare.includes('other') && (
            <Field
              id="session-aftercare-other"
              label="Other aftercare"
              error={errors.aftercareOther}
              class="session-other"
            >
              {(control) => (
                <input
                  {...control}
                  class="input"
                  type="text"
                  autoComplete="off"
                  value={form.aftercareOther}
                  onInput={(event) => set('aftercareOther', event.currentTarget.value, 'aftercareOther')}
                />
              )}
            </Field>
          )}
        </CheckboxChips>
        <Field id="session-note" label="Note (optional)" error={errors.note} describedByAlso={['session-note-count']}>
          {(control) => (
            <>
              <textarea
                {...control}
                class="input"
                rows={3}
                value={form.note}
                onInput={(event) => set('note', event.currentTarget.value, 'note')}
              />
              <p
                id="session-note-count"
                class={`small session-count ${noteLength > NOTE_MAX ? 'is-over' : ''}`}
                aria-live="polite"
              >
                {noteLength >= NOTE_COUNTER_FROM
                  ? `${noteLength.toLocaleString('en')} of ${NOTE_MAX.toLocaleString('en')} characters`
                  : ''}
              </p>
            </>
          )}
        </Field>
        <Field id="session-next" label="Next appointment (optional)" error={errors.nextAppointment}>
          {(control) => (
            <div class="session-next-row">
              <input
                {...control}
                class="input"
                type="datetime-local"
                value={form.nextAppointment}
                min={form.at || undefined}
                onInput={(event) => set('nextAppointment', event.currentTarget.value, 'nextAppointment')}
              />
              {form.nextAppointment && (
                <button
                  type="button"
                  class="btn btn-quiet"
                  onClick={() => set('nextAppointment', '', 'nextAppointment')}
                >
                  Clear<span class="visually-hidden"> next appointment</span>
                </button>
              )}
            </div>
          )}
        </Field>
      </section>

      {errors.form && (
        <p class="notice notice-danger" role="alert">
          {errors.form}
        </p>
      )}
      <div class="action-bar">
        <button type="submit" class="btn btn-primary btn-lg" disabled={busy}>
          {stored ? 'Save changes' : 'Save session'}
        </button>
      </div>
      {stored && (
        <button type="button" class="btn btn-danger btn-block session-delete" onClick={() => void remove()}>
          Delete this session
        </button>
      )}
    </form>
  );
}

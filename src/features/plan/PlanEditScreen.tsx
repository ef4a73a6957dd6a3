// /plan/new adds a home-programme item (pre-filled from a session's aftercare with ?session=…&aftercare=…);
// /plan/:id/edit changes one. Every value is checked again by the data layer, which says what it would accept.
import { useMemo, useState } from 'preact/hooks';
import { data, useLiveQuery } from '../../app/data';
import { useStoredEdit } from '../../app/stored-edit';
import { navigate } from '../../app/router';
import type { RouteProps } from '../../app/route-props';
import { AFTERCARE, type AftercareId, AFTERCARE_IDS, NAME_MAX, NOTE_MAX, labelOf } from '../../domain/catalog';
import { localDay } from '../../domain/days';
import { AFTERCARE_TO_KIND, AMOUNT_UNITS, MAX_TIMES_A_DAY, PLAN_KINDS } from '../../domain/plan-catalog';
import { newPlanForm, PLAN_FORM_FIELDS, type PlanForm, planFormFrom, planItemFields } from '../../domain/plan-form';
import type { PlanItem, Session } from '../../domain/types';
import { RadioChips } from '../../ui/ChoiceChips';
import { fieldError } from '../../ui/field-error';
import { describedBy, Field } from '../../ui/Field';
import { formatDay } from '../../ui/format';
import { ConflictChoices, DraftOffers, inWords } from '../../ui/MergeNotices';
import { RestoredNotice } from '../../ui/draft-forms';
import { Screen } from '../../ui/Screen';
import { savePlanItemAndSay } from './item-actions';
import './plan.css';

const BACK = { href: '/plan', label: 'Your plan' };

/** Each field's name where the person chooses between two windows' values. */
const PLAN_LABELS: Record<keyof PlanForm, string> = {
  name: 'What to do',
  kind: 'Kind',
  per: 'How often',
  times: 'Times a day, or days a week',
  amount: 'Amount each time',
  amountUnit: 'Counted in',
  note: 'Note',
};

const PER = [
  { id: 'day', label: 'Every day' },
  { id: 'week', label: 'Some days each week' },
] as const;

/** A field's value as the form shows it. */
function planValueInWords(value: PlanForm[keyof PlanForm], field: keyof PlanForm): string {
  if (field === 'kind') return labelOf(PLAN_KINDS, value);
  if (field === 'per') return labelOf(PER, value);
  if (field === 'amountUnit') return labelOf(AMOUNT_UNITS, value);
  return inWords(value);
}

/** Add or change a plan item. */
export default function PlanEditScreen({ params, query }: RouteProps) {
  const item = useLiveQuery((layer) => (params.id ? layer.getPlanItem(params.id) : Promise.resolve(null)), [params.id]);
  const sessionId = query.get('session');
  const aftercareParam = query.get('aftercare');
  const aftercare = aftercareParam && AFTERCARE_IDS.has(aftercareParam) ? (aftercareParam as AftercareId) : null;
  const session = useLiveQuery(
    (layer) => (sessionId ? layer.getSession(sessionId).then((s) => s ?? null) : Promise.resolve(null)),
    [sessionId],
  );
  const title = params.id ? 'Change plan item' : 'Add to your plan';
  if (item === undefined || session === undefined)
    return (
      <Screen title={title} back={BACK}>
        <p class="muted" aria-busy="true">
          Loading…
        </p>
      </Screen>
    );
  if (params.id && !item)
    return (
      <Screen title="Plan item not found" back={BACK}>
        <p>It may have been removed in another tab.</p>
      </Screen>
    );
  return (
    <Screen title={title} back={BACK}>
      {session && aftercare && (
        <p class="muted plan-form-from">
          Suggested at your session on {formatDay(session.day)}
          {session.provider ? ` with ${session.provider}` : ''}: {aftercareName(session, aftercare)}.
        </p>
      )}
      <PlanItemForm key={item?.id ?? 'new'} item={item ?? null} session={session} aftercare={aftercare} />
    </Screen>
  );
}

function aftercareName(session: Session, id: AftercareId): string {
  return id === 'other' && session.aftercareOther.trim() ? session.aftercareOther.trim() : labelOf(AFTERCARE, id);
}

function PlanItemForm({
  item,
  session,
  aftercare,
}: {
  item: PlanItem | null;
  session: Session | null;
  aftercare: AftercareId | null;
}) {
  // biome-ignore lint/correctness/useExhaustiveDependencies: once per form (it is keyed by item): a live update of the item must not reset what is typed
  const initial = useMemo(
    () =>
      item
        ? planFormFrom(item)
        : newPlanForm(
            session && aftercare ? aftercareName(session, aftercare) : '',
            (aftercare && AFTERCARE_TO_KIND[aftercare]) || 'stretch',
          ),
    [],
  );
  // What is typed is a draft of this window's own, and an edit follows the item's changes saved elsewhere.
  const edit = useStoredEdit({
    draftKey: item ? `plan:${item.id}` : session && aftercare ? `plan:new:${session.id}:${aftercare}` : 'plan:new',
    initial,
    stored: item,
    formFrom: planFormFrom,
    fields: PLAN_FORM_FIELDS,
    what: 'plan item',
  });
  const values = edit.value;
  const [error, setError] = useState<{ field: string; message: string } | null>(null);
  const [saving, setSaving] = useState(false);
  const set = <K extends keyof PlanForm>(key: K, value: PlanForm[K]) => {
    setError(null);
    edit.setValue((v) => ({ ...v, [key]: value }));
  };
  const errorFor = (...fields: string[]) => (error && fields.includes(error.field) ? error.message : null);

  const save = async (event: Event) => {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    setError(null);
    try {
      const layer = await data();
      const ready = await edit.ready(() => layer.getPlanItem(item!.id));
      if (!ready.ok) return setError({ field: 'form', message: ready.message });
      // The row and the end of its drafts in one transaction: a crash right after Save keeps both or neither.
      await savePlanItemAndSay(
        {
          ...(item ? { id: item.id } : {}),
          ...planItemFields(ready.form),
          ...(!item && session && aftercare ? { sessionId: session.id, aftercare } : {}),
        },
        localDay(),
        await ready.options(),
        Boolean(item),
        () => edit.saved(),
      );
      navigate(session && !item ? `/sessions/${encodeURIComponent(session.id)}` : '/plan');
    } catch (failure) {
      setError(fieldError(failure, 'form'));
    } finally {
      setSaving(false);
    }
  };

  const timesLabel = values.per === 'day' ? 'Times a day' : 'Days a week';
  const timesError = errorFor('times');
  const amountError = errorFor('amount', 'amountUnit');
  return (
    <form class="card plan-form" onSubmit={save} noValidate>
      <DraftOffers
        what="plan item"
        offers={edit.offers.map((o) => ({ key: o.key, typedAt: o.typedAt, summary: inWords(o.value.name) }))}
        onTake={edit.takeOffer}
        onDrop={edit.dropOffer}
      />
      <ConflictChoices
        conflicts={edit.shown((field) => PLAN_LABELS[field], planValueInWords)}
        onChoose={(field, keep) => {
          edit.settle({ [field]: keep });
          setError(null);
        }}
      />
      {edit.restored && (
        <RestoredNotice
          what="plan item"
          discardLabel={item ? 'Undo my changes' : 'Start again'}
          onDiscard={() => edit.discard(initial)}
        />
      )}
      <Field
        id="plan-name"
        label="What to do"
        hint="As your therapist said it: “Doorway chest stretch”."
        error={errorFor('name')}
      >
        <input
          id="plan-name"
          type="text"
          maxLength={NAME_MAX}
          value={values.name}
          aria-invalid={errorFor('name') ? 'true' : undefined}
          aria-describedby={describedBy('plan-name', { hint: true, error: errorFor('name') })}
          onInput={(e) => set('name', e.currentTarget.value)}
        />
      </Field>
      <RadioChips
        legend="Kind"
        name="plan-kind"
        options={PLAN_KINDS}
        value={values.kind}
        onChange={(k) => set('kind', k)}
      />
      <RadioChips
        legend="How often"
        name="plan-per"
        options={PER}
        value={values.per}
        onChange={(per) => set('per', per)}
      />
      <Field
        id="plan-times"
        label={timesLabel}
        hint={values.per === 'day' ? `1 to ${MAX_TIMES_A_DAY}` : '1 to 7'}
        error={timesError}
      >
        <input
          id="plan-times"
          type="number"
          inputMode="numeric"
          min={1}
          max={values.per === 'day' ? MAX_TIMES_A_DAY : 7}
          value={values.times}
          aria-invalid={timesError ? 'true' : undefined}
          aria-describedby={describedBy('plan-times', { hint: true, error: timesError })}
          onInput={(e) => set('times', e.currentTarget.value)}
        />
      </Field>
      <div class="plan-form-amount">
        <Field id="plan-amount" label="Amount each time (optional)" error={amountError}>
          <input
            id="plan-amount"
            type="number"
            inputMode="numeric"
            min={1}
            value={values.amount}
            aria-invalid={amountError ? 'true' : undefined}
            aria-describedby={describedBy('plan-amount', { error: amountError })}
            onInput={(e) => set('amount', e.currentTarget.value)}
          />
        </Field>
        <RadioChips
          legend="Counted in"
          name="plan-unit"
          options={AMOUNT_UNITS}
          value={values.amountUnit}
          onChange={(unit) => set('amountUnit', unit)}
        />
      </div>
      <Field id="plan-note" label="Note (optional)" error={errorFor('note')}>
        <textarea
          id="plan-note"
          rows={2}
          maxLength={NOTE_MAX}
          value={values.note}
          onInput={(e) => set('note', e.currentTarget.value)}
        />
      </Field>
      {errorFor('form') && (
        <p class="notice notice-danger" role="alert">
          {errorFor('form')}
        </p>
      )}
      <button type="submit" class="btn btn-primary btn-block btn-lg" disabled={saving}>
        {item ? 'Save changes' : 'Add to my plan'}
      </button>
    </form>
  );
}

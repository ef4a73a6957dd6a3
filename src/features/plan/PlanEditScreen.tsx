// /plan/new adds a home-programme item (pre-filled from a session's aftercare with ?session=…&aftercare=…);
// /plan/:id/edit changes one. Every value is checked again by the data layer, which says what it would accept.
import { useState } from 'preact/hooks';
import { data, useLiveQuery } from '../../app/data';
import { navigate } from '../../app/router';
import type { RouteProps } from '../../app/route-props';
import { AFTERCARE, type AftercareId, AFTERCARE_IDS, NAME_MAX, NOTE_MAX, labelOf } from '../../domain/catalog';
import { localDay } from '../../domain/days';
import { ValidationError } from '../../domain/errors';
import {
  AFTERCARE_TO_KIND,
  AMOUNT_UNITS,
  type AmountUnit,
  MAX_TIMES_A_DAY,
  PLAN_KINDS,
  type PlanKind,
} from '../../domain/plan-catalog';
import type { PlanItem, Session } from '../../domain/types';
import { RadioChips } from '../../ui/ChoiceChips';
import { describeError } from '../../ui/errors';
import { describedBy, Field } from '../../ui/Field';
import { formatDay } from '../../ui/format';
import { Screen } from '../../ui/Screen';
import { showToast } from '../../ui/toast';
import './plan.css';

const BACK = { href: '/plan', label: 'Your plan' };

interface FormValues {
  name: string;
  kind: PlanKind;
  per: 'day' | 'week';
  times: string;
  amount: string;
  amountUnit: AmountUnit;
  note: string;
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
      <PlanItemForm item={item ?? null} session={session} aftercare={aftercare} />
    </Screen>
  );
}

function aftercareName(session: Session, id: AftercareId): string {
  return id === 'other' && session.aftercareOther.trim() ? session.aftercareOther.trim() : labelOf(AFTERCARE, id);
}

function initialValues(item: PlanItem | null, session: Session | null, aftercare: AftercareId | null): FormValues {
  if (item)
    return {
      name: item.name,
      kind: item.kind,
      per: item.per,
      times: String(item.times),
      amount: item.amount === null ? '' : String(item.amount),
      amountUnit: item.amountUnit ?? 'reps',
      note: item.note,
    };
  const kind = (aftercare && AFTERCARE_TO_KIND[aftercare]) || 'stretch';
  return {
    name: session && aftercare ? aftercareName(session, aftercare) : '',
    kind,
    per: kind === 'ergonomic' ? 'week' : 'day',
    times: kind === 'ergonomic' ? '5' : '1',
    amount: '',
    amountUnit: kind === 'stretch' ? 'reps' : 'minutes',
    note: '',
  };
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
  const [values, setValues] = useState(() => initialValues(item, session, aftercare));
  const [error, setError] = useState<{ field: string; message: string } | null>(null);
  const [saving, setSaving] = useState(false);
  const set = <K extends keyof FormValues>(key: K, value: FormValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const errorFor = (...fields: string[]) => (error && fields.includes(error.field) ? error.message : null);

  const save = async (event: Event) => {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    setError(null);
    const number = (text: string) => (text.trim() === '' ? null : Number(text.trim()));
    const amount = number(values.amount);
    try {
      const layer = await data();
      const saved = await layer.savePlanItem(
        {
          ...(item ? { id: item.id } : {}),
          name: values.name,
          kind: values.kind,
          per: values.per,
          times: number(values.times) ?? Number.NaN,
          amount,
          amountUnit: amount === null ? null : values.amountUnit,
          note: values.note,
          ...(!item && session && aftercare ? { sessionId: session.id, aftercare } : {}),
        },
        localDay(),
      );
      showToast({
        message: item ? `“${saved.name}” changed.` : `“${saved.name}” is in your plan from today.`,
        tone: 'success',
      });
      navigate(session && !item ? `/sessions/${encodeURIComponent(session.id)}` : '/plan');
    } catch (failure) {
      if (failure instanceof ValidationError) setError({ field: failure.field, message: failure.message });
      else showToast({ message: describeError(failure).message, tone: 'error' });
    } finally {
      setSaving(false);
    }
  };

  const timesLabel = values.per === 'day' ? 'Times a day' : 'Days a week';
  const timesError = errorFor('times');
  const amountError = errorFor('amount', 'amountUnit');
  return (
    <form class="card plan-form" onSubmit={save} noValidate>
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
        options={[
          { id: 'day', label: 'Every day' },
          { id: 'week', label: 'Some days each week' },
        ]}
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
      <button type="submit" class="btn btn-primary btn-block btn-lg" disabled={saving}>
        {item ? 'Save changes' : 'Add to my plan'}
      </button>
    </form>
  );
}

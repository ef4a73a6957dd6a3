// /treatments/:id (drawn by TreatmentsScreen, so both routes are one chunk), opened from History or the treatment list:
// change what, when and whether it helped, or delete it (with Undo). The data layer checks every value again.
import { useMemo, useState } from 'preact/hooks';
import { data, useLiveQuery } from '../../app/data';
import { useStoredEdit } from '../../app/stored-edit';
import { navigate } from '../../app/router';
import { instantFromLocalDateTime, toLocalDateTime } from '../../domain/local-datetime';
import { helpedAnswerText, isReliefWord } from '../../domain/relief';
import {
  helpedFields,
  TREATMENT_FORM_FIELDS,
  type TreatmentForm,
  treatmentFormFrom,
} from '../../domain/treatment-form';
import type { Treatment } from '../../domain/types';
import { RestoredNotice } from '../../ui/draft-forms';
import { describeError } from '../../ui/errors';
import { fieldError } from '../../ui/field-error';
import { formatDateTime } from '../../ui/format';
import { ConflictChoices, inWords } from '../../ui/MergeNotices';
import { Screen } from '../../ui/Screen';
import { HelpedAnswerField } from './HelpedAnswerField';
import { NO_DOSING_ADVICE } from './treatment-text';
import { TreatmentFields } from './TreatmentFields';
import { usePastTreatmentNames } from './useTreatments';
import './treatments.css';
import { changeTreatment, deleteTreatment } from './actions';

const BACK = { href: '/history', label: 'History' };

/** Change or delete the treatment with `id`. */
export function TreatmentEdit({ id }: { id: string }) {
  const row = useLiveQuery((layer) => layer.getTreatment(id), [id]);
  const names = usePastTreatmentNames() ?? [];
  if (row === undefined)
    return (
      <Screen title="Treatment" back={BACK}>
        <p class="muted" aria-busy="true">
          Loading…
        </p>
      </Screen>
    );
  if (row === null)
    return (
      <Screen title="Treatment not found" back={BACK}>
        <p>It may have been deleted in another tab.</p>
      </Screen>
    );
  return (
    <Screen title="Change treatment" back={BACK}>
      <TreatmentEditForm key={row.id} row={row} names={names} />
    </Screen>
  );
}

/** Each field's name where the person chooses between two windows' values. */
const LABELS: Record<keyof TreatmentForm, string> = {
  what: 'What you took or did',
  when: 'When',
  helped: 'Did it help?',
};

/** A field's value as the form shows it. */
function valueInWords(value: TreatmentForm[keyof TreatmentForm], field: keyof TreatmentForm): string {
  if (field === 'helped') {
    if (value === null) return 'not answered';
    return typeof value === 'number'
      ? `${value} of 10`
      : isReliefWord(value)
        ? helpedAnswerText(value)
        : inWords(value);
  }
  if (field === 'when') {
    const at = typeof value === 'string' ? instantFromLocalDateTime(value) : null;
    return at ? formatDateTime(at) : inWords(value);
  }
  return inWords(value);
}

function TreatmentEditForm({ row, names }: { row: Treatment; names: readonly string[] }) {
  // biome-ignore lint/correctness/useExhaustiveDependencies: once per form (it is keyed by row): a live update must not reset what is typed
  const initial = useMemo(() => treatmentFormFrom(row), []);
  // What is typed is a draft of this window's own, and follows the treatment's changes saved elsewhere.
  const edit = useStoredEdit({
    draftKey: `treatment:${row.id}`,
    initial,
    stored: row,
    formFrom: treatmentFormFrom,
    fields: TREATMENT_FORM_FIELDS,
    what: 'treatment',
  });
  const values = edit.value;
  const [error, setError] = useState<{ field: string; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const errorFor = (field: string) => (error?.field === field ? error.message : null);
  const change = (patch: Partial<TreatmentForm>) => {
    edit.setValue((prev) => ({ ...prev, ...patch }));
    setError(null);
  };

  const save = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    setError(null);
    setBusy(true);
    try {
      const layer = await data();
      const ready = await edit.ready(() => layer.getTreatment(row.id));
      if (!ready.ok) return setError({ field: 'form', message: ready.message });
      const { form, now } = ready;
      const before = now ?? row;
      const at = form.when === '' ? new Date().toISOString() : instantFromLocalDateTime(form.when);
      if (!at) return setError({ field: 'at', message: 'Choose a real date and time, or “Use now”.' });
      // The minute shown is what was stored unless it was changed: keep the stored seconds then.
      const sameMinute = toLocalDateTime(before.at) === form.when;
      // The row and the end of its drafts in one transaction: a crash right after Save keeps both or neither.
      await changeTreatment(
        before,
        { id: before.id, what: form.what, at: sameMinute ? before.at : at, ...helpedFields(form.helped) },
        await ready.options(),
        () => edit.saved(),
      );
      navigate('/history');
    } catch (failure) {
      setError(fieldError(failure, 'form'));
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    if (busy) return;
    setBusy(true);
    try {
      await deleteTreatment(row.id, () => edit.discard());
      navigate('/history');
    } catch (failure) {
      setError({ field: 'form', message: describeError(failure).message });
      setBusy(false);
    }
  };

  return (
    <>
      <form class="card treatment-form" onSubmit={save} noValidate>
        <ConflictChoices
          conflicts={edit.shown((field) => LABELS[field], valueInWords)}
          onChoose={(field, keep) => {
            edit.settle({ [field]: keep });
            setError(null);
          }}
        />
        {edit.restored && (
          <RestoredNotice what="edit" discardLabel="Undo my changes" onDiscard={() => edit.discard(initial)} />
        )}
        <TreatmentFields
          editing
          values={values}
          names={names}
          errorFor={errorFor}
          onChange={(next) => change({ what: next.what, when: next.when })}
        />
        <HelpedAnswerField
          id="treatment-helped"
          label="Did it help?"
          value={values.helped}
          onChange={(helped) => change({ helped })}
          clearable
          error={errorFor('helped') ?? errorFor('helpedWords') ?? errorFor('askedAt')}
          hint="Leave it empty if you do not know."
        />
        {errorFor('form') && (
          <p class="notice notice-danger" role="alert">
            {errorFor('form')}
          </p>
        )}
        <button type="submit" class="btn btn-primary btn-block" disabled={busy}>
          Save changes
        </button>
      </form>
      <p class="small muted">{NO_DOSING_ADVICE}</p>
      <p class="treatment-delete">
        <button type="button" class="btn btn-danger" disabled={busy} onClick={() => void remove()}>
          Delete this entry
        </button>
      </p>
    </>
  );
}

// /treatments/:id (drawn by TreatmentsScreen, so both routes are one chunk), opened from History or the treatment list:
// change what, when and whether it helped, or delete it (with Undo). The data layer checks every value again.
import { useState } from 'preact/hooks';
import { data, useLiveQuery } from '../../app/data';
import { navigate } from '../../app/router';
import { ValidationError } from '../../domain/errors';
import { instantFromLocalDateTime, toLocalDateTime } from '../../domain/local-datetime';
import type { Treatment } from '../../domain/types';
import { describeError } from '../../ui/errors';
import { formatDayLong } from '../../ui/format';
import { PainScale } from '../../ui/PainScale';
import { Screen } from '../../ui/Screen';
import { offerUndo } from '../../ui/undo';
import { HELPED_ANCHORS, NO_DOSING_ADVICE } from './treatment-text';
import { TreatmentFields, type TreatmentValues } from './TreatmentFields';
import { usePastTreatmentNames } from './useTreatments';
import './treatments.css';

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

function TreatmentEditForm({ row, names }: { row: Treatment; names: readonly string[] }) {
  const [values, setValues] = useState<TreatmentValues>({ what: row.what, when: toLocalDateTime(row.at) });
  const [helped, setHelped] = useState<number | null>(row.helped);
  const [error, setError] = useState<{ field: string; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const errorFor = (field: string) => (error?.field === field ? error.message : null);

  const save = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    setError(null);
    const at = values.when === '' ? new Date().toISOString() : instantFromLocalDateTime(values.when);
    if (!at) return setError({ field: 'at', message: 'Choose a real date and time, or “Use now”.' });
    setBusy(true);
    try {
      const layer = await data();
      // The minute shown is what was stored unless it was changed: keep the stored seconds then.
      const sameMinute = toLocalDateTime(row.at) === values.when;
      const saved = await layer.saveTreatment({ id: row.id, what: values.what, at: sameMinute ? row.at : at, helped });
      offerUndo(`“${saved.what}” changed.`, () => layer.putTreatmentBack(row), { undone: 'Change undone.' });
      navigate('/history');
    } catch (failure) {
      if (failure instanceof ValidationError) setError({ field: failure.field, message: failure.message });
      else setError({ field: 'what', message: describeError(failure).message });
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    if (busy) return;
    setBusy(true);
    try {
      const layer = await data();
      const gone = await layer.deleteTreatment(row.id);
      if (gone)
        offerUndo(`“${gone.what}” of ${formatDayLong(gone.day)} deleted.`, () => layer.putTreatmentBack(gone), {
          tone: 'info',
          undone: `“${gone.what}” is back.`,
        });
      navigate('/history');
    } catch (failure) {
      setError({ field: 'what', message: describeError(failure).message });
      setBusy(false);
    }
  };

  return (
    <>
      <form class="card treatment-form" onSubmit={save} noValidate>
        <TreatmentFields
          editing
          values={values}
          names={names}
          errorFor={errorFor}
          onChange={(next) => {
            setValues(next);
            setError(null);
          }}
        />
        <PainScale
          size="compact"
          label="Did it help?"
          value={helped}
          onChange={(v) => {
            setHelped(v);
            setError(null);
          }}
          anchors={HELPED_ANCHORS}
          ramp={false}
          clearable
          error={errorFor('helped') ?? errorFor('askedAt')}
          hint="Leave it empty if you do not know."
        />
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

// /treatments: the quick "I took or did something for the pain" entry, and the latest entries with whether they helped.
import { useState } from 'preact/hooks';
import { useLiveQuery } from '../../app/data';
import { useDraft } from '../../app/drafts';
import { navigate } from '../../app/router';
import type { RouteProps } from '../../app/route-props';
import { instantFromLocalDateTime } from '../../domain/local-datetime';
import { fieldError } from '../../ui/field-error';
import { formatRelativeDay, formatTime } from '../../ui/format';
import { Screen } from '../../ui/Screen';
import { NO_DOSING_ADVICE, helpedText } from './treatment-text';
import { TreatmentEdit } from './TreatmentEdit';
import { TreatmentFields, type TreatmentValues } from './TreatmentFields';
import { usePastTreatmentNames } from './useTreatments';
import './treatments.css';
import { logTreatment } from './actions';

const EMPTY: TreatmentValues = { what: '', when: '' };
const RECENT = 10;

/** /treatments: the entry form and the latest entries; /treatments/:id: change or delete one. */
export default function TreatmentsScreen({ params }: RouteProps) {
  return params.id ? <TreatmentEdit id={params.id} /> : <NewTreatment />;
}

function NewTreatment() {
  const names = usePastTreatmentNames() ?? [];
  const recent = useLiveQuery((layer) => layer.recentTreatments(RECENT), []);
  const { value, setValue, draftKeysToEnd, saved: draftSaved } = useDraft<TreatmentValues>('treatment:new', EMPTY);
  const [error, setError] = useState<{ field: string; message: string } | null>(null);
  const [saving, setSaving] = useState(false);
  const errorFor = (field: string) => (error?.field === field ? error.message : null);

  const save = async (event: Event) => {
    event.preventDefault();
    if (saving) return;
    setError(null);
    let at: string | undefined;
    if (value.when !== '') {
      const parsed = instantFromLocalDateTime(value.when);
      if (!parsed) return setError({ field: 'at', message: 'Choose a real date and time, or “Use now”.' });
      at = parsed;
    }
    setSaving(true);
    try {
      // The row and the end of its draft in one transaction: a crash right after Save keeps both or neither.
      await logTreatment(
        { what: value.what, at },
        async () => ({ draftKeys: await draftKeysToEnd() }),
        () => draftSaved(EMPTY),
      );
      navigate('/');
    } catch (failure) {
      setError(fieldError(failure, 'what'));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Screen title="Took or did something" back={{ href: '/', label: 'Today' }}>
      <p class="treatment-advice" id="treatment-advice">
        {NO_DOSING_ADVICE}
      </p>
      <form class="card treatment-form" onSubmit={save} noValidate aria-describedby="treatment-advice">
        <TreatmentFields
          values={value}
          names={names}
          errorFor={errorFor}
          onChange={(next) => {
            setValue(next);
            setError(null);
          }}
        />
        <button type="submit" class="btn btn-primary btn-block" disabled={saving}>
          Save
        </button>
      </form>
      {recent && recent.length > 0 && (
        <section class="treatment-recent" aria-labelledby="treatment-recent-title">
          <h2 id="treatment-recent-title">Latest</h2>
          <ul class="list">
            {recent.map((t) => (
              <li key={t.id}>
                <a class="treatment-recent-item" href={`/treatments/${t.id}`}>
                  <span>
                    <strong>
                      <bdi>{t.what}</bdi>
                    </strong>
                    <span class="small muted">
                      {' '}
                      · {formatRelativeDay(t.day)} {formatTime(t.at)}
                    </span>
                  </span>
                  <span class="small">{helpedText(t)}</span>
                </a>
              </li>
            ))}
          </ul>
          <p class="small muted">Open one to change it, answer whether it helped, or delete it.</p>
        </section>
      )}
    </Screen>
  );
}

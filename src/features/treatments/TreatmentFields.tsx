// What was taken or done (with the person's past entries suggested) and when (now unless changed).
import { NAME_MAX } from '../../domain/catalog';
import { toLocalDateTime } from '../../domain/local-datetime';
import { Field } from '../../ui/Field';

/** The form's values: `when` is a datetime-local value, '' meaning "now". */
export interface TreatmentValues {
  what: string;
  when: string;
}

/** The two fields; errors by field name ('what', 'at'). */
export function TreatmentFields({
  values,
  names,
  errorFor,
  onChange,
  editing = false,
}: {
  /** Changing a stored entry: its time is shown as stored, with no "Use now". */
  editing?: boolean;
  values: TreatmentValues;
  names: readonly string[];
  errorFor: (field: string) => string | null;
  onChange: (values: TreatmentValues) => void;
}) {
  const now = toLocalDateTime(new Date());
  return (
    <>
      <Field
        id="treatment-what"
        label="What did you take or do?"
        hint="For example “Ibuprofen 400 mg”, “Hot bath”, “Physio exercises”. Your earlier entries are suggested as you type."
        error={errorFor('what')}
      >
        {(control) => (
          <>
            <input
              {...control}
              class="input"
              type="text"
              list="treatment-names"
              autocomplete="off"
              maxLength={NAME_MAX}
              value={values.what}
              onInput={(event) => onChange({ ...values, what: event.currentTarget.value })}
            />
            <datalist id="treatment-names">
              {names.map((name) => (
                <option key={name} value={name} />
              ))}
            </datalist>
          </>
        )}
      </Field>
      <Field
        id="treatment-at"
        label="When"
        hint={values.when === '' ? 'Now, unless you change it.' : undefined}
        error={errorFor('at') ?? errorFor('day')}
      >
        {(control) => (
          <div class="checkin-time-row">
            <input
              {...control}
              class="input"
              type="datetime-local"
              value={values.when || now}
              max={now}
              onInput={(event) => onChange({ ...values, when: event.currentTarget.value })}
            />
            {values.when !== '' && !editing && (
              <button type="button" class="btn btn-quiet" onClick={() => onChange({ ...values, when: '' })}>
                Use now
              </button>
            )}
          </div>
        )}
      </Field>
    </>
  );
}

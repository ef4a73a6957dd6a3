// Ships on first load (check-in details). When the check-in was: now unless changed; a time in the future is refused.
import { describedBy, Field } from '../../ui/Field';
import { toDateTimeLocal } from '../../ui/format';

/** A datetime-local field; '' means "now". */
export function TimeField({
  value,
  error,
  editing,
  onInput,
}: {
  value: string;
  error?: string;
  editing: boolean;
  onInput: (at: string) => void;
}) {
  const now = toDateTimeLocal(new Date());
  const hint = value === '' ? 'Now, unless you change it.' : editing ? undefined : 'Earlier today or another day.';
  return (
    <Field id="checkin-at" label="Time" hint={hint} error={error} class="checkin-time">
      <div class="checkin-time-row">
        <input
          id="checkin-at"
          class="input"
          type="datetime-local"
          value={value || now}
          max={now}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={describedBy('checkin-at', { hint, error })}
          onInput={(event) => onInput(event.currentTarget.value)}
        />
        {value !== '' && !editing && (
          <button type="button" class="btn btn-quiet" onClick={() => onInput('')}>
            Use now
          </button>
        )}
      </div>
    </Field>
  );
}

// Ships on first load (check-in details). When the check-in was: now unless changed; a time in the future is refused.
import { toLocalDateTime } from '../../domain/local-datetime';
import { Field } from '../../ui/Field';

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
  const now = toLocalDateTime(new Date());
  const hint = value === '' ? 'Now, unless you change it.' : editing ? undefined : 'Earlier today or another day.';
  return (
    <Field id="checkin-at" label="Time" hint={hint} error={error} class="checkin-time">
      {(control) => (
        <div class="checkin-time-row">
          <input
            {...control}
            class="input"
            type="datetime-local"
            value={value || now}
            max={now}
            onInput={(event) => onInput(event.currentTarget.value)}
          />
          {value !== '' && !editing && (
            <button type="button" class="btn btn-quiet" onClick={() => onInput('')}>
              Use now
            </button>
          )}
        </div>
      )}
    </Field>
  );
}

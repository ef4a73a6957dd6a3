// Ships on first load (check-in details). A plain-text note with a character counter that appears near the limit.
import { NOTE_MAX } from '../../domain/catalog';
import { Field } from '../../ui/Field';
import { NOTE_COUNTER_FROM } from './checkin-form';

/** The check-in's note: never cut short as typed or pasted; too long is refused at Save with the count shown. */
export function NoteField({
  value,
  error,
  onInput,
}: {
  value: string;
  error?: string;
  onInput: (note: string) => void;
}) {
  const length = value.trim().length;
  const near = length >= NOTE_COUNTER_FROM;
  const hint = 'Optional. Anything you want to remember or tell your therapist.';
  return (
    <Field
      id="checkin-note"
      label="Note"
      hint={hint}
      error={error}
      class="checkin-note"
      describedByAlso={[near && 'checkin-note-count']}
    >
      {(control) => (
        <>
          <textarea
            {...control}
            class="input"
            rows={3}
            value={value}
            onInput={(event) => onInput(event.currentTarget.value)}
          />
          <p
            class={`small checkin-note-count ${length > NOTE_MAX ? 'is-over' : ''}`}
            id="checkin-note-count"
            aria-live="polite"
          >
            {near ? `${length.toLocaleString('en')} of ${NOTE_MAX.toLocaleString('en')} characters` : ''}
          </p>
        </>
      )}
    </Field>
  );
}

// An inline form to rename a row in place: one field, Save, Cancel and Archive; focus starts in the field.
import { useEffect, useRef, useState } from 'preact/hooks';
import { NAME_MAX } from '../../domain/catalog';
import { describedBy } from '../../ui/Field';

interface RenameFormProps {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  /** Resolves to an error message to show, or null when saved. */
  onSave: (value: string) => Promise<string | null>;
  onCancel: () => void;
  /** Archives the row instead (its history stays). */
  onArchive: () => void;
}

/** Renames (or archives) an activity in its list row. */
export function RenameForm({ id, label, value, onInput, onSave, onCancel, onArchive }: RenameFormProps) {
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  return (
    <form
      class="rename-form"
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        if (!value.trim()) {
          setError('A name cannot be empty.');
          return;
        }
        setError(await onSave(value));
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <div class="field">
        <label for={id}>{label}</label>
        <input
          id={id}
          ref={input}
          class="input"
          type="text"
          maxLength={NAME_MAX}
          autoComplete="off"
          value={value}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, { error })}
          onInput={(event) => {
            setError(null);
            onInput(event.currentTarget.value);
          }}
        />
        {error && (
          <p class="field-error" id={`${id}-error`} role="alert">
            {error}
          </p>
        )}
      </div>
      <div class="btn-row">
        <button type="submit" class="btn btn-primary">
          Save name
        </button>
        <button type="button" class="btn" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" class="btn btn-quiet rename-archive" onClick={onArchive}>
          Archive
        </button>
      </div>
    </form>
  );
}

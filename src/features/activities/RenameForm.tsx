// An inline form to rename a row in place: one field, Save, Cancel and Archive; focus starts in the field.
import { useEffect, useRef } from 'preact/hooks';
import { NAME_MAX } from '../../domain/catalog';
import { Field } from '../../ui/Field';
import { useSubmit } from '../../ui/use-submit';

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
  const { formRef, errors, clear, refuse, save } = useSubmit<'name'>();
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  return (
    <form
      ref={formRef}
      class="rename-form"
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        if (!value.trim()) {
          refuse({ name: 'A name cannot be empty.' });
          return;
        }
        let refused: string | null = null;
        await save(async () => {
          refused = await onSave(value);
        });
        if (refused) refuse({ name: refused });
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <Field id={id} label={label} error={errors.name}>
        {(control) => (
          <input
            {...control}
            ref={input}
            class="input"
            type="text"
            maxLength={NAME_MAX}
            autoComplete="off"
            value={value}
            onInput={(event) => {
              clear('name');
              onInput(event.currentTarget.value);
            }}
          />
        )}
      </Field>
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

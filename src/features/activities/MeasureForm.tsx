// The fields of a custom measure: name, unit, and whether lower or higher is better. Used to add and to edit.
import { useEffect, useRef, useState } from 'preact/hooks';
import { NAME_MAX } from '../../domain/catalog';
import { describedBy } from '../../ui/Field';

/** A measure as typed. */
export interface MeasureDraft {
  name: string;
  unit: string;
  better: 'lower' | 'higher' | null;
}

/** Messages for the fields of a measure. */
export type MeasureErrors = Partial<Record<keyof MeasureDraft | 'form', string>>;

interface MeasureFormProps {
  idPrefix: string;
  value: MeasureDraft;
  onInput: (value: MeasureDraft) => void;
  /** Resolves to messages to show, or null when saved. */
  onSave: (value: MeasureDraft) => Promise<MeasureErrors | null>;
  submitLabel: string;
  onCancel?: () => void;
  /** Archives the measure instead (its history stays); offered when editing. */
  onArchive?: () => void;
  /** Move focus into the name field when shown (editing in place). */
  focusOnMount?: boolean;
}

/** Checks a typed measure before it goes to the data layer. */
function check(value: MeasureDraft): MeasureErrors {
  const errors: MeasureErrors = {};
  if (!value.name.trim()) errors.name = 'Give the measure a name, like “recovery after a workout”.';
  if (!value.better) errors.better = 'Choose whether a lower or a higher number is better.';
  return errors;
}

/** Name, unit and direction of a measure, with messages next to each field. */
export function MeasureForm({
  idPrefix,
  value,
  onInput,
  onSave,
  submitLabel,
  onCancel,
  onArchive,
  focusOnMount,
}: MeasureFormProps) {
  const [errors, setErrors] = useState<MeasureErrors>({});
  const [busy, setBusy] = useState(false);
  const nameInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (focusOnMount) nameInput.current?.focus();
  }, [focusOnMount]);
  const set = (patch: Partial<MeasureDraft>, field: keyof MeasureDraft) => {
    setErrors(({ [field]: _cleared, form: _form, ...rest }) => rest);
    onInput({ ...value, ...patch });
  };
  const id = (field: string) => `${idPrefix}-${field}`;

  return (
    <form
      class="measure-form"
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        const found = check(value);
        if (Object.keys(found).length) {
          setErrors(found);
          if (found.name) nameInput.current?.focus();
          return;
        }
        setBusy(true);
        setErrors((await onSave(value)) ?? {});
        setBusy(false);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && onCancel) onCancel();
      }}
    >
      <div class="field">
        <label for={id('name')}>Name</label>
        <input
          id={id('name')}
          ref={nameInput}
          class="input"
          type="text"
          maxLength={NAME_MAX}
          autoComplete="off"
          value={value.name}
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={describedBy(id('name'), { error: errors.name })}
          onInput={(event) => set({ name: event.currentTarget.value }, 'name')}
        />
        {errors.name && (
          <p class="field-error" id={`${id('name')}-error`} role="alert">
            {errors.name}
          </p>
        )}
      </div>
      <div class="field">
        <label for={id('unit')}>Unit (optional)</label>
        <input
          id={id('unit')}
          class="input"
          type="text"
          maxLength={NAME_MAX}
          autoComplete="off"
          value={value.unit}
          aria-describedby={describedBy(id('unit'), { hint: true, error: errors.unit })}
          onInput={(event) => set({ unit: event.currentTarget.value }, 'unit')}
        />
        <p class="field-hint" id={`${id('unit')}-hint`}>
          Hours, minutes, steps, tablets…
        </p>
        {errors.unit && (
          <p class="field-error" id={`${id('unit')}-error`} role="alert">
            {errors.unit}
          </p>
        )}
      </div>
      <fieldset aria-describedby={errors.better ? `${id('better')}-error` : undefined}>
        <legend>Which is better?</legend>
        <div class="chips">
          {(['lower', 'higher'] as const).map((better) => (
            <label key={better} class="chip">
              <input
                type="radio"
                name={id('better')}
                value={better}
                checked={value.better === better}
                onChange={() => set({ better }, 'better')}
              />
              {better === 'lower' ? 'Lower is better' : 'Higher is better'}
            </label>
          ))}
        </div>
        {errors.better && (
          <p class="field-error" id={`${id('better')}-error`} role="alert">
            {errors.better}
          </p>
        )}
      </fieldset>
      {errors.form && (
        <p class="field-error" role="alert">
          {errors.form}
        </p>
      )}
      <div class="btn-row">
        <button type="submit" class="btn btn-primary" disabled={busy}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" class="btn" onClick={onCancel}>
            Cancel
          </button>
        )}
        {onArchive && (
          <button type="button" class="btn btn-quiet rename-archive" onClick={onArchive}>
            Archive
          </button>
        )}
      </div>
    </form>
  );
}

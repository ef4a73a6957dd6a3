// The fields of a custom measure: name, unit, and whether lower or higher is better. Used to add and to edit.
import { useEffect, useRef } from 'preact/hooks';
import { NAME_MAX } from '../../domain/catalog';
import { RadioChips } from '../../ui/ChoiceChips';
import { Field } from '../../ui/Field';
import { useSubmit } from '../../ui/use-submit';

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

const BETTER = [
  { id: 'lower', label: 'Lower is better' },
  { id: 'higher', label: 'Higher is better' },
] as const;

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
  const { formRef, errors, busy, clear, refuse, save } = useSubmit<keyof MeasureDraft>();
  const nameInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (focusOnMount) nameInput.current?.focus();
  }, [focusOnMount]);
  const set = (patch: Partial<MeasureDraft>, field: keyof MeasureDraft) => {
    clear(field);
    onInput({ ...value, ...patch });
  };
  const id = (field: string) => `${idPrefix}-${field}`;

  return (
    <form
      ref={formRef}
      class="measure-form"
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        const found = check(value);
        if (Object.keys(found).length) {
          refuse(found);
          return;
        }
        let refused: MeasureErrors | null = null;
        await save(async () => {
          refused = await onSave(value);
        });
        if (refused) refuse(refused);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && onCancel) onCancel();
      }}
    >
      <Field id={id('name')} label="Name" error={errors.name}>
        {(control) => (
          <input
            {...control}
            ref={nameInput}
            class="input"
            type="text"
            maxLength={NAME_MAX}
            autoComplete="off"
            value={value.name}
            onInput={(event) => set({ name: event.currentTarget.value }, 'name')}
          />
        )}
      </Field>
      <Field id={id('unit')} label="Unit (optional)" hint="Hours, minutes, steps, tablets…" error={errors.unit}>
        {(control) => (
          <input
            {...control}
            class="input"
            type="text"
            maxLength={NAME_MAX}
            autoComplete="off"
            value={value.unit}
            onInput={(event) => set({ unit: event.currentTarget.value }, 'unit')}
          />
        )}
      </Field>
      <RadioChips
        legend="Which is better?"
        name={id('better')}
        options={BETTER}
        value={value.better}
        error={errors.better}
        onChange={(better) => set({ better }, 'better')}
      />
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

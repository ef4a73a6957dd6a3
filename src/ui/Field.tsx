// A labelled form field with an optional hint and an error shown next to it (and announced through aria-describedby).
import type { ComponentChildren } from 'preact';

interface FieldProps {
  /** The id of the control inside, so the label points at it. */
  id: string;
  label: ComponentChildren;
  hint?: ComponentChildren;
  error?: string | null;
  children: ComponentChildren;
  class?: string;
}

/** The ids a control should list in aria-describedby for this field's hint and error. */
export function describedBy(id: string, { hint, error }: { hint?: unknown; error?: unknown }): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

/** Label above, control, hint, then error. */
export function Field({ id, label, hint, error, children, class: className }: FieldProps) {
  return (
    <div class={`field ${className ?? ''}`}>
      <label for={id}>{label}</label>
      {children}
      {hint && (
        <p class="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p class="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

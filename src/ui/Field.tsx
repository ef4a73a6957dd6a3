// The one labelled form field: label, the control, an optional hint, and an error shown next to it. The control gets
// its id, aria-invalid and aria-describedby from here, so every form marks and announces errors the same way.
import type { ComponentChildren } from 'preact';

/** What a field's control must carry: spread it onto the input, select or textarea. */
export interface ControlProps {
  id: string;
  'aria-invalid': 'true' | undefined;
  'aria-describedby': string | undefined;
}

interface FieldProps {
  /** The id of the control inside, so the label points at it. */
  id: string;
  label: ComponentChildren;
  hint?: ComponentChildren;
  error?: string | null;
  /** The control, given its wiring (or plain children that wire themselves, e.g. a datalist beside it). */
  children: ComponentChildren | ((control: ControlProps) => ComponentChildren);
  /** More element ids that describe the control (a counter, a strength meter), listed after hint and error. */
  describedByAlso?: readonly (string | false | null | undefined)[];
  class?: string;
}

/** The ids a control should list in aria-describedby for this field's hint and error. */
export function describedBy(id: string, { hint, error }: { hint?: unknown; error?: unknown }): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

/** The wiring for the control of field `id`. */
export function controlProps(
  id: string,
  { hint, error, also = [] }: { hint?: unknown; error?: unknown; also?: FieldProps['describedByAlso'] },
): ControlProps {
  const ids = [describedBy(id, { hint, error }), ...also].filter(Boolean).join(' ');
  return { id, 'aria-invalid': error ? 'true' : undefined, 'aria-describedby': ids || undefined };
}

/** Label above, control, hint, then error. */
export function Field({ id, label, hint, error, children, describedByAlso, class: className }: FieldProps) {
  return (
    <div class={`field ${className ?? ''}`}>
      <label for={id}>{label}</label>
      {typeof children === 'function' ? children(controlProps(id, { hint, error, also: describedByAlso })) : children}
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

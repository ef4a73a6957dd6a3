// Ships on first load (Today's check-in). The 0–10 numeric rating scale (NRS) as one group of native radios drawn as
// big number buttons: arrow keys move the choice, the group is one tab stop, screen readers hear "7, radio, 8 of 11".
import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef } from 'preact/hooks';
import './pain-scale.css';

/** Anchor words for pain (the NRS default). */
export const PAIN_ANCHORS = ['no pain', 'worst imaginable'] as const;
/** Anchor words for a mobility (PSFS) activity. */
export const MOBILITY_ANCHORS = ['unable', 'as well as before'] as const;
/** Anchor words for soreness after a session. */
export const SORENESS_ANCHORS = ['not sore', 'very sore'] as const;

/** What a PainScale needs. */
export interface PainScaleProps {
  /** The question, shown as the group's visible legend (and its accessible name). */
  label: ComponentChildren;
  /** The chosen number 0–10, or null for "not rated". */
  value: number | null;
  /** Called with the newly chosen number, or null when cleared. */
  onChange: (value: number | null) => void;
  /** 'large' for the main check-in question; 'compact' for per-region, mobility, soreness and session scales. */
  size?: 'large' | 'compact';
  /** Words for 0 and 10, shown under the scale. Default "no pain" / "worst imaginable". */
  anchors?: readonly [string, string];
  /** Optional field: shows a "Clear" button while a number is chosen, to go back to not rated. */
  clearable?: boolean;
  /** A line of help under the scale. */
  hint?: ComponentChildren;
  /** A message shown next to the scale (and announced); marks the group invalid. */
  error?: string | null;
  /** Keeps the legend for screen readers only, when a visible heading right above already asks the question. */
  hideLabel?: boolean;
  /** Id of the group (hint and error ids derive from it); unique by default. */
  id?: string;
  /** Focuses the chosen number (or 0) once mounted, e.g. when the "Log pain" shortcut opens the check-in. */
  autoFocus?: boolean;
  disabled?: boolean;
  /** False for a scale where 10 is good ("did it help?"): no pain colours, plain buttons. */
  ramp?: boolean;
}

const NUMBERS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

/** The colour step of the subtle ramp for a number; the number itself is always shown. */
function tone(n: number): number {
  return n < 2 ? 0 : n < 4 ? 3 : n < 6 ? 5 : n < 8 ? 7 : 10;
}

/** 0–10 as eleven big buttons in one labelled radio group, with anchor words under the ends. */
export function PainScale({
  label,
  value,
  onChange,
  size = 'large',
  anchors = PAIN_ANCHORS,
  clearable = false,
  hint,
  error,
  hideLabel = false,
  id,
  autoFocus = false,
  disabled = false,
  ramp = true,
}: PainScaleProps) {
  const autoId = useId();
  const groupId = id ?? `ps-${autoId}`;
  const ref = useRef<HTMLFieldSetElement>(null);
  useEffect(() => {
    if (!autoFocus) return;
    const input =
      ref.current?.querySelector<HTMLInputElement>('input:checked') ??
      ref.current?.querySelector<HTMLInputElement>('input');
    input?.focus({ preventScroll: true });
    input?.closest('fieldset')?.scrollIntoView?.({ block: 'nearest' });
  }, [autoFocus]);
  const describedBy = [`${groupId}-anchors`, hint ? `${groupId}-hint` : '', error ? `${groupId}-error` : '']
    .filter(Boolean)
    .join(' ');

  return (
    <fieldset
      ref={ref}
      id={groupId}
      class={`pain-scale pain-scale-${size}`}
      // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: a fieldset of radios, announced as one radio group named by its legend
      role="radiogroup"
      aria-describedby={describedBy}
      aria-invalid={error ? 'true' : undefined}
      disabled={disabled}
    >
      <legend class={hideLabel ? 'visually-hidden' : 'pain-scale-legend'}>{label}</legend>
      <div class="pain-scale-body">
        <div class="pain-scale-grid">
          {NUMBERS.map((n) => (
            <label key={n} class={`pain-scale-option ${ramp ? `pain-tone-${tone(n)}` : ''}`}>
              <input type="radio" name={groupId} value={n} checked={value === n} onChange={() => onChange(n)} />
              <span class="pain-scale-number">{n}</span>
              {n === 0 && <span class="visually-hidden">, {anchors[0]}</span>}
              {n === 10 && <span class="visually-hidden">, {anchors[1]}</span>}
            </label>
          ))}
        </div>
        <p class="pain-scale-anchors" id={`${groupId}-anchors`}>
          <span>
            <b>0</b> {anchors[0]}
          </span>
          <span>
            <b>10</b> {anchors[1]}
          </span>
        </p>
      </div>
      {(hint || (clearable && value !== null)) && (
        <div class="pain-scale-foot">
          {hint && (
            <p class="field-hint" id={`${groupId}-hint`}>
              {hint}
            </p>
          )}
          {clearable && value !== null && (
            <button type="button" class="btn btn-quiet pain-scale-clear" onClick={() => onChange(null)}>
              Clear<span class="visually-hidden"> this rating</span>
            </button>
          )}
        </div>
      )}
      {error && (
        <p class="field-error" id={`${groupId}-error`} role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}

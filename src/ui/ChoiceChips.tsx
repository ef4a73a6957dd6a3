// Choices drawn as chips: native checkboxes (several) or radios (one) in a fieldset with a visible legend.
import type { ComponentChildren } from 'preact';
import { controlProps } from './Field';
import './choice-chips.css';

interface ChipOption<T extends string> {
  id: T;
  label: string;
}

interface ChipsBase<T extends string> {
  /** The question, shown as the fieldset's legend. */
  legend: ComponentChildren;
  options: readonly ChipOption<T>[];
  /** Names the native inputs; unique on the page. */
  name: string;
  hint?: ComponentChildren;
  error?: string | null;
  /** Extra content after the chips (a Clear button, a follow-up field). */
  children?: ComponentChildren;
  class?: string;
}

/** Radio chips announced as one radio group ("radio group, Did it help?") rather than a plain group. */
interface RadioGroupOption {
  radiogroup?: boolean;
}

function Frame({
  legend,
  name,
  hint,
  error,
  children,
  class: className,
  chips,
  radiogroup = false,
}: ChipsBase<string> & RadioGroupOption & { chips: ComponentChildren }) {
  const { id: _named, ...wiring } = controlProps(name, { hint, error });
  return (
    <fieldset
      class={`choice-chips ${className ?? ''}`}
      // A fieldset of radios, announced as one radio group named by its legend.
      role={radiogroup ? 'radiogroup' : undefined}
      {...wiring}
    >
      <legend>{legend}</legend>
      {hint && (
        <p class="field-hint" id={`${name}-hint`}>
          {hint}
        </p>
      )}
      <div class="chips">{chips}</div>
      {children}
      {error && (
        <p class="field-error" id={`${name}-error`} role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}

/** Several of a list, each a checkbox chip; `onChange` gets the new choice in the options' order. */
export function CheckboxChips<T extends string>(
  props: ChipsBase<T> & { selected: readonly T[]; onChange: (next: T[]) => void },
) {
  const { options, selected, onChange, name } = props;
  const toggle = (id: T, on: boolean) =>
    onChange(options.map((o) => o.id).filter((o) => (o === id ? on : selected.includes(o))));
  return (
    <Frame
      {...(props as ChipsBase<string>)}
      chips={options.map((option) => (
        <label key={option.id} class="chip">
          <input
            type="checkbox"
            name={name}
            value={option.id}
            checked={selected.includes(option.id)}
            onChange={(e) => toggle(option.id, e.currentTarget.checked)}
          />
          {option.label}
        </label>
      ))}
    />
  );
}

/** One of a list, each a radio chip; null when none is chosen. */
export function RadioChips<T extends string>(
  props: ChipsBase<T> & RadioGroupOption & { value: T | null; onChange: (next: T) => void },
) {
  const { options, value, onChange, name } = props;
  return (
    <Frame
      {...(props as ChipsBase<string>)}
      chips={options.map((option) => (
        <label key={option.id} class="chip">
          <input
            type="radio"
            name={name}
            value={option.id}
            checked={value === option.id}
            onChange={() => onChange(option.id)}
          />
          {option.label}
        </label>
      ))}
    />
  );
}

// Ships on first load (Today's check-in uses it). The one submit state every form shares: the messages by field, busy
// while saving, and focus moved to the first field to fix after each refused save (never while the person types).
import type { RefObject } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { describeError } from './errors';

/** Messages by form field; `form` is the message that belongs to no one field. */
export type FormMessages<F extends string> = Partial<Record<F | 'form', string>>;

/** What a form's submit state offers. */
export interface Submit<F extends string> {
  /** Put on the <form>: focus moves inside it. */
  formRef: RefObject<HTMLFormElement | null>;
  errors: FormMessages<F>;
  /** True while a save runs; a second submit meanwhile is ignored. */
  busy: boolean;
  /** How many saves were refused so far (each one moves focus to the first field to fix). */
  attempt: number;
  /** Forgets the messages of `fields` (and the form's own), e.g. once the person changes them. */
  clear: (...fields: F[]) => void;
  /** Shows these messages and moves focus to the first field marked invalid. */
  refuse: (errors: FormMessages<F>) => void;
  /**
   * Runs a write: busy meanwhile, messages cleared when it worked. A failure is shown next to the field the data layer
   * named (through `fieldOf`), else as the form's message (through `reword`, when given); resolves to whether it
   * worked.
   */
  save: (write: () => Promise<void>, options?: { reword?: (message: string) => string }) => Promise<boolean>;
}

const CONTROL = 'input, select, textarea';

/** Focus for the first control marked invalid: the control itself, or the chosen (else first) one in its group. */
export function firstInvalidControl(form: ParentNode): HTMLElement | null {
  const invalid = form.querySelector<HTMLElement>('[aria-invalid="true"]');
  if (!invalid || invalid.matches(CONTROL)) return invalid;
  return invalid.querySelector<HTMLElement>('input:checked') ?? invalid.querySelector<HTMLElement>(CONTROL);
}

/**
 * Submit state for a form. `fieldOf` maps a data-layer field path (from a ValidationError) to the form field that
 * shows it; undefined means the message is the form's.
 */
export function useSubmit<F extends string>(fieldOf?: (layerField: string) => F | undefined): Submit<F> {
  const formRef = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<FormMessages<F>>({});
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const running = useRef(false);
  const fieldOfRef = useRef(fieldOf);
  fieldOfRef.current = fieldOf;

  useEffect(() => {
    if (attempt && formRef.current) firstInvalidControl(formRef.current)?.focus();
  }, [attempt]);

  const clear = useCallback((...fields: F[]) => {
    setErrors((prev) => {
      const gone = [...fields, 'form'].filter((f) => f in prev);
      if (gone.length === 0) return prev;
      const rest = { ...prev };
      for (const f of gone) delete rest[f as F];
      return rest;
    });
  }, []);

  const refuse = useCallback((next: FormMessages<F>) => {
    setErrors(next);
    setAttempt((n) => n + 1);
  }, []);

  const save = useCallback(
    async (write: () => Promise<void>, { reword }: { reword?: (m: string) => string } = {}) => {
      if (running.current) return false;
      running.current = true;
      setBusy(true);
      try {
        await write();
        setErrors({});
        return true;
      } catch (error) {
        const shown = describeError(error);
        const field = shown.field ? fieldOfRef.current?.(shown.field) : undefined;
        if (field) refuse({ [field]: shown.message } as FormMessages<F>);
        else setErrors({ form: reword ? reword(shown.message) : shown.message } as FormMessages<F>);
        return false;
      } finally {
        running.current = false;
        setBusy(false);
      }
    },
    [refuse],
  );

  return { formRef, errors, busy, attempt, clear, refuse, save };
}

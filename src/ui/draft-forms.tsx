// What every form that keeps a draft shares: the note that a draft came back, and focus on the first field to fix.
import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';
import './draft-forms.css';

const INVALID =
  '[aria-invalid="true"] input, input[aria-invalid="true"], select[aria-invalid="true"], textarea[aria-invalid="true"]';

/** After each failed save (`attempt` goes up), moves focus to the first field marked invalid. */
export function useFocusFirstInvalid(form: RefObject<HTMLFormElement | null>, attempt: number): void {
  useEffect(() => {
    if (attempt) form.current?.querySelector<HTMLElement>(INVALID)?.focus();
  }, [attempt, form]);
}

/** Says that what was being typed came back after a reload, with a way to drop it. */
export function RestoredNotice({
  what,
  discardLabel,
  onDiscard,
}: {
  what: string;
  discardLabel: string;
  onDiscard: () => void;
}) {
  return (
    <div class="notice restored-notice">
      <p>You were part-way through this {what}. Everything you entered is back.</p>
      <button type="button" class="btn" onClick={onDiscard}>
        {discardLabel}
      </button>
    </div>
  );
}

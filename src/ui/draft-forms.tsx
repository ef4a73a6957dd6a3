// What every form that keeps a draft shares: the note that a draft came back.
import './draft-forms.css';

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

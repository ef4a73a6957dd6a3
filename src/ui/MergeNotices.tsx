// What two windows on one journal need to show: a field changed here and in another window (choose which to keep,
// nothing is written until then), and unsaved drafts left by windows that are gone (continue one, or discard it).
import { formatDateTime } from './format';
import './draft-forms.css';

/** One field changed on both sides, in words. */
export interface ShownConflict {
  field: string;
  label: string;
  mine: string;
  theirs: string;
}

/** The fields changed both here and in another window, each with both values and a button to keep either. */
export function ConflictChoices({
  conflicts,
  onChoose,
}: {
  conflicts: ShownConflict[];
  onChoose: (field: string, keep: 'mine' | 'theirs') => void;
}) {
  if (conflicts.length === 0) return null;
  return (
    <div class="notice notice-warning merge-conflicts" role="alert">
      <p>
        <strong>Changed in another window too.</strong> Choose what to keep; nothing is saved until you do.
      </p>
      <ul class="merge-list">
        {conflicts.map((c) => (
          <li key={c.field} class="merge-item">
            <p class="merge-label">{c.label}</p>
            <div class="merge-choices">
              <button type="button" class="btn merge-choice" onClick={() => onChoose(c.field, 'mine')}>
                <span>
                  Keep yours: <bdi>{c.mine}</bdi>
                </span>
              </button>
              <button type="button" class="btn merge-choice" onClick={() => onChoose(c.field, 'theirs')}>
                <span>
                  Use the other window’s: <bdi>{c.theirs}</bdi>
                </span>
              </button>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** One unsaved draft from a window that is gone. */
export interface ShownOffer {
  key: string;
  typedAt: string;
  summary: string;
}

/** Other unsaved drafts of this form, each with when it was typed: continue it here, or discard only that one. */
export function DraftOffers({
  offers,
  what,
  onTake,
  onDrop,
}: {
  offers: ShownOffer[];
  what: string;
  onTake: (key: string) => void;
  onDrop: (key: string) => void;
}) {
  if (offers.length === 0) return null;
  return (
    <section class="notice merge-offers" aria-label={`Other unsaved ${what}s`}>
      <p>
        {offers.length === 1
          ? `Another unsaved ${what} was left in a window that is now closed.`
          : `${offers.length} other unsaved ${what}s were left in windows that are now closed.`}
      </p>
      <ul class="merge-list">
        {offers.map((o) => (
          <li key={o.key} class="merge-item">
            <p class="merge-label">
              Typed {formatDateTime(o.typedAt)}: <bdi>{o.summary}</bdi>
            </p>
            <div class="merge-choices">
              <button type="button" class="btn" onClick={() => onTake(o.key)}>
                Continue this one
              </button>
              <button type="button" class="btn btn-quiet" onClick={() => onDrop(o.key)}>
                Discard it
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A form value in a few words: empty, a list, or the text itself. */
export function inWords(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(empty)';
  if (Array.isArray(value)) return value.length ? value.map(inWords).join(', ') : '(none)';
  if (typeof value === 'object') {
    const set = Object.entries(value).filter(([, v]) => v !== null && v !== '');
    return set.length ? set.map(([k, v]) => `${k} ${inWords(v)}`).join(', ') : '(none)';
  }
  const text = String(value);
  return text.length > 120 ? `${text.slice(0, 119)}…` : text;
}

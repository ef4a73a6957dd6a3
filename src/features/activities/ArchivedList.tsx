// Archived activities or measures, folded away: each keeps its history and can be brought back.
import { useState } from 'preact/hooks';
import { describeError } from '../../ui/errors';

interface ArchivedListProps<T extends { id: string; name: string }> {
  title: string;
  rows: T[];
  describe: (row: T) => string;
  restore: (row: T) => Promise<void>;
}

/** A <details> list of archived rows with a "Bring back" button each; nothing when there are none. */
export function ArchivedList<T extends { id: string; name: string }>({
  title,
  rows,
  describe,
  restore,
}: ArchivedListProps<T>) {
  const [error, setError] = useState<string | null>(null);
  if (rows.length === 0) return null;
  return (
    <details class="archived">
      <summary>
        {title} ({rows.length})
      </summary>
      {error && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
      <ul class="list">
        {rows.map((row) => (
          <li key={row.id} class="activities-row">
            <span class="activities-name">
              {row.name}
              <span class="muted small activities-sub">{describe(row)}</span>
            </span>
            <button
              type="button"
              class="btn btn-quiet"
              aria-label={`Bring back “${row.name}”`}
              onClick={async () => {
                try {
                  setError(null);
                  await restore(row);
                } catch (e) {
                  setError(describeError(e).message);
                }
              }}
            >
              Bring back
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}

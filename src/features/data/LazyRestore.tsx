// Ships on first load (Today). A "Restore from a backup file" that loads the restore code only when it is needed.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

type Flow = ComponentType<{ chooseLabel?: string; primary?: boolean; headingLevel?: 2 | 3 }>;

/** The restore flow, fetched as soon as this is shown (it only shows when a restore is likely). */
export function LazyRestore() {
  const [Flow, setFlow] = useState<Flow | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    import('./RestoreFlow')
      .then((module) => setFlow(() => module.RestoreFlow))
      .catch((error) => {
        console.error('Restore did not load', error);
        setFailed(true);
      });
  }, []);
  if (failed) {
    return (
      <a class="btn btn-primary btn-block btn-lg" href="/settings#backup">
        Restore from a backup file
      </a>
    );
  }
  return Flow ? <Flow chooseLabel="Restore from a backup file" primary headingLevel={3} /> : <p class="muted small">Loading…</p>;
}

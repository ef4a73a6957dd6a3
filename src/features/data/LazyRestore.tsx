// Ships on first load (Today). A "Restore from a backup file" that loads the restore code only when it is needed.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

type Flow = ComponentType<{ chooseLabel?: string; primary?: boolean; headingLevel?: 2 | 3; onRestored?: () => void }>;

/** The restore flow, fetched as soon as this is shown (it only shows when a restore is likely); `onRestored` is told when it is done. */
export function LazyRestore({
  chooseLabel = 'Restore from a backup file',
  onRestored,
}: {
  chooseLabel?: string;
  onRestored?: () => void;
}) {
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
  return Flow ? (
    <Flow chooseLabel={chooseLabel} primary headingLevel={3} onRestored={onRestored} />
  ) : (
    <p class="muted small">Loading…</p>
  );
}

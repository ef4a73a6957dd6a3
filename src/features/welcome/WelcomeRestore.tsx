// The welcome's other way in: someone with a backup file (a new phone, or a browser that emptied the journal) restores
// it instead of starting afresh. The restore itself is the one Settings and Today use, loaded only when this opens.
import type { Ref } from 'preact';
import { LazyRestore } from '../data/LazyRestore';

interface WelcomeRestoreProps {
  headingRef: Ref<HTMLHeadingElement>;
  onBack: () => void;
  onRestored: () => void;
}

/** Restore from a backup file, with the way back to the welcome's first step. */
export function WelcomeRestore({ headingRef, onBack, onRestored }: WelcomeRestoreProps) {
  return (
    <section class="card welcome-card" aria-labelledby="welcome-step-title">
      <h2 id="welcome-step-title" class="welcome-step-title" tabIndex={-1} ref={headingRef}>
        Restore your journal
      </h2>
      <p>
        Choose the backup file you made with Pain Journal. Its name starts with{' '}
        <span class="welcome-nowrap">pain-journal-backup</span>: look in Downloads or Files, or wherever you saved it.
      </p>
      <p>You will see what it holds before anything changes.</p>
      <LazyRestore chooseLabel="Choose the backup file" onRestored={onRestored} />
      <div class="btn-row welcome-actions">
        <button type="button" class="btn" onClick={onBack}>
          Back
        </button>
      </div>
    </section>
  );
}

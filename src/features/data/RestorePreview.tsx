// What a restore will do, before it does it: who made the file, what it holds, and merge or replace in plain words.
import type { Ref } from 'preact';
import { useState } from 'preact/hooks';
import type { RestoreProgress } from '../../db/backup';
import type { CheckedBackup } from '../../domain/backup-read';
import {
  describeContents,
  describeMerge,
  describeReplace,
  mergeChangesNothing,
  nothingHere,
  type RestoreMode,
  type RestorePlan,
} from '../../domain/restore-plan';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { formatMoment } from './words';

interface RestorePreviewProps {
  H: 'h2' | 'h3';
  headingRef: Ref<HTMLHeadingElement>;
  fileName: string;
  backup: CheckedBackup;
  plan: RestorePlan;
  /** While writing: how far it has got (null before the first report). */
  writing: false | { progress: RestoreProgress | null };
  error: string | null;
  onRestore: (mode: RestoreMode) => void;
  onCancel: () => void;
}

const MODES: { id: RestoreMode; label: string }[] = [
  { id: 'merge', label: 'Merge with what is here' },
  { id: 'replace', label: 'Replace everything here' },
];

/** The preview, the choice of merge or replace, and the confirmation a replace needs. */
export function RestorePreview({
  H,
  headingRef,
  fileName,
  backup,
  plan,
  writing,
  error,
  onRestore,
  onCancel,
}: RestorePreviewProps) {
  const empty = nothingHere(plan);
  const [mode, setMode] = useState<RestoreMode>(empty ? 'replace' : 'merge');
  const [confirming, setConfirming] = useState(false);
  const idle = mode === 'merge' && mergeChangesNothing(plan);
  const words: Record<RestoreMode, string> = { merge: describeMerge(plan), replace: describeReplace(plan) };
  const { meta } = backup;

  return (
    <div class="restore-step restore-preview">
      <H class="restore-title" ref={headingRef} tabIndex={-1}>
        Ready to restore
      </H>
      <p class="restore-file small">
        {fileName}
        <br />
        Made {formatMoment(meta.exportedAt)} by Pain Journal {meta.appVersion}
        {meta.encrypted ? ', encrypted' : ''}
      </p>
      <p class="restore-holds">
        It holds <strong>{describeContents(backup.data)}</strong>.
      </p>
      {empty ? (
        <p>Nothing is on this device yet, so all of it goes in.</p>
      ) : (
        <fieldset class="restore-modes">
          <legend>How should it be restored?</legend>
          {MODES.map((option) => (
            <label key={option.id} class="restore-mode">
              <input
                type="radio"
                name="restore-mode"
                value={option.id}
                checked={mode === option.id}
                aria-describedby={`restore-${option.id}-words`}
                onChange={() => setMode(option.id)}
              />
              <span class="restore-mode-text">
                <span class="restore-mode-label">{option.label}</span>
                <span class="small" id={`restore-${option.id}-words`}>
                  {words[option.id]}
                </span>
              </span>
            </label>
          ))}
        </fieldset>
      )}
      {error && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
      {writing && <RestoreProgressLine progress={writing.progress} />}
      <div class="btn-row">
        <button
          type="button"
          class={`btn ${mode === 'replace' && !empty ? 'btn-danger' : 'btn-primary'}`}
          aria-disabled={!!writing || idle}
          aria-busy={!!writing}
          onClick={() => {
            if (writing || idle) return;
            if (mode === 'replace' && !empty) setConfirming(true);
            else onRestore(mode);
          }}
        >
          {mode === 'replace' && !empty ? 'Replace everything…' : 'Restore'}
        </button>
        <button type="button" class="btn btn-quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
      <ConfirmDialog
        open={confirming}
        title="Replace everything on this device?"
        confirmLabel="Replace everything"
        danger
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          onRestore('replace');
        }}
      >
        <p>{words.replace}</p>
        <p>This cannot be undone. If you might want what is here now, cancel and make a backup of it first.</p>
      </ConfirmDialog>
    </div>
  );
}

/** "Restoring…", and for a large file how far it has got: a bar, and words in steps of 10 % (a live region read aloud). */
function RestoreProgressLine({ progress }: { progress: RestoreProgress | null }) {
  // Checking every row again comes first, then writing: each is half of the bar.
  const half = progress ? progress.done / Math.max(1, progress.total) : 0;
  const whole = progress ? (progress.stage === 'writing' ? 0.5 : 0) + half / 2 : 0;
  const step = Math.floor(whole * 10) * 10;
  return (
    <div class="restore-progress">
      <p class="restore-status" role="status">
        <span class="restore-spinner" aria-hidden="true" />
        {progress ? `Restoring… ${step} % done.` : 'Restoring…'} Keep Pain Journal open until it says it is done.
      </p>
      {progress && <progress max={1000} value={Math.round(whole * 1000)} aria-label="Restore progress" />}
    </div>
  );
}

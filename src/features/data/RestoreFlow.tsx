// Restore from a backup file: choose → (passphrase) → see what will happen → merge or replace → done.
// The whole file is read and checked in the backup worker before anything is shown; nothing is written until the
// person confirms, and then everything is written in one transaction.
import { useEffect, useRef, useState } from 'preact/hooks';
import { data } from '../../app/data';
import type { RestoreProgress } from '../../db/backup';
import { BackupError } from '../../domain/backup-errors';
import type { CheckedBackup } from '../../domain/backup-read';
import { planRestore, type RestoreMode, type RestorePlan } from '../../domain/restore-plan';
import { describeError } from '../../ui/errors';
import { checkBackupFile, type ReadStage } from './backup-client';
import { FilePicker } from './FilePicker';
import { RestorePassphrase } from './RestorePassphrase';
import { RestorePreview } from './RestorePreview';
import { restoreBackup } from './restore-actions';
import './data.css';

type Step =
  | { step: 'choose' }
  | { step: 'reading'; file: File; stage: ReadStage }
  | { step: 'passphrase'; file: File; error: string | null; busy: boolean }
  | { step: 'refused'; file: File; message: string; reasons: readonly string[] }
  | {
      step: 'preview';
      file: File;
      backup: CheckedBackup;
      plan: RestorePlan;
      error: string | null;
      /** While writing: how far it has got (null before the first report). */
      writing: false | { progress: RestoreProgress | null };
    }
  | { step: 'done'; message: string };

const STAGE_WORDS: Record<ReadStage, string> = {
  reading: 'Reading the file…',
  decrypting: 'Unlocking the file… this takes a few seconds.',
  checking: 'Checking the file is complete and unchanged…',
  validating: 'Checking every entry…',
};

interface RestoreFlowProps {
  /** The label of the first button. */
  chooseLabel?: string;
  primary?: boolean;
  /** Heading level of the step titles inside (h3 inside a card, h2 on its own). */
  headingLevel?: 2 | 3;
  /** Told once the restore has been written (after its message is shown). */
  onRestored?: () => void;
}

/** The restore steps, each replacing the last in place; focus moves to each new step's heading. */
export function RestoreFlow({
  chooseLabel = 'Choose a backup file',
  primary = false,
  headingLevel = 3,
  onRestored,
}: RestoreFlowProps) {
  const [state, setState] = useState<Step>({ step: 'choose' });
  const heading = useRef<HTMLHeadingElement>(null);
  const H = `h${headingLevel}` as 'h3';

  useEffect(() => {
    if (state.step !== 'choose' && state.step !== 'reading') heading.current?.focus();
  }, [state.step]);

  const read = async (file: File, passphrase?: string) => {
    if (passphrase) setState({ step: 'passphrase', file, error: null, busy: true });
    else setState({ step: 'reading', file, stage: 'reading' });
    try {
      const layer = await data();
      const backup = await checkBackupFile(file, {
        schemaVersion: layer.SCHEMA_VERSION,
        passphrase,
        onProgress: (stage) => !passphrase && setState({ step: 'reading', file, stage }),
      });
      const plan = planRestore(backup.data, await layer.restoreBaseline());
      setState({ step: 'preview', file, backup, plan, error: null, writing: false });
    } catch (error) {
      if (error instanceof BackupError && error.problem === 'needs-passphrase')
        setState({ step: 'passphrase', file, error: null, busy: false });
      else if (error instanceof BackupError && error.problem === 'wrong-passphrase')
        setState({ step: 'passphrase', file, error: error.message, busy: false });
      else if (error instanceof BackupError)
        setState({ step: 'refused', file, message: error.message, reasons: error.reasons });
      else
        setState({
          step: 'refused',
          file,
          message: `This file could not be read (${describeError(error).message}). Nothing was restored.`,
          reasons: [],
        });
    }
  };

  const restore = async (mode: RestoreMode) => {
    if (state.step !== 'preview' || state.writing) return;
    const { backup } = state;
    setState({ ...state, writing: { progress: null }, error: null });
    const refused = await restoreBackup(
      backup,
      mode,
      (progress) =>
        setState((now) => (now.step === 'preview' && now.writing ? { ...now, writing: { progress } } : now)),
      (message) => setState({ step: 'done', message }),
    );
    if (refused) setState({ ...state, writing: false, error: refused });
    else onRestored?.();
  };

  const again = () => setState({ step: 'choose' });

  switch (state.step) {
    case 'choose':
      return <FilePicker label={chooseLabel} primary={primary} onFile={(file) => void read(file)} />;
    case 'reading':
      return (
        <p class="restore-status" role="status" aria-live="polite">
          <span class="restore-spinner" aria-hidden="true" /> {STAGE_WORDS[state.stage]}
        </p>
      );
    case 'passphrase':
      return (
        <RestorePassphrase
          H={H}
          headingRef={heading}
          fileName={state.file.name}
          error={state.error}
          busy={state.busy}
          onUnlock={(passphrase) => void read(state.file, passphrase)}
          onCancel={again}
        />
      );
    case 'refused':
      return (
        <div class="notice notice-danger restore-refused" role="alert">
          <H class="restore-title" ref={heading} tabIndex={-1}>
            This file can’t be restored
          </H>
          <p class="restore-file small">{state.file.name}</p>
          <p>{state.message}</p>
          {state.reasons.length > 0 && (
            <ul class="restore-reasons">
              {state.reasons.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
          )}
          <p class="small">Your journal on this device is exactly as it was.</p>
          <button type="button" class="btn" onClick={again}>
            Choose another file
          </button>
        </div>
      );
    case 'preview':
      return (
        <RestorePreview
          H={H}
          headingRef={heading}
          fileName={state.file.name}
          backup={state.backup}
          plan={state.plan}
          writing={state.writing}
          error={state.error}
          onRestore={(mode) => void restore(mode)}
          onCancel={again}
        />
      );
    case 'done':
      return (
        <div class="notice restore-done" role="status">
          <H class="restore-title" ref={heading} tabIndex={-1}>
            Restored
          </H>
          <p>{state.message.replace(/^Restored\. /, '')}</p>
          <p class="small">Your backup file is unchanged. Keep it until you have made a newer one.</p>
          <button type="button" class="btn" onClick={again}>
            Restore another file
          </button>
        </div>
      );
  }
}

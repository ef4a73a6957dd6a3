// The passphrase step of a restore: one field, Unlock, and the plain message when it is wrong.
import type { Ref } from 'preact';
import { useState } from 'preact/hooks';
import { Field } from '../../ui/Field';

interface RestorePassphraseProps {
  H: 'h2' | 'h3';
  headingRef: Ref<HTMLHeadingElement>;
  fileName: string;
  error: string | null;
  busy: boolean;
  onUnlock: (passphrase: string) => void;
  onCancel: () => void;
}

/** Asks for the passphrase of an encrypted backup. Never autosaved: a secret is not written to the device. */
export function RestorePassphrase({
  H,
  headingRef,
  fileName,
  error,
  busy,
  onUnlock,
  onCancel,
}: RestorePassphraseProps) {
  const [passphrase, setPassphrase] = useState('');
  const [show, setShow] = useState(false);
  const [empty, setEmpty] = useState(false);
  const message = empty ? 'Type the passphrase this backup was made with.' : error;
  return (
    <form
      class="restore-step"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (busy) return;
        if (!passphrase) return setEmpty(true);
        onUnlock(passphrase);
      }}
    >
      <H class="restore-title" ref={headingRef} tabIndex={-1}>
        This backup is protected with a passphrase
      </H>
      <p class="restore-file small">{fileName}</p>
      <Field id="restore-passphrase" label="Passphrase" error={message}>
        {(control) => (
          <input
            {...control}
            class="input"
            // Cast: Preact's types cannot take a type attribute that switches between "text" and "password".
            type={(show ? 'text' : 'password') as 'text'}
            autocomplete="current-password"
            autocapitalize="off"
            spellcheck={false}
            value={passphrase}
            onInput={(event) => {
              setPassphrase((event.currentTarget as HTMLInputElement).value);
              setEmpty(false);
            }}
          />
        )}
      </Field>
      <label class="data-check">
        <input
          type="checkbox"
          checked={show}
          onChange={(event) => setShow((event.currentTarget as HTMLInputElement).checked)}
        />
        <span>Show the passphrase</span>
      </label>
      {busy && (
        <p class="restore-status" role="status">
          <span class="restore-spinner" aria-hidden="true" /> Unlocking… this takes a few seconds.
        </p>
      )}
      <div class="btn-row">
        <button type="submit" class="btn btn-primary" aria-busy={busy} aria-disabled={busy}>
          Unlock
        </button>
        <button type="button" class="btn btn-quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

// The passphrase for an encrypted backup: typed twice, with a strength hint and the warning that it cannot be recovered.
// Never autosaved (no draft): a secret must not be written to the device's storage.
import { useState } from 'preact/hooks';
import { passphraseStrength } from '../../domain/passphrase-strength';
import { Field } from '../../ui/Field';

interface PassphraseFieldsProps {
  passphrase: string;
  again: string;
  onPassphrase: (value: string) => void;
  onAgain: (value: string) => void;
  errors: { passphrase?: string | null; again?: string | null };
}

/** Two passphrase inputs, a "Show" switch, the strength of the first and the warning. */
export function PassphraseFields({ passphrase, again, onPassphrase, onAgain, errors }: PassphraseFieldsProps) {
  const [show, setShow] = useState(false);
  const strength = passphrase ? passphraseStrength(passphrase) : null;
  // Cast: Preact's types cannot take a type attribute that switches between "text" and "password".
  const type = (show ? 'text' : 'password') as 'text';
  return (
    <div class="passphrase">
      <Field
        id="backup-passphrase"
        label="Passphrase"
        error={errors.passphrase}
        describedByAlso={['backup-passphrase-strength']}
      >
        {(control) => (
          <>
            <input
              {...control}
              class="input"
              type={type}
              autocomplete="new-password"
              autocapitalize="off"
              spellcheck={false}
              value={passphrase}
              onInput={(event) => onPassphrase((event.currentTarget as HTMLInputElement).value)}
            />
            <p
              id="backup-passphrase-strength"
              class={`field-hint passphrase-strength passphrase-${strength?.level ?? 'none'}`}
              aria-live="polite"
            >
              {strength ? (
                <>
                  <span class="passphrase-meter" aria-hidden="true">
                    <span />
                    <span />
                    <span />
                  </span>
                  <strong>{strength.label}.</strong> {strength.hint}
                </>
              ) : (
                'Three or four unrelated words are easy to remember and hard to guess. Any language, any characters, emoji too.'
              )}
            </p>
          </>
        )}
      </Field>
      <Field id="backup-passphrase-again" label="The same passphrase again" error={errors.again}>
        {(control) => (
          <input
            {...control}
            class="input"
            type={type}
            autocomplete="new-password"
            autocapitalize="off"
            spellcheck={false}
            value={again}
            onInput={(event) => onAgain((event.currentTarget as HTMLInputElement).value)}
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
      <p class="notice notice-warning passphrase-warning">
        <strong>Write it down somewhere safe.</strong> Nobody can open this backup without the passphrase, and it cannot
        be recovered or reset — not by you, not by anyone.
      </p>
    </div>
  );
}

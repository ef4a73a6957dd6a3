// "Back up now": one button, and an optional passphrase to encrypt the file.
import { useRef, useState } from 'preact/hooks';
import { passphraseStrength } from '../../domain/passphrase-strength';
import { describeError } from '../../ui/errors';
import { showToast } from '../../ui/toast';
import { makeBackup } from './make-backup';
import { PassphraseFields } from './PassphraseFields';
import { formatBytes } from './words';

/** The backup form: encrypt or not, then download the file. */
export function BackupForm() {
  const [encrypt, setEncrypt] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [errors, setErrors] = useState<{ passphrase?: string | null; again?: string | null; form?: string | null }>({});
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    if (encrypt) {
      const found = {
        passphrase: passphraseStrength(passphrase).level === 'too-short' ? passphraseStrength(passphrase).hint : null,
        again: passphrase && again !== passphrase ? 'The two passphrases are not the same. Type it again.' : null,
      };
      if (found.passphrase || found.again) {
        setErrors(found);
        requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
        return;
      }
    }
    setErrors({});
    setBusy(true);
    try {
      const made = await makeBackup(encrypt ? passphrase : undefined);
      setPassphrase('');
      setAgain('');
      showToast({
        tone: 'success',
        message: `Backup saved as ${made.fileName} (${formatBytes(made.bytes)}). Keep it somewhere other than this phone, like a cloud drive or your computer.`,
        duration: 10_000,
      });
    } catch (error) {
      setErrors({ form: describeError(error).message.replace('this was not saved', 'the backup was not made') });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form ref={form} class="backup-form" onSubmit={submit} noValidate>
      <label class="data-check">
        <input
          type="checkbox"
          checked={encrypt}
          aria-controls="backup-passphrase-fields"
          onChange={(event) => {
            setEncrypt((event.currentTarget as HTMLInputElement).checked);
            setErrors({});
          }}
        />
        <span>Protect the file with a passphrase</span>
      </label>
      <div id="backup-passphrase-fields" hidden={!encrypt}>
        {encrypt && (
          <PassphraseFields
            passphrase={passphrase}
            again={again}
            errors={errors}
            onPassphrase={(value) => {
              setPassphrase(value);
              if (errors.passphrase) setErrors({ ...errors, passphrase: null });
            }}
            onAgain={(value) => {
              setAgain(value);
              if (errors.again) setErrors({ ...errors, again: null });
            }}
          />
        )}
      </div>
      {errors.form && (
        <p class="field-error" role="alert">
          {errors.form}
        </p>
      )}
      <button type="submit" class="btn btn-primary btn-block btn-lg" aria-busy={busy} aria-disabled={busy}>
        {busy
          ? encrypt
            ? 'Encrypting your backup…'
            : 'Making your backup…'
          : encrypt
            ? 'Back up now, encrypted'
            : 'Back up now'}
      </button>
    </form>
  );
}

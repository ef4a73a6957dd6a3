// "Back up now": one button, and an optional passphrase to encrypt the file.
import { useState } from 'preact/hooks';
import { passphraseStrength } from '../../domain/passphrase-strength';
import { showToast } from '../../ui/toast';
import { useSubmit } from '../../ui/use-submit';
import { makeBackup } from './make-backup';
import { PassphraseFields } from './PassphraseFields';
import { formatBytes } from './words';

/** The backup form: encrypt or not, then download the file. */
export function BackupForm() {
  const [encrypt, setEncrypt] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const { formRef, errors, busy, clear, refuse, save } = useSubmit<'passphrase' | 'again'>();

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    if (encrypt) {
      const strength = passphraseStrength(passphrase);
      const found = {
        ...(strength.level === 'too-short' ? { passphrase: strength.hint } : {}),
        ...(passphrase && again !== passphrase
          ? { again: 'The two passphrases are not the same. Type it again.' }
          : {}),
      };
      if (found.passphrase || found.again) {
        refuse(found);
        return;
      }
    }
    clear('passphrase', 'again');
    await save(
      async () => {
        const made = await makeBackup(encrypt ? passphrase : undefined);
        setPassphrase('');
        setAgain('');
        showToast({
          tone: 'success',
          message: `Backup saved as ${made.fileName} (${formatBytes(made.bytes)}). Keep it somewhere other than this phone, like a cloud drive or your computer.`,
          duration: 10_000,
        });
      },
      { reword: (message) => message.replace('this was not saved', 'the backup was not made') },
    );
  };

  return (
    <form ref={formRef} class="backup-form" onSubmit={submit} noValidate>
      <label class="data-check">
        <input
          type="checkbox"
          checked={encrypt}
          aria-controls="backup-passphrase-fields"
          onChange={(event) => {
            setEncrypt((event.currentTarget as HTMLInputElement).checked);
            clear('passphrase', 'again');
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
              clear('passphrase');
            }}
            onAgain={(value) => {
              setAgain(value);
              clear('again');
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

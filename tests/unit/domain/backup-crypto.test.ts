// The encrypted backup: parameters as promised, Unicode passphrases, and every wrong passphrase or changed byte refused
// the same way, with nothing read.
import { describe, expect, it } from 'vitest';
import { fromBase64, toBase64 } from '../../../src/domain/bytes';
import {
  decryptBackup,
  encryptBackup,
  PBKDF2_ITERATIONS,
  serialiseEncryptedBackup,
  WRONG_PASSPHRASE,
} from '../../../src/domain/backup-crypto';
import { BackupError } from '../../../src/domain/backup-errors';
import { buildBackupFile, serialiseBackup } from '../../../src/domain/backup-format';
import { readBackup } from '../../../src/domain/backup-read';
import { META, sampleData } from './backup-sample';

const plainText = async () => serialiseBackup(await buildBackupFile({ data: sampleData(), ...META }));

async function encrypted(passphrase: string): Promise<string> {
  return serialiseEncryptedBackup(await encryptBackup(await plainText(), passphrase, META));
}

async function problemOf(text: string, passphrase: string): Promise<string> {
  const error = await readBackup(text, { schemaVersion: 2, passphrase }).then(
    () => 'read',
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BackupError);
  return `${(error as BackupError).problem}: ${(error as BackupError).message}`;
}

describe('an encrypted backup', () => {
  it('uses PBKDF2-SHA256 (600,000 iterations, 16-byte salt) and AES-GCM-256 (12-byte IV), all named in a plain header', async () => {
    const file = JSON.parse(await encrypted('correct horse battery staple'));
    expect(file).toMatchObject({
      format: 'pain-journal-backup',
      formatVersion: 1,
      schemaVersion: 2,
      appVersion: '0.1.0',
      exportedAt: META.exportedAt,
    });
    expect(file.encryption).toMatchObject({
      cipher: 'AES-GCM',
      keyBits: 256,
      kdf: 'PBKDF2',
      hash: 'SHA-256',
      iterations: 600_000,
    });
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    expect(fromBase64(file.encryption.salt)).toHaveLength(16);
    expect(fromBase64(file.encryption.iv)).toHaveLength(12);
    // Nothing of the journal shows in the file.
    expect(JSON.stringify(file)).not.toMatch(/Bad night|lower-back|Northside|counts/);
  });

  it('uses a fresh salt and IV every time', async () => {
    const [a, b] = [JSON.parse(await encrypted('same passphrase')), JSON.parse(await encrypted('same passphrase'))];
    expect(a.encryption.salt).not.toBe(b.encryption.salt);
    expect(a.encryption.iv).not.toBe(b.encryption.iv);
    expect(a.ciphertext).not.toBe(b.ciphertext);
  });

  it('opens with the right passphrase to exactly the rows that went in', async () => {
    const read = await readBackup(await encrypted('correct horse battery staple'), {
      schemaVersion: 2,
      passphrase: 'correct horse battery staple',
    });
    expect(read.data).toEqual(sampleData());
    expect(read.meta.encrypted).toBe(true);
  });

  it('asks for a passphrase before anything else, and refuses a newer version before asking', async () => {
    const text = await encrypted('correct horse battery staple');
    expect(await readBackup(text, { schemaVersion: 2 }).catch((e: BackupError) => e.problem)).toBe('needs-passphrase');
    expect(await readBackup(text, { schemaVersion: 1 }).catch((e: BackupError) => e.problem)).toBe('newer');
  });

  it('works with emoji and any script, and with é typed either way (NFC before encoding)', async () => {
    const passphrase = 'Café 🐢🌙 über 日本語 Ωmega';
    const text = await encrypted(passphrase);
    expect((await readBackup(text, { schemaVersion: 2, passphrase })).data).toEqual(sampleData());
    const decomposed = passphrase.normalize('NFD');
    expect(decomposed).not.toBe(passphrase);
    expect((await readBackup(text, { schemaVersion: 2, passphrase: decomposed })).data).toEqual(sampleData());
  });

  it('reports a wrong passphrase as such', async () => {
    const text = await encrypted('correct horse battery staple');
    expect(await problemOf(text, 'correct horse battery stapl')).toBe(`wrong-passphrase: ${WRONG_PASSPHRASE}`);
    expect(WRONG_PASSPHRASE).toMatch(/^The passphrase is wrong, or the file was changed/);
  });

  it('reports a changed byte anywhere in the ciphertext, the IV, the salt or the header the same way', async () => {
    const passphrase = 'correct horse battery staple';
    const file = JSON.parse(await encrypted(passphrase));
    const flip = (b64: string, at: number) => {
      const bytes = fromBase64(b64)!;
      bytes[at] ^= 0x01;
      return toBase64(bytes);
    };
    const cases = [
      { ...file, ciphertext: flip(file.ciphertext, 0) },
      { ...file, ciphertext: flip(file.ciphertext, fromBase64(file.ciphertext)!.length - 1) },
      { ...file, encryption: { ...file.encryption, iv: flip(file.encryption.iv, 5) } },
      { ...file, encryption: { ...file.encryption, salt: flip(file.encryption.salt, 15) } },
      { ...file, exportedAt: '2026-03-02T10:00:00.001Z' },
      { ...file, appVersion: '0.1.1' },
      { ...file, encryption: { ...file.encryption, iterations: 600_001 } },
    ];
    for (const changed of cases)
      expect(await problemOf(JSON.stringify(changed), passphrase)).toMatch(/^wrong-passphrase: /);
  }, 30_000);

  it('refuses unreadable or out-of-range parameters without trying', async () => {
    const file = JSON.parse(await encrypted('correct horse battery staple'));
    for (const encryption of [
      { ...file.encryption, iterations: 1000 },
      { ...file.encryption, iterations: 1e12 },
      { ...file.encryption, cipher: 'AES-CBC' },
      { ...file.encryption, salt: 'not base64!' },
      { ...file.encryption, iv: toBase64(new Uint8Array(8)) },
    ]) {
      expect(await problemOf(JSON.stringify({ ...file, encryption }), 'x')).toMatch(
        /^damaged: This encrypted backup is damaged/,
      );
    }
    expect(await problemOf(JSON.stringify({ ...file, ciphertext: 'AAAA' }), 'x')).toMatch(/^damaged: /);
  });

  it('decryptBackup gives back the exact plain text', async () => {
    const plain = await plainText();
    const file = await encryptBackup(plain, 'pässwörd 🔑 long enough', META);
    expect(await decryptBackup(file as unknown as Record<string, unknown>, 'pässwörd 🔑 long enough')).toBe(plain);
  });
});

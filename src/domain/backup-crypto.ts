// The encrypted backup: a plain JSON header and the whole plain backup file, sealed with a passphrase.
// Everything through crypto.subtle (browsers, workers and Node 20 alike); no library.
//
//   key        = PBKDF2(HMAC-SHA-256, UTF-8 bytes of passphrase.normalize('NFC'), salt: 16 random bytes,
//                       iterations: 600,000) → 256-bit AES key
//   ciphertext = AES-GCM-256(key, iv: 12 random bytes, additional data: UTF-8 canonical JSON of the file without
//                "ciphertext", plaintext: UTF-8 text of the plain backup file)
//
// NFC first, so "é" typed as one code point on one keyboard and as e + accent on another opens the same file; emoji
// and every other script are just UTF-8 bytes. The header (salt, iv, iterations, versions, time) is the additional
// data, so changing any byte of it, or of the ciphertext, makes decryption fail exactly like a wrong passphrase does:
// AES-GCM cannot tell the two apart, and the message says so.
import { fromBase64, toBase64 } from './bytes';
import { BackupError } from './backup-errors';
import { canonicalJson } from './canonical-json';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type BackupMeta } from './backup-format';

/** PBKDF2 iterations written into new files (OWASP 2023 for PBKDF2-HMAC-SHA256). */
export const PBKDF2_ITERATIONS = 600_000;
/** Fewest iterations a file may ask for; fewer would mean the file was not made by this app. */
export const MIN_ITERATIONS = 600_000;
/** Most iterations a file may ask for, so a hostile file cannot keep the phone busy for minutes. */
export const MAX_ITERATIONS = 10_000_000;

/** The plain header of an encrypted file: how to derive the key and decrypt. */
export interface EncryptionParams {
  cipher: 'AES-GCM';
  keyBits: 256;
  iv: string;
  kdf: 'PBKDF2';
  hash: 'SHA-256';
  iterations: number;
  salt: string;
  passphraseEncoding: 'UTF-8 after Unicode NFC';
}

/** An encrypted backup file, as written. */
export interface EncryptedBackupFile {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  schemaVersion: number;
  appVersion: string;
  exportedAt: string;
  encryption: EncryptionParams;
  ciphertext: string;
}

/** The message for a wrong passphrase or a changed file: AES-GCM cannot tell them apart. */
export const WRONG_PASSPHRASE = 'The passphrase is wrong, or the file was changed. Nothing was restored.';

/** The passphrase as bytes: Unicode NFC, then UTF-8. */
export function passphraseBytes(passphrase: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(passphrase.normalize('NFC'));
}

async function deriveKey(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
  usage: KeyUsage,
): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', passphraseBytes(passphrase), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    [usage],
  );
}

function additionalData(file: Omit<EncryptedBackupFile, 'ciphertext'>): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(canonicalJson(file));
}

/** Encrypts the text of a plain backup file; `meta` is repeated in the plain header. Salt and IV are fresh each time. */
export async function encryptBackup(
  plainText: string,
  passphrase: string,
  meta: Omit<BackupMeta, 'encrypted'>,
  { iterations = PBKDF2_ITERATIONS }: { iterations?: number } = {},
): Promise<EncryptedBackupFile> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const header: Omit<EncryptedBackupFile, 'ciphertext'> = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    schemaVersion: meta.schemaVersion,
    appVersion: meta.appVersion,
    exportedAt: meta.exportedAt,
    encryption: {
      cipher: 'AES-GCM',
      keyBits: 256,
      iv: toBase64(iv),
      kdf: 'PBKDF2',
      hash: 'SHA-256',
      iterations,
      salt: toBase64(salt),
      passphraseEncoding: 'UTF-8 after Unicode NFC',
    },
  };
  const key = await deriveKey(passphrase, salt, iterations, 'encrypt');
  const sealed = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: additionalData(header), tagLength: 128 },
    key,
    new TextEncoder().encode(plainText),
  );
  return { ...header, ciphertext: toBase64(new Uint8Array(sealed)) };
}

/** The file's text: the header on readable lines, the ciphertext on its own line. */
export function serialiseEncryptedBackup(file: EncryptedBackupFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** True when a parsed backup says it is encrypted. */
export function isEncryptedBackup(file: Record<string, unknown>): boolean {
  return Object.hasOwn(file, 'encryption') || Object.hasOwn(file, 'ciphertext');
}

function damaged(why: string): BackupError {
  return new BackupError('damaged', `This encrypted backup is damaged (${why}), so nothing was restored.`);
}

/** Checks the header's parameters; returns the salt, iv and iterations to use. */
function readParams(file: Record<string, unknown>): {
  salt: Uint8Array<ArrayBuffer>;
  iv: Uint8Array<ArrayBuffer>;
  iterations: number;
  ciphertext: Uint8Array<ArrayBuffer>;
} {
  const params = file.encryption as Record<string, unknown> | undefined;
  if (typeof params !== 'object' || params === null || Array.isArray(params))
    throw damaged('its encryption settings are missing');
  const own = (key: string) => (Object.hasOwn(params, key) ? params[key] : undefined);
  if (own('cipher') !== 'AES-GCM' || own('keyBits') !== 256 || own('kdf') !== 'PBKDF2' || own('hash') !== 'SHA-256') {
    throw damaged('it names a cipher this app does not use');
  }
  const iterations = own('iterations');
  if (
    !Number.isInteger(iterations) ||
    (iterations as number) < MIN_ITERATIONS ||
    (iterations as number) > MAX_ITERATIONS
  ) {
    throw damaged('its key settings are out of range');
  }
  const salt = fromBase64(own('salt') as string);
  const iv = fromBase64(own('iv') as string);
  if (salt?.length !== 16 || iv?.length !== 12) throw damaged('its key settings are not readable');
  const ciphertext = typeof file.ciphertext === 'string' ? fromBase64(file.ciphertext) : null;
  // 16 bytes is the AES-GCM tag alone.
  if (!ciphertext || ciphertext.length < 16) throw damaged('the encrypted part is not readable');
  return { salt, iv, iterations: iterations as number, ciphertext };
}

/** Decrypts an encrypted backup to the text of the plain backup inside; a wrong passphrase or any change throws WRONG_PASSPHRASE. */
export async function decryptBackup(file: Record<string, unknown>, passphrase: string): Promise<string> {
  const { salt, iv, iterations, ciphertext } = readParams(file);
  const { ciphertext: _sealed, ...header } = file;
  let aad: Uint8Array<ArrayBuffer>;
  try {
    aad = new TextEncoder().encode(canonicalJson(header));
  } catch {
    throw damaged('its header holds values that are not plain data');
  }
  const key = await deriveKey(passphrase, salt, iterations, 'decrypt');
  let plain: ArrayBuffer;
  try {
    plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData: aad, tagLength: 128 }, key, ciphertext);
  } catch {
    throw new BackupError('wrong-passphrase', WRONG_PASSPHRASE);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(plain);
  } catch {
    throw damaged('the decrypted part is not text');
  }
}

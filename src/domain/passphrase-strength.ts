// A rough, honest hint of how hard a backup passphrase is to guess. Not a guarantee: it only steers people away from
// short or common choices and toward a few unrelated words. Pure: no DOM.

/** Fewest characters (Unicode code points) a backup passphrase may have. */
export const PASSPHRASE_MIN = 8;

/** How strong a passphrase looks, with a hint of what would make it stronger. */
export interface PassphraseStrength {
  level: 'too-short' | 'weak' | 'fair' | 'strong';
  label: string;
  hint: string;
}

const COMMON = [
  'password',
  'passwort',
  'qwerty',
  'azerty',
  '123456',
  'letmein',
  'iloveyou',
  'welcome',
  'admin',
  'painjournal',
  'abc123',
  '111111',
];

/** Estimates guessing difficulty from length, kinds of characters, repeats and common words. */
export function passphraseStrength(passphrase: string): PassphraseStrength {
  const chars = [...passphrase.normalize('NFC')];
  if (chars.length < PASSPHRASE_MIN) {
    return {
      level: 'too-short',
      label: 'Too short',
      hint: `Use at least ${PASSPHRASE_MIN} characters. Three or four unrelated words are easy to remember and hard to guess.`,
    };
  }
  let pool = 0;
  if (chars.some((c) => /[a-z]/.test(c))) pool += 26;
  if (chars.some((c) => /[A-Z]/.test(c))) pool += 26;
  if (chars.some((c) => /[0-9]/.test(c))) pool += 10;
  if (chars.some((c) => /[ -/:-@[-`{-~]/.test(c))) pool += 33;
  if (chars.some((c) => c.codePointAt(0)! > 0x7f)) pool += 100;
  const distinct = new Set(chars.map((c) => c.toLowerCase())).size;
  // Repeats add little: count the distinct characters fully and the rest at a quarter.
  let bits = (distinct + (chars.length - distinct) / 4) * Math.log2(Math.max(pool, 2));
  const lower = passphrase.toLowerCase();
  if (COMMON.some((word) => lower.includes(word))) bits = Math.min(bits, 30);
  // "Summer2024!": one word, then digits and maybe a symbol — the first pattern people try.
  if (/^[A-Za-z]+\d{1,4}[^A-Za-z0-9]?$/.test(passphrase)) bits = Math.min(bits, 45);
  const words = passphrase.trim().split(/\s+/).length;
  if (bits < 45)
    return {
      level: 'weak',
      label: 'Weak',
      hint: 'Easy to guess. Add more words, or use a short sentence only you would write.',
    };
  if (bits < 70 && words < 4)
    return { level: 'fair', label: 'Fair', hint: 'Another word or two would make it strong.' };
  return { level: 'strong', label: 'Strong', hint: 'Strong. Write it down somewhere safe: it cannot be recovered.' };
}

import { describe, expect, it } from 'vitest';
import { passphraseStrength } from '../../../src/domain/passphrase-strength';

describe('passphraseStrength', () => {
  it('refuses fewer than 8 characters, counting emoji as one each', () => {
    expect(passphraseStrength('abc12').level).toBe('too-short');
    expect(passphraseStrength('🐢🐢🐢🐢🐢🐢🐢').level).toBe('too-short');
  });

  it('calls common and pattern passwords weak or fair, never strong', () => {
    expect(passphraseStrength('password123').level).toBe('weak');
    expect(passphraseStrength('aaaaaaaaaaaa').level).toBe('weak');
    expect(passphraseStrength('Summer2024!').level).not.toBe('strong');
  });

  it('calls a few unrelated words strong, in any script', () => {
    expect(passphraseStrength('correct horse battery staple').level).toBe('strong');
    expect(passphraseStrength('über grüne äpfel und birnen').level).toBe('strong');
    expect(passphraseStrength('🐢 slow turtle 🌙 moon swim').level).toBe('strong');
  });

  it('always gives a hint in words', () => {
    for (const p of ['', 'short', 'password1', 'correct horse battery staple'])
      expect(passphraseStrength(p).hint.length).toBeGreaterThan(10);
  });
});

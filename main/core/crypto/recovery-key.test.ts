import { describe, expect, it } from 'vitest';
import { formatRecoveryKey, generateRecoveryKey, parseRecoveryKey } from './recovery-key';

describe('recovery keys', () => {
  it('are 256 bits in groups of five easy-to-read characters, with two check characters', () => {
    const { bytes, text } = generateRecoveryKey();
    expect(bytes).toHaveLength(32);
    expect(text).toMatch(/^([0-9A-HJKMNP-TV-Z]{5}-){10}[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(parseRecoveryKey(text)?.equals(bytes)).toBe(true);
  });

  it('read the way a person types them: any case, spaces, O for 0, I or L for 1', () => {
    const bytes = Buffer.alloc(32, 0);
    bytes[31] = 0x21;
    const text = formatRecoveryKey(bytes);
    const typed = ` ${text.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o')} `;
    expect(parseRecoveryKey(typed)?.equals(bytes)).toBe(true);
    const withOnes = formatRecoveryKey(Buffer.alloc(32, 0x08)).replace(/1/g, 'l');
    expect(parseRecoveryKey(withOnes)?.equals(Buffer.alloc(32, 0x08))).toBe(true);
  });

  it('catch a typo instead of trying a wrong key', () => {
    const { text } = generateRecoveryKey();
    const chars = text.replace(/-/g, '').split('');
    let caught = 0;
    for (let i = 0; i < chars.length; i += 1) {
      const typo = [...chars];
      typo[i] = typo[i] === 'A' ? 'B' : 'A';
      if (parseRecoveryKey(typo.join('')) === null) caught += 1;
    }
    // Two check characters (10 bits) catch almost every single-character typo.
    expect(caught).toBeGreaterThanOrEqual(chars.length - 1);
    expect(parseRecoveryKey(text.slice(0, -1))).toBeNull();
    expect(parseRecoveryKey(`${text}X`)).toBeNull();
    expect(parseRecoveryKey('not a key at all')).toBeNull();
  });
});

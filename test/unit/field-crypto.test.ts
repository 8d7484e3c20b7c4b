import { describe, expect, it } from 'vitest';
import { DecryptionError, FieldCrypto, generateDataKey } from '../../src/privacy/field-crypto.js';

const context = { table: 'ThoughtRecord', column: 'situationEnc', rowId: 'row-1' };

describe('field encryption (AES-256-GCM)', () => {
  const crypto = FieldCrypto.fromBase64(generateDataKey());

  it('round-trips text, including emoji, right-to-left text and long answers', () => {
    for (const text of ['I felt 😔 after the call', 'שלום, אני בסדר', 'مرحبا', 'x'.repeat(10_000), '']) {
      const stored = crypto.encrypt(text, context);
      expect(stored).not.toContain(text || '\u0000');
      expect(crypto.decrypt(stored, context)).toBe(text);
    }
  });

  it('uses a fresh 96-bit IV for every value', () => {
    const a = crypto.encrypt('same', context);
    const b = crypto.encrypt('same', context);
    expect(a).not.toBe(b);
    expect(Buffer.from(a.split('.')[2]!, 'base64url')).toHaveLength(12);
  });

  it('refuses a tampered ciphertext', () => {
    const stored = crypto.encrypt('the evidence against', context);
    const parts = stored.split('.');
    const body = Buffer.from(parts[3]!, 'base64url');
    body[0] = body[0]! ^ 0x01;
    parts[3] = body.toString('base64url');
    expect(() => crypto.decrypt(parts.join('.'), context)).toThrow(DecryptionError);
  });

  it('refuses a value moved to another row, column or table', () => {
    const stored = crypto.encrypt('private', context);
    expect(() => crypto.decrypt(stored, { ...context, rowId: 'row-2' })).toThrow(DecryptionError);
    expect(() => crypto.decrypt(stored, { ...context, column: 'evidenceForEnc' })).toThrow(DecryptionError);
    expect(() => crypto.decrypt(stored, { ...context, table: 'CheckIn' })).toThrow(DecryptionError);
  });

  it('refuses a value written with a key it does not have', () => {
    const other = FieldCrypto.fromBase64(generateDataKey());
    expect(() => other.decrypt(crypto.encrypt('x', context), context)).toThrow(/unknown key/);
  });

  it('rotates keys: old values stay readable and are re-encrypted with the new key', () => {
    const oldKey = generateDataKey();
    const newKey = generateDataKey();
    const before = FieldCrypto.fromBase64(oldKey);
    const stored = before.encrypt('balanced thought', context);

    const after = FieldCrypto.fromBase64(newKey, [oldKey]);
    expect(after.needsRotation(stored)).toBe(true);
    expect(after.decrypt(stored, context)).toBe('balanced thought');
    const rotated = after.reencrypt(stored, context);
    expect(after.needsRotation(rotated)).toBe(false);
    expect(rotated.split('.')[1]).toBe(after.currentKeyId);
    expect(FieldCrypto.fromBase64(newKey).decrypt(rotated, context)).toBe('balanced thought');
    expect(() => before.decrypt(rotated, context)).toThrow(DecryptionError);
  });

  it('rejects keys of the wrong size', () => {
    expect(() => new FieldCrypto(Buffer.alloc(16))).toThrow(/32 bytes/);
  });
});

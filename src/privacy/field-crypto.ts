import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/**
 * Encryption of free-text columns at rest: AES-256-GCM, a random 96-bit IV per value, and the
 * table, column and row id bound as additional authenticated data, so a ciphertext copied to another
 * row or column fails to decrypt.
 *
 * Stored form: `v1.<keyId>.<iv b64url>.<ciphertext+tag b64url>`. `keyId` names the key that
 * encrypted the value (the first 8 hex digits of SHA-256 over the key), which makes rotation
 * possible: old keys stay in the keyring for reading while the current key writes.
 */

const FORMAT_VERSION = 'v1';
const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** Where a value lives; bound into the ciphertext as additional authenticated data. */
export interface FieldContext {
  table: string;
  column: string;
  rowId: string;
}

/** A value could not be decrypted: tampered, moved to another row, or written with an unknown key. */
export class DecryptionError extends Error {
  override readonly name = 'DecryptionError';
}

export function keyIdOf(key: Buffer): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 8);
}

function aadOf(context: FieldContext): Buffer {
  return Buffer.from(`${context.table}\u0000${context.column}\u0000${context.rowId}`, 'utf8');
}

export class FieldCrypto {
  private readonly keys = new Map<string, Buffer>();
  readonly currentKeyId: string;
  private readonly currentKey: Buffer;

  /** @param current the key new values are written with; @param previous keys still accepted for reading. */
  constructor(current: Buffer, previous: readonly Buffer[] = []) {
    for (const key of [current, ...previous]) {
      if (key.length !== KEY_BYTES) throw new Error(`A data key must be ${KEY_BYTES} bytes`);
      this.keys.set(keyIdOf(key), key);
    }
    this.currentKey = current;
    this.currentKeyId = keyIdOf(current);
  }

  static fromBase64(current: string, previous: readonly string[] = []): FieldCrypto {
    return new FieldCrypto(
      Buffer.from(current, 'base64'),
      previous.map((key) => Buffer.from(key, 'base64')),
    );
  }

  encrypt(plaintext: string, context: FieldContext): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.currentKey, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(aadOf(context));
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]);
    return `${FORMAT_VERSION}.${this.currentKeyId}.${iv.toString('base64url')}.${body.toString('base64url')}`;
  }

  decrypt(stored: string, context: FieldContext): string {
    const parts = stored.split('.');
    if (parts.length !== 4 || parts[0] !== FORMAT_VERSION) throw new DecryptionError('Not an encrypted field value');
    const [, keyId, ivText, bodyText] = parts as [string, string, string, string];
    const key = this.keys.get(keyId);
    if (!key) throw new DecryptionError(`Encrypted with an unknown key (${keyId})`);
    const iv = Buffer.from(ivText, 'base64url');
    const body = Buffer.from(bodyText, 'base64url');
    if (iv.length !== IV_BYTES || body.length < TAG_BYTES) throw new DecryptionError('Malformed encrypted field value');
    try {
      const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
      decipher.setAAD(aadOf(context));
      decipher.setAuthTag(body.subarray(body.length - TAG_BYTES));
      return Buffer.concat([decipher.update(body.subarray(0, body.length - TAG_BYTES)), decipher.final()]).toString(
        'utf8',
      );
    } catch {
      throw new DecryptionError('Encrypted field failed authentication (tampered, or bound to another row)');
    }
  }

  /** True when the value was written with an older key and should be re-encrypted. */
  needsRotation(stored: string): boolean {
    return stored.split('.')[1] !== this.currentKeyId;
  }

  /** Decrypts with whichever key wrote the value and encrypts again with the current key. */
  reencrypt(stored: string, context: FieldContext): string {
    return this.encrypt(this.decrypt(stored, context), context);
  }

  encryptJson(value: unknown, context: FieldContext): string {
    return this.encrypt(JSON.stringify(value), context);
  }

  decryptJson<T>(stored: string, context: FieldContext): T {
    return JSON.parse(this.decrypt(stored, context)) as T;
  }
}

export function generateDataKey(): string {
  return randomBytes(KEY_BYTES).toString('base64');
}

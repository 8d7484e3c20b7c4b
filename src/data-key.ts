import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Config } from './config.js';
import type { Logger } from './logger.js';
import { FieldCrypto, generateDataKey } from './privacy/field-crypto.js';

/**
 * Chooses the data-encryption key: `BETWEEN_DATA_KEY` when set (production), otherwise a key file
 * generated on first start next to the embedded database (mode 0600).
 *
 * If the database already holds people's data but the key file is gone, everything encrypted so
 * far is unreadable with a new key: that is said loudly, once, at error level. A brand-new
 * database (just created by the migrations, nobody in it yet) is a first start, not a loss: the
 * caller says which it is (`holdsData`), read from the database itself rather than from whether a
 * file exists, since migrations create the file before this runs.
 */
export function loadFieldCrypto(config: Config, logger: Logger, options: { holdsData: boolean }): FieldCrypto {
  if (config.BETWEEN_DATA_KEY) return FieldCrypto.fromBase64(config.BETWEEN_DATA_KEY, config.BETWEEN_DATA_KEY_PREVIOUS);

  const keyFile = resolve(config.BETWEEN_KEY_FILE);
  if (existsSync(keyFile)) {
    const key = readFileSync(keyFile, 'utf8').trim();
    return FieldCrypto.fromBase64(key, config.BETWEEN_DATA_KEY_PREVIOUS);
  }

  if (options.holdsData) {
    logger.error(
      { keyFile },
      '!!! The database exists but its data key file is missing. Answers stored so far cannot be decrypted with a new key. ' +
        'Restore the key file (or set BETWEEN_DATA_KEY) and restart; continuing with a NEW key.',
    );
  } else if (config.DATABASE_URL.startsWith('postgres')) {
    logger.warn({ keyFile }, 'No BETWEEN_DATA_KEY set for PostgreSQL: generating a local key file. Set BETWEEN_DATA_KEY in production.');
  }
  mkdirSync(dirname(keyFile), { recursive: true });
  writeFileSync(keyFile, `${generateDataKey()}\n`, { mode: 0o600, flag: 'wx' });
  chmodSync(keyFile, 0o600);
  logger.info({ keyFile }, 'Generated a new data key file (keep it with backups of the database)');
  return FieldCrypto.fromBase64(readFileSync(keyFile, 'utf8').trim(), config.BETWEEN_DATA_KEY_PREVIOUS);
}

/** The file path of a `file:` SQLite URL, or undefined for other databases. */
export function sqliteFileOf(databaseUrl: string): string | undefined {
  if (!databaseUrl.startsWith('file:')) return undefined;
  return resolve(databaseUrl.slice('file:'.length).replace(/\?.*$/, ''));
}

import { Writable } from 'node:stream';
import { createLogger, type Logger } from '../../src/logger.js';

/**
 * A JSON logger whose lines land in `lines`, with no secrets configured — so a token or a user's
 * words leaking into a log shows up in assertions instead of being scrubbed away.
 */
export function capturingLogger(lines: string[] | undefined, level = 'debug'): Logger {
  return createLogger({
    level,
    format: 'json',
    secrets: [],
    destination: new Writable({
      write(chunk, _encoding, callback) {
        lines?.push(String(chunk));
        callback();
      },
    }),
  });
}

// The adapter kit: what every platform adapter does the same way — sending a message the platform
// needs as several parts, splitting long text, and turning an SDK's failure into the core's typed
// errors. Each adapter adds only what is its platform's own (its limits, its error codes).
import { AdapterNetworkError, AdapterAuthError, AdapterNotFoundError, AdapterRateLimitError, AdapterValidationError, type AdapterError, type SendProgress } from '../src/core/adapter.js';
import type { MarkupSegment } from '../src/core/messages.js';

/**
 * The shared part of every adapter's send: a message the platform needs as several parts (long
 * text, then an attachment…) goes out part by part, skipping the parts an earlier try already put in
 * the chat (`progress.partsSent`, stored on the outbox row) and recording each part as it lands, so
 * a failure of part 3 — or a restart — resumes at part 3 on every platform alike.
 */
export async function sendParts<T>(parts: readonly T[], progress: SendProgress | undefined, sendOne: (part: T, index: number) => Promise<void>): Promise<void> {
  const from = Math.min(progress?.partsSent ?? 0, parts.length);
  for (let index = from; index < parts.length; index++) {
    await sendOne(parts[index]!, index);
    // The last part completes the message: its "sent" mark says so.
    if (progress && index < parts.length - 1) await progress.partSent(index);
  }
}

// ---------------------------------------------------------------------------------------------
// Splitting long text

/** How long a chunk of styled text is once the platform has it (rendered markup, escapes…). */
export type LengthMeasure = (chunk: readonly MarkupSegment[]) => number;

/** Visible characters (UTF-16 code units): what Telegram counts after parsing entities. */
export const visibleLength: LengthMeasure = (chunk) => chunk.reduce((sum, segment) => sum + segment.text.length, 0);

/**
 * Splits styled text into chunks that each measure at most `limit` on the platform: at the last
 * line break that fits (unless that leaves the chunk under half full), else the last space, else
 * mid-word — never inside a surrogate pair. The break itself is dropped. Styles are split with the
 * text, so each chunk renders its own markers and bold or italic never straddles two messages.
 * `measure` must never be below the visible length (rendering only adds characters).
 */
export function splitStyled(segments: readonly MarkupSegment[], limit: number, measure: LengthMeasure = visibleLength): MarkupSegment[][] {
  if (limit < 2) throw new RangeError('limit must be at least 2');
  const plain = segments.map((segment) => segment.text).join('');
  const chunks: MarkupSegment[][] = [];
  let start = 0;
  while (measure(sliceSegments(segments, start, plain.length)) > limit) {
    // The longest slice that fits: start from `limit` visible characters and shrink in proportion
    // to how far over the rendered length is (escapes and markers make it longer than the text).
    let end = Math.min(plain.length, start + limit);
    for (let size = measure(sliceSegments(segments, start, end)); size > limit; size = measure(sliceSegments(segments, start, end))) {
      end = start + Math.max(1, Math.min(end - start - 1, Math.floor(((end - start) * limit) / size)));
    }
    const window = plain.slice(start, end + 1);
    const half = (end - start) / 2;
    let cut = window.lastIndexOf('\n');
    if (cut < half) cut = window.lastIndexOf(' ', end - start);
    let skip = 1;
    if (cut < half || cut > end - start) {
      cut = end - start;
      skip = 0;
      if (cut > 1 && isHighSurrogate(plain.charCodeAt(start + cut - 1))) cut -= 1;
    }
    chunks.push(sliceSegments(segments, start, start + cut));
    start += cut + skip;
  }
  chunks.push(sliceSegments(segments, start, plain.length));
  return chunks.filter((chunk) => chunk.some((segment) => segment.text.trim()));
}

/** Plain text (no markup) split the same way, for platforms that take text already rendered. */
export function splitPlain(text: string, limit: number, measure: (text: string) => number = (t) => t.length): string[] {
  return splitStyled([{ text }], limit, (chunk) => measure(chunk.map((segment) => segment.text).join(''))).map((chunk) => chunk.map((segment) => segment.text).join(''));
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** The styled segments covering plain-text offsets [from, to). */
function sliceSegments(segments: readonly MarkupSegment[], from: number, to: number): MarkupSegment[] {
  const result: MarkupSegment[] = [];
  let offset = 0;
  for (const segment of segments) {
    const end = offset + segment.text.length;
    if (end > from && offset < to) {
      result.push({ ...segment, text: segment.text.slice(Math.max(0, from - offset), Math.min(segment.text.length, to - offset)) });
    }
    offset = end;
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// Errors

/** Connection failures that happen before a request leaves this machine: nothing was delivered. */
export const NEVER_SENT_NETWORK_CODES: ReadonlySet<string> = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'ENETDOWN']);

/**
 * The network failure behind an SDK's error: a system code (ECONNRESET…) found on the error or
 * the errors it wraps (`cause`, Slack's `original`, grammY's `error`), `timeout` for an abort or a
 * timeout, else node-fetch's error type. Undefined when there is none. SDK-level codes
 * (`slack_webapi_…`) are not network codes and are skipped.
 */
export function networkCode(error: unknown): string | undefined {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  let type: string | undefined;
  while (queue.length > 0) {
    const current = queue.shift();
    if (typeof current !== 'object' || current === null || seen.has(current)) continue;
    seen.add(current);
    const { code, type: fetchType, name, message, cause, original, error: wrapped } = current as Record<string, unknown>;
    if (typeof code === 'string' && !code.startsWith('slack_')) return code;
    if (name === 'AbortError' || name === 'TimeoutError' || (typeof message === 'string' && /timed out/i.test(message))) return 'timeout';
    if (typeof fetchType === 'string') type ??= fetchType;
    queue.push(original, cause, wrapped);
  }
  return type;
}

/**
 * A failure to talk to the platform at all. It is ambiguous — the platform may have acted on it —
 * unless the request was idempotent or never left this machine.
 */
export function networkError(platform: string, label: string, error: unknown, options: { idempotent: boolean; neverSent?: readonly string[] }): AdapterNetworkError {
  const code = networkCode(error);
  const neverSent = code !== undefined && (NEVER_SENT_NETWORK_CODES.has(code) || (options.neverSent?.includes(code) ?? false));
  return new AdapterNetworkError(`network error talking to ${label} (${code ?? errorName(error)})`, platform, !options.idempotent && !neverSent);
}

/**
 * What an HTTP status the platform answered with means, by the rule every platform shares:
 * 429 wait and retry; 401 and 403 refused credentials; 404 the conversation is gone; 5xx the
 * platform failed (it said so, so nothing was delivered and a retry is safe); any other 4xx the
 * request itself was refused (retrying the same fails again). Adapters check their own special
 * codes first and fall back to this.
 */
export function statusError(platform: string, status: number, what: string, retryAfterMs?: number): AdapterError {
  if (status === 429) return new AdapterRateLimitError(platform, Math.max(1, Math.ceil(retryAfterMs ?? DEFAULT_RETRY_AFTER_MS)));
  if (status === 401 || status === 403) return new AdapterAuthError(what, platform);
  if (status === 404) return new AdapterNotFoundError(what, platform);
  if (status >= 500) return new AdapterNetworkError(what, platform, false);
  return new AdapterValidationError(what, platform);
}

/** Used when a platform rate-limits without saying for how long. */
export const DEFAULT_RETRY_AFTER_MS = 1_000;

export function errorName(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}

/** Log fields for a failure the platform's SDK did not classify: its class and network code. */
export function networkErrorFields(error: unknown): Record<string, string | undefined> {
  return { error: errorName(error), code: networkCode(error) };
}

import { webApi } from '@slack/bolt';
import { AdapterAuthError, AdapterError, AdapterNetworkError, AdapterNotFoundError, AdapterRateLimitError, AdapterValidationError } from '../../src/core/adapter.js';
import { SLACK_PLATFORM } from './parse.js';

const AUTH_ERRORS = new Set(['invalid_auth', 'not_authed', 'token_revoked', 'token_expired', 'account_inactive', 'no_permission', 'missing_scope', 'not_allowed_token_type']);
const NOT_FOUND_ERRORS = new Set(['channel_not_found', 'is_archived', 'user_not_found', 'user_disabled', 'cannot_dm_bot', 'not_in_channel', 'users_not_found']);
const SERVER_ERRORS = new Set(['internal_error', 'fatal_error', 'service_unavailable', 'team_added_to_org']);
const NEVER_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH']);
/** Used when Slack says "ratelimited" without saying for how long. */
const DEFAULT_RETRY_AFTER_MS = 1_000;

/**
 * Maps what @slack/web-api throws to the core's typed errors. Messages carry Slack's error code
 * or the HTTP status only — never the token, the request or a response body.
 */
export function toAdapterError(error: unknown, { idempotent }: { idempotent: boolean }): AdapterError {
  if (error instanceof AdapterError) return error;
  if (error instanceof webApi.WebAPIRateLimitedError) return new AdapterRateLimitError(SLACK_PLATFORM, Math.max(1, error.retryAfter) * 1000);
  if (error instanceof webApi.WebAPIPlatformError) {
    const code = error.data.error;
    if (code === 'ratelimited' || code === 'rate_limited') return new AdapterRateLimitError(SLACK_PLATFORM, DEFAULT_RETRY_AFTER_MS);
    if (AUTH_ERRORS.has(code)) return new AdapterAuthError(`Slack refused the token (${code})`, SLACK_PLATFORM);
    if (NOT_FOUND_ERRORS.has(code)) return new AdapterNotFoundError(`Slack cannot reach this conversation (${code})`, SLACK_PLATFORM);
    if (SERVER_ERRORS.has(code)) return new AdapterNetworkError(`Slack failed (${code})`, SLACK_PLATFORM);
    if (code === 'request_timeout') return new AdapterNetworkError('Slack timed out (request_timeout)', SLACK_PLATFORM, !idempotent);
    return new AdapterValidationError(`Slack refused the request (${code})`, SLACK_PLATFORM);
  }
  if (error instanceof webApi.WebAPIHTTPError) {
    if (error.statusCode === 429) {
      const seconds = Number(error.headers['retry-after']);
      return new AdapterRateLimitError(SLACK_PLATFORM, Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : DEFAULT_RETRY_AFTER_MS);
    }
    if (error.statusCode === 401 || error.statusCode === 403) return new AdapterAuthError(`Slack refused the request (HTTP ${error.statusCode})`, SLACK_PLATFORM);
    if (error.statusCode >= 500) return new AdapterNetworkError(`Slack failed (HTTP ${error.statusCode})`, SLACK_PLATFORM);
    return new AdapterValidationError(`Slack refused the request (HTTP ${error.statusCode})`, SLACK_PLATFORM);
  }
  const code = networkCode(error);
  return new AdapterNetworkError(`network error talking to Slack (${code ?? errorName(error)})`, SLACK_PLATFORM, !idempotent && !NEVER_SENT.has(code ?? ''));
}

function networkCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, original, cause } = error as { code?: unknown; original?: { code?: unknown }; cause?: { code?: unknown } };
  for (const candidate of [original?.code, cause?.code, code]) if (typeof candidate === 'string' && !candidate.startsWith('slack_')) return candidate;
  return undefined;
}

export function errorName(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}

/** Log fields for a Slack failure: class, Slack's code or the HTTP status; nothing else. */
export function errorFields(error: unknown): Record<string, unknown> {
  if (error instanceof webApi.WebAPIPlatformError) return { error: error.name, code: error.data.error };
  if (error instanceof webApi.WebAPIHTTPError) return { error: error.name, status: error.statusCode };
  if (error instanceof webApi.WebAPIRateLimitedError) return { error: error.name, retryAfter: error.retryAfter };
  return { error: errorName(error), code: networkCode(error) };
}

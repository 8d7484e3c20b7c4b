import { webApi } from '@slack/bolt';
import { AdapterAuthError, AdapterError, AdapterNetworkError, AdapterNotFoundError, AdapterRateLimitError, AdapterValidationError } from '../../src/core/adapter.js';
import { DEFAULT_RETRY_AFTER_MS, networkError, networkErrorFields, statusError } from '../kit.js';
import { SLACK_PLATFORM } from './parse.js';

const AUTH_ERRORS = new Set(['invalid_auth', 'not_authed', 'token_revoked', 'token_expired', 'account_inactive', 'no_permission', 'missing_scope', 'not_allowed_token_type']);
const NOT_FOUND_ERRORS = new Set(['channel_not_found', 'is_archived', 'user_not_found', 'user_disabled', 'cannot_dm_bot', 'not_in_channel', 'users_not_found']);
const SERVER_ERRORS = new Set(['internal_error', 'fatal_error', 'service_unavailable', 'team_added_to_org']);

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
    const seconds = Number(error.headers['retry-after']);
    const retryAfterMs = Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : undefined;
    const what = error.statusCode >= 500 ? `Slack failed (HTTP ${error.statusCode})` : `Slack refused the request (HTTP ${error.statusCode})`;
    return statusError(SLACK_PLATFORM, error.statusCode, what, retryAfterMs);
  }
  return networkError(SLACK_PLATFORM, 'Slack', error, { idempotent });
}

/** Log fields for a Slack failure: class, Slack's code or the HTTP status; nothing else. */
export function errorFields(error: unknown): Record<string, unknown> {
  if (error instanceof webApi.WebAPIPlatformError) return { error: error.name, code: error.data.error };
  if (error instanceof webApi.WebAPIHTTPError) return { error: error.name, status: error.statusCode };
  if (error instanceof webApi.WebAPIRateLimitedError) return { error: error.name, retryAfter: error.retryAfter };
  return networkErrorFields(error);
}

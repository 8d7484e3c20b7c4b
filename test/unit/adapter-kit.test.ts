import { describe, expect, it } from 'vitest';
import { networkCode, networkError, splitStyled, statusError, visibleLength } from '../../adapters/kit.js';
import { splitMarkdown } from '../../adapters/discord/render.js';
import { splitMrkdwn, toMrkdwn } from '../../adapters/slack/render.js';
import { renderMessage as renderTelegram, TELEGRAM_MESSAGE_LIMIT_CHARS } from '../../adapters/telegram/render.js';
import { parseMarkup, plainText, type MarkupSegment } from '../../src/core/messages.js';

/** A small deterministic generator, so a failing case can be reproduced from its seed. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const PIECES = ['word', 'longerword', ' ', ' ', ' ', '\n', '\n\n', '&', '<b>', '*', '_', '\\*', 'café', '😀', '👩‍👩‍👧', 'ß', 'x'.repeat(60)];

/** Core markup text of roughly `length` characters, with bold/italic spans and every awkward character. */
function sampleMarkup(seed: number, length: number): string {
  const next = random(seed);
  let text = '';
  while (text.length < length) text += PIECES[Math.floor(next() * PIECES.length)];
  return text;
}

const squash = (text: string) => text.replace(/\s+/g, '');
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

describe('the adapter kit splits long text the same way for every platform', () => {
  it('keeps every chunk within the limit, loses only the break characters and never cuts a surrogate pair', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const segments = parseMarkup(sampleMarkup(seed, 300 + seed * 37));
      const limit = 20 + (seed % 7) * 13;
      const chunks = splitStyled(segments, limit);
      for (const chunk of chunks) {
        expect(visibleLength(chunk)).toBeLessThanOrEqual(limit);
        const text = chunk.map((segment) => segment.text).join('');
        expect(isLowSurrogate(text.charCodeAt(0)), `seed ${seed}`).toBe(false);
        expect(isHighSurrogate(text.charCodeAt(text.length - 1)), `seed ${seed}`).toBe(false);
      }
      expect(squash(chunks.flat().map((segment) => segment.text).join(''))).toBe(squash(segments.map((segment) => segment.text).join('')));
    }
  });

  it('breaks at a line break, else a space, and only cuts a word that fills a whole chunk', () => {
    const text = (chunks: MarkupSegment[][]) => chunks.map((chunk) => chunk.map((segment) => segment.text).join(''));
    expect(text(splitStyled([{ text: 'first line\nsecond line' }], 15))).toEqual(['first line', 'second line']);
    expect(text(splitStyled([{ text: 'one two three four' }], 10))).toEqual(['one two', 'three four']);
    expect(text(splitStyled([{ text: 'abcdefghijklmnop' }], 10))).toEqual(['abcdefghij', 'klmnop']);
    // A line break that would leave the chunk under half full loses to a later space.
    expect(text(splitStyled([{ text: 'a\nbcd efgh ijkl' }], 10))).toEqual(['a\nbcd efgh', 'ijkl']);
  });

  it('keeps the style of a span cut in two on both sides', () => {
    const chunks = splitStyled(parseMarkup('plain *bold words that go on and on*'), 20);
    expect(chunks).toHaveLength(2);
    expect(chunks[1]!.every((segment) => segment.bold)).toBe(true);
    expect(chunks[0]!.at(-1)!.bold).toBe(true);
  });

  it('measures what the platform counts: Discord markdown and Slack mrkdwn with their escapes', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const text = sampleMarkup(seed, 9_000);
      const discord = splitMarkdown(text, 2_000);
      for (const part of discord) expect(part.length).toBeLessThanOrEqual(2_000);
      expect(discord.length).toBeGreaterThan(1);
      const slack = splitMrkdwn(text, 3_000);
      for (const section of slack) {
        expect(section.length).toBeLessThanOrEqual(3_000);
        // An escape is never cut: every & starts a whole entity.
        expect(section.replace(/&(amp|lt|gt);/g, '')).not.toContain('&');
      }
      // The same text, give or take the markers that close and reopen a span cut in two (literal * and _ are look-alikes by now).
      const unmarked = (mrkdwn: string) => squash(mrkdwn).replace(/[*_]/g, '');
      expect(unmarked(slack.join(''))).toBe(unmarked(toMrkdwn(text)));
    }
    // Escaping makes Slack text five times longer than it looks: still within the limit.
    const ampersands = '&'.repeat(3_000);
    const sections = splitMrkdwn(ampersands, 3_000);
    expect(sections.length).toBe(5);
    expect(sections.join('')).toBe('&amp;'.repeat(3_000));
  });

  it('sends a long Telegram message as parts within the limit, keyboard on the last', () => {
    const text = sampleMarkup(7, 12_000);
    const parts = renderTelegram({ text, choices: [{ id: 'ok', label: 'OK' }] }, 10);
    expect(parts.length).toBeGreaterThanOrEqual(3);
    for (const part of parts) {
      expect(part.kind).toBe('text');
      if (part.kind === 'text') expect(part.html.replace(/<\/?[bi]>/g, '').replace(/&(amp|lt|gt);/g, '_').length).toBeLessThanOrEqual(TELEGRAM_MESSAGE_LIMIT_CHARS);
    }
    expect(parts.at(-1)!.keyboard).toBeDefined();
    expect(parts.slice(0, -1).every((part) => part.keyboard === undefined)).toBe(true);
    expect(squash(plainText(text))).toBe(squash(parts.map((part) => (part.kind === 'text' ? part.html.replace(/<\/?[bi]>/g, '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>') : '')).join('')));
  });
});

describe('the adapter kit classifies failures the same way for every platform', () => {
  it('finds the network code wherever an SDK wraps it', () => {
    const reset = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
    expect(networkCode(reset)).toBe('ECONNRESET');
    expect(networkCode(new Error('fetch failed', { cause: reset }))).toBe('ECONNRESET');
    expect(networkCode(Object.assign(new Error('request failed'), { code: 'slack_webapi_request_error', original: reset }))).toBe('ECONNRESET');
    expect(networkCode({ name: 'HttpError', error: Object.assign(new Error('x'), { name: 'AbortError' }) })).toBe('timeout');
    expect(networkCode(Object.assign(new Error('invalid json response body'), { type: 'invalid-json' }))).toBe('invalid-json');
    expect(networkCode(new Error('no code here'))).toBeUndefined();
    const loop: { cause?: unknown } = {};
    loop.cause = loop;
    expect(networkCode(loop)).toBeUndefined();
  });

  it('calls a network failure ambiguous only when the platform may have acted on it', () => {
    const refused = Object.assign(new Error('connect'), { code: 'ECONNREFUSED' });
    const reset = Object.assign(new Error('reset'), { code: 'ECONNRESET' });
    expect(networkError('x', 'X', reset, { idempotent: false })).toMatchObject({ name: 'AdapterNetworkError', ambiguous: true });
    expect(networkError('x', 'X', reset, { idempotent: true })).toMatchObject({ ambiguous: false });
    expect(networkError('x', 'X', refused, { idempotent: false })).toMatchObject({ ambiguous: false });
    const badJson = Object.assign(new Error('bad'), { type: 'invalid-json' });
    expect(networkError('x', 'X', badJson, { idempotent: false, neverSent: ['invalid-json'] })).toMatchObject({ ambiguous: false });
    expect(networkError('x', 'X', reset, { idempotent: false }).message).toBe('network error talking to X (ECONNRESET)');
  });

  it('reads an HTTP status by one rule', () => {
    expect(statusError('x', 429, 'busy', 2_500)).toMatchObject({ name: 'AdapterRateLimitError', retryAfterMs: 2_500 });
    expect(statusError('x', 429, 'busy')).toMatchObject({ retryAfterMs: 1_000 });
    expect(statusError('x', 401, 'no')).toMatchObject({ name: 'AdapterAuthError' });
    expect(statusError('x', 403, 'no')).toMatchObject({ name: 'AdapterAuthError' });
    expect(statusError('x', 404, 'gone')).toMatchObject({ name: 'AdapterNotFoundError' });
    expect(statusError('x', 400, 'bad')).toMatchObject({ name: 'AdapterValidationError' });
    expect(statusError('x', 413, 'big')).toMatchObject({ name: 'AdapterValidationError' });
    expect(statusError('x', 502, 'down')).toMatchObject({ name: 'AdapterNetworkError', ambiguous: false });
  });
});

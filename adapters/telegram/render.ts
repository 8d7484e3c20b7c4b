import type { InlineKeyboardButton, InlineKeyboardMarkup } from 'grammy/types';
import { splitStyled, visibleLength } from '../kit.js';
import { numberScaleOf, parseMarkup, type Choice, type MarkupSegment, type OutboundMessage } from '../../src/core/messages.js';
import { storedLocale, translator, type Translate } from '../../src/core/i18n/index.js';

/** Telegram refuses callback data outside 1–64 bytes (`BUTTON_DATA_INVALID`). */
export const TELEGRAM_CALLBACK_DATA_LIMIT_BYTES = 64;
/** Longest message text, counted after HTML entities are parsed (UTF-16 code units). */
export const TELEGRAM_MESSAGE_LIMIT_CHARS = 4_096;
/** Longest caption of a document or photo. */
export const TELEGRAM_CAPTION_LIMIT_CHARS = 1_024;
/** Longer labels are cut: Telegram clips them on screen anyway, mid-word. */
export const TELEGRAM_BUTTON_LABEL_MAX_CHARS = 40;
/** A 0–10 scale fits two rows of six on a phone. */
const NUMERIC_BUTTONS_PER_ROW = 6;

/** One API call's worth of a core message. */
export type TelegramPart =
  | { kind: 'text'; html: string; keyboard?: InlineKeyboardMarkup }
  | { kind: 'document' | 'photo'; data: Buffer; filename: string; captionHtml?: string; keyboard?: InlineKeyboardMarkup };

/**
 * Renders a core message as the Telegram calls that deliver it, in order: text split at line
 * boundaries into messages of at most {@link TELEGRAM_MESSAGE_LIMIT_CHARS}, then the attachment (the
 * text becomes its caption when it fits). The keyboard rides on the last part, so the question
 * and its buttons stay together at the bottom of the chat.
 */
export function renderMessage(message: OutboundMessage, maxChoices: number): TelegramPart[] {
  const choices = message.choices ?? [];
  const useButtons = choices.length > 0 && choices.length <= maxChoices && choices.every(fitsCallbackData);
  const segments = parseMarkup(message.text);
  if (choices.length > 0 && !useButtons) segments.push(...numberedList(choices, Boolean(message.multiSelect), translator(storedLocale(message.locale))));
  const keyboard = useButtons ? inlineKeyboard(choices, Boolean(message.multiSelect)) : undefined;

  const attachment = message.attachment;
  const visibleLength = segments.reduce((sum, segment) => sum + segment.text.length, 0);
  const parts: TelegramPart[] = [];
  if (attachment) {
    const captioned = visibleLength > 0 && visibleLength <= TELEGRAM_CAPTION_LIMIT_CHARS;
    if (!captioned) parts.push(...textParts(segments));
    const caption = captioned ? segments : attachment.kind === 'image' ? [{ text: attachment.alt.slice(0, TELEGRAM_CAPTION_LIMIT_CHARS) }] : [];
    parts.push({
      kind: attachment.kind === 'image' ? 'photo' : 'document',
      data: Buffer.from(attachment.data, 'base64'),
      filename: attachment.filename,
      ...(caption.some((segment) => segment.text.trim()) && { captionHtml: toHtml(caption) }),
    });
  } else {
    parts.push(...textParts(segments));
  }
  const last = parts.at(-1);
  if (last && keyboard) last.keyboard = keyboard;
  return parts;
}

/** Escapes the three characters Telegram's HTML parse mode treats specially. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>]/g, (char) => (char === '&' ? '&amp;' : char === '<' ? '&lt;' : '&gt;'));
}

/** Core markup segments as Telegram HTML; every character of text is escaped. */
export function toHtml(segments: readonly MarkupSegment[]): string {
  return segments
    .map(({ text, bold, italic }) => {
      let html = escapeHtml(text);
      if (italic) html = `<i>${html}</i>`;
      if (bold) html = `<b>${html}</b>`;
      return html;
    })
    .join('');
}

function fitsCallbackData(choice: Choice): boolean {
  const bytes = Buffer.byteLength(choice.id, 'utf8');
  return bytes >= 1 && bytes <= TELEGRAM_CALLBACK_DATA_LIMIT_BYTES;
}

/**
 * Buttons in rows a thumb can use: numeric scales in balanced rows of up to six, short labels three
 * to a row, longer ones two or one. A multi-select's closing choice ("Done") gets its own row.
 */
export function inlineKeyboard(choices: readonly Choice[], multiSelect: boolean): InlineKeyboardMarkup {
  const buttons: InlineKeyboardButton[] = choices.map((choice) => ({ text: buttonLabel(choice.label), callback_data: choice.id }));
  const closing = multiSelect && buttons.length > 1 ? buttons.pop() : undefined;
  const rows = toRows(buttons, rowWidth(buttons.map((button) => button.text)));
  if (closing) rows.push([closing]);
  return { inline_keyboard: rows };
}

function rowWidth(labels: readonly string[]): number {
  if (labels.every((label) => /^\d{1,3}$/.test(label))) {
    const rowCount = Math.ceil(labels.length / NUMERIC_BUTTONS_PER_ROW);
    return Math.ceil(labels.length / Math.max(1, rowCount));
  }
  const longest = Math.max(0, ...labels.map((label) => label.length));
  if (longest <= 12) return 3;
  if (longest <= 24) return 2;
  return 1;
}

function toRows<T>(items: readonly T[], width: number): T[][] {
  const rows: T[][] = [];
  for (let i = 0; i < items.length; i += width) rows.push(items.slice(i, i + width));
  return rows;
}

function buttonLabel(label: string): string {
  const trimmed = label.trim() || '·';
  return trimmed.length <= TELEGRAM_BUTTON_LABEL_MAX_CHARS ? trimmed : `${trimmed.slice(0, TELEGRAM_BUTTON_LABEL_MAX_CHARS - 1).trimEnd()}…`;
}

/**
 * The plain-text fallback when buttons cannot carry the choices: each choice with the number that
 * selects it when typed — its position, or on a number scale the value itself — and how to answer,
 * in the message's language (`t`: locales/<lang>/adapters.ftl).
 */
function numberedList(choices: readonly Choice[], multiSelect: boolean, t: Translate): MarkupSegment[] {
  const scale = numberScaleOf(choices);
  if (scale) {
    const others = scale.others.map((choice) => `\n${t('adapter-type-word', { label: choice.label, word: choice.label.toLowerCase() })}`).join('');
    return [{ text: `\n\n${scale.values.map((choice) => choice.label).join(' · ')}${others}\n` }, { text: t('adapter-type-number'), italic: true }];
  }
  const lines = choices.map((choice, index) => `${index + 1}) ${choice.label}`);
  const hint = t(multiSelect ? 'adapter-type-numbers-then-done' : 'adapter-type-number-or-answer');
  return [{ text: `\n\n${lines.join('\n')}\n` }, { text: hint, italic: true }];
}

function textParts(segments: readonly MarkupSegment[]): TelegramPart[] {
  return splitStyled(segments, TELEGRAM_MESSAGE_LIMIT_CHARS, visibleLength).map((chunk) => ({ kind: 'text', html: toHtml(chunk) }));
}


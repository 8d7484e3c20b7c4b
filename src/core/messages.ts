/**
 * What the core can say, independent of any platform. Adapters render it (buttons, HTML, embeds);
 * platforms without buttons get a numbered list, and a typed number is accepted as the answer.
 *
 * Text uses one small markup: `*bold*` and `_italic_`; a literal `*`, `_` or `\` is escaped with a
 * backslash. Always pass what a person wrote through {@link esc} before putting it into a message.
 */

export interface Choice {
  /** Short opaque id echoed back in a {@link ChoiceEvent}; at most {@link CHOICE_ID_MAX_BYTES} bytes. */
  id: string;
  /** Button label; adapters shorten it to their platform's limit. */
  label: string;
}

/** Fits Telegram's 64-byte callback data and Discord's 100-character custom ids with room to spare. */
export const CHOICE_ID_MAX_BYTES = 48;

export interface ImageAttachment {
  kind: 'image';
  filename: string;
  mimeType: 'image/png';
  /** Base64 of the file. */
  data: string;
  /** Describes the image in words, for screen readers and platforms without images. */
  alt: string;
}

export interface DocumentAttachment {
  kind: 'document';
  filename: string;
  mimeType: string;
  data: string;
}

export interface OutboundMessage {
  text: string;
  choices?: Choice[];
  /** The choices are a multi-select (toggle, then a "done" choice). Affects rendering only. */
  multiSelect?: boolean;
  attachment?: ImageAttachment | DocumentAttachment;
  /** Urgent messages (risk alerts, crisis resources) jump the delivery queue. */
  urgent?: boolean;
  /**
   * Once sent, the outbox row is deleted (and the freed space scrubbed) instead of kept for
   * troubleshooting: the message is the last trace of someone who erased their data — its address.
   */
  forgetWhenSent?: boolean;
  /**
   * The question asks for a typed answer that may run long. Typing a message always works;
   * platforms with forms may also offer one (Discord: a button opening a modal). `title` names
   * the form (the flow's title), `maxLength` is the longest answer the step accepts.
   */
  textAnswer?: { title: string; maxLength: number };
}

/** Escapes text a person wrote so it renders literally in any adapter. */
export function esc(text: string): string {
  return text.replace(/[\\*_]/g, (char) => `\\${char}`);
}

export function bold(text: string): string {
  return `*${text}*`;
}

export function italic(text: string): string {
  return `_${text}_`;
}

export type MarkupSegment = { text: string; bold?: boolean; italic?: boolean };

/** Parses the core markup into styled segments, for adapters to render in their own format. */
export function parseMarkup(text: string): MarkupSegment[] {
  const segments: MarkupSegment[] = [];
  let current = '';
  let isBold = false;
  let isItalic = false;
  const flush = () => {
    if (current) segments.push({ text: current, ...(isBold && { bold: true }), ...(isItalic && { italic: true }) });
    current = '';
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '\\' && i + 1 < text.length && '\\*_'.includes(text[i + 1]!)) {
      current += text[++i];
    } else if (char === '*') {
      flush();
      isBold = !isBold;
    } else if (char === '_') {
      flush();
      isItalic = !isItalic;
    } else {
      current += char;
    }
  }
  flush();
  return segments;
}

/** The message as plain text (markup removed), for logs-free fallbacks and previews. */
export function plainText(text: string): string {
  return parseMarkup(text)
    .map((segment) => segment.text)
    .join('');
}

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

/**
 * How a typed number is read, so that platforms without buttons show the number that selects each
 * choice: on a number scale (every label a whole number, plus at most one other choice such as
 * Skip) a typed number is that value ("7" is seven); on any other list it is the choice's position,
 * 1 being the first. Returns the scale's values and the other choices, or undefined for a list.
 */
export function numberScaleOf(choices: readonly Choice[]): { values: Choice[]; others: Choice[] } | undefined {
  const values = choices.filter((choice) => /^\d+$/.test(choice.label));
  if (values.length === 0 || values.length < choices.length - 1) return undefined;
  return { values, others: choices.filter((choice) => !values.includes(choice)) };
}

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
  /**
   * The language the message is written in (a catalog locale: `en`, `es`, `de`; the pseudo-locale
   * in tests), so that an adapter words what it adds in the reader's language — the hints under
   * choices shown as a numbered list (“Type a number.”, locales/<lang>/adapters.ftl). The core sets
   * it on every reply and on what it sends a person unasked (prompts, reminders, partner messages,
   * homework); without it an adapter uses English (the therapist side).
   */
  locale?: string;
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
   * the form (the flow's title), `maxLength` is the longest answer the step accepts, `label` words
   * the form's button in the person's language (locales/<lang>/adapters.ftl).
   */
  textAnswer?: { title: string; maxLength: number; label?: string };
  /**
   * Replaces a message sent earlier instead of sending a new one. `messageId` is the platform's id
   * of that message, as the delivery worker stored it on its outbox row (`platformMessageId`, from
   * the adapter's `SendReceipt`), and the address must be the conversation it was sent to. The new
   * text and choices replace the old ones entirely: without `choices` the buttons are removed.
   * Adapters declaring `capabilities.edits` replace it in place (Slack: `chat.update`, Telegram:
   * `editMessageText`, Discord: a PATCH of the message); the others receive it as a new message (see
   * `deliverable()` in adapter.ts), as does an edit the platform refuses. An edit carries no
   * attachment. The core sets it for a question shown again after a button press (core.ts).
   */
  edit?: { messageId: string };
}

/** Escapes text a person wrote so it renders literally in any adapter. */
export function esc(text: string): string {
  return text.replace(/[\\*_]/g, (char) => `\\${char}`);
}

/** `message` marked as written in `locale` (kept when it already names one). */
export function inLocale(message: OutboundMessage | string, locale: string): OutboundMessage {
  const outbound = typeof message === 'string' ? { text: message } : message;
  return outbound.locale ? outbound : { ...outbound, locale };
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

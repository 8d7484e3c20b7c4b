import { parseMarkup, type OutboundMessage } from '../../src/core/messages.js';

const BOLD = '\u001b[1m';
const ITALIC = '\u001b[3m';
const DIM = '\u001b[2m';
const RESET = '\u001b[0m';

/** Renders a core message for a terminal: ANSI styles when `color`, choices as a numbered list. */
export function renderForTerminal(message: OutboundMessage, color: boolean): string {
  const text = parseMarkup(message.text)
    .map((segment) => {
      if (!color || (!segment.bold && !segment.italic)) return segment.text;
      return `${segment.bold ? BOLD : ''}${segment.italic ? ITALIC : ''}${segment.text}${RESET}`;
    })
    .join('');
  const lines = [text];
  if (message.choices?.length) {
    lines.push('');
    message.choices.forEach((choice, index) => lines.push(`  ${index + 1}) ${choice.label}`));
    const hint = message.multiSelect
      ? 'Type the numbers of all that apply (e.g. 1 3), then the number for done.'
      : 'Type a number, or your answer.';
    lines.push(color ? `${DIM}${hint}${RESET}` : hint);
  }
  return lines.join('\n');
}

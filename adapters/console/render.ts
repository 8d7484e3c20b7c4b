import { numberScaleOf, parseMarkup, type OutboundMessage } from '../../src/core/messages.js';
import { storedLocale, translator } from '../../src/core/i18n/index.js';

const BOLD = '\u001b[1m';
const ITALIC = '\u001b[3m';
const DIM = '\u001b[2m';
const RESET = '\u001b[0m';

/**
 * Renders a core message for a terminal: ANSI styles when `color`, choices as a list numbered by
 * position (the number the core reads back), or a number scale as its values, with how to answer
 * in the message's language (locales/<lang>/adapters.ftl).
 */
export function renderForTerminal(message: OutboundMessage, color: boolean): string {
  const text = parseMarkup(message.text)
    .map((segment) => {
      if (!color || (!segment.bold && !segment.italic)) return segment.text;
      return `${segment.bold ? BOLD : ''}${segment.italic ? ITALIC : ''}${segment.text}${RESET}`;
    })
    .join('');
  const t = translator(storedLocale(message.locale));
  const lines = [text];
  const choices = message.choices ?? [];
  const scale = numberScaleOf(choices);
  if (scale) {
    // A number scale: typing the number means that number, so show the values, not list positions.
    lines.push('', `  ${scale.values.map((choice) => choice.label).join(' · ')}`);
    scale.others.forEach((choice) => lines.push(`  ${t('adapter-type-word', { label: choice.label.toLowerCase(), word: choice.label.toLowerCase() })}`));
    const hint = t('adapter-type-number');
    lines.push(color ? `${DIM}${hint}${RESET}` : hint);
  } else if (choices.length) {
    lines.push('');
    choices.forEach((choice, index) => lines.push(`  ${index + 1}) ${choice.label}`));
    const hint = t(message.multiSelect ? 'adapter-type-numbers-or-names' : 'adapter-type-number-or-answer');
    lines.push(color ? `${DIM}${hint}${RESET}` : hint);
  }
  return lines.join('\n');
}

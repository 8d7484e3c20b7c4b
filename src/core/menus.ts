import { BUTTONS, parseButton } from './buttons.js';
import { editDistance, fold, LETTERS_PER_TYPO, optionNamed } from './flows/steps.js';
import type { Choice, OutboundMessage } from './messages.js';

/**
 * A menu outside a flow — `/exercise`, `/triggers`, `/homework`, a partner confirmation, the Done
 * under timed guidance, a scheduled prompt — is the last message a person was shown, when its
 * buttons are client buttons (src/core/buttons.ts). Typed text that names one of them (by its
 * number as listed, or by its name: any case, emoji or punctuation aside, a small typo forgiven)
 * is taken as pressing it, as inside flows.
 */
export function menuOf(message: OutboundMessage | null): Choice[] | undefined {
  const choices = message?.choices ?? [];
  if (choices.length === 0) return undefined;
  const client = choices.every((choice) => {
    const button = parseButton(choice.id);
    return button !== undefined && BUTTONS[button.kind].side === 'client';
  });
  return client ? choices : undefined;
}

export type MenuAnswer = { kind: 'choice'; choice: Choice } | { kind: 'outOfRange'; number: number; count: number } | { kind: 'none' };

/** Shortest word of a label that a single typed word may name it by ("plan" → "Safety plan"). */
const MIN_WORD = 3;

/** A button labelled with its action first ("Start: Emotion check-in") is also named by what follows. */
function withoutAction(choice: Choice): Choice {
  const colon = choice.label.indexOf(': ');
  return colon > 0 && colon <= 12 ? { ...choice, label: choice.label.slice(colon + 2) } : choice;
}

/** What typed `text` answers in `choices`. */
export function answerMenu(choices: readonly Choice[], text: string): MenuAnswer {
  const number = /^#?\s*(\d{1,3})\s*[.)]?$/.exec(text.trim());
  if (number) {
    const n = Number(number[1]);
    const choice = choices[n - 1];
    return choice && n >= 1 ? { kind: 'choice', choice } : { kind: 'outOfRange', number: n, count: choices.length };
  }
  const whole = optionNamed(choices, text) ?? optionNamed(choices.map(withoutAction), text);
  if (whole) return { kind: 'choice', choice: choices.find((choice) => choice.id === whole.id) ?? whole };
  // One typed word naming one word of a single label, a typo forgiven ("mindfullness").
  const words = text.trim().split(/\s+/);
  if (words.length !== 1) return { kind: 'none' };
  const typed = fold(words[0]!);
  if (typed.length < MIN_WORD) return { kind: 'none' };
  let best: { choice: Choice; distance: number } | undefined;
  let tied = false;
  for (const choice of choices) {
    for (const word of choice.label.split(/[^\p{L}\p{N}]+/u).map(fold)) {
      if (word.length < MIN_WORD) continue;
      const distance = editDistance(word, typed);
      if (distance > Math.floor(word.length / LETTERS_PER_TYPO)) continue;
      if (!best || distance < best.distance) {
        best = { choice, distance };
        tied = false;
      } else if (distance === best.distance && choice !== best.choice) tied = true;
    }
  }
  return best && !tied ? { kind: 'choice', choice: best.choice } : { kind: 'none' };
}

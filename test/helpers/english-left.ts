import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, Visitor, type TextElement } from '@fluent/syntax';
import { LOCALES_DIR } from '../../src/core/i18n/index.js';
import { plainText, type OutboundMessage } from '../../src/core/messages.js';
import type { TestChat } from './chat.js';

/** Everything a reply shows: its text and its buttons. */
export const shown = (message: OutboundMessage) => [plainText(message.text), ...(message.choices ?? []).map((choice) => choice.label)].join('\n');

class TextCollector extends Visitor {
  readonly texts: string[] = [];
  override visitTextElement(node: TextElement): void {
    this.texts.push(node.value);
  }
}

/**
 * The English catalogs' sentences as runs of three words or more between placeables, markup and
 * quotes: a reply in another language that holds one of them has English left in it.
 */
export function englishFragments(): string[] {
  const dir = join(LOCALES_DIR, 'en');
  const collector = new TextCollector();
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.ftl'))) collector.visit(parse(readFileSync(join(dir, file), 'utf8'), { withSpans: false }));
  const fragments = new Set<string>();
  for (const text of collector.texts) {
    for (const part of text.split(/[\n*_“”"«»„]/)) {
      const words = part.trim();
      if (words.split(/\s+/).filter((word) => /[A-Za-z]{2,}/.test(word)).length >= 3) fragments.add(words);
    }
  }
  return [...fragments];
}

/** The English fragments found in `replies` (empty when every reply is in another language). */
export function englishLeft(replies: readonly OutboundMessage[], fragments = englishFragments()): { reply: string; english: string }[] {
  return replies.flatMap((reply) => {
    const text = shown(reply);
    return fragments.filter((fragment) => text.includes(fragment)).map((english) => ({ reply: text.slice(0, 60), english }));
  });
}

/**
 * `say(text, expected)` sends a message and awaits the reply matching `expected`; every reply is
 * kept in `replies`, so a test can check at the end that no English is left in any of them.
 */
export function recording(chat: TestChat): { replies: OutboundMessage[]; say: (text: string, expected: RegExp) => Promise<OutboundMessage> } {
  const replies: OutboundMessage[] = [];
  const say = async (text: string, expected: RegExp) => {
    await chat.send(text);
    const reply = await chat.expectReply(expected);
    replies.push(reply);
    return reply;
  };
  return { replies, say };
}

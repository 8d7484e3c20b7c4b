import { afterEach, describe, expect, it } from 'vitest';
import { renderForTerminal } from '../../adapters/console/render.js';
import { renderMessage } from '../../adapters/telegram/render.js';
import { ManualClock } from '../../src/core/clock.js';
import { TestChat } from '../helpers/chat.js';
import { onboard } from '../helpers/flows.js';

/**
 * Every message the core sends names its language (`OutboundMessage.locale`), so the adapters
 * word what they add — the hints under choices shown as a numbered list — in the reader's language.
 */
/** Monday 7 December 2026, 10:00 in New York (the client's timezone). */
const MONDAY = '2026-12-07T15:00:00Z';
/** 20:00 in New York that day: the daily check-in prompt. */
const PROMPT_TIME = '2026-12-08T01:00:00Z';

describe('the numbered-choice hints in the reader’s language', () => {
  let chat: TestChat;
  afterEach(async () => chat?.stop());

  it('marks replies and the daily prompt with the person’s language, and the terminal and Telegram lists speak it', async () => {
    const clock = new ManualClock(new Date(MONDAY));
    chat = await TestChat.start({ clock });
    await onboard(chat);
    expect(chat.received.at(-1)!.locale).toBe('en');
    await chat.send('/language es');
    const switched = await chat.expectReply(/te escribo en español/);
    expect(switched.locale).toBe('es');

    await chat.send('/checkin');
    const mood = await chat.expectReply(/¿Cómo está tu ánimo/);
    expect(mood.locale).toBe('es');
    expect(renderForTerminal(mood, false)).toMatch(/\n {2}0 · 1 · 2 · 3 · 4 · 5 · 6 · 7 · 8 · 9 · 10\nEscribe un número\.$/);
    const [telegram] = renderMessage(mood, 5); // too many choices for 5 buttons: a list
    expect(telegram?.kind === 'text' && telegram.html).toMatch(/10\n<i>Escribe un número\.<\/i>$/);
    await chat.send('7');
    const emotions = await chat.expectReply(/¿Qué emociones sientes\?/);
    expect(renderForTerminal(emotions, false)).toMatch(/\nEscribe los números o los nombres de todas las que correspondan, por ejemplo, 1 3\.$/);
    const [list] = renderMessage(emotions, 3);
    expect(list?.kind === 'text' && list.html).toMatch(/<i>Escribe los números de todas las que correspondan \(por ejemplo, 1 3\) y después el número de «Listo»\.<\/i>$/);

    // Mid-question, /language de: the question again, marked German, hints in German.
    await chat.send('/language de');
    await chat.expectReply(/auf Deutsch/);
    const again = await chat.expectReply(/Welche Gefühle spürst du\?/);
    expect(again.locale).toBe('de');
    expect(renderForTerminal(again, false)).toMatch(/\nGib die Nummern oder Namen von allem ein, was zutrifft, z\. B\. 1 3\.$/);
    const [german] = renderMessage(again, 3);
    expect(german?.kind === 'text' && german.html).toMatch(/<i>Gib die Nummern von allem ein, was zutrifft \(z\. B\. 1 3\), danach die Nummer von „Fertig“\.<\/i>$/);
    await chat.send('/cancel');
    await chat.expectReply();

    // The daily prompt, sent unasked by the scheduler, is marked with the stored language.
    clock.set(PROMPT_TIME);
    await chat.app.scheduler.tick();
    const prompt = await chat.expectReply(/Check-in/i);
    expect(prompt.locale).toBe('de');
    expect(renderForTerminal(prompt, false)).toMatch(/\nGib eine Zahl oder deine Antwort ein\.$/);
  });

  it('words a number scale’s other choice in the message’s language', () => {
    const scale = (locale: string, skip: string) => ({ text: '?', choices: [...['0', '1', '2'].map((n) => ({ id: `n.${n}`, label: n })), { id: 'n.skip', label: skip }], locale });
    expect(renderForTerminal(scale('es', 'Saltar'), false)).toBe('?\n\n  0 · 1 · 2\n  saltar: escribe «saltar»\nEscribe un número.');
    const [part] = renderMessage(scale('de', 'Überspringen'), 2);
    expect(part?.kind === 'text' && part.html).toBe('?\n\n0 · 1 · 2\nÜberspringen: „überspringen“ eingeben\n<i>Gib eine Zahl ein.</i>');
  });

  it('keeps English for a message that names no language (the therapist side)', () => {
    expect(renderForTerminal({ text: 'Pick', choices: [{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }] }, false)).toBe('Pick\n\n  1) A\n  2) B\nType a number, or your answer.');
  });
});

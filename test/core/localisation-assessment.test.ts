import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { TestChat } from '../helpers/chat.js';
import { onboard } from '../helpers/flows.js';
import { englishLeft, recording, shown } from '../helpers/english-left.js';
import { ManualClock } from '../../src/core/clock.js';
import { plainText, type OutboundMessage } from '../../src/core/messages.js';
import { enablePseudoLocale } from '../../src/core/i18n/index.js';
import { INSTRUMENTS } from '../../src/core/assessments/instruments.js';

/** Monday 7 December 2026, 10:00 in New York (the client's timezone). */
const MONDAY = '2026-12-07T15:00:00Z';

async function clientIn(language: 'es' | 'de', clock = new ManualClock(new Date(MONDAY))): Promise<TestChat> {
  const chat = await TestChat.start({ clock });
  await onboard(chat);
  await chat.send(`/language ${language}`);
  await chat.expectReply(language === 'es' ? /te escribo en español/ : /auf Deutsch/);
  return chat;
}

/** Types `answer` to each of `items` questions, then "1" to an unscored question if one is asked; returns the replies, the result last. */
async function answerAll(chat: TestChat, items: number, answer: string, unscored: RegExp): Promise<OutboundMessage[]> {
  const replies: OutboundMessage[] = [];
  for (let index = 0; index < items; index++) {
    await chat.send(answer);
    replies.push(await chat.expectReply());
  }
  if (unscored.test(plainText(replies.at(-1)!.text))) {
    await chat.send('1');
    replies.push(await chat.expectReply());
  }
  return replies;
}

describe('the questionnaire flow in Spanish and German', () => {
  let chat: TestChat;
  afterEach(async () => chat?.stop());

  it('chooses, explains numbers, scores and compares in Spanish, and /history names the ranges in Spanish', async () => {
    const clock = new ManualClock(new Date(MONDAY));
    chat = await clientIn('es', clock);
    const { replies, say } = recording(chat);
    const chooser = await say('/assessment', /¿Qué cuestionario quieres responder\? Cada uno toma un par de minutos\.\n\nPHQ-8: ánimo \(8 preguntas\)\nGAD-7: ansiedad \(7 preguntas\)\nWHO-5: bienestar \(5 preguntas\)/);
    expect(chooser.choices?.map((choice) => choice.label)).toEqual(['PHQ-8 · ánimo', 'GAD-7 · ansiedad', 'WHO-5 · bienestar']);
    await say('nada', /Elige uno de los cuestionarios, por favor: PHQ-8, GAD-7, WHO-5\./);
    await say('gad7', /Elige una respuesta o escribe su número: 1 = .+ … 4 = .+\./);
    await say('9', /«9» no es una de las respuestas; aquí van numeradas del 1 al 4: 1 = /);
    await say('banana', /No te entendí bien\. Elige la respuesta que más se acerque a cómo has estado/);
    replies.push(...(await answerAll(chat, 7, '3', /no cuenta para el puntaje/)));
    const first = shown(replies.at(-1)!);
    expect(first).toContain('Gracias, terminaste el GAD-7.');
    expect(first).toContain('Tu puntaje es 14 de 21, lo que está en el rango de síntomas moderados.');
    expect(first).toContain('Sería bueno hablarlo con tu terapeuta');
    expect(first).toContain('Un cuestionario es una foto del momento, no un diagnóstico');

    clock.advance(24 * 60 * 60 * 1000);
    await say('/assessment gad7', /Elige una respuesta/);
    replies.push(...(await answerAll(chat, 7, '2', /no cuenta para el puntaje/)));
    expect(shown(replies.at(-1)!)).toContain('La vez anterior (lun, 7 dic) fue 14, así que ahora está 7 más bajo.');
    await say('/assessment escalas', /No conozco ningún cuestionario llamado «escalas»\./);
    replies.push(await chat.expectReply(/¿Qué cuestionario quieres responder\?/));
    await say('/cancel', /\?/);
    await say('sí', /Listo, detuve «cuestionario»\./);
    const history = shown(await say('/history', /Tus cuestionarios/));
    expect(history).toContain('GAD-7: 14 → 7 · síntomas leves (mar, 8 dic), −7 desde el anterior');
    expect(history).toContain('Lo que muestran tus puntajes\nGAD-7: 14 el lun, 7 dic, 7 el mar, 8 dic. Un cambio de este tamaño es más que la variación de un día a otro: es una mejora real');
    expect(englishLeft(replies)).toEqual([]);
  });

  it('understands questionnaires named in Spanish and German, after /assessment and at its chooser', async () => {
    chat = await clientIn('es');
    let yes = 'sí';
    const stop = async () => {
      await chat.send('/cancel');
      await chat.expectReply(/¿Detener|beenden\?/);
      await chat.send(yes);
      await chat.expectReply(/detuve|beendet/);
    };
    const started = async (typed: string) => {
      await chat.send(typed);
      const reply = await chat.expectReply();
      await stop();
      return plainText(reply.text);
    };
    await chat.send('/assessment');
    await chat.expectReply(/¿Qué cuestionario quieres responder\?/);
    await chat.send('depresión');
    expect(plainText((await chat.expectReply()).text)).toMatch(/ · 1\/8\nPHQ-8 — /);
    await stop();
    expect(await started('/assessment ansiedad')).toMatch(/ · 1\/7\nGAD-7 — /);
    expect(await started('/assessment estado de animo')).toMatch(/ · 1\/8\nPHQ-8 — /);
    expect(await started('/assessment Bienestar')).toMatch(/ · 1\/5\nWHO-5 — /);
    await chat.send('/language de');
    await chat.expectReply(/auf Deutsch/);
    yes = 'ja';
    expect(await started('/assessment Stimmung')).toMatch(/ · 1\/8\nPHQ-8 — /);
    expect(await started('/assessment Ängste')).toMatch(/ · 1\/7\nGAD-7 — /);
    expect(await started('/assessment wohlbefinden')).toMatch(/ · 1\/5\nWHO-5 — /);
    // (Not right after the GAD-7: a stopped questionnaire's draft would be offered back first.)
    expect(await started('/assessment aengste')).toMatch(/ · 1\/7\nGAD-7 — /);
  });

  it('scores the WHO-5 in German, higher being better, with its notes in German', async () => {
    chat = await clientIn('de');
    const replies: OutboundMessage[] = [];
    await chat.send('/assessment who5');
    replies.push(await chat.expectReply(/Wähl eine Antwort oder schreib ihre Nummer: 1 = .+ … 6 = .+\./));
    replies.push(...(await answerAll(chat, 5, '5', /zählt nicht zum Wert/)));
    const result = shown(replies.at(-1)!);
    expect(result).toContain('Danke – der WHO-5 ist geschafft.');
    expect(result).toMatch(/Dein Wert ist \d+ von 100 \(höher ist besser\) und liegt im Bereich „geringes Wohlbefinden“\./);
    expect(result).toContain('So niedrige Werte gehen oft mit einer Depression einher – und die ist gut behandelbar.');
    expect(result).toContain('Mindestens eine Antwort war „Ab und zu“ oder „Zu keinem Zeitpunkt“.');
    expect(result).toContain('Darüber könntest du gut mit deiner Therapeutin oder deinem Therapeuten sprechen');
    await chat.send('/history');
    const history = await chat.expectReply(/Deine Fragebögen\nWHO-5: \d+ · „geringes Wohlbefinden“ \(Mo\., 7\. Dez\.\) · mögliche Depression \(28 oder weniger\); eine Antwort mit 0 oder 1 – lohnt einen genaueren Blick/);
    replies.push(history);
    expect(englishLeft(replies)).toEqual([]);
  });
});

describe('the questionnaire flow and the instant commands in the pseudo-locale (en-XA)', () => {
  let chat: TestChat;
  beforeAll(() => enablePseudoLocale());
  afterAll(() => enablePseudoLocale(false));
  afterEach(async () => chat?.stop());

  /** The instruments' own words (data: their validated wording), the chart's alt text, and what the person typed. */
  const DATA = [
    ...INSTRUMENTS.flatMap((instrument) => [
      instrument.name,
      instrument.intro,
      instrument.attribution,
      ...instrument.items.map((item) => item.text),
      ...instrument.options.map((option) => option.label),
      ...(instrument.unscored ?? []).flatMap((question) => [question.text, question.label, ...question.options.map((option) => option.label)]),
    ]),
    'banana',
    'xyz',
  ];
  function untranslated(message: OutboundMessage): string[] {
    let text = shown(message);
    for (const data of [...DATA].sort((a, b) => b.length - a.length)) text = text.split(data).join(' ');
    // Dates are the locale's (Intl), not copy: English in the pseudo-locale.
    text = text.replace(/\/[a-z]+/g, ' ').replace(/\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b/g, ' ');
    return text.match(/[A-Za-z]{2,}/g) ?? [];
  }

  it('renders every sentence of /assessment, its errors and result, and of /history, /pause and /resume from the catalogs', async () => {
    const clock = new ManualClock(new Date(MONDAY));
    chat = await TestChat.start({ clock });
    await onboard(chat);
    await chat.send('/language en-XA');
    await chat.expectReply();
    const replies: OutboundMessage[] = [];
    const step = async (send: string) => {
      await chat.send(send);
      replies.push(await chat.expectReply());
    };
    await step('/assessment');
    await step('banana');
    await step('2'); // GAD-7
    await step('7');
    await step('banana');
    for (let item = 0; item < 7; item++) await step('3');
    // The difficulty question (optional: an item scored above 0), answered with a number that isn't one.
    await step('9');
    await step('2');
    clock.advance(24 * 60 * 60 * 1000);
    await step('/assessment gad7');
    for (let item = 0; item < 7; item++) await step('1');
    await step('/assessment xyz');
    replies.push(await chat.expectReply()); // the chooser again
    await step('/history');
    await step('/homework');
    await step('/pause 500');
    await step('/pause 2');
    await step('/resume');
    const leaks = replies.map((reply) => ({ text: plainText(reply.text).slice(0, 60), words: untranslated(reply) })).filter((reply) => reply.words.length > 0);
    expect(leaks).toEqual([]);
    expect(replies.length).toBeGreaterThan(25);
  });
});

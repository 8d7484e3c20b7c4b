import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { TestChat } from '../helpers/chat.js';
import { onboard } from '../helpers/flows.js';
import { englishFragments, englishLeft, recording, shown } from '../helpers/english-left.js';
import { enablePseudoLocale } from '../../src/core/i18n/index.js';
import { plainText, type OutboundMessage } from '../../src/core/messages.js';

const labels = (message: OutboundMessage) => (message.choices ?? []).map((choice) => choice.label);

/** A chat with a client onboarded in English who then chose `language` with /language. */
async function clientIn(language: 'es' | 'de'): Promise<TestChat> {
  const chat = await TestChat.start();
  await onboard(chat);
  await chat.send(`/language ${language}`);
  await chat.expectReply(language === 'es' ? /te escribo en español/ : /auf Deutsch/);
  return chat;
}

describe('the thought record in Spanish and German', () => {
  let chat: TestChat;
  afterEach(async () => chat?.stop());

  it('walks a Spanish client through every column, typed words and errors included, with no English left', async () => {
    chat = await clientIn('es');
    const { replies, say } = recording(chat);
    await say('/thought', /Veamos juntos un momento difícil\.\n\nSituación: ¿dónde estabas/);
    const moods = await say('Mi jefa no contestó mi correo en dos días', /Estados de ánimo: ¿qué sentiste\?/);
    expect(labels(moods)).toEqual(['Tristeza', 'Ansiedad', 'Enojo', 'Vergüenza', 'Soledad', 'Calma', 'Alegría', 'Esperanza', 'Otra', 'Listo']);
    await say('ansiedad y verguenza', /¿Qué tan fuerte era «ansiedad», del 0 al 100\?/);
    await say('80', /«vergüenza»/);
    await say('60', /Pensamientos automáticos: ¿qué se te pasó por la mente\?/);
    await say('eso es todo', /Escribe lo que se te pasó por la mente/);
    const list = await say('Piensa que mi trabajo es malo\nMe van a despedir', /Pensamientos automáticos hasta ahora:\n1\. Piensa que mi trabajo es malo\n2\. Me van a despedir\n\n¿Hubo algún otro pensamiento\?/);
    expect(labels(list)).toEqual(['Eso es todo']);
    await say('7', /«7» no es una de las opciones\./);
    await say('me van a despedir', /Ya me mandaste ese pensamiento\./);
    await say('x'.repeat(600), /Ese pensamiento tiene 600 caracteres; puedo guardar hasta 500 por pensamiento\. ¿Podrías acortarlo\? Los pensamientos que mandaste antes siguen guardados\./);
    const hot = await say('Eso es todo', /¿Cuál de estos pensamientos es el «caliente»/);
    expect(labels(hot)).toEqual(['Piensa que mi trabajo es malo', 'Me van a despedir']);
    const traps = await say('2', /Tu pensamiento caliente: «Me van a despedir»\n\n¿Este pensamiento encaja con alguna de estas trampas de pensamiento\?/);
    expect(labels(traps)).toContain('Sacar conclusiones apresuradas');
    expect(labels(traps)).toContain('¿Qué es esto?');
    await say('¿qué es esto?', /Sacar conclusiones apresuradas: Leer la mente o adivinar el futuro sin tener los hechos\./);
    await say('sacar conclusiones apresuradas', /Tu pensamiento caliente: «Me van a despedir»\n\nEvidencia a favor:/);
    await say('Suele contestar en un día', /Evidencia en contra:/);
    await say('Está de viaje esta semana.', /Pensamiento equilibrado: teniendo en cuenta toda la evidencia/);
    await say('Seguro está ocupada; una respuesta lenta no dice nada de mi trabajo.', /¿Cuánto crees en el pensamiento equilibrado, del 0 al 100\?/);
    await say('70', /Vuelve a calificar tus estados de ánimo: ¿qué tan fuerte es «ansiedad» ahora/);
    await say('40', /«vergüenza» ahora/);
    const saved = await say('30', /Registro de pensamientos guardado\./);
    expect(shown(saved)).toContain('Pensamiento equilibrado (70/100): «Seguro está ocupada; una respuesta lenta no dice nada de mi trabajo.»');
    expect(shown(saved)).toContain('Tus estados de ánimo, antes → después:\n• ansiedad: 80 ↓ 40\n• vergüenza: 60 ↓ 30');
    expect(shown(saved)).toContain('Qué bien que lo hayas trabajado hasta el final.');

    const row = await chat.app.database.prisma.thoughtRecord.findFirstOrThrow();
    expect(row).toMatchObject({ moodBefore: 70, moodAfter: 35, beliefBalanced: 70 });
    expect(englishLeft(replies)).toEqual([]);
  });

  it('walks a German client through it, with “das wars” typed, an own mood and eight thoughts at most, with no English left', async () => {
    chat = await clientIn('de');
    const { replies, say } = recording(chat);
    await say('/thought', /Lass uns gemeinsam auf einen schwierigen Moment schauen\.\n\nSituation: Wo warst du/);
    await say('Meine Chefin hat zwei Tage nicht geantwortet', /Gefühle: Was hast du gefühlt\?/);
    await say('angst anderes', /Wie würdest du das andere Gefühl nennen\?/);
    await say('mulmig', /Wie stark war „Angst“, von 0 bis 100\?/);
    await say('80', /Wie stark war „mulmig“/);
    await say('50', /Automatische Gedanken: Was ist dir durch den Kopf gegangen\?/);
    const list = await say('Sie findet meine Arbeit schlecht', /Automatische Gedanken bisher:\n1\. Sie findet meine Arbeit schlecht\n\nGab es noch einen Gedanken\?/);
    expect(labels(list)).toEqual(['Das war’s']);
    await say('das wars', /Dein heißer Gedanke: „Sie findet meine Arbeit schlecht“\n\nPasst dieser Gedanke zu einer dieser Denkfallen\?/);
    await say('Was ist das?', /Schwarz-Weiß-Denken: Alles in Schwarz und Weiß sehen/);
    await say('fertig', /Was dafür spricht:/);
    await say('Sie antwortet sonst schnell', /Was dagegen spricht:/);
    await say('Sie ist auf Reisen.', /Ausgewogener Gedanke:/);
    await say('Sie hat wahrscheinlich viel zu tun.', /Wie sehr glaubst du dem ausgewogenen Gedanken/);
    await say('60', /Bewerte deine Gefühle neu: Wie stark ist „Angst“ jetzt/);
    await say('30', /„mulmig“ jetzt/);
    const saved = await say('20', /Gedankenprotokoll gespeichert\./);
    expect(shown(saved)).toContain('Ausgewogener Gedanke (60/100): „Sie hat wahrscheinlich viel zu tun.“');
    expect(shown(saved)).toContain('• Angst: 80 ↓ 30\n• mulmig: 50 ↓ 20');
    expect(shown(saved)).toContain('Gut gemacht, dass du das durchgearbeitet hast.');

    // The most one record holds: eight thoughts in one message.
    await say('/thought', /Situation:/);
    await say('Im Büro', /Gefühle:/);
    await say('1', /Wie stark war „Traurigkeit“/);
    await say('50', /Automatische Gedanken:/);
    await say(Array.from({ length: 9 }, (_, i) => `Gedanke ${i + 1}`).join('\n'), /Das sind 8 Gedanken – mehr passen nicht in ein Protokoll –, also machen wir mit diesen weiter\.\n\n.*Welcher dieser Gedanken ist der „heiße“/s);
    expect(englishLeft(replies)).toEqual([]);
  });

  it('checks for English with fragments of every English catalog, this one’s included', () => {
    const fragments = englishFragments();
    expect(fragments).toContain('where were you, what was happening, who was there?');
    expect(fragments).toContain('Seeing things in black and white: if it isn’t perfect, it’s a failure.');
  });
});

describe('the thought record in the pseudo-locale (en-XA)', () => {
  let chat: TestChat;
  beforeAll(() => enablePseudoLocale());
  afterAll(() => enablePseudoLocale(false));
  afterEach(async () => chat?.stop());

  /** What the person typed, quoted back: data, not copy. */
  const TYPED = ['Late for work', 'They will think I am lazy', 'Nobody noticed', 'Traffic was bad', 'It happens to everyone', 'meh', 'lots'];
  function untranslated(message: OutboundMessage): string[] {
    let text = shown(message);
    for (const data of [...TYPED].sort((a, b) => b.length - a.length)) text = text.split(data).join(' ');
    text = text.replace(/\/[a-z]+/g, ' ');
    return text.match(/[A-Za-z]{2,}/g) ?? [];
  }

  it('renders every message of the thought record, its errors and the traps’ explanations from the catalogs', async () => {
    chat = await TestChat.start();
    await onboard(chat);
    await chat.send('/language en-XA');
    await chat.expectReply();
    const replies: OutboundMessage[] = [];
    const step = async (send: string) => {
      await chat.send(send);
      replies.push(await chat.expectReply());
    };
    await step('/thought');
    await step('Late for work');
    await step('2 9'); // anxious, other
    await step('meh');
    await step('70');
    await step('40');
    await step('done'); // no thought yet
    await step('They will think I am lazy');
    await step('3'); // a number, not a thought
    await step('They will think I am lazy'); // repeated
    await step('x'.repeat(501));
    await step('Nobody noticed\nThey will think I am lazy'); // one left out
    await step('that’s all');
    await step('2');
    await step('11'); // what's this?
    await step('5'); // a trap typed: the answer
    await step('Traffic was bad');
    await step('Nobody noticed');
    await step('It happens to everyone');
    await step('lots'); // not a number
    await step('80');
    await step('30');
    await step('20');
    expect(plainText(replies.at(-1)!.text)).toContain('80/100');
    const leaks = replies.map((reply) => ({ text: plainText(reply.text).slice(0, 60), words: untranslated(reply) })).filter((reply) => reply.words.length > 0);
    expect(leaks).toEqual([]);
    expect(replies).toHaveLength(23);
  });
});

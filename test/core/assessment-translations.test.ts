import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { BetweenCore } from '../../src/core/core.js';
import { systemClock } from '../../src/core/clock.js';
import { plainText, type OutboundMessage } from '../../src/core/messages.js';
import { createLogger } from '../../src/logger.js';
import { TRANSLATIONS, type ConfirmedTranslation } from '../../src/core/assessments/translations/index.js';
import { PROVIDERS } from '../helpers/databases.js';
import { TestChat } from '../helpers/chat.js';
import { onboard } from '../helpers/flows.js';

/** Routes the chat through a core whose practice has switched the PHQ-9 on (same database and worker). */
function enablePhq9(chat: TestChat): void {
  const logger = createLogger({ level: 'silent', format: 'json', secrets: [], destination: new Writable({ write: (_chunk, _encoding, callback) => callback() }) });
  const core = new BetweenCore({
    store: chat.app.store,
    clock: systemClock,
    logger,
    defaultTimezone: chat.config.DEFAULT_TIMEZONE,
    crisisRegion: chat.config.CRISIS_REGION,
    phq9Enabled: true,
    erasure: { auditRetentionDays: chat.config.AUDIT_RETENTION_DAYS, scrubber: { removeFiles: async () => {}, scrubDatabase: async () => void (await chat.app.store.scrubFreedSpace()) } },
    onEnqueued: () => chat.app.worker.wake(),
  });
  chat.adapter.onEvent = (event) => core.handle(event);
}

/** An onboarded client whose stored language is `locale` (set through the repository, as /language or /settings would). */
async function clientIn(provider: 'sqlite' | 'postgresql', locale: string): Promise<{ chat: TestChat; personId: string }> {
  const chat = await TestChat.start({ provider });
  enablePhq9(chat);
  await onboard(chat);
  const person = await chat.app.database.prisma.person.findFirstOrThrow({ where: { role: 'client' } });
  await chat.app.store.repos.people.update(person.id, { locale });
  return { chat, personId: person.id };
}

interface Administration {
  instrument: string;
  /** What the client types for each item, then for the unscored question when it is asked. */
  typed: string[];
}

/**
 * Runs one questionnaire by typing, checking that every item is shown in the translation (its
 * text taken from the data), and returns the replies: the first question and the result.
 */
async function administer(chat: TestChat, language: string, run: Administration): Promise<{ first: OutboundMessage; replies: OutboundMessage[]; result: OutboundMessage }> {
  const translation = TRANSLATIONS.find((l) => l.language === language)!.instruments[run.instrument] as ConfirmedTranslation;
  const itemTexts = Object.values(translation.items);
  await chat.send(`/assessment ${run.instrument}`);
  const first = await chat.expectReply();
  expect(plainText(first.text)).toContain(translation.intro);
  const replies = [first];
  for (const [index, answer] of run.typed.entries()) {
    const shown = plainText(replies[replies.length - 1]!.text);
    if (index < itemTexts.length) expect(shown.endsWith(itemTexts[index]!)).toBe(true);
    await chat.send(answer);
    let reply = await chat.expectReply();
    // PHQ-9 item 9 answered above “not at all”: the crisis response (in the person's language) comes at once, then the next question.
    if (/I’m really glad you told me|Me alegra mucho que me lo hayas contado|Ich bin wirklich froh, dass du es mir erzählt hast/.test(plainText(reply.text))) reply = await chat.expectReply();
    replies.push(reply);
  }
  const result = replies[replies.length - 1]!;
  expect(plainText(result.text)).toContain(translation.attribution);
  return { first, replies, result };
}

async function latestAnswers(chat: TestChat, personId: string, instrument: string) {
  return (await chat.app.store.repos.assessments.latest(personId, instrument))!;
}

describe.each(PROVIDERS)('questionnaires in Spanish and German on %s', (provider) => {
  let chat: TestChat | undefined;
  afterEach(async () => chat?.stop());

  it('a Spanish client answers each questionnaire by typed numbers and by option names (with or without accents); the stored scores are the chosen answers', async () => {
    const started = await clientIn(provider, 'es');
    chat = started.chat;
    const { personId } = started;

    // GAD-7 by numbers: the position as shown. Its difficulty question is shown in English, with the note in Spanish.
    const gad = await administer(chat, 'es', {
      instrument: 'gad7',
      typed: ['1', '2', '3', '4', '1', '2', '3', '2'],
    });
    expect(gad.first.choices?.map((c) => c.label)).toEqual(['Ningún día', 'Varios días', 'Más de la mitad de los días', 'Casi todos los días']);
    expect(plainText(gad.first.text)).toContain('1 = Ningún día … 4 = Casi todos los días');
    const difficulty = plainText(gad.replies[7]!.text);
    expect(difficulty).toContain('If you checked off any problems, how difficult have these made it for you');
    expect(difficulty).toContain('Esta pregunta aparece en inglés: no pudimos confirmar su traducción oficial al español.');
    expect(gad.replies[7]!.choices?.map((c) => c.label).slice(0, 4)).toEqual(['Not difficult at all', 'Somewhat difficult', 'Very difficult', 'Extremely difficult']);
    expect(plainText(gad.result.text)).toContain('Tu puntaje es 9 de 21, lo que está en el rango de síntomas leves.');
    let stored = await latestAnswers(chat, personId, 'gad7');
    expect(stored.answers).toEqual({ q1: 0, q2: 1, q3: 2, q4: 3, q5: 0, q6: 1, q7: 2, difficulty: 1 });
    expect(stored.instrumentVersion).toBe('es-2');

    // GAD-7 by names, accented and not, any case.
    await administer(chat, 'es', {
      instrument: 'gad7',
      typed: ['Ningún día', 'ningun dia', 'Varios días', 'varios dias', 'más de la mitad de los días', 'mas de la mitad de los dias', 'CASI TODOS LOS DIAS', 'Very difficult'],
    });
    expect((await latestAnswers(chat, personId, 'gad7')).answers).toEqual({ q1: 0, q2: 0, q3: 1, q4: 1, q5: 2, q6: 2, q7: 3, difficulty: 2 });

    // PHQ-9 by names: item 9 “varios dias” raises the safety response; the difficulty question is in Spanish.
    const phq = await administer(chat, 'es', {
      instrument: 'phq9',
      typed: ['casi todos los dias', 'Más de la mitad de los días', 'varios dias', 'Ningún día', 'ningun dia', 'Varios días', 'mas de la mitad de los dias', 'Casi todos los días', 'varios dias', 'muy dificil'],
    });
    expect(plainText(phq.replies[9]!.text)).toMatch(/^.*\nSi marcó cualquiera de los problemas, ¿qué tanta dificultad le han dado estos problemas/);
    expect(plainText(phq.replies[9]!.text)).not.toContain('inglés');
    stored = await latestAnswers(chat, personId, 'phq9');
    expect(stored.answers).toEqual({ q1: 3, q2: 2, q3: 1, q4: 0, q5: 0, q6: 1, q7: 2, q8: 3, q9: 1, difficulty: 2 });
    expect(stored.total).toBe(13);
    expect(await chat.app.database.prisma.riskFlag.count()).toBe(1);
    expect(plainText(phq.result.text)).toContain('Muy difícil (no cuenta para el puntaje)');

    // PHQ-9 by numbers: “1” on item 9 is “Ningún día” and raises nothing more.
    await administer(chat, 'es', { instrument: 'phq9', typed: ['4', '3', '2', '1', '1', '2', '3', '4', '1', '1'] });
    expect((await latestAnswers(chat, personId, 'phq9')).answers).toEqual({ q1: 3, q2: 2, q3: 1, q4: 0, q5: 0, q6: 1, q7: 2, q8: 3, q9: 0, difficulty: 0 });
    expect(await chat.app.database.prisma.riskFlag.count()).toBe(1);

    // PHQ-8 by numbers and by names.
    await administer(chat, 'es', { instrument: 'phq8', typed: ['1', '2', '3', '4', '4', '3', '2', '1'] });
    expect((await latestAnswers(chat, personId, 'phq8')).answers).toEqual({ q1: 0, q2: 1, q3: 2, q4: 3, q5: 3, q6: 2, q7: 1, q8: 0 });
    await administer(chat, 'es', { instrument: 'phq8', typed: ['varios dias', 'Varios días', 'ningún día', 'Ningun dia', 'casi todos los días', 'mas de la mitad de los dias', 'Varios dias', 'casi todos los dias'] });
    expect((await latestAnswers(chat, personId, 'phq8')).answers).toEqual({ q1: 1, q2: 1, q3: 0, q4: 0, q5: 3, q6: 2, q7: 1, q8: 3 });

    // WHO-5: “1” is the first answer shown, “Todo el tiempo”, which scores 5.
    const who = await administer(chat, 'es', { instrument: 'who5', typed: ['1', '2', '3', '4', '5'] });
    expect(who.first.choices?.map((c) => c.label)).toEqual(['Todo el tiempo', 'La mayor parte del tiempo', 'Más de la mitad del tiempo', 'Menos de la mitad del tiempo', 'De vez en cuando', 'Nunca']);
    expect((await latestAnswers(chat, personId, 'who5')).answers).toEqual({ q1: 5, q2: 4, q3: 3, q4: 2, q5: 1 });
    await administer(chat, 'es', { instrument: 'who5', typed: ['todo el tiempo', 'La mayor parte del tiempo', 'mas de la mitad del tiempo', 'menos de la mitad del tiempo', 'NUNCA'] });
    stored = await latestAnswers(chat, personId, 'who5');
    expect(stored.answers).toEqual({ q1: 5, q2: 4, q3: 3, q4: 2, q5: 0 });
    expect([stored.total, stored.instrumentVersion, stored.notes]).toEqual([56, 'es-2', ['low_item']]);
  });

  it('a German client answers each questionnaire by typed numbers and by option names (with or without umlauts); the stored scores are the chosen answers', async () => {
    const started = await clientIn(provider, 'de-DE');
    chat = started.chat;
    const { personId } = started;

    const phq = await administer(chat, 'de', { instrument: 'phq9', typed: ['1', '2', '3', '4', '1', '2', '3', '4', '1', '3'] });
    expect(phq.first.choices?.map((c) => c.label)).toEqual(['Überhaupt nicht', 'An einzelnen Tagen', 'An mehr als der Hälfte der Tage', 'Beinahe jeden Tag']);
    expect(plainText(phq.replies[9]!.text)).toContain('Wenn eines oder mehrere dieser Probleme bei Ihnen vorliegen');
    let stored = await latestAnswers(chat, personId, 'phq9');
    expect(stored.answers).toEqual({ q1: 0, q2: 1, q3: 2, q4: 3, q5: 0, q6: 1, q7: 2, q8: 3, q9: 0, difficulty: 2 });
    expect(stored.instrumentVersion).toBe('de-2');
    expect(await chat.app.database.prisma.riskFlag.count()).toBe(0);

    await administer(chat, 'de', {
      instrument: 'phq9',
      typed: ['Beinahe jeden Tag', 'an mehr als der Hälfte der Tage', 'an mehr als der Haelfte der Tage', 'ueberhaupt nicht', 'Überhaupt nicht', 'an einzelnen Tagen', 'AN EINZELNEN TAGEN', 'beinahe jeden tag', 'An einzelnen Tagen', 'sehr stark erschwert'],
    });
    stored = await latestAnswers(chat, personId, 'phq9');
    expect(stored.answers).toEqual({ q1: 3, q2: 2, q3: 2, q4: 0, q5: 0, q6: 1, q7: 1, q8: 3, q9: 1, difficulty: 3 });
    expect(await chat.app.database.prisma.riskFlag.count()).toBe(1);

    await administer(chat, 'de', { instrument: 'phq8', typed: ['4', '4', '3', '3', '2', '2', '1', '1'] });
    expect((await latestAnswers(chat, personId, 'phq8')).answers).toEqual({ q1: 3, q2: 3, q3: 2, q4: 2, q5: 1, q6: 1, q7: 0, q8: 0 });
    await administer(chat, 'de', { instrument: 'phq8', typed: ['uberhaupt nicht', 'Beinahe jeden Tag', 'an einzelnen tagen', 'An mehr als der Hälfte der Tage', 'ÜBERHAUPT NICHT', 'beinahe jeden tag', 'an mehr als der haelfte der tage', 'An einzelnen Tagen'] });
    expect((await latestAnswers(chat, personId, 'phq8')).answers).toEqual({ q1: 0, q2: 3, q3: 1, q4: 2, q5: 0, q6: 3, q7: 2, q8: 1 });

    const gad = await administer(chat, 'de', { instrument: 'gad7', typed: ['2', '2', '2', '2', '2', '2', '2', '1'] });
    expect(plainText(gad.replies[7]!.text)).toContain('Diese Frage erscheint auf Englisch: Wir konnten ihre offizielle deutsche Übersetzung nicht bestätigen.');
    expect((await latestAnswers(chat, personId, 'gad7')).answers).toEqual({ q1: 1, q2: 1, q3: 1, q4: 1, q5: 1, q6: 1, q7: 1, difficulty: 0 });
    await administer(chat, 'de', { instrument: 'gad7', typed: ['Überhaupt nicht', 'ueberhaupt nicht', 'An einzelnen Tagen', 'an mehr als der haelfte der tage', 'Beinahe jeden Tag', 'beinahe jeden tag', 'an mehr als der Hälfte der Tage', 'Somewhat difficult'] });
    expect((await latestAnswers(chat, personId, 'gad7')).answers).toEqual({ q1: 0, q2: 0, q3: 1, q4: 2, q5: 3, q6: 3, q7: 2, difficulty: 1 });

    const who = await administer(chat, 'de', { instrument: 'who5', typed: ['1', '1', '2', '6', '3'] });
    expect(plainText(who.first.text)).toContain('In den letzten zwei Wochen war ich froh und guter Laune');
    expect((await latestAnswers(chat, personId, 'who5')).answers).toEqual({ q1: 5, q2: 5, q3: 4, q4: 0, q5: 3 });
    await administer(chat, 'de', { instrument: 'who5', typed: ['Die ganze Zeit', 'meistens', 'etwas mehr als die haelfte der zeit', 'Etwas weniger als die Hälfte der Zeit', 'ab und zu'] });
    stored = await latestAnswers(chat, personId, 'who5');
    expect(stored.answers).toEqual({ q1: 5, q2: 4, q3: 3, q4: 2, q5: 1 });
    expect([stored.total, stored.notes]).toEqual([60, ['low_item']]);
  });

  it('a client whose locale has no translations gets the English questionnaire without a note', async () => {
    const started = await clientIn(provider, 'pt-BR');
    chat = started.chat;
    await chat.send('/assessment gad7');
    const first = await chat.expectReply(/GAD-7 — Over the last 2 weeks, how often have you been bothered by the following problems\?/);
    expect(plainText(first.text)).not.toMatch(/inglés|Englisch/);
    expect(first.choices?.map((c) => c.label)).toEqual(['Not at all', 'Several days', 'More than half the days', 'Nearly every day']);
  });
});

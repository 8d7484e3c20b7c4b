import { afterEach, describe, expect, it } from 'vitest';
import { TestChat } from '../helpers/chat.js';
import { onboard } from '../helpers/flows.js';
import { englishLeft, recording, shown } from '../helpers/english-left.js';
import { ManualClock } from '../../src/core/clock.js';
import { plainText } from '../../src/core/messages.js';
import { homeworkLines, scoreChangeLines } from '../../src/core/summaries/client-progress.js';
import { DEFAULT_CHANGE_METHOD } from '../../src/core/assessments/change.js';

/** Monday 7 December 2026, 10:00 in New York (the client's timezone). */
const MONDAY = '2026-12-07T15:00:00Z';
const TODAY = '2026-12-07';

/** A chat with a client onboarded in English (US Eastern) who then chose `language` with /language. */
async function clientIn(language: 'es' | 'de'): Promise<TestChat> {
  const chat = await TestChat.start({ clock: new ManualClock(new Date(MONDAY)) });
  await onboard(chat);
  await chat.send(`/language ${language}`);
  await chat.expectReply(language === 'es' ? /te escribo en español/ : /auf Deutsch/);
  return chat;
}

describe('the instant commands in Spanish and German', () => {
  let chat: TestChat;
  afterEach(async () => chat?.stop());

  const checkIn = async (mood: number) => {
    const person = await chat.app.database.prisma.person.findFirstOrThrow();
    await chat.app.store.repos.checkIns.create({ personId: person.id, mood, emotions: [], coping: [], details: {}, localDate: TODAY, at: new Date(MONDAY) });
    return person;
  };

  it('answers /history, /homework, /pause, /resume and /export in Spanish, with Spanish dates and no English left', async () => {
    chat = await clientIn('es');
    const { replies, say } = recording(chat);
    await say('/history', /Tu ánimo, últimos 7 días[\s\S]*0 registros diarios y 0 registros de pensamientos esta semana\.\nCuando quieras, \/checkin te toma unos 30 segundos\./);
    await say('/homework', /Ahora mismo no tienes tareas asignadas\./);

    const person = await checkIn(6);
    await checkIn(8);
    await chat.app.store.repos.homework.assign({ personId: person.id, kind: 'checkin', cadence: 'days:mon,wed', at: new Date(MONDAY) });
    await chat.app.store.repos.homework.complete(person.id, 'checkin', TODAY, { kind: 'checkin', id: 'c1' }, new Date(MONDAY));
    const historyReply = await say('/history', /Tu ánimo, últimos 7 días/);
    const history = shown(historyReply);
    // The chart: its title and days in Spanish, the numbers in words for chats without images.
    expect(historyReply.attachment?.kind === 'image' && historyReply.attachment.alt).toMatch(/^Tu ánimo \(0–10\) por día: mar, 24 nov: sin registro; .*; dom, 6 dic: sin registro; lun, 7 dic: 7\.$/);
    expect(history).toMatch(/lun, 7 dic\s+█+░* 7 \(2 registros\)/);
    expect(history).toContain('2 registros diarios y 0 registros de pensamientos esta semana.');
    expect(history).toContain('Tu tarea\nHoy hiciste tu tarea. ¡Gracias!');
    const homework = shown(await say('/homework', /Tu tarea/));
    expect(homework).toMatch(/✓ .+ \(lun, mié\) — \/checkin · hecha hoy/);

    await say('/pause 0', /Indica un número de días del 1 al 90, por ejemplo \/pause 3, o simplemente \/pause para una semana\./);
    await say('/pause 3', /En pausa\. No te mando recordatorios diarios hasta el jueves, 10 de diciembre\. Con \/resume/);
    await say('/resume', /¡Qué bueno tenerte de vuelta! Los recordatorios diarios están activos otra vez \(a las 20:00\)\./);

    await say('/export', /Aquí está todo lo que guardaste en Between\. .*America\/New_York/);
    await chat.expectReply(/Un CSV para hojas de cálculo/).then((reply) => replies.push(reply));
    await chat.expectReply(/Y un informe legible de «mi progreso»/).then((reply) => replies.push(reply));
    await chat.expectReply(/Por último, tus cuestionarios y registros diarios en FHIR R4/).then((reply) => replies.push(reply));
    expect(englishLeft(replies)).toEqual([]);
  });

  it('answers them in German, a custom task marked done from /homework included, with no English left', async () => {
    chat = await clientIn('de');
    const { replies, say } = recording(chat);
    const person = await checkIn(5);
    await chat.app.store.repos.homework.assign({ personId: person.id, kind: 'custom', cadence: 'once', instructions: 'Die Praxis anrufen', at: new Date(MONDAY) });
    const historyReply = await say('/history', /Deine Stimmung, letzte 7 Tage/);
    const history = shown(historyReply);
    expect(historyReply.attachment?.kind === 'image' && historyReply.attachment.alt).toMatch(/^Deine Stimmung \(0–10\) nach Tagen: .*; So\., 6\. Dez\.: kein Check-in; Mo\., 7\. Dez\.: 5\.$/);
    expect(history).toMatch(/Mo\., 7\. Dez\.\s+█+░* 5\n/);
    expect(history).toContain('1 Check-in und 0 Gedankenprotokolle diese Woche.');
    expect(history).toContain('Deine Hausaufgaben\nDeine Hausaufgaben sind da, wann immer du so weit bist: /homework.');
    const homework = await say('/homework', /Deine Hausaufgaben\n○ .+ \(einmal\)/);
    await chat.pressId(homework.choices![0]!.id);
    replies.push(await chat.expectReply(/: für heute erledigt ✓ Das zählt für deine Hausaufgabe\./));
    await say('/pause', /Pausiert\. Bis Montag, 14\. Dezember schicke ich dir keine täglichen Erinnerungen\./);
    await say('/resume', /Schön, dass du wieder da bist – die täglichen Erinnerungen sind wieder an \(um 20:00 Uhr\)\./);
    expect(englishLeft(replies)).toEqual([]);
  });
});

describe('/history’s progress lines in Spanish and German', () => {
  const point = (instrument: string, total: number, localDate: string) => ({ instrument, version: 'en-2', total, localDate });
  const text = (lines: string[]) => lines.map(plainText);

  it('states the scores’ change and the homework kindly, with the language’s dates', () => {
    const series = [point('phq8', 12, '2026-01-05'), point('gad7', 14, '2026-01-05'), point('gad7', 7, '2026-02-02')];
    expect(text(scoreChangeLines(series, DEFAULT_CHANGE_METHOD, 'es'))).toEqual([
      '',
      'Lo que muestran tus puntajes',
      'PHQ-8: 12 el lun, 5 ene, tu primera vez. La próxima mostrará cómo van las cosas.',
      'GAD-7: 14 el lun, 5 ene, 7 el lun, 2 feb. Un cambio de este tamaño es más que la variación de un día a otro: es una mejora real, y tu puntaje ya está fuera del rango en el que este cuestionario sugiere apoyo adicional.',
    ]);
    expect(text(scoreChangeLines([point('phq9', 18, '2026-01-05'), point('phq9', 12, '2026-02-02')], DEFAULT_CHANGE_METHOD, 'de'))[2]).toBe(
      'PHQ-9: 18 (am Mo., 5. Jan.), 12 (am Mo., 2. Feb.). Eine Veränderung dieser Größe liegt im Rahmen der üblichen Schwankung von Tag zu Tag.',
    );
    expect(text(scoreChangeLines([point('who5', 60, '2026-01-05'), point('who5', 48, '2026-02-02')], DEFAULT_CHANGE_METHOD, 'de'))[2]).toMatch(
      /mehr als die übliche Schwankung von Tag zu Tag\. Es könnte helfen, mit deiner Therapeutin oder deinem Therapeuten darüber zu sprechen\.$/,
    );
    const today = '2026-02-10';
    const said = (dates: string[], locale: 'es' | 'de') => plainText(homeworkLines(true, dates, today, locale).at(-1)!);
    expect(said(['2026-02-08', '2026-02-09', '2026-02-10'], 'es')).toBe('Llevas 3 días seguidos haciendo tu tarea. ¡Muy bien!');
    expect(said(['2026-02-09'], 'es')).toBe('Ayer hiciste tu tarea. ¡Gracias!');
    expect(said(['2026-02-05', '2026-02-07'], 'es')).toBe('Hiciste tu tarea 2 de los últimos 7 días. Todo suma.');
    expect(said(['2026-02-10'], 'de')).toBe('Du hast heute deine Hausaufgabe gemacht – danke.');
    expect(said([], 'de')).toBe('Deine Hausaufgaben sind da, wann immer du so weit bist: /homework.');
  });
});

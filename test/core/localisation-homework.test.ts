import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { renderForTerminal } from '../../adapters/console/render.js';
import { enablePseudoLocale } from '../../src/core/i18n/index.js';
import { ManualClock } from '../../src/core/clock.js';
import { plainText, type OutboundMessage } from '../../src/core/messages.js';
import type { TherapistActor } from '../../src/core/therapists/therapist-service.js';
import { TestChat } from '../helpers/chat.js';
import { englishLeft, shown } from '../helpers/english-left.js';
import { onboard } from '../helpers/flows.js';

/**
 * Homework a therapist assigns, as the client reads it in Spanish and German: the message telling
 * them, its settings, the daily reminder, /homework and the buttons — no English left. The
 * therapist's own side (Slack) stays English.
 */
const ALICE: TherapistActor = { platform: 'slack', workspaceId: 'T1', userId: 'UALICE' };
/** Monday 2 March 2026, 10:00 in New York (the client's timezone). */
const MONDAY = '2026-03-02T15:00:00Z';
/** 18:30 in New York that day. */
const EVENING = '2026-03-02T23:30:00Z';

/** A client linked to Alice by code, then switched to `language` with /language. */
async function linkedClientIn(language: 'es' | 'de' | 'en-XA', clock: ManualClock): Promise<{ chat: TestChat; linkId: string }> {
  const chat = await TestChat.start({ clock });
  await chat.app.therapists.register(ALICE, async () => 'slack:T1:DUALICE');
  const invite = await chat.app.therapists.invite(ALICE, 'Robin');
  await onboard(chat, { code: invite.code });
  await chat.send(`/language ${language}`);
  await chat.expectReply(language === 'es' ? /te escribo en español/ : language === 'de' ? /auf Deutsch/ : undefined);
  const link = await chat.app.database.prisma.careLink.findFirstOrThrow();
  return { chat, linkId: link.id };
}

describe('homework from a therapist in the client’s language', () => {
  let chat: TestChat;
  afterEach(async () => chat?.stop());

  it('tells a Spanish client about a questionnaire, reminds them and lists it in /homework in Spanish', async () => {
    const clock = new ManualClock(new Date(MONDAY));
    const linked = await linkedClientIn('es', clock);
    chat = linked.chat;
    const replies: OutboundMessage[] = [];
    const { assignmentId } = await chat.app.therapists.assign(ALICE, {
      linkId: linked.linkId,
      kind: 'assessment',
      cadence: 'daily',
      dueTime: '18:30',
      instructions: 'Antes de la sesión',
      settings: { assessment: { instrument: ['gad7'] } },
    });
    const told = await chat.expectReply(/Nueva tarea de tu terapeuta:/);
    replies.push(told);
    expect(plainText(told.text)).toBe(
      'Nueva tarea de tu terapeuta: Cuestionario — a diario, y te la recuerdo a las 18:30.\nQué cuestionario: GAD-7 · ansiedad\nIndicaciones: Antes de la sesión\nHazla cuando mejor te venga; cuenta en cuanto la termines.',
    );
    expect(told.choices).toEqual([{ id: `hw.${assignmentId}`, label: 'Empezar: Cuestionario' }]);

    clock.set(EVENING);
    await chat.app.scheduler.tick();
    const reminder = await chat.expectReply(/Un recordatorio de tu tarea de hoy:/);
    replies.push(reminder);
    expect(plainText(reminder.text)).toBe('Un recordatorio de tu tarea de hoy:\n• Cuestionario (a diario)\nCuando mejor te venga: cuenta en cuanto la termines.');
    expect(reminder.choices).toEqual(told.choices);

    await chat.send('/homework');
    const list = await chat.expectReply(/Tu tarea/);
    replies.push(list);
    expect(shown(list)).toContain('○ Cuestionario (a diario) — /assessment gad7\n   Qué cuestionario: GAD-7 · ansiedad\n   Antes de la sesión');
    expect(list.choices?.map((choice) => choice.label)).toEqual(['Empezar: Cuestionario']);
    expect(englishLeft(replies)).toEqual([]);
  });

  it('tells a German client about a routine log with its settings and a custom task, on chosen days, and the link’s end, in German', async () => {
    const clock = new ManualClock(new Date(MONDAY));
    const linked = await linkedClientIn('de', clock);
    chat = linked.chat;
    const replies: OutboundMessage[] = [];
    await chat.app.therapists.assign(ALICE, { linkId: linked.linkId, kind: 'routine', cadence: 'days', days: ['mon', 'thu'], dueTime: '18:30', settings: { routine: { items: ['sleep', 'meals'] } } });
    const routine = await chat.expectReply(/Neue Hausaufgabe/);
    replies.push(routine);
    expect(plainText(routine.text)).toBe(
      'Neue Hausaufgabe von deiner Therapeutin oder deinem Therapeuten: Alltag und Wohlbefinden – Mo, Do, und ich erinnere dich um 18:30 Uhr daran.\nWas festgehalten wird: Schlaf, Regelmäßige Mahlzeiten\nMach sie, wann es dir passt – sie zählt, sobald du fertig bist.',
    );
    expect(routine.choices?.map((choice) => choice.label)).toEqual(['Starten: Alltag und Wohlbefinden']);
    await chat.app.therapists.assign(ALICE, { linkId: linked.linkId, kind: 'custom', cadence: 'once', instructions: 'Die Praxis anrufen' });
    const custom = await chat.expectReply(/Neue Hausaufgabe/);
    replies.push(custom);
    expect(plainText(custom.text)).toBe(
      'Neue Hausaufgabe von deiner Therapeutin oder deinem Therapeuten: Eigene Aufgabe – einmal.\nAnleitung: Die Praxis anrufen\nMach sie, wann es dir passt – sie zählt, sobald du fertig bist.',
    );
    expect(custom.choices?.map((choice) => choice.label)).toEqual(['Erledigt: Eigene Aufgabe']);

    clock.set(EVENING);
    await chat.app.scheduler.tick();
    const reminder = await chat.expectReply(/Eine kleine Erinnerung/);
    replies.push(reminder);
    expect(plainText(reminder.text)).toBe(
      'Eine kleine Erinnerung an deine Hausaufgaben für heute:\n• Alltag und Wohlbefinden (Mo, Do)\n• Eigene Aufgabe (einmal)\nWann immer es dir passt – jede Aufgabe zählt, sobald du sie erledigt hast.',
    );
    expect(reminder.choices?.map((choice) => choice.label)).toEqual(['Starten: Alltag und Wohlbefinden', 'Erledigt: Eigene Aufgabe']);

    await chat.send('/homework');
    const list = await chat.expectReply(/Deine Hausaufgaben/);
    replies.push(list);
    expect(shown(list)).toContain('○ Alltag und Wohlbefinden (Mo, Do) — /exercise routine\n   Was festgehalten wird: Schlaf, Regelmäßige Mahlzeiten');
    await chat.pressId(list.choices!.find((choice) => choice.label === 'Erledigt: Eigene Aufgabe')!.id);
    const done = await chat.expectReply(/für heute erledigt/);
    replies.push(done);
    expect(plainText(done.text)).toBe('Eigene Aufgabe: für heute erledigt ✓ Das zählt für deine Hausaufgabe.');

    // The therapist ends the link: the client is told in German, and the homework ends with it.
    await chat.app.therapists.unlink(ALICE, 'Robin');
    const unlinked = await chat.expectReply(/Verbindung mit Between beendet/);
    replies.push(unlinked);
    expect(unlinked.locale).toBe('de');
    await chat.send('/homework');
    replies.push(await chat.expectReply(/Du hast gerade keine Hausaufgaben/));
    expect(englishLeft(replies)).toEqual([]);
  });

  it('says in /settings what the therapist sees, in Spanish and German', async () => {
    const linked = await linkedClientIn('es', new ManualClock(new Date(MONDAY)));
    chat = linked.chat;
    await chat.send('/settings');
    const menu = await chat.expectReply(/Tu terapeuta ve:/);
    expect(plainText(menu.text)).toContain('Tu terapeuta ve: si hiciste tus registros diarios y tus tareas, las alertas de riesgo, tu ánimo y los resultados de los cuestionarios');
    await chat.pressId(menu.choices!.find((choice) => choice.label === 'Lo que ve mi terapeuta')!.id);
    const question = await chat.expectReply(/¿Qué puede recibir tu terapeuta/);
    expect(plainText(question.text)).toContain('• Solo lo que hice: si hiciste tus registros diarios y tus tareas, y las alertas de riesgo; ningún puntaje ni nada de lo que escribes');
    await chat.pressId(question.choices!.find((choice) => choice.label === 'Solo lo que hice')!.id);
    await chat.expectReply(/Lo que ve mi terapeuta|¿Qué te gustaría cambiar\?/);
    await chat.pressId(chat.received.at(-1)!.choices!.find((choice) => choice.label === 'Listo')!.id);
    const saved = await chat.expectReply(/Ahora tu terapeuta recibe como máximo:/);
    expect(plainText(saved.text)).toContain('Ahora tu terapeuta recibe como máximo: si hiciste tus registros diarios y tus tareas, y las alertas de riesgo; ningún puntaje ni nada de lo que escribes.');

    await chat.send('/language de');
    await chat.expectReply(/auf Deutsch/);
    await chat.send('/settings');
    const german = await chat.expectReply(/Deine Therapeutin oder dein Therapeut sieht:/);
    expect(plainText(german.text)).toContain('Deine Therapeutin oder dein Therapeut sieht: ob du Check-ins und Hausaufgaben gemacht hast, und Risikohinweise – keine Werte, nichts, was du schreibst.');
    expect(englishLeft([menu, question, saved, german])).toEqual([]);
  });
});

describe('homework from a therapist in the pseudo-locale (en-XA)', () => {
  let chat: TestChat;
  beforeAll(() => enablePseudoLocale());
  afterAll(() => enablePseudoLocale(false));
  afterEach(async () => chat?.stop());

  /** Words left outside the catalogs, once data is taken out: what the therapist wrote, place and language names in /settings, Intl's weekdays, commands. */
  function untranslated(text: string): string[] {
    let left = text;
    for (const data of ['Call the practice', 'New York', 'UTC', 'United States', 'en-XA', 'GAD-7']) left = left.split(data).join(' ');
    left = left
      .replace(/\/[a-z]+(?: [a-z]+)?/g, ' ')
      .replace(/\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b/g, ' ');
    return left.match(/[A-Za-z]{2,}/g) ?? [];
  }

  it('says every word of the new homework, its settings, the reminder, /homework with its hint, /settings and the link’s end from the catalogs', async () => {
    const clock = new ManualClock(new Date(MONDAY));
    const linked = await linkedClientIn('en-XA', clock);
    chat = linked.chat;
    const texts: string[] = [];
    await chat.app.therapists.assign(ALICE, { linkId: linked.linkId, kind: 'routine', cadence: 'days', days: ['mon', 'thu'], dueTime: '18:30', instructions: 'Call the practice', settings: { routine: { items: ['sleep'] } } });
    await chat.app.therapists.assign(ALICE, { linkId: linked.linkId, kind: 'assessment', cadence: 'daily', settings: { assessment: { instrument: ['gad7'] } } });
    for (let i = 0; i < 2; i++) texts.push(shown(await chat.expectReply()));
    clock.set(EVENING);
    await chat.app.scheduler.tick();
    texts.push(shown(await chat.expectReply()));
    await chat.send('/homework');
    const list = await chat.expectReply();
    texts.push(renderForTerminal(list, false));
    await chat.send('/settings');
    texts.push(shown(await chat.expectReply()));
    await chat.send('/cancel');
    await chat.expectReply();
    await chat.app.therapists.unlink(ALICE, 'Robin');
    texts.push(shown(await chat.expectReply()));
    expect(texts.every((text) => text.startsWith('[') || text.includes('\n['))).toBe(true);
    expect(texts.flatMap(untranslated)).toEqual([]);
  });
});


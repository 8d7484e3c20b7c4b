import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { catalogSources, enablePseudoLocale } from '../../src/core/i18n/index.js';
import type { OutboundMessage } from '../../src/core/messages.js';
import { recording, shown } from '../helpers/english-left.js';
import { CRISIS_DATA } from '../../src/core/safety/crisis-resources-data.js';
import { ManualClock } from '../../src/core/clock.js';
import { TestChat } from '../helpers/chat.js';
import { onboard } from '../helpers/flows.js';

/** The homework library in Spanish and German (locales/<lang>/safety-plan.ftl, exercises.ftl). */

const AREAS = ['safety-plan', 'exercises', 'journal'];

const labels = (message: OutboundMessage) => (message.choices ?? []).map((choice) => choice.label);

/**
 * The English sentences of the area's catalogs: each message's text between placeables, where it
 * is three words or more ("Type a new answer, or skip to keep it."), markup taken out.
 */
const ENGLISH = AREAS.flatMap((area) => {
  const source = catalogSources('en').get(area)!;
  return source
    .split('\n')
    .filter((line) => !line.startsWith('#'))
    .map((line) => line.replace(/^[a-z][\w-]* =/, '').replace(/^\s*\*?\[\w+\]/, ''))
    .flatMap((line) => line.split(/\{[^}]*\}/))
    .map((fragment) => fragment.replace(/[*_]/g, '').trim())
    .filter((fragment) => /[A-Za-z]+[ ,]+[A-Za-z]+[ ,]+[A-Za-z]+/.test(fragment));
});

function englishLeft(replies: OutboundMessage[]): string[] {
  expect(ENGLISH.length).toBeGreaterThan(10 * AREAS.length);
  const text = replies.map(shown).join('\n');
  return ENGLISH.filter((sentence) => text.includes(sentence));
}

async function inLanguage(chat: TestChat, language: 'es' | 'de'): Promise<void> {
  await onboard(chat);
  await chat.send(`/language ${language}`);
  await chat.expectReply(language === 'es' ? /te escribo en español/ : /schreibe ich dir auf Deutsch/);
}

describe('the safety plan in Spanish and German', () => {
  let chat: TestChat;
  afterEach(async () => chat?.stop());

  it('is written, shown by /safetyplan, edited and repeated in the crisis response in Spanish', async () => {
    chat = await TestChat.start();
    await inLanguage(chat, 'es');
    const { replies, say } = recording(chat);
    const first = await say('/safetyplan', /Paso 1: Señales de alerta/);
    expect(shown(first)).toContain('plan de seguridad · 1/6');
    expect(shown(first)).toContain('Un plan de seguridad es una lista corta');
    await say('Dejo de dormir', /Paso 2: Cosas que puedo hacer por mi cuenta/);
    await say('Caminar con el perro', /Paso 3: Personas y lugares/);
    await say('saltar', /Paso 4: Personas a las que puedo pedir ayuda/);
    await say('Mi hermana Ana', /Paso 5: Profesionales y líneas de crisis/);
    expect(shown(replies.at(-1)!)).toMatch(/Una línea de crisis de donde estás: .*988/);
    await say('La Dra. López', /Paso 6: Hacer más seguro mi entorno/);
    const saved = await say('Que Ana guarde las llaves', /Tu plan de seguridad está guardado\./);
    expect(shown(saved)).toContain('3. Personas y lugares que me ayudan a sentirme mejor\ntodavía sin completar');
    expect(shown(saved)).toContain('Puedes verlo cuando quieras con /safetyplan');

    const plan = await say('/safetyplan', /Tu plan de seguridad/);
    expect(shown(plan)).toMatch(/Última actualización: \S+ \d{1,2} \S+\n/);
    expect(shown(plan)).toContain('2. Cosas que puedo hacer por mi cuenta\nCaminar con el perro');
    expect(labels(plan)).toEqual(['Editar mi plan']);
    await chat.press('Editar mi plan');
    const edit = await chat.expectReply(/Paso 1: Señales de alerta/);
    replies.push(edit);
    expect(shown(edit)).toContain('Ahora dice: Dejo de dormir\nEscribe una respuesta nueva, o elige Saltar para dejarla como está.');
    expect(shown(edit)).not.toContain('Un plan de seguridad es una lista corta');
    await chat.send('/cancel');
    replies.push(await chat.expectReply());

    const crisis = await say('ya no quiero vivir, quiero quitarme la vida', /Me alegra mucho que me lo hayas contado\./);
    expect(shown(crisis)).toContain('Tu propio plan de seguridad:\n• Cosas que puedo hacer por mi cuenta: Caminar con el perro');
    expect(shown(crisis)).toContain('• Personas a las que puedo pedir ayuda: Mi hermana Ana');
    expect(shown(crisis)).toContain('• Profesionales y líneas de crisis: La Dra. López');
    expect(englishLeft(replies)).toEqual([]);
  });

  it('is written, shown by /safetyplan and repeated in the crisis response in German', async () => {
    chat = await TestChat.start();
    await inLanguage(chat, 'de');
    const { replies, say } = recording(chat);
    const first = await say('/safetyplan', /Schritt 1 – Warnzeichen/);
    expect(shown(first)).toContain('Sicherheitsplan · 1/6');
    await say('Ich schlafe nicht mehr', /Schritt 2 – Was ich selbst tun kann/);
    await say('überspringen', /Schritt 3 – Menschen und Orte, die mir guttun/);
    await say('Das Café um die Ecke', /Schritt 4 – Menschen, die ich um Hilfe bitten kann/);
    await say('Meine Schwester', /Schritt 5 – Fachleute und Krisentelefone/);
    expect(shown(replies.at(-1)!)).toMatch(/Ein Krisentelefon in deiner Nähe: .*988/);
    await say('Frau Dr. Weber', /Schritt 6 – Meine Umgebung sicherer machen/);
    const saved = await say('überspringen', /Dein Sicherheitsplan ist gespeichert\./);
    expect(shown(saved)).toContain('2. Was ich selbst tun kann\nnoch nicht ausgefüllt');
    expect(shown(saved)).toContain('3. Menschen und Orte, die mir guttun\nDas Café um die Ecke');

    const plan = await say('/safetyplan', /Dein Sicherheitsplan/);
    expect(shown(plan)).toMatch(/Zuletzt geändert: (?:Mo|Di|Mi|Do|Fr|Sa|So)\., \d{1,2}\. \S+\n/);
    expect(labels(plan)).toEqual(['Meinen Plan bearbeiten']);

    const crisis = await say('ich will nicht mehr leben, ich will mich umbringen', /Dein eigener Sicherheitsplan:/);
    expect(shown(crisis)).toContain('• Menschen und Orte, die mir guttun: Das Café um die Ecke');
    expect(shown(crisis)).toContain('• Fachleute und Krisentelefone: Frau Dr. Weber');
    expect(shown(crisis)).not.toContain('Was ich selbst tun kann'); // nothing written there
    expect(englishLeft(replies)).toEqual([]);
  });
});

/** A chat in `language` with a clock, and a way to send and keep each reply. */
async function exerciseChat(language: 'es' | 'de', clock: ManualClock) {
  const chat = await TestChat.start({ clock });
  await inLanguage(chat, language);
  const replies: OutboundMessage[] = [];
  const keep = (reply: OutboundMessage) => (replies.push(reply), reply);
  return {
    chat,
    replies,
    say: async (text: string, expected: RegExp) => (await chat.send(text), keep(await chat.expectReply(expected))),
    tap: async (label: string, expected: RegExp) => (await chat.press(label), keep(await chat.expectReply(expected))),
    next: async (expected: RegExp) => keep(await chat.expectReply(expected)),
    assign: async (kind: string) => {
      const person = await chat.app.database.prisma.person.findFirstOrThrow();
      await chat.app.store.repos.homework.assign({ personId: person.id, kind, cadence: 'daily', instructions: null, at: clock.now() });
    },
  };
}

describe('the homework library in Spanish and German', () => {
  let chat: TestChat | undefined;
  afterEach(async () => chat?.stop());

  it('Spanish: the /exercise menu, an experiment with its reminder and follow-up, journaling, routine and group prep', async () => {
    const clock = new ManualClock(new Date('2026-01-15T14:00:00Z')); // Thu 09:00 in New York
    const run = await exerciseChat('es', clock);
    chat = run.chat;
    const { say, tap, next } = run;
    await run.assign('behavioral_experiment');
    const menu = await say('/exercise', /¿Qué ejercicio te gustaría hacer\?/);
    expect(shown(menu)).toContain('Experimento conductual — Pon a prueba una creencia');
    expect(shown(menu)).toContain('Toca un botón, o escribe /exercise y un nombre');
    expect(labels(menu)).toEqual(['Plan de seguridad', 'Experimento conductual', 'Práctica de mindfulness', 'Diario reflexivo', 'Rutina y bienestar', 'Mapa de detonantes', 'Práctica de comunicación', 'Preparación para el grupo']);
    await say('/exercise sueños', /No conozco ningún ejercicio llamado «sueños»\. Estos son los que tengo:/);

    // An experiment, chosen by its Spanish name, with a follow-up time typed in Spanish.
    await say('/exercise experimento conductual', /Preparemos un pequeño experimento\.\n\n\*?La creencia a poner a prueba/);
    await say('Si digo que no, se van a enojar', /«Si digo que no, se van a enojar»\n¿Qué tanto lo crees en este momento, del 0 al 100\?/);
    await say('80', /El experimento:/);
    await say('Decir que no a una reunión', /Tu predicción:/);
    const when = await say('Se van a molestar', /¿Cuándo te escribo para saber cómo te fue\?/);
    expect(labels(when)).toEqual(['Esta noche 20:00', 'Mañana 20:00', 'En 3 días (20:00)']);
    expect(shown(when)).toContain('o escribe un día y una hora, como «mañana 18:30», «viernes 9:00» o «2026-01-22 19:00».');
    await say('ayer', /No pude entender «ayer» como un día y una hora\./);
    const planned = await say('mañana a las 18:30', /Experimento planeado\./);
    expect(shown(planned)).toContain('Creencia: «Si digo que no, se van a enojar» (80/100)');
    expect(shown(planned)).toContain('Te escribo mañana a las 18:30 para saber cómo te fue.');
    expect(shown(planned)).toContain('Esto cuenta para tu tarea ✓');
    const waiting = await say('/exercise', /Te están esperando:\n• Experimento conductual del jue, 15 ene: Decir que no a una reunión/);
    expect(labels(waiting)[0]).toBe('Cuéntame cómo te fue (experimento conductual)');

    clock.set('2026-01-16T23:30:20Z'); // 18:30 the next day in New York
    await chat.app.scheduler.tick();
    const reminder = await next(/Es momento de repasar tu experimento\./);
    expect(shown(reminder)).toContain('Planeaste: «Decir que no a una reunión»\nPredijiste: «Se van a molestar»');
    expect(labels(reminder)).toEqual(['Cuéntame cómo te fue']);
    await tap('Cuéntame cómo te fue', /¿Qué pasó en realidad\?/);
    await say('Lo entendieron', /¿Qué aprendiste\?/);
    await say('Puedo decir que no', /Antes lo creías 80\/100\. ¿Qué tanto lo crees ahora, del 0 al 100\?/);
    const done = await say('20', /Experimento terminado: bien hecho por intentarlo\./);
    expect(shown(done)).toContain('Antes → después: 80 → 20');
    await chat.pressId(reminder.choices![0]!.id);
    await next(/Ya completaste ese ejercicio \(experimento conductual\), gracias\./);

    const journal = await say('/exercise diario', /La pregunta de hoy:\n«¿Qué es lo que más has tenido en mente hoy/);
    expect(shown(journal)).toContain('Escribe tanto o tan poco como quieras, en un solo mensaje.');
    await say('Pensé mucho en mi familia', /Entrada del diario guardada\. Gracias por tomarte el tiempo de reflexionar\./);
    const saved = await chat.app.database.prisma.exerciseEntry.findFirstOrThrow({ where: { kind: 'journal' } });
    const content = await chat.app.store.repos.exercises.find(saved.personId, saved.id);
    expect(content?.content).toMatchObject({ promptSource: 'library', entry: 'Pensé mucho en mi familia' });

    await say('/exercise rutina y bienestar', /¿Cuántas horas dormiste anoche\? \(un número entero\)/);
    const habits = await say('7', /¿Cuáles de estas lograste hoy\?/);
    expect(labels(habits)).toEqual(['Comidas regulares', 'Movimiento', 'Suficiente agua', 'Autocuidado', 'Listo']);
    await tap('Movimiento', /Cuáles de estas/);
    const logged = await tap('Listo', /Registrado\./);
    expect(shown(logged)).toContain('Sueño 7 h · · Comidas regulares · ✓ Movimiento · · Suficiente agua · · Autocuidado');
    expect(shown(logged)).toContain('Las rutinas pequeñas y constantes hacen una gran diferencia.');

    await say('/exercise preparacion para el grupo', /¿Qué pregunta o tema te gustaría llevar a tu próxima sesión de grupo\?/);
    await say('Cómo pedir ayuda', /¿Por qué es importante para ti en este momento\? \(opcional\)/);
    await say('saltar', /Guardado para tu próxima sesión de grupo:\n«Cómo pedir ayuda»/);
    expect(englishLeft(run.replies)).toEqual([]);
  });

  it('German: timed mindfulness guidance, the trigger map and /triggers, communication practice with its reflection', async () => {
    const clock = new ManualClock(new Date('2026-01-15T14:00:00Z')); // Thu 09:00 in New York
    const run = await exerciseChat('de', clock);
    chat = run.chat;
    const { say, tap, next } = run;
    await run.assign('mindfulness');
    await say('/exercise', /Welche Übung möchtest du machen\?/);
    const which = await tap('Achtsamkeitsübung', /Welche Übung möchtest du machen\?/);
    expect(labels(which)).toEqual(['Box-Atmung', '5-4-3-2-1-Erdung', 'Body-Scan']);
    await tap('Box-Atmung', /Bevor wir anfangen: Wie gestresst fühlst du dich gerade, von 0 \(gar nicht\) bis 10 \(extrem\)\?/);
    const started = await say('7', /Box-Atmung\. 4 Takte ein, 4 halten/);
    expect(shown(started)).toContain('Ich schicke dir die Schritte einzeln');
    clock.advance(5_000);
    await next(/Runde 1 von 4: einatmen… 2… 3… 4 · halten/);
    for (const round of [2, 3, 4]) {
      clock.advance(16_000);
      await next(new RegExp(`Runde ${round} von 4`));
    }
    clock.advance(16_000);
    const last = await next(/Das waren 4 Runden\. .* Wenn du so weit bist, drück auf Fertig/);
    expect(labels(last)).toEqual(['Fertig']);
    await tap('Fertig', /Wie gestresst fühlst du dich jetzt, von 0 bis 10\?/);
    const done = await say('3', /Box-Atmung geschafft\. Stress 7 → 3\. Ein bisschen leichter\./);
    expect(shown(done)).toContain('Das zählt für deine Hausaufgabe ✓');

    const empty = await say('/triggers', /Deine Auslöser-Landkarte ist noch leer\./);
    expect(labels(empty)).toEqual(['Einen Auslöser festhalten']);
    await tap('Einen Auslöser festhalten', /Auslöser:.* Welche Situation/);
    await say('Streit zu Hause', /Frühe Warnzeichen:/);
    await say('Herzklopfen', /Umgang damit:/);
    await say('Rausgehen', /Ansprechperson:.*\(freiwillig\)/);
    const added = await say('überspringen', /Zu deiner Auslöser-Landkarte hinzugefügt\./);
    expect(shown(added)).toContain('Streit zu Hause\nFrühe Anzeichen: Herzklopfen\nWas hilft: Rausgehen\n\n/triggers zeigt dir deine ganze Landkarte.');
    const map = await say('/triggers', /Deine Auslöser-Landkarte \(1\)/);
    expect(labels(map)).toEqual(['Einen Auslöser hinzufügen']);

    await say('/exercise kommunikationsuebung', /Lass uns eine Ich-Botschaft formulieren/);
    await say('übergangen', /Ich fühle mich übergangen, \*?wenn…/);
    await say('Pläne kurzfristig geändert werden', /…weil…/);
    await say('ich meine Woche plane', /Ich wünsche mir…/);
    const when = await say('einen Tag Vorlauf', /Hier ist deine Ich-Botschaft:\n„Ich fühle mich übergangen, wenn Pläne kurzfristig geändert werden, weil ich meine Woche plane\. Ich wünsche mir einen Tag Vorlauf\.“/);
    expect(labels(when)).toEqual(['Heute Abend 20:00', 'Morgen 20:00', 'In 3 Tagen (20:00)', 'Keine Erinnerung']);
    await say('Sonntag 9.30 Uhr', /Deine Ich-Botschaft:.*Ich melde mich am Sonntag, 18\. Januar um 09:30, um zu hören, wie es gelaufen ist\./s);
    clock.set('2026-01-18T14:31:00Z');
    await chat.app.scheduler.tick();
    const reminder = await next(/Wie ist dein Gespräch gelaufen\?/);
    expect(labels(reminder)).toEqual(['Darüber nachdenken']);
    await tap('Darüber nachdenken', /Wie ist es gelaufen\?/);
    await say('Gut, sie hat zugehört', /Beim nächsten Mal:/);
    const reflected = await say('Früher ansprechen', /Rückblick gespeichert\. Für das einzustehen, was du brauchst, braucht Mut – gut gemacht\./);
    expect(shown(reflected)).toContain('Beim nächsten Mal: Früher ansprechen');
    expect(englishLeft(run.replies)).toEqual([]);
  });
});

describe('the pseudo-locale (en-XA) through the safety plan', () => {
  let chat: TestChat;
  beforeAll(() => enablePseudoLocale());
  afterAll(() => enablePseudoLocale(false));
  afterEach(async () => chat?.stop());

  /** Words that are data, not copy: crisis line names and hours, what the person typed. */
  const DATA = [
    ...CRISIS_DATA.flatMap((entry) => entry.lines.flatMap((line) => [line.name, line.scope ?? '', line.hours, line.web ?? ''])),
    'Stanley–Brown',
    'Warning one',
    'Helper two',
    // typed by the person, quoted back
    'nonsense',
    'yesterday',
    // an exercise's id, shown as what to type after /exercise
    'behavioral_experiment',
  ].filter((value) => value.length > 1);

  function untranslated(message: OutboundMessage): string[] {
    let text = shown(message);
    for (const data of [...DATA].sort((a, b) => b.length - a.length)) text = text.split(data).join(' ');
    text = text.replace(/\/[a-z]+/g, ' ').replace(/[a-z0-9.-]+\.(?:com|org|net|de|es|mx|gov)\S*/gi, ' ');
    return text.match(/[A-Za-z]{2,}/g) ?? [];
  }

  it('renders every message of writing, showing and editing the plan from the catalogs', async () => {
    chat = await TestChat.start();
    await onboard(chat);
    await chat.app.database.prisma.person.updateMany({ data: { locale: 'en-XA' } });
    const replies: OutboundMessage[] = [];
    const step = async (send: string) => {
      await chat.send(send);
      replies.push(await chat.expectReply());
    };
    await step('/safetyplan');
    await step('Warning one');
    for (const _ of [2, 3]) await step('skip');
    await step('Helper two');
    for (const _ of [5, 6]) await step('skip');
    await step('/safetyplan');
    await step('/safetyplan'); // shown again: nothing changes
    expect(replies).toHaveLength(9);
    expect(replies.map(untranslated).flat()).toEqual([]);
  });

  it('renders the /exercise menu, an experiment with its reminder, a timed practice, journaling, routine, a trigger, an I-statement and group prep from the catalogs', async () => {
    const clock = new ManualClock(new Date('2026-01-15T14:00:00Z'));
    chat = await TestChat.start({ clock });
    await onboard(chat);
    await chat.app.database.prisma.person.updateMany({ data: { locale: 'en-XA' } });
    const replies: OutboundMessage[] = [];
    const step = async (send: string | (() => Promise<void>)) => {
      if (typeof send === 'string') await chat.send(send);
      else await send();
      replies.push(await chat.expectReply());
    };
    await step('/exercise');
    await step('/exercise nonsense');
    for (const send of ['/exercise experiment', 'Warning one', '80', 'Helper two', 'Helper two', 'yesterday', 'tomorrow 18:30', '/exercise']) await step(send);
    clock.set('2026-01-16T23:30:20Z');
    await step(async () => void (await chat.app.scheduler.tick()));
    await step(async () => chat.pressId(replies.at(-1)!.choices![0]!.id));
    for (const send of ['Helper two', 'Helper two', '20']) await step(send);
    await step(async () => chat.pressId(replies.at(-5)!.choices![0]!.id)); // the reminder's button again: already completed
    for (const send of ['/exercise mindfulness', '2', '5']) await step(send); // 5-4-3-2-1 grounding
    for (const seconds of [5, 20, 20, 20, 20, 20]) await step(async () => void clock.advance(seconds * 1000));
    await step(async () => chat.pressId(replies.at(-1)!.choices![0]!.id));
    await step('3');
    for (const send of ['/exercise journal', 'Warning one', '/exercise routine', '7', 'done']) await step(send);
    for (const send of ['/triggers', '/exercise trigger', 'Warning one', 'Warning one', 'Warning one', 'skip', '/triggers']) await step(send);
    for (const send of ['/exercise communication', 'Warning one', 'Warning one', 'Warning one', 'Warning one', 'in 2 hours']) await step(send);
    for (const send of ['/exercise group', 'Warning one', 'skip']) await step(send);
    expect(replies).toHaveLength(48);
    expect(replies.map(untranslated).flat()).toEqual([]);
  });
});

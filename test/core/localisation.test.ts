import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { TestChat } from '../helpers/chat.js';
import { onboard } from '../helpers/flows.js';
import { plainText, type OutboundMessage } from '../../src/core/messages.js';
import { enablePseudoLocale } from '../../src/core/i18n/index.js';
import { ManualClock } from '../../src/core/clock.js';
import { CRISIS_DATA } from '../../src/core/safety/crisis-resources-data.js';

/** Everything a reply shows: its text and its buttons. */
const shown = (message: OutboundMessage) => [plainText(message.text), ...(message.choices ?? []).map((choice) => choice.label)].join('\n');
const labels = (message: OutboundMessage) => (message.choices ?? []).map((choice) => choice.label);

describe('a Spanish-speaking client (hint es-MX)', () => {
  let chat: TestChat;
  afterEach(async () => chat?.stop());

  it('onboards, checks in and gets crisis support in Spanish, with Mexico’s lines, answering in their own words', async () => {
    chat = await TestChat.start();
    chat.localeHint = 'es-MX';
    await chat.send('/start');
    const language = await chat.expectReply(/¿En qué idioma prefieres que te escriba\?/);
    expect(labels(language)).toEqual(['Español', 'English', 'Deutsch']);
    await chat.press('Español');
    const welcome = await chat.expectReply(/Te doy la bienvenida a Between\./);
    expect(shown(welcome)).toContain('Between no es un servicio de emergencias');
    expect(labels(welcome)).toEqual(['Sí, acepto', 'No']);
    await chat.send('si');
    await chat.expectReply(/¿En qué zona horaria estás\?/);
    await chat.send('Ciudad de México');
    const guess = await chat.expectReply(/Parece que estás en México, ¿es así\?/);
    expect(labels(guess)).toEqual(['Sí', 'Elegir otro']);
    await chat.send('sí');
    await chat.expectReply(/¿A qué hora te mando el registro diario\?/);
    await chat.send('7:30 p. m.');
    await chat.expectReply(/¿Tu terapeuta te dio un código de inscripción\?/);
    await chat.send('no');
    const done = await chat.expectReply(/¡Todo listo!/);
    expect(shown(done)).toMatch(/Registro diario: 19:30\.\nPaís: México/);
    const person = await chat.app.database.prisma.person.findFirstOrThrow();
    expect(person).toMatchObject({ locale: 'es', country: 'MX', timezone: 'America/Mexico_City', promptTime: '19:30' });

    // The hint no longer matters: the stored choice does.
    chat.localeHint = 'en-US';
    await chat.send('/checkin');
    const mood = await chat.expectReply(/¿Cómo está tu ánimo ahora, del 0 \(muy bajo\) al 10 \(muy bien\)\?/);
    expect(shown(mood)).toMatch(/registro diario · 1\/6/);
    await chat.send('6');
    const emotions = await chat.expectReply(/¿Qué emociones sientes\?/);
    expect(labels(emotions)).toEqual(['Tristeza', 'Ansiedad', 'Enojo', 'Vergüenza', 'Soledad', 'Calma', 'Alegría', 'Esperanza', 'Otra', 'Listo']);
    await chat.send('tristeza y ansiedad');
    await chat.expectReply(/¿Qué tan fuerte es «tristeza», del 0 al 100\?/);
    await chat.send('70');
    await chat.expectReply(/«ansiedad»/);
    await chat.send('40');
    await chat.expectReply(/¿Qué pasó, o qué lo desencadenó\?/);
    await chat.send('saltar');
    await chat.expectReply(/¿Qué hiciste para sobrellevarlo\?/);
    await chat.send('respirar');
    const note = await chat.expectReply(/¿Algo más que quieras anotar\?/);
    expect(labels(note)).toEqual(['Saltar']);
    await chat.send('atrás');
    await chat.expectReply(/¿Qué hiciste para sobrellevarlo\?/);
    await chat.send('Caminar');
    await chat.expectReply(/¿Algo más que quieras anotar\?/);
    await chat.send('saltar');
    const saved = await chat.expectReply(/Guardado\./);
    expect(shown(saved)).toContain('Ánimo 6/10 · tristeza 70, ansiedad 40 · te ayudó: caminar.');
    expect(shown(saved)).toContain('Gracias por hacer tu registro de hoy.');

    await chat.send('ya no quiero vivir, quiero quitarme la vida');
    const crisis = await chat.expectReply(/Me alegra mucho que me lo hayas contado\./);
    const text = shown(crisis);
    expect(crisis.urgent).toBe(true);
    expect(text).toContain('Línea de la Vida');
    expect(text).toContain('800 911 2000');
    expect(text).toContain('Between no es un servicio de emergencias');
    expect(text).not.toMatch(/\b988\b|I’m really glad/);
    expect(labels(crisis)).toEqual(['Hacer un plan de seguridad']);
  });
});

describe('a German-speaking client (hint de-AT)', () => {
  let chat: TestChat;
  afterEach(async () => chat?.stop());

  it('onboards, checks in and gets crisis support in German, with Austria’s lines, mid-question too', async () => {
    chat = await TestChat.start();
    chat.localeHint = 'de-AT';
    await chat.send('/start');
    const language = await chat.expectReply(/In welcher Sprache soll ich dir schreiben\?/);
    expect(labels(language)).toEqual(['Deutsch', 'English', 'Español']);
    await chat.send('deutsch');
    const welcome = await chat.expectReply(/Willkommen bei Between\./);
    expect(labels(welcome)).toEqual(['Ja, einverstanden', 'Nein']);
    await chat.send('ja');
    await chat.expectReply(/In welcher Zeitzone bist du\?/);
    await chat.send('Wien');
    const guess = await chat.expectReply(/Es sieht so aus, als wärst du in Österreich – stimmt das\?/);
    expect(labels(guess)).toEqual(['Ja', 'Anderes Land wählen']);
    await chat.send('Ja');
    await chat.expectReply(/Wann soll ich dir deinen täglichen Check-in schicken\?/);
    await chat.send('19.30 Uhr');
    await chat.expectReply(/Anmeldecode/);
    await chat.send('nein');
    const done = await chat.expectReply(/Alles eingerichtet\./);
    expect(shown(done)).toMatch(/Täglicher Check-in: 19:30 Uhr\.\nLand: Österreich/);
    expect(await chat.app.database.prisma.person.findFirstOrThrow()).toMatchObject({ locale: 'de', country: 'AT', timezone: 'Europe/Vienna' });

    chat.localeHint = undefined;
    await chat.send('/checkin');
    await chat.expectReply(/Wie ist deine Stimmung gerade/);
    await chat.send('ich will nicht mehr leben');
    const crisis = await chat.expectReply(/Ich bin wirklich froh, dass du es mir erzählt hast\./);
    const text = shown(crisis);
    expect(text).toContain('TelefonSeelsorge');
    expect(text).toContain('142');
    expect(text).not.toMatch(/\b988\b|\b911\b/);
    expect(labels(crisis)).toEqual(['Ich bin sicher – weiter', 'Für jetzt aufhören', 'Meinen Sicherheitsplan zeigen']);
    await chat.send('weiter');
    await chat.expectReply(/Danke, dass du mir Bescheid gibst\. Hier waren wir:\n\n.*Check-in · 1\/6\nWie ist deine Stimmung gerade/s);
    await chat.send('7');
    await chat.expectReply(/Welche Gefühle spürst du\?/);
    await chat.send('Angst und Ruhe');
    await chat.expectReply(/Wie stark ist „Angst“/);
    await chat.send('50');
    await chat.expectReply(/Wie stark ist „Ruhe“/);
    await chat.send('20');
    await chat.expectReply(/Was ist passiert/);
    await chat.send('überspringen');
    await chat.expectReply(/Was hast du getan, um damit umzugehen\?/);
    await chat.press('Atmen');
    await chat.expectReply(/✓ Atmen|Was hast du getan/);
    await chat.press('Fertig');
    await chat.expectReply(/Möchtest du noch etwas festhalten\?/);
    await chat.send('ueberspringen');
    const saved = await chat.expectReply(/Gespeichert\./);
    expect(shown(saved)).toContain('Stimmung 7/10 · Angst 50, Ruhe 20 · geholfen hat: Atmen.');
  });
});

describe('scheduled messages', () => {
  let chat: TestChat;
  afterEach(async () => chat?.stop());

  it('sends the daily prompt, its follow-up and the answers to its buttons in the recipient’s language', async () => {
    const clock = new ManualClock(new Date('2026-01-15T14:00:00Z'));
    chat = await TestChat.start({ clock });
    await onboard(chat); // US Eastern, 20:00
    await chat.send('/language de');
    await chat.expectReply(/ab jetzt schreibe ich dir auf Deutsch/);
    chat.localeHint = 'en-US';
    clock.set('2026-01-16T01:00:30Z'); // 20:00:30 in New York
    expect((await chat.app.scheduler.tick()).prompted).toBe(1);
    const prompt = await chat.expectReply(/^Zeit für deinen täglichen Check-in\. Wie geht es dir heute\?/);
    expect(labels(prompt)).toEqual(['Jetzt einchecken', 'In einer Stunde', 'Heute nicht']);
    await chat.press('In einer Stunde');
    await chat.expectReply(/Alles klar – ich erinnere dich in einer Stunde\./);
    clock.set('2026-01-16T02:01:00Z');
    expect((await chat.app.scheduler.tick()).followedUp).toBe(1);
    const reminder = await chat.expectReply(/Hier ist die Erinnerung, um die du gebeten hast/);
    expect(labels(reminder)).toEqual(['Jetzt einchecken', 'Heute nicht']);
    await chat.press('Heute nicht');
    await chat.expectReply(/Kein Problem\. Pass gut auf dich auf – morgen melde ich mich wieder\./);
  });
});

describe('choosing and changing the language', () => {
  let chat: TestChat;
  afterEach(async () => chat?.stop());

  it.each([['pt-BR'], ['xx'], ['']])('asks in English, English first, for an unknown hint %j — and the choice is still offered', async (hint) => {
    chat = await TestChat.start();
    chat.localeHint = hint;
    await chat.send('/start');
    const language = await chat.expectReply(/^Which language should I use\?/);
    expect(labels(language)).toEqual(['English', 'Español', 'Deutsch']);
    await chat.press('Deutsch');
    await chat.expectReply(/Willkommen bei Between/);
  });

  it('starts the set-up in the language /language names when nobody is set up yet, without asking it again', async () => {
    chat = await TestChat.start();
    await chat.send('/language de');
    await chat.expectReply(/Alles klar – ab jetzt schreibe ich dir auf Deutsch\./);
    await chat.expectReply(/Willkommen bei Between\./);
    await chat.send('ja');
    await chat.expectReply(/In welcher Zeitzone bist du\?/);
  });

  it('shows the open question again in the new language after /language mid-flow, keeping the answers so far', async () => {
    chat = await TestChat.start();
    await onboard(chat);
    await chat.send('/checkin');
    await chat.expectReply(/How is your mood right now/);
    await chat.send('4');
    await chat.expectReply(/Which emotions are you feeling/);
    await chat.send('/language');
    const usage = await chat.expectReply(/Type one of these:\n\/language en — English\n\/language es — Español\n\/language de — Deutsch/);
    expect(usage.choices).toBeUndefined();
    await chat.expectReply(/Back to your check-in:/);
    await chat.send('/language español');
    await chat.expectReply(/Listo, a partir de ahora te escribo en español\./);
    const again = await chat.expectReply(/Volvamos a tu registro diario:\n\n.*registro diario · 2\/6\n¿Qué emociones sientes\?/s);
    expect(labels(again)).toContain('Soledad');
    await chat.send('soledad');
    await chat.expectReply(/«soledad»/);
    await chat.send('60');
    await chat.send('saltar');
    await chat.expectReply(/¿Qué pasó/);
    await chat.expectReply(/¿Qué hiciste/);
    await chat.send('nada');
    await chat.expectReply(/¿Algo más/);
    await chat.send('saltar');
    await chat.expectReply(/Ánimo 4\/10 · soledad 60\./);
    expect(await chat.app.database.prisma.person.findFirstOrThrow()).toMatchObject({ locale: 'es' });
    const checkIn = await chat.app.database.prisma.checkIn.findFirstOrThrow();
    expect(checkIn.mood).toBe(4);
  });

  it('takes a typed navigation word at any question, but “not now” or “más tarde” as an answer where one is asked for', async () => {
    chat = await TestChat.start();
    chat.localeHint = 'es';
    await chat.send('/start');
    await chat.expectReply(/¿En qué idioma/);
    await chat.press('Español');
    await chat.expectReply(/Te doy la bienvenida/);
    await chat.send('cancelar');
    await chat.expectReply(/¿Detener la configuración inicial\?/);
    await chat.send('no');
    await chat.expectReply(/Bien, sigamos\.\n\nTe doy la bienvenida/);
    await chat.send('sí');
    await chat.expectReply(/zona horaria/);
    await chat.send('más tarde');
    // Not a navigation word: taken as a (not understood) timezone, and the question stays.
    await chat.expectReply(/No encontré una zona horaria para «más tarde»/);
  });

  it('changes the language in /settings: the menu follows at once, and it is stored on Done', async () => {
    chat = await TestChat.start();
    await onboard(chat);
    await chat.send('/settings');
    const menu = await chat.expectReply(/Your settings/);
    expect(shown(menu)).toContain('Language: English');
    await chat.press('Language');
    await chat.expectReply(/Which language should I use\?/);
    await chat.press('Deutsch');
    const german = await chat.expectReply(/Deine Einstellungen/);
    expect(shown(german)).toContain('Sprache: Deutsch');
    await chat.press('Fertig');
    await chat.expectReply(/Gespeichert\..*\nSprache: Deutsch\./s);
    expect(await chat.app.database.prisma.person.findFirstOrThrow()).toMatchObject({ locale: 'de' });
    await chat.send('/nope');
    await chat.expectReply(/Den Befehl \/nope kenne ich nicht/);
  });
});

describe('the pseudo-locale (en-XA)', () => {
  let chat: TestChat;
  beforeAll(() => enablePseudoLocale());
  afterAll(() => enablePseudoLocale(false));
  afterEach(async () => chat?.stop());

  /** Words that are data, not copy: crisis line names and hours, country and place names, what the person typed. */
  const DATA = [
    ...CRISIS_DATA.flatMap((entry) => entry.lines.flatMap((line) => [line.name, line.scope ?? '', line.hours, line.web ?? ''])),
    'the United States',
    'United States',
    'New York',
    'UTC',
    'English',
    'Español',
    'Deutsch',
    // typed by the person, quoted back
    'Atlantis/Nowhere',
    'eleven',
    'gloomy',
    'Klingon',
    'en-XA', // the pseudo-locale's own name, as Español is Spanish's
  ].filter((value) => value.length > 1);

  /** English words left in a reply once data, /commands and web addresses are taken out. */
  function untranslated(message: OutboundMessage): string[] {
    let text = shown(message);
    for (const data of [...DATA].sort((a, b) => b.length - a.length)) text = text.split(data).join(' ');
    text = text.replace(/\/[a-z]+/g, ' ').replace(/[a-z0-9.-]+\.(?:com|org|net|de|es|mx|gov)\S*/gi, ' ');
    return text.match(/[A-Za-z]{2,}/g) ?? [];
  }

  it('renders every message of onboarding, a check-in, a crisis response and /settings from the catalogs', async () => {
    chat = await TestChat.start();
    chat.localeHint = 'en-XA';
    const replies: OutboundMessage[] = [];
    const step = async (send: string | (() => Promise<void>)) => {
      if (typeof send === 'string') await chat.send(send);
      else await send();
      replies.push(await chat.expectReply());
    };
    await step('/start');
    await step('en-XA'); // the language question, answered with the pseudo-locale
    await step('banana'); // not an answer: the consent question again, with why
    await step('1');
    await step('Atlantis/Nowhere');
    await step('4');
    await step('1');
    await step('25:00');
    await step('20:00');
    await step('2');
    expect(await chat.app.database.prisma.person.findFirstOrThrow()).toMatchObject({ locale: 'en-XA' });
    await step('/checkin');
    await step('eleven');
    await step('6');
    await step('1 9');
    await step('gloomy');
    await step('70');
    await step('140');
    await step('40');
    await step('skip');
    await step('1');
    await step('back');
    await step('2');
    await step('/cancel');
    await step('2');
    await step('A walk helped');
    await step('/skip');
    await step('/nope');
    await step('/help');
    await step('I want to kill myself');
    await step('/settings');
    await step('2'); // check-in time
    await step('21:00');
    await step('3'); // quiet hours
    await step('22-7');
    await step('none');
    await step('5'); // language
    await step('Klingon');
    await step('en-XA');
    await step('9'); // done
    await step('/helplines');
    expect(replies.length).toBeGreaterThan(35);
    const leaks = replies.map((reply) => ({ text: plainText(reply.text).slice(0, 60), words: untranslated(reply) })).filter((reply) => reply.words.length > 0);
    expect(leaks).toEqual([]);
  });
});

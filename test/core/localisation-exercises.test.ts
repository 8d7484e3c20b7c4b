import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { catalogSources, enablePseudoLocale } from '../../src/core/i18n/index.js';
import { plainText, type OutboundMessage } from '../../src/core/messages.js';
import { CRISIS_DATA } from '../../src/core/safety/crisis-resources-data.js';
import { TestChat } from '../helpers/chat.js';
import { onboard } from '../helpers/flows.js';

/** The homework library in Spanish and German (locales/<lang>/safety-plan.ftl, exercises.ftl). */

const AREAS = ['safety-plan'];

/** Everything a reply shows: its text and its buttons. */
const shown = (message: OutboundMessage) => [plainText(message.text), ...(message.choices ?? []).map((choice) => choice.label)].join('\n');
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
    .map((line) => line.replace(/^[a-z][\w-]* =/, ''))
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
    const replies: OutboundMessage[] = [];
    const say = async (text: string, expected: RegExp) => {
      await chat.send(text);
      const reply = await chat.expectReply(expected);
      replies.push(reply);
      return reply;
    };
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
    const replies: OutboundMessage[] = [];
    const say = async (text: string, expected: RegExp) => {
      await chat.send(text);
      const reply = await chat.expectReply(expected);
      replies.push(reply);
      return reply;
    };
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
});

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { plainText, type OutboundMessage } from '../../src/core/messages.js';
import { catalogSources, enablePseudoLocale } from '../../src/core/i18n/index.js';
import { TestChat } from '../helpers/chat.js';
import { onboard, pairAsPartners } from '../helpers/flows.js';

/** Everything a reply shows: its text and its buttons. */
const shown = (message: OutboundMessage) => [plainText(message.text), ...(message.choices ?? []).map((choice) => choice.label)].join('\n');
const labels = (message: OutboundMessage) => (message.choices ?? []).map((choice) => choice.label);
const decode = (message: OutboundMessage) => Buffer.from((message.attachment as { data: string }).data, 'base64').toString('utf8');

/** The English privacy catalog's sentences and labels (each message's text up to its first variable). */
const ENGLISH = [...catalogSources('en').get('privacy')!.matchAll(/^([a-z][\w-]*) = ([^{\n]+)/gm)]
  .map((match) => match[2]!.trim())
  .filter((text) => text.length >= 8);
const englishIn = (text: string) => ENGLISH.filter((sentence) => text.includes(sentence));

async function language(chat: TestChat, code: 'es' | 'de'): Promise<void> {
  await chat.send(`/language ${code}`);
  await chat.expectReply();
}

async function checkInEs(chat: TestChat): Promise<void> {
  await chat.send('/checkin');
  await chat.expectReply(/ánimo/);
  for (const [answer, next] of [['6', /emociones/], ['tristeza', /Qué tan fuerte/], ['60', /Qué pasó/], ['saltar', /sobrellevarlo/], ['Caminar', /Algo más/], ['saltar', /Guardado/]] as const) {
    await chat.send(answer);
    await chat.expectReply(next);
  }
}

describe('/delete and /export in Spanish and German', () => {
  let chat: TestChat;
  afterEach(async () => chat?.stop());

  it('sends the readable report and the JSON file’s sentences in Spanish, with lang="es"', async () => {
    chat = await TestChat.start();
    await onboard(chat);
    await language(chat, 'es');
    await checkInEs(chat);
    await chat.send('/export');
    const files: OutboundMessage[] = [];
    for (let i = 0; i < 4; i++) files.push(await chat.expectReply());
    const byType = (mime: string) => files.find((message) => (message.attachment as { mimeType: string } | undefined)?.mimeType === mime)!;
    const report = decode(byType('text/html'));
    expect(report).toContain('<html lang="es">');
    expect(report).toContain('<title>Mi progreso con Between</title>');
    for (const title of ['Registros y ánimo a lo largo del tiempo', 'Registros de pensamientos', 'Cuestionarios', 'Ejercicios', 'Tareas', 'Compañero de apoyo']) expect(report).toContain(`<h2>${title}</h2>`);
    expect(report).toContain('1 registro en total, con un ánimo promedio de 6 de 10.');
    expect(report).toMatch(/<td>Tristeza 60<\/td><td>Caminar<\/td>/);
    expect(report).toMatch(/<td>[a-zé]{3}, \d{1,2} [a-z]{3,4} 20\d\d, \d\d:\d\d<\/td>/); // a Spanish date, e.g. "jue, 15 ene 2026, 14:00"
    // The chart's alt text too: its title, days through Intl in Spanish, the numbers in words.
    expect(report).toMatch(/<img [^>]* alt="Ánimo \(0–10\), promedio diario por día: [a-zé]{3}, \d{1,2} [a-z]{3,4}: 6\."/);
    const words = report.replace(/<img src="[^"]*"/g, '<img');
    expect(words).not.toMatch(/\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d|by day|no check-in/);
    expect(englishIn(words)).toEqual([]);
    const json = JSON.parse(decode(byType('application/json'))) as { times: string; contents: Record<string, string> };
    expect(json.times).toMatch(/^Todas las horas están en tu zona horaria \(America\/New_York\)/);
    expect(json.contents.OutboxMessage).toMatch(/^no incluido: Mensajes que Between te envía/);
  });

  it('asks twice, names what stays and deletes in German; the partner is told in Spanish', async () => {
    chat = await TestChat.start({ user: 'jonas' });
    const ana = chat.as('ana');
    await onboard(chat);
    await onboard(ana);
    await pairAsPartners(chat, ana, 'Jonas');
    await language(chat, 'de');
    await language(ana, 'es');
    const seen = { jonas: chat.received.length, ana: ana.received.length };

    await chat.send('/delete');
    const first = await chat.expectReply(/^Alles löschen\? Damit werden deine Check-ins/);
    expect(shown(first)).toContain('Was bleibt: ein Protokoll der Vorgänge');
    expect(shown(first)).toContain('; es wird nach 6 Jahren gelöscht.');
    expect(labels(first)).toEqual(['Ja, alles löschen', 'Nein, meine Daten behalten']);
    await chat.send('nein, meine daten behalten');
    await chat.expectReply(/^Okay – es wurde nichts gelöscht\./);

    await chat.send('/delete');
    await chat.expectReply(/^Alles löschen\?/);
    await chat.press('Ja, alles löschen');
    const second = await chat.expectReply(/^Letzte Rückfrage: Bist du sicher\?/);
    expect(labels(second)).toEqual(['Endgültig löschen', 'Abbrechen']);
    await chat.press('Endgültig löschen');
    const done = await chat.expectReply(/^Alles, was du bei Between gespeichert hast, ist gelöscht\./);
    expect(shown(done)).toContain('es wird nach 6 Jahren gelöscht. Wenn du noch einmal anfangen möchtest, schreib /start.');
    await ana.expectReply(/^Tu conexión de apoyo con Jonas terminó\. Gracias por apoyarse mutuamente\.$/);

    const replies = [...chat.received.slice(seen.jonas), ...ana.received.slice(seen.ana)].map(shown);
    expect(replies.flatMap(englishIn)).toEqual([]);
    expect(replies.join('\n')).not.toMatch(/\b(?:you|your|the|deleted|partnership)\b/i);
  });

  it('says /delete in Spanish, with the cancel button', async () => {
    chat = await TestChat.start();
    await onboard(chat);
    await language(chat, 'es');
    await chat.send('/delete');
    const first = await chat.expectReply(/^¿Borrar todo\? Esto elimina para siempre/);
    expect(shown(first)).toContain('y se borra después de 6 años.');
    await chat.press('Sí, borrar todo');
    const second = await chat.expectReply(/^Última comprobación/);
    expect(labels(second)).toEqual(['Borrar para siempre', 'Cancelar']);
    await chat.press('Cancelar');
    const cancelled = await chat.expectReply(/^De acuerdo, no se borró nada\./);
    expect(englishIn(shown(first)).concat(englishIn(shown(second)), englishIn(shown(cancelled)))).toEqual([]);
  });
});

describe('/delete in the pseudo-locale (en-XA)', () => {
  let chat: TestChat;
  beforeAll(() => enablePseudoLocale());
  afterAll(() => enablePseudoLocale(false));
  afterEach(async () => chat?.stop());

  it('says every word of /delete from the catalogs, through both confirmations', async () => {
    chat = await TestChat.start();
    await onboard(chat);
    await chat.send('/language en-XA');
    await chat.expectReply();
    const replies: OutboundMessage[] = [];
    for (const send of ['/delete', '2', '/delete', '1', '2', '/delete', '1', '1']) {
      await chat.send(send);
      replies.push(await chat.expectReply());
    }
    expect(replies).toHaveLength(8);
    expect(replies.at(-1)!.forgetWhenSent).toBe(true);
    const leaks = replies
      .map((reply) => ({ text: plainText(reply.text).slice(0, 50), words: shown(reply).replace(/\/[a-z]+/g, ' ').match(/[A-Za-z]{2,}/g) ?? [] }))
      .filter((reply) => reply.words.length > 0);
    expect(leaks).toEqual([]);
  });
});

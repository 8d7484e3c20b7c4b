import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/clock.js';
import { plainText, type OutboundMessage } from '../../src/core/messages.js';
import { catalogSources, enablePseudoLocale } from '../../src/core/i18n/index.js';
import { TestChat } from '../helpers/chat.js';
import { onboard } from '../helpers/flows.js';

/** Everything a reply shows: its text and its buttons. */
const shown = (message: OutboundMessage) => [plainText(message.text), ...(message.choices ?? []).map((choice) => choice.label)].join('\n');
const labels = (message: OutboundMessage) => (message.choices ?? []).map((choice) => choice.label);

/**
 * The English partner catalog's sentences (each message's text up to its first variable, when it
 * is long enough to be a sentence): none may appear in a Spanish or German reply.
 */
const ENGLISH = [...catalogSources('en').get('partners')!.matchAll(/^[a-z][\w-]* = ([^{\n]+)/gm)]
  .map((match) => match[1]!.trim())
  .filter((text) => text.split(/\s+/).length >= 3);

function englishIn(replies: OutboundMessage[]): string[] {
  return replies.flatMap((reply) => ENGLISH.filter((sentence) => shown(reply).includes(sentence)).concat(shown(reply).match(/\b(?:you|your|the|partner code|with|shares?)\b/gi) ?? []));
}

async function language(chat: TestChat, code: 'es' | 'de' | 'en-XA'): Promise<void> {
  await chat.send(`/language ${code}`);
  await chat.expectReply();
}

describe('partners who speak different languages (Spanish and German)', () => {
  let ana: TestChat;
  afterEach(async () => ana?.stop());

  it('each reads every partner message, the cheers and the digest in their own language', async () => {
    const clock = new ManualClock(new Date('2026-03-02T15:00:00Z'));
    ana = await TestChat.start({ clock, user: 'ana' });
    const jonas = ana.as('jonas');
    await onboard(ana, { timezone: 'America/New_York', promptTime: '08:00' });
    await onboard(jonas, { timezone: 'Europe/Berlin', promptTime: '08:00' });
    await language(ana, 'es');
    await language(jonas, 'de');
    const read = { ana: ana.received.length, jonas: jonas.received.length };

    await ana.send('/partner invite');
    await ana.expectReply(/^¿Qué nombre quieres que vea tu compañero\?/);
    await ana.send('Ana');
    const share = await ana.expectReply(/¿Qué te gustaría que viera tu compañero cada día\?/);
    expect(labels(share)).toEqual(['Solo «hice mi registro ✓»', 'Registro + ánimo', 'Registro + ánimo + una nota']);
    expect(shown(share)).toContain('Nunca se comparte: tus registros de pensamientos');
    await ana.send('registro + animo'); // typed, accents optional
    const code = /Tu código de compañero: ([A-Z0-9]{4}-[A-Z0-9]{4})/.exec(plainText((await ana.expectReply(/código de compañero/)).text))![1]!;

    await jonas.send(`/partner join ${code}`);
    await jonas.expectReply(/Ana wünscht sich dich als Unterstützungspartner\.\n+Welchen Namen soll dein Partner von dir sehen\?/);
    await jonas.send('Jonas');
    const jonasShare = await jonas.expectReply(/Was soll dein Partner jeden Tag sehen\?/);
    expect(labels(jonasShare)).toEqual(['Nur „eingecheckt ✓“', 'Check-in + Stimmung', 'Check-in + Stimmung + eine Notiz']);
    await jonas.press('Nur „eingecheckt ✓“');
    const summary = await jonas.expectReply(/Partnerschaft beginnen\?/);
    expect(plainText(summary.text)).toMatch(
      /^Partner-Verbindung · 3\/3\nDein Partner teilt: ob die Person heute eingecheckt hat und ihre Stimmung \(0–10\)\.\nDu teilst als „Jonas“: nur, ob du heute eingecheckt hast\.\n+Partnerschaft beginnen\?$/,
    );
    expect(labels(summary)).toEqual(['Ja, um Bestätigung bitten', 'Nein']);
    await jonas.send('ja, um bestatigung bitten');
    await jonas.expectReply(/^Danke! Ich habe Ana um Bestätigung gebeten/);

    const asked = await ana.expectReply(/^Jonas aceptó tu invitación\./);
    expect(plainText(asked.text)).toContain('Compartirá solo si hizo su registro hoy; tú compartirás si hiciste tu registro hoy y tu ánimo (0–10).');
    expect(labels(asked)).toEqual(['Sí, empezar', 'Ahora no']);
    await ana.press('Sí, empezar');
    await ana.expectReply(/^¡Ya son compañeros! Cada noche verás lo que comparte Jonas/);
    await jonas.expectReply(/^Ihr seid jetzt Partner! Ana hat bestätigt\./);

    await ana.send('/partner');
    const status = await ana.expectReply(/^Compañero de apoyo/);
    expect(shown(status)).toContain('• Jonas comparte solo si hizo su registro hoy. Tú compartes si hiciste tu registro hoy y tu ánimo (0–10).');
    await jonas.send('/partner');
    expect(shown(await jonas.expectReply(/^Unterstützungspartner/))).toContain('• Ana teilt: ob die Person heute eingecheckt hat und ihre Stimmung (0–10). Du teilst: nur, ob du heute eingecheckt hast.');

    // A ready-made cheer reaches the partner in the partner's language; a written one as written.
    await ana.send('/cheer');
    const cheers = await ana.expectReply(/¿Qué te gustaría mandarle a tu compañero\?/);
    expect(labels(cheers)).toEqual(['¡Tú puedes! 💪', 'Hoy pienso en ti 💛', 'Me enorgullece que sigas adelante', 'Paso a paso 🌱', 'Escribir el mío']);
    await ana.press('Hoy pienso en ti 💛');
    await ana.expectReply(/^Enviado\. 💛/);
    await jonas.expectReply(/^💛 Ana schickt dir etwas Ermutigung: „Ich denke heute an dich 💛“$/);
    await jonas.send('/partner update War heute spazieren');
    await jonas.expectReply(/^An deinen Partner geschickt\./);
    await ana.expectReply(/^📣 Una novedad de Jonas: «War heute spazieren»$/);
    await jonas.send('/partner note Harter Tag');
    await jonas.expectReply(/deshalb sieht dein Partner keine Notizen/);
    await ana.send('/partner dance');
    await ana.expectReply(/^No conozco «\/partner dance»\./);

    // Ana checks in (in Spanish); each digest at the reader's 21:00, in the reader's language.
    await ana.send('/checkin');
    await ana.expectReply(/ánimo/);
    for (const [answer, next] of [['6', /emociones/], ['tristeza', /Qué tan fuerte/], ['60', /Qué pasó/], ['saltar', /sobrellevarlo/], ['Caminar', /Algo más/], ['saltar', /Guardado/]] as const) {
      await ana.send(answer);
      await ana.expectReply(next);
    }
    clock.set('2026-03-02T20:00:00Z');
    await ana.app.scheduler.tick();
    expect(plainText((await jonas.expectReply(/^Dein Partner heute/)).text)).toBe('Dein Partner heute\nAna: eingecheckt ✓ · Stimmung 6/10\n\nSchick mit /cheer etwas Ermutigung.');
    clock.set('2026-03-03T02:00:00Z');
    await ana.app.scheduler.tick();
    expect(plainText((await ana.expectReply(/^Tu compañero hoy/)).text)).toBe('Tu compañero hoy\nJonas: todavía sin novedades\n\nMándale ánimo con /cheer.'); // never negative

    await jonas.send('/partner end');
    await jonas.expectReply(/^Erledigt\. Die Partnerschaft mit Ana ist beendet; die Person erfährt nur, dass sie beendet ist/);
    await ana.expectReply(/^Tu conexión de apoyo con Jonas terminó\. Gracias por apoyarse mutuamente\./);

    expect(englishIn(ana.received.slice(read.ana))).toEqual([]);
    expect(englishIn(jonas.received.slice(read.jonas))).toEqual([]);
    expect(ENGLISH.length).toBeGreaterThan(50);
  });
});

describe('partners in the pseudo-locale (en-XA)', () => {
  let alex: TestChat;
  beforeAll(() => enablePseudoLocale());
  afterAll(() => enablePseudoLocale(false));
  afterEach(async () => alex?.stop());

  /** English words left in a reply once names, what was typed, /commands and the code are taken out. */
  const untranslated = (message: OutboundMessage) =>
    shown(message)
      .replace(/\b(?:Alex|Sam|Long walk today|CODE|wat|ABCD-2345)\b|[A-Z0-9]{4}-[A-Z0-9]{4}/g, ' ')
      .replace(/\/[a-z]+/g, ' ')
      .match(/[A-Za-z]{2,}/g) ?? [];

  it('renders every partner message from the catalogs', async () => {
    const clock = new ManualClock(new Date('2026-03-02T15:00:00Z'));
    alex = await TestChat.start({ clock, user: 'alex' });
    const sam = alex.as('sam');
    await onboard(alex, { timezone: 'America/New_York', promptTime: '08:00' });
    await onboard(sam, { timezone: 'Europe/Berlin', promptTime: '08:00' });
    await language(alex, 'en-XA');
    await language(sam, 'en-XA');
    const read = { alex: alex.received.length, sam: sam.received.length };
    const say = async (chat: TestChat, text: string) => {
      await chat.send(text);
      await chat.expectReply();
    };
    await say(alex, '/partner');
    await say(alex, '/partner join nope');
    await say(alex, '/partner wat');
    await say(alex, '/partner note');
    await say(alex, '/partner note hi');
    await say(alex, '/partner update');
    await say(alex, '/cheer');
    await say(alex, '/partner invite');
    await say(alex, 'Alex');
    await say(alex, '3');
    const code = /([A-Z0-9]{4}-[A-Z0-9]{4})/.exec(plainText(alex.received.at(-1)!.text))![1]!;
    await say(alex, `/partner join ${code}`);
    await say(sam, `/partner join ${code}`);
    await say(sam, 'Sam');
    await say(sam, '3');
    await say(sam, '1');
    await alex.expectReply();
    await alex.press(alex.received.at(-1)!.choices![0]!.label);
    await alex.expectReply();
    await sam.expectReply();
    await say(sam, '/partner');
    await say(sam, `/partner note ${'x'.repeat(150)}`);
    await say(sam, '/partner note Long walk today');
    await say(sam, '/cheer');
    await sam.send('5');
    await sam.expectReply();
    await say(sam, 'Long walk today');
    await alex.expectReply();
    await say(alex, '/cheer');
    await say(alex, '1');
    await sam.expectReply();
    clock.set('2026-03-02T20:00:00Z');
    await alex.app.scheduler.tick();
    await sam.expectReply();
    await say(alex, '/partner end');
    await sam.expectReply();
    const replies = [...alex.received.slice(read.alex), ...sam.received.slice(read.sam)];
    expect(replies.length).toBeGreaterThan(25);
    const leaks = replies.map((reply) => ({ text: plainText(reply.text).slice(0, 60), words: untranslated(reply) })).filter((reply) => reply.words.length > 0);
    expect(leaks).toEqual([]);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/clock.js';
import { plainText } from '../../src/core/messages.js';
import { TestChat } from '../helpers/chat.js';

/** Monday 7 December 2026, 15:00 UTC: winter time in Europe and Mexico. */
const MONDAY = '2026-12-07T15:00:00Z';

/**
 * Places typed and shown in the person's language: a timezone given by its city's Spanish or
 * German name, and shown back with that name.
 */
describe('timezone cities in the person’s language', () => {
  let chat: TestChat;
  afterEach(async () => chat?.stop());

  it('understands “Viena” in a Spanish set-up and says it back as Viena', async () => {
    chat = await TestChat.start({ clock: new ManualClock(new Date(MONDAY)) });
    await chat.send('/start');
    await chat.expectReply(/Which language should I use/);
    await chat.press('Español');
    await chat.expectReply(/Te doy la bienvenida/);
    await chat.press('Sí, acepto');
    await chat.expectReply(/¿En qué zona horaria estás\?/);
    await chat.send('Viena');
    await chat.expectReply(/Parece que estás en Austria/);
    await chat.press('Sí');
    const time = await chat.expectReply(/¿A qué hora te mando el registro diario\?/);
    expect(plainText(time.text)).toContain('es tu hora local, Viena (UTC+01:00).');
    await chat.send('20:00');
    await chat.expectReply(/código/);
    await chat.press('No');
    const done = await chat.expectReply(/Zona horaria:/);
    expect(plainText(done.text)).toContain('Zona horaria: Viena (UTC+01:00). Registro diario: 20:00.');
  });

  it('understands “Mexiko-Stadt” in German /settings and shows it so', async () => {
    chat = await TestChat.start({ clock: new ManualClock(new Date(MONDAY)) });
    await chat.send('/start');
    await chat.expectReply(/Which language should I use/);
    await chat.press('Deutsch');
    await chat.expectReply(/Willkommen/);
    await chat.press('Ja, einverstanden');
    await chat.expectReply(/Zeitzone/);
    await chat.send('Köln');
    await chat.expectReply(/Deutschland/);
    await chat.press('Ja');
    const time = await chat.expectReply(/Check-in/);
    expect(plainText(time.text)).toContain('Berlin (UTC+01:00)');
    await chat.send('20 Uhr');
    await chat.expectReply(/Hast du von deiner/);
    await chat.press('Nein');
    await chat.expectReply(/Zeitzone: Berlin \(UTC\+01:00\)/);

    await chat.send('/settings');
    const menu = await chat.expectReply(/Zeitzone: Berlin \(UTC\+01:00\)/);
    await chat.pressId(menu.choices!.find((choice) => /Zeitzone/.test(choice.label))!.id);
    await chat.expectReply(/Zeitzone/);
    await chat.send('Mexiko-Stadt');
    const changed = await chat.expectReply(/Zeitzone: Mexiko-Stadt \(UTC-06:00\)/);
    expect(plainText(changed.text)).not.toContain('Mexico City');
  });
});

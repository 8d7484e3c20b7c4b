import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDiscordAdapter } from '../../adapters/discord/index.js';
import { createTelegramAdapter } from '../../adapters/telegram/index.js';
import { startApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { ManualClock } from '../../src/core/clock.js';
import { createLogger } from '../../src/logger.js';
import { FakeDiscordServer } from '../fakes/discord-server.js';
import { FakeTelegramServer, type FakeUser } from '../fakes/telegram-server.js';
import { freshDatabase, scratchDir, type TestDatabase } from '../helpers/databases.js';

/**
 * A Telegram client and a Discord client become accountability partners through the real SDKs and
 * the fake platform servers; every payload either platform received is checked for consent leaks.
 */

const SECRET = 'Private-canary-5512';

interface Person {
  send(text: string): void;
  press(label: string): void;
  expectReply(expected: RegExp): Promise<string>;
  everything(): string[];
}

function telegramPerson(fake: FakeTelegramServer, user: FakeUser): Person {
  let read = 0;
  fake.knowChat(user.id);
  return {
    send: (text) => void fake.userSends(user, text),
    press(label) {
      const message = [...fake.messagesIn(user.id)].reverse().find((m) => m.keyboard?.inline_keyboard.length);
      const button = message?.keyboard?.inline_keyboard.flat().find((b) => b.text === label);
      if (!message || !button || !('callback_data' in button)) throw new Error(`no button ${label}`);
      fake.pressButton(user, message, button.callback_data);
    },
    async expectReply(expected) {
      const index = read++;
      const messages = await fake.waitForMessages(user.id, index + 1, 5_000);
      expect(messages[index]!.text).toMatch(expected);
      return messages[index]!.text;
    },
    everything: () => fake.requests.filter((r) => Number(r.body.chat_id) === user.id).map((r) => JSON.stringify(r.body)),
  };
}

function discordPerson(fake: FakeDiscordServer, id: string): Person {
  let read = 0;
  const buttons = (m: { components?: unknown }) => ((m.components ?? []) as { components: { label: string; custom_id: string }[] }[]).flatMap((row) => row.components);
  return {
    send: (text) => void fake.sendDm(id, text),
    press(label) {
      const message = [...fake.botMessages(id)].reverse().find((m) => buttons(m).length > 0);
      const button = message && buttons(message).find((b) => b.label === label);
      if (!message || !button) throw new Error(`no button ${label}`);
      fake.pressButton(id, message.id, button.custom_id);
    },
    async expectReply(expected) {
      const index = read++;
      const message = await fake.waitFor(() => fake.botMessages(id)[index], 5_000, `reply ${index + 1}`);
      const shown = message.content.replace(/\\(.)/g, '$1').replace(/\*/g, '');
      expect(shown).toMatch(expected);
      return shown;
    },
    everything: () => fake.botMessages(id).map((m) => JSON.stringify(m)),
  };
}

async function onboard(person: Person, timezone: string): Promise<void> {
  person.send('/start');
  await person.expectReply(/Which language should I use/);
  person.press('English');
  await person.expectReply(/Welcome to Between/);
  person.press('Yes, I agree');
  await person.expectReply(/Which timezone/);
  person.send(timezone);
  await person.expectReply(/It looks like you’re in .* — is that right\?/);
  person.press('Yes');
  await person.expectReply(/When should I send/);
  person.send('08:00');
  await person.expectReply(/enrollment code/);
  person.press('No');
  await person.expectReply(/You’re all set/);
}

describe('partners across Telegram and Discord', () => {
  let telegram: FakeTelegramServer;
  let discord: FakeDiscordServer;
  let database: TestDatabase;
  let app: App;
  const clock = new ManualClock(new Date('2026-05-04T12:00:00Z'));

  beforeAll(async () => {
    [telegram, discord] = await Promise.all([FakeTelegramServer.start(), FakeDiscordServer.start()]);
    database = await freshDatabase('sqlite');
    const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: database.url, BETWEEN_KEY_FILE: `${scratchDir('xp-')}/between.key` });
    const logger = createLogger({ level: 'warn', format: 'json', destination: new Writable({ write: (_c, _e, cb) => cb() }) });
    app = await startApp({
      config,
      logger,
      clock,
      startScheduler: false,
      workerIdlePollMs: 20,
      adapters: (core) => [
        createTelegramAdapter({ token: telegram.token, apiRoot: telegram.apiRoot, commands: core.commandList, logger, pollingTimeoutSeconds: 1, limits: { perConversationIntervalMs: 0 } }),
        createDiscordAdapter({ token: discord.token, apiUrl: discord.apiUrl, commands: core.commandList, logger }),
      ],
    });
  });

  afterAll(async () => {
    await app?.stop();
    await Promise.all([telegram?.close(), discord?.close()]);
    await database?.dispose();
  });

  it('pairs a Telegram client with a Discord client and shares only what each consented to', async () => {
    const tess = telegramPerson(telegram, { id: 424242, first_name: 'Tess' });
    const dev = discordPerson(discord, '700000000000000042');
    await onboard(tess, 'Europe/Berlin');
    await onboard(dev, 'America/Chicago');

    tess.send('/partner invite');
    await tess.expectReply(/What name should your partner see/);
    tess.send('Tess');
    await tess.expectReply(/What would you like your partner to see/);
    tess.press('Check-in + mood');
    const code = /([A-Z0-9]{4}-[A-Z0-9]{4})/.exec(await tess.expectReply(/partner code/))![1]!;

    dev.send(`/partner join ${code}`);
    await dev.expectReply(/Tess would like you as their accountability partner/);
    dev.send('Dev');
    await dev.expectReply(/What would you like your partner to see/);
    dev.press('Just “checked in ✓”');
    await dev.expectReply(/Start the partnership/);
    dev.press('Yes, ask them to confirm');
    await dev.expectReply(/asked Tess to confirm/);
    await tess.expectReply(/Dev accepted your invitation/);
    tess.press('Yes, start');
    await tess.expectReply(/partners now/);
    await dev.expectReply(/partners now/);
    const devBefore = dev.everything().length;
    const tessBefore = tess.everything().length;

    // Tess writes things no partner may see, and checks in with mood 7.
    tess.send('/checkin');
    await tess.expectReply(/mood/);
    tess.send('7');
    await tess.expectReply(/emotions/);
    tess.send('calm');
    await tess.expectReply(/How strong/);
    tess.send('40');
    await tess.expectReply(/What happened/);
    tess.send(`${SECRET} at work`);
    await tess.expectReply(/cope/);
    tess.send('walk');
    await tess.expectReply(/Anything else/);
    tess.send(`${SECRET} note`);
    await tess.expectReply(/Saved/);

    tess.send('/cheer You can do it!');
    await tess.expectReply(/Sent/);
    await dev.expectReply(/Tess sent you some encouragement: “You can do it!”/);

    // Dev's digest at 21:00 Chicago (02:00Z next day); Tess's at 21:00 Berlin (19:00Z).
    clock.set('2026-05-04T19:00:00Z');
    await app.scheduler.tick();
    expect(await tess.expectReply(/Your partner today/)).toContain('Dev: no update yet');
    clock.set('2026-05-05T02:00:00Z');
    await app.scheduler.tick();
    expect(await dev.expectReply(/Your partner today/)).toContain('Tess: checked in ✓ · mood 7/10');

    // Everything each platform carried to one partner once paired: only what the other consented to.
    const seenByDev = dev.everything().slice(devBefore).join('\n');
    expect(seenByDev).not.toContain(SECRET);
    expect(seenByDev).not.toMatch(/telegram|424242|therapist/i);
    const seenByTess = tess.everything().slice(tessBefore).join('\n');
    expect(seenByTess).not.toMatch(/discord|700000000000000042/i);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { PROVIDERS } from '../helpers/databases.js';
import { TestChat } from '../helpers/chat.js';

describe.each(PROVIDERS)('core basics on %s', (provider) => {
  let chat: TestChat;
  afterEach(async () => chat?.stop());

  it('greets on /start and lists commands on /help', async () => {
    chat = await TestChat.start({ provider });
    await chat.send('/help');
    const help = await chat.expectReply(/What I can do/);
    for (const command of ['/start', '/checkin', '/thought', '/homework', '/history', '/settings', '/pause', '/resume', '/export', '/delete']) {
      expect(help.text).toContain(command);
    }
    expect(help.text).toContain('not an emergency service');
    await chat.send('/start');
    await chat.expectReply(/Which language should I use/);
    await chat.press('English');
    await chat.expectReply(/Welcome to Between/);
  });

  it('answers unknown commands, empty, very long, emoji and right-to-left messages kindly', async () => {
    chat = await TestChat.start({ provider });
    await chat.send('/frobnicate');
    await chat.expectReply('I don’t know the command /frobnicate. Type /help to see the ones I know.');
    await chat.send('   ');
    await chat.expectReply(/empty message/);
    await chat.send('a'.repeat(10_000));
    await chat.expectReply(/10,000 characters long; I can keep up to 2,000/);
    await chat.send('😔😔😔');
    await chat.expectReply(/Type \/start to begin/);
    await chat.send('אני מרגיש עצוב היום');
    await chat.expectReply(/Type \/start to begin/);
    await chat.send('/checkin');
    await chat.expectReply(/set up first/);
    await chat.expectNoReply();
  });

  it('handles a redelivered update once', async () => {
    chat = await TestChat.start({ provider });
    const event = {
      kind: 'command' as const,
      name: 'help',
      args: '',
      platform: 'test',
      address: chat.address,
      updateId: 'same-update-42',
      from: { platformUserId: chat.user },
      receivedAt: new Date(),
    };
    await Promise.all([chat.deliver(event), chat.deliver(event), chat.deliver(event)]);
    await chat.expectReply(/What I can do/);
    await chat.expectNoReply();
  });

  it('handles one update at a time per conversation, in order', async () => {
    chat = await TestChat.start({ provider });
    await Promise.all(['/help', '/start', '/nope'].map((text) => chat.send(text)));
    await chat.expectReply(/What I can do/);
    await chat.expectReply(/Which language should I use/);
    await chat.expectReply(/\/nope/);
  });
});

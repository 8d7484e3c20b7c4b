import { afterEach, describe, expect, it } from 'vitest';
import { PROVIDERS } from '../helpers/databases.js';
import { TestChat } from '../helpers/chat.js';
import { linkTherapist, onboard } from '../helpers/flows.js';

describe.each(PROVIDERS)('safety response on %s', (provider) => {
  let chat: TestChat;
  afterEach(async () => chat?.stop());

  it('answers crisis language in the middle of a thought record, alerts the therapist, and carries on', async () => {
    chat = await TestChat.start({ provider });
    await onboard(chat);
    await linkTherapist(chat);
    await chat.send('/thought');
    await chat.expectReply(/Situation/);
    await chat.send('After the call I sat in the car and thought everyone would be better off without me');
    const crisis = await chat.expectReply(/I’m really glad you told me/);
    expect(crisis.urgent).toBe(true);
    expect(crisis.text).toContain('988');
    expect(crisis.text).toContain('911');
    expect(crisis.text).toContain('findahelpline.com');
    expect(crisis.text).toContain('not an emergency service');
    expect(crisis.text).toContain('let your therapist know');
    expect(crisis.text).not.toMatch(/how|method|plan to/i);
    // The flow goes on: the answer was kept and the next question follows.
    await chat.expectReply(/Moods/);

    const { prisma } = chat.app.database;
    const [flag] = await prisma.riskFlag.findMany();
    expect(flag).toMatchObject({ source: 'thought', severity: 'high' });
    expect(JSON.stringify(flag)).not.toContain('better off');
    const alerts = await prisma.outboxMessage.findMany({ where: { address: 'slack:T1:D1' } });
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.priority).toBeGreaterThan(0);
    expect(alerts[0]!.idempotencyKey).toBe(`risk-alert:${flag!.id}:therapist-1`);
  });

  it('answers crisis language outside any flow, and a negation conservatively, without blocking', async () => {
    chat = await TestChat.start({ provider });
    await onboard(chat);
    await chat.send("i dont want to be here anymore");
    const crisis = await chat.expectReply(/glad you told me/);
    expect(crisis.text).not.toContain('let your therapist know'); // no therapist linked
    await chat.send('I’m not suicidal, just tired');
    await chat.expectReply(/glad you told me/);
    await chat.send('/checkin');
    await chat.expectReply(/mood/);
    expect(await chat.app.database.prisma.riskFlag.count()).toBe(2);
  });

  it('screens typed answers to any question, even a number question', async () => {
    chat = await TestChat.start({ provider });
    await onboard(chat);
    await chat.send('/checkin');
    await chat.expectReply(/mood/);
    await chat.send('0, I want to kill myself');
    await chat.expectReply(/glad you told me/);
    await chat.expectReply(/isn’t a number I can use/);
  });

  it('does not react to everyday phrases', async () => {
    chat = await TestChat.start({ provider });
    await onboard(chat);
    await chat.send('/checkin');
    await chat.expectReply(/mood/);
    await chat.send('3');
    await chat.expectReply(/emotions/);
    await chat.send('angry');
    await chat.expectReply(/How strong/);
    await chat.send('60');
    await chat.expectReply(/What happened/);
    await chat.send('This traffic is killing me and my phone died');
    await chat.expectReply(/cope/);
    expect(await chat.app.database.prisma.riskFlag.count()).toBe(0);
  });
});

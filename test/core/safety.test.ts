import { afterEach, describe, expect, it } from 'vitest';
import { plainText } from '../../src/core/messages.js';
import { PROVIDERS } from '../helpers/databases.js';
import { TestChat } from '../helpers/chat.js';
import { linkTherapist, onboard } from '../helpers/flows.js';

const CRISIS = /I’m really glad you told me/;
const HOLD_LABELS = ['I’m safe — continue', 'Stop for now', 'Show my safety plan'];

describe.each(PROVIDERS)('safety response on %s', (provider) => {
  let chat: TestChat;
  afterEach(async () => chat?.stop());

  it('mid-flow: the crisis message is never taken as the answer; choices follow; continue shows the same question', async () => {
    chat = await TestChat.start({ provider });
    await onboard(chat);
    await linkTherapist(chat);
    await chat.send('/thought');
    const situation = await chat.expectReply(/Situation/);
    await chat.send('After the call I sat in the car and thought everyone would be better off without me');
    const crisis = await chat.expectReply(CRISIS);
    expect(crisis.urgent).toBe(true);
    expect(crisis.text).toContain('not an emergency service');
    expect(crisis.text).toContain('let your therapist know');
    expect(crisis.text).not.toMatch(/better off/);
    expect(crisis.choices?.map((c) => c.label)).toEqual(HOLD_LABELS);
    // Nothing else follows: no next question, no "invalid input".
    await chat.expectNoReply();

    const { prisma } = chat.app.database;
    const [flag] = await prisma.riskFlag.findMany();
    expect(flag).toMatchObject({ source: 'thought', severity: 'medium' });
    expect(JSON.stringify(flag)).not.toContain('better off');
    expect(await prisma.outboxMessage.count({ where: { address: 'slack:T1:D1' } })).toBe(1);
    // The flagged words were not stored as the situation.
    const conversation = await chat.app.store.repos.conversations.load(chat.address);
    expect(JSON.stringify(conversation?.active)).not.toContain('better off');

    await chat.press('I’m safe — continue');
    const again = await chat.expectReply(/Here’s where we were/);
    expect(plainText(again.text)).toContain(plainText(situation.text).split('\n').slice(-1)[0]!);
    await chat.send('An argument with my manager about the deadline');
    await chat.expectReply(/Moods/);
  });

  it('mid-flow: stop for now keeps the draft; the safety plan can be shown; typed numbers pick the choices', async () => {
    chat = await TestChat.start({ provider });
    await onboard(chat);
    await chat.send('/checkin');
    await chat.expectReply(/mood/);
    await chat.send('4');
    await chat.expectReply(/emotions/);
    await chat.send('0, I want to kill myself');
    const crisis = await chat.expectReply(CRISIS);
    expect(crisis.choices?.map((c) => c.label)).toEqual(HOLD_LABELS);
    await chat.expectNoReply();
    // No plan yet: says how to make one, then the choices again (typed "3" = Show my safety plan).
    await chat.send('3');
    await chat.expectReply(/haven’t written a safety plan yet/);
    await chat.expectReply(/When you’re ready/);
    // Something that is neither a choice nor a crisis: a kind prompt, never "invalid input".
    await chat.send('I dunno');
    const prompt = await chat.expectReply(/Take your time/);
    expect(plainText(prompt.text)).not.toMatch(/dunno|isn’t|didn’t recognise/);
    await chat.send('2');
    await chat.expectReply(/stopped the check-in for now/);
    await chat.send('/checkin');
    await chat.expectReply(/unfinished check-in/);
    await chat.press('Continue');
    // The mood answered before the crisis is still there: we are back at the emotions question.
    await chat.expectReply(/emotions/);
  });

  it('outside a flow: passive ideation gets the response; a denial and a resolved mention are only recorded', async () => {
    chat = await TestChat.start({ provider });
    await onboard(chat);
    await linkTherapist(chat);
    await chat.send('i dont want to be here anymore');
    const crisis = await chat.expectReply(CRISIS);
    expect(crisis.choices?.map((c) => c.label)).toEqual(['Make a safety plan']);
    await chat.send('I’m not suicidal, just tired');
    await chat.expectReply(/Thanks for writing/);
    await chat.send('6 months self-harm free today!!');
    await chat.expectReply(/Thanks for writing/);
    const flags = await chat.app.database.prisma.riskFlag.findMany({ orderBy: { createdAt: 'asc' } });
    expect(flags.map((f) => f.severity)).toEqual(['medium', 'low', 'low']);
    // Only the medium flag alerted the therapist.
    expect(await chat.app.database.prisma.outboxMessage.count({ where: { address: 'slack:T1:D1' } })).toBe(1);
  });

  it('a 2,000-character message with a crisis phrase at the end, and one in Spanish, get the response', async () => {
    chat = await TestChat.start({ provider });
    await onboard(chat);
    const long = `${'Work was busy and the bus was late again, so I walked. '.repeat(34)}I want to end my life.`;
    expect(long.length).toBeLessThanOrEqual(2_000);
    await chat.send(long);
    await chat.expectReply(CRISIS);
    await chat.send('ya no quiero vivir, me quiero morir');
    await chat.expectReply(CRISIS);
    expect(await chat.app.database.prisma.riskFlag.count()).toBe(2);
  });

  it('a safety-plan warning sign is not a crisis; intent typed there is', async () => {
    chat = await TestChat.start({ provider });
    await onboard(chat);
    await chat.send('/safetyplan');
    await chat.expectReply(/Warning signs/);
    await chat.send('isolating, not sleeping, thinking everyone would be better off without me');
    await chat.expectReply(/Things I can do on my own/);
    await chat.send('I am going to do it tonight');
    await chat.expectReply(CRISIS);
    const flags = await chat.app.database.prisma.riskFlag.findMany({ orderBy: { createdAt: 'asc' } });
    expect(flags.map((f) => [f.source, f.severity])).toEqual([
      ['exercise.safety_plan', 'low'],
      ['exercise.safety_plan', 'high'],
    ]);
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

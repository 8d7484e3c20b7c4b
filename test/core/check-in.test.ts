import { afterEach, describe, expect, it } from 'vitest';
import { PROVIDERS } from '../helpers/databases.js';
import { TestChat } from '../helpers/chat.js';
import { onboard } from '../helpers/flows.js';

describe.each(PROVIDERS)('emotion check-in on %s', (provider) => {
  let chat: TestChat;
  afterEach(async () => chat?.stop());

  it('completes with buttons only and stores it', async () => {
    chat = await TestChat.start({ provider });
    await onboard(chat);
    const started = performance.now();
    await chat.send('/checkin');
    const mood = await chat.expectReply(/mood right now, from 0/);
    expect(mood.choices).toHaveLength(11);
    await chat.press('6');
    const emotions = await chat.expectReply(/Which emotions/);
    expect(emotions.multiSelect).toBe(true);
    await chat.press('Anxious');
    const toggled = await chat.expectReply(/Which emotions/);
    expect(toggled.choices?.map((c) => c.label)).toContain('✓ Anxious');
    await chat.press('Hopeful');
    await chat.expectReply(/Which emotions/);
    await chat.press('Done');
    await chat.expectReply(/How strong is “anxious”/);
    await chat.press('70');
    await chat.expectReply(/How strong is “hopeful”/);
    await chat.press('30');
    await chat.expectReply(/What happened/);
    await chat.press('Skip');
    await chat.expectReply(/What have you done to cope/);
    await chat.press('A walk');
    await chat.expectReply(/cope/);
    await chat.press('Done');
    await chat.expectReply(/Anything else/);
    await chat.press('Skip');
    const summary = await chat.expectReply(/Saved/);
    const perStepMs = (performance.now() - started) / 11;
    expect(summary.text).toContain('Mood 6/10 · anxious 70, hopeful 30 · coped with a walk');

    const rows = await chat.app.database.prisma.checkIn.findMany();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ mood: 6, detailsEnc: null });
    expect(JSON.parse(rows[0]!.emotions)).toEqual([
      { emotion: 'anxious', intensity: 70 },
      { emotion: 'hopeful', intensity: 30 },
    ]);
    console.info(`check-in through the core: ${perStepMs.toFixed(1)} ms per step (${provider})`);
  });

  it('accepts typed answers and corrects bad ones kindly, keeping what was entered', async () => {
    chat = await TestChat.start({ provider });
    await onboard(chat);
    await chat.send('/checkin');
    await chat.expectReply(/mood/);
    for (const [bad, expected] of [
      ['11', /11 is outside the scale — please use a whole number from 0 to 10/],
      ['-3', /-3 is outside the scale/],
      ['ten', /“ten” isn’t a number I can use/],
      ['5.5', /no decimals/],
    ] as const) {
      await chat.send(bad);
      await chat.expectReply(expected);
    }
    await chat.send('4');
    await chat.expectReply(/Which emotions/);
    await chat.send('sad, other');
    await chat.expectReply(/What would you call the other emotion/);
    await chat.send('numb 😶');
    await chat.expectReply(/How strong is “sad”/);
    await chat.send('101');
    await chat.expectReply(/101 is outside the scale — please use a whole number from 0 to 100/);
    await chat.send('80%');
    await chat.expectReply(/How strong is “numb 😶”/);
    await chat.send('back');
    await chat.expectReply(/What would you call the other emotion/);
    await chat.send('numb');
    await chat.expectReply(/How strong is “sad”/);
    await chat.send('80');
    await chat.expectReply(/How strong is “numb”/);
    await chat.send('50');
    await chat.expectReply(/What happened/);
    await chat.send('An argument with my sister — נו באמת');
    await chat.expectReply(/cope/);
    await chat.send('7');
    await chat.expectReply(/Anything else/);
    await chat.send('x'.repeat(2_001));
    await chat.expectReply(/2,001 characters long; I can keep up to 2,000/);
    await chat.expectReply(/Back to your check-in.*Anything else/s);
    await chat.send('skip');
    await chat.expectReply(/Mood 4\/10 · sad 80, numb 50\./);
    const [row] = await chat.app.database.prisma.checkIn.findMany();
    expect(JSON.parse(row!.coping)).toEqual(['none']);
    expect(row!.detailsEnc).toMatch(/^v1\./);
  });

  it('cancel asks first, keeps a draft for 24 hours, and resumes it', async () => {
    chat = await TestChat.start({ provider });
    await onboard(chat);
    await chat.send('/checkin');
    await chat.expectReply(/mood/);
    await chat.press('3');
    await chat.expectReply(/Which emotions/);
    await chat.send('cancel');
    await chat.expectReply(/Stop the check-in\? I’ll keep your answers for 24 hours/);
    await chat.press('No, keep going');
    await chat.expectReply(/carry on.*\n*.*Which emotions/s);
    await chat.send('/cancel');
    await chat.expectReply(/Stop the check-in/);
    await chat.press('Yes, stop');
    await chat.expectReply(/stopped the check-in/);
    await chat.send('/checkin');
    await chat.expectReply(/unfinished check-in from earlier/);
    await chat.press('Continue');
    await chat.expectReply(/where you left off.*Which emotions/s);
    await chat.send('calm');
    await chat.expectReply(/How strong is “calm”/);
  });

  it('recognises a stale button and shows the current question again', async () => {
    chat = await TestChat.start({ provider });
    await onboard(chat);
    await chat.send('/checkin');
    const mood = await chat.expectReply(/mood/);
    await chat.press('5');
    await chat.expectReply(/Which emotions/);
    await chat.pressId(mood.choices![2]!.id);
    await chat.expectReply(/That button is from an earlier question.*Which emotions/s);
    await chat.pressId('forged.sad');
    await chat.expectReply(/earlier question/);
    expect(await chat.app.database.prisma.checkIn.count()).toBe(0);
  });

  it('resumes at the same question after a restart', async () => {
    chat = await TestChat.start({ provider });
    await onboard(chat);
    await chat.send('/checkin');
    await chat.expectReply(/mood/);
    await chat.press('8');
    await chat.expectReply(/Which emotions/);
    await chat.press('Happy');
    await chat.expectReply(/Which emotions/);
    chat = await chat.restart();
    await chat.send('/help');
    await chat.expectReply(/What I can do/);
    const again = await chat.expectReply(/Back to your check-in.*Which emotions/s);
    expect(again.choices?.map((c) => c.label)).toContain('✓ Happy');
    await chat.press('Done');
    await chat.expectReply(/How strong is “happy”/);
  });
});

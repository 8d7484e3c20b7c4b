import { afterEach, describe, expect, it } from 'vitest';
import { PROVIDERS } from '../helpers/databases.js';
import { TestChat } from '../helpers/chat.js';
import { onboard } from '../helpers/flows.js';

describe.each(PROVIDERS)('thought record on %s', (provider) => {
  let chat: TestChat;
  afterEach(async () => chat?.stop());

  it('walks the seven columns with typed answers and buttons, showing the hot thought later', async () => {
    chat = await TestChat.start({ provider });
    await onboard(chat);
    await chat.send('/thought');
    await chat.expectReply(/Situation/);
    await chat.send('My manager didn’t reply to my *email* for two days');
    await chat.expectReply(/Moods/);
    await chat.send('anxious ashamed');
    await chat.expectReply(/How strong was “anxious”/);
    await chat.send('80');
    await chat.expectReply(/How strong was “ashamed”/);
    await chat.press('60');
    await chat.expectReply(/Automatic thoughts/);
    await chat.send('She thinks my work is bad\nI’m going to be fired\n\n');
    const hot = await chat.expectReply(/Which of these thoughts is the “hot” one/);
    expect(hot.choices?.map((c) => c.label)).toEqual(['She thinks my work is bad', 'I’m going to be fired']);
    await chat.send('3');
    await chat.expectReply(/Please choose one of the options/);
    await chat.send('2');
    const traps = await chat.expectReply(/Your hot thought: “I’m going to be fired”.*thinking traps/s);
    expect(traps.choices?.map((c) => c.label)).toContain('What’s this?');
    await chat.press('What’s this?');
    await chat.expectReply(/Jumping to conclusions: Mind-reading or fortune-telling/);
    await chat.press('Jumping to conclusions');
    await chat.expectReply(/thinking traps/);
    await chat.press('Magnifying / minimizing');
    await chat.expectReply(/thinking traps/);
    await chat.press('Done');
    await chat.expectReply(/Your hot thought: “I’m going to be fired”.*Evidence for/s);
    await chat.send('She usually replies within a day');
    await chat.expectReply(/Your hot thought: “I’m going to be fired”.*Evidence against/s);
    await chat.send('She is travelling this week. My last review was good.');
    await chat.expectReply(/Your hot thought: “I’m going to be fired”.*Balanced thought/s);
    await chat.send('She is probably busy; one slow reply is not a verdict on my job.');
    await chat.expectReply(/believe the balanced thought/);
    await chat.press('70');
    await chat.expectReply(/Re-rate your moods.*“anxious” now/s);
    await chat.send('40');
    await chat.expectReply(/“ashamed” now/);
    await chat.send('30');
    const summary = await chat.expectReply(/Thought record saved/);
    expect(summary.text).toContain('• anxious: 80 ↓ 40');
    expect(summary.text).toContain('• ashamed: 60 ↓ 30');
    expect(summary.text).toContain('Balanced thought (70/100)');

    const [row] = await chat.app.database.prisma.thoughtRecord.findMany();
    expect(row).toMatchObject({ moodBefore: 70, moodAfter: 35, beliefBalanced: 70 });
    expect(JSON.parse(row!.distortions)).toEqual(['jumping_to_conclusions', 'magnification']);
    expect(row!.contentEnc).not.toContain('manager');
  });

  it('with one automatic thought, it is the hot thought; skipping the distortions is fine', async () => {
    chat = await TestChat.start({ provider });
    await onboard(chat);
    await chat.send('/thought');
    await chat.expectReply(/Situation/);
    await chat.send('Party');
    await chat.expectReply(/Moods/);
    await chat.press('Anxious');
    await chat.expectReply(/Moods/);
    await chat.press('Done');
    await chat.expectReply(/How strong/);
    await chat.send('90');
    await chat.expectReply(/Automatic thoughts/);
    await chat.send('Nobody wants me there');
    await chat.expectReply(/Your hot thought: “Nobody wants me there”.*thinking traps/s);
    await chat.press('Done');
    await chat.expectReply(/Evidence for/);
  });

  it('“What’s this?”, pressed or typed by number or name, explains the traps and asks the same question again, keeping what was ticked', async () => {
    chat = await TestChat.start({ provider });
    await onboard(chat);
    await chat.send('/thought');
    await chat.expectReply(/Situation/);
    await chat.send('Party');
    await chat.expectReply(/Moods/);
    await chat.send('anxious');
    await chat.expectReply(/How strong/);
    await chat.send('90');
    await chat.expectReply(/Automatic thoughts/);
    await chat.send('Nobody wants me there');
    const traps = await chat.expectReply(/thinking traps/);
    const labels = traps.choices!.map((c) => c.label);
    expect(labels.at(-1)).toBe('Done');
    expect(traps.text).toContain('then Done');
    await chat.press('Labeling');
    await chat.expectReply(/thinking traps/);
    // The number listed beside “What’s this?” (the console shows it so): the same question, explained.
    await chat.send(String(labels.indexOf('What’s this?') + 1));
    const explained = await chat.expectReply(/Labeling: A label instead of a description/);
    expect(explained.text).toContain('thinking traps');
    expect(explained.text).not.toMatch(/Evidence for/);
    expect(explained.choices!.map((c) => c.label)).toEqual([...labels.filter((l) => l !== 'What’s this?').map((l) => (l === 'Labeling' ? '✓ Labeling' : l))]);
    await chat.press('Overgeneralizing');
    const both = await chat.expectReply(/thinking traps/);
    expect(both.choices!.filter((c) => c.label.startsWith('✓')).map((c) => c.label)).toEqual(['✓ Overgeneralizing', '✓ Labeling']);
    await chat.press('Done');
    await chat.expectReply(/Evidence for/);

    // Typed by name, and "none" for Done with nothing ticked.
    const typedName = chat.as('sam');
    {
      await onboard(typedName);
      await typedName.send('/thought');
      await typedName.expectReply(/Situation/);
      await typedName.send('Party');
      await typedName.expectReply(/Moods/);
      await typedName.send('sad');
      await typedName.expectReply(/How strong/);
      await typedName.send('50');
      await typedName.expectReply(/Automatic thoughts/);
      await typedName.send('I always ruin it');
      await typedName.expectReply(/thinking traps/);
      await typedName.send('what’s this?');
      const shown = await typedName.expectReply(/All-or-nothing: Seeing things in black and white/);
      expect(shown.choices!.at(-1)!.label).toBe('Done');
      await typedName.send('none');
      await typedName.expectReply(/Evidence for/);
    }
  });
});

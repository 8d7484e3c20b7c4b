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
    // Several lines are several thoughts (Telegram, Discord); the list is shown back.
    await chat.send('She thinks my work is bad\nI’m going to be fired\n\n');
    const list = await chat.expectReply(/so far:\n1\. She thinks my work is bad\n2\. I’m going to be fired\n\nWas there another thought/);
    expect(list.choices?.map((c) => c.label)).toEqual(['That’s all']);
    await chat.press('That’s all');
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
    // ("She is probably busy; …" was the answer here until the model began to flag it: a known false
    // positive, docs/safety.md — this test is about the flow, not about detection.)
    await chat.send('She is travelling; one slow reply is not a verdict on my job.');
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
    await chat.expectReply(/Was there another thought/);
    await chat.send('that’s all');
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
    await chat.expectReply(/Was there another thought/);
    await chat.send('1');
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
      await typedName.expectReply(/Was there another thought/);
      await typedName.send('done');
      await typedName.expectReply(/thinking traps/);
      await typedName.send('what’s this?');
      const shown = await typedName.expectReply(/All-or-nothing: Seeing things in black and white/);
      expect(shown.choices!.at(-1)!.label).toBe('Done');
      await typedName.send('none');
      await typedName.expectReply(/Evidence for/);
    }
  });

  it('takes automatic thoughts one per message (as a terminal sends them) until “That’s all”, kindly refusing repeats, over-long and empty ones, keeping the list', async () => {
    chat = await TestChat.start({ provider });
    await onboard(chat);
    await chat.send('/thought');
    await chat.expectReply(/Situation/);
    await chat.send('Missed the bus');
    await chat.expectReply(/Moods/);
    await chat.send('anxious');
    await chat.expectReply(/How strong/);
    await chat.send('70');
    const first = await chat.expectReply(/Automatic thoughts:\* what went through your mind\? Send one thought per message|Automatic thoughts: what went through your mind\? Send one thought per message/);
    expect(first.choices ?? []).toEqual([]); // nothing to finish yet
    await chat.send('that’s all');
    await chat.expectReply(/Please type what went through your mind/);
    await chat.send('I’ll be late again');
    await chat.expectReply(/so far:\n1\. I’ll be late again\n\nWas there another thought/);
    await chat.send('I’ll be late  again!');
    await chat.expectReply(/You’ve already sent that thought\. Send another one, or choose “That’s all”\..*1\. I’ll be late again\n\nWas there/s);
    await chat.send(`They ${'will think I don’t care '.repeat(25)}`);
    await chat.expectReply(/That thought is 6\d\d characters; I can keep up to 500 for one thought\. Could you shorten it\? The thoughts you sent before are kept\..*1\. I’ll be late again\n\nWas there/s);
    await chat.send('   ');
    await chat.expectReply(/I got an empty message/);
    await chat.expectReply(/1\. I’ll be late again\n\nWas there/);
    await chat.send('7');
    await chat.expectReply(/“7” isn’t one of the choices\. If that was every thought, type 1 or “that’s all”/);
    await chat.send('They will think I don’t care\nI’ll be late again');
    await chat.expectReply(/I left out one you’d already sent\..*1\. I’ll be late again\n2\. They will think I don’t care\n\nWas there/s);
    await chat.send('back');
    await chat.expectReply(/How strong was “anxious”/);
    await chat.send('70');
    await chat.expectReply(/Send one thought per message/);
    await chat.send('I’ll be late again');
    await chat.expectReply(/so far:\n1\. I’ll be late again\n\n/);
    await chat.send('They will think I don’t care');
    await chat.expectReply(/2\. They will think I don’t care/);
    await chat.send('1');
    const hot = await chat.expectReply(/Which of these thoughts is the “hot” one/);
    expect(hot.choices?.map((c) => c.label)).toEqual(['I’ll be late again', 'They will think I don’t care']);
    await chat.press('They will think I don’t care');
    await chat.expectReply(/Your hot thought: “They will think I don’t care”/);

    // At most eight: the eighth moves on by itself.
    const many = chat.as('sam');
    await onboard(many);
    await many.send('/thought');
    await many.expectReply(/Situation/);
    await many.send('Exam');
    await many.expectReply(/Moods/);
    await many.send('anxious');
    await many.expectReply(/How strong/);
    await many.send('90');
    await many.expectReply(/Send one thought per message/);
    await many.send(Array.from({ length: 6 }, (_, i) => `Thought number ${i + 1}`).join('\n'));
    await many.expectReply(/6\. Thought number 6\n\nWas there/);
    await many.send('Thought number 7\nThought number 8\nThought number 9');
    const eight = await many.expectReply(/That’s 8 thoughts — the most one record holds — so let’s go on with these\..*“hot” one/s);
    expect(eight.choices).toHaveLength(8);
  });
});

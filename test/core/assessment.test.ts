import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { BetweenCore } from '../../src/core/core.js';
import { systemClock } from '../../src/core/clock.js';
import { plainText } from '../../src/core/messages.js';
import { createLogger } from '../../src/logger.js';
import { PROVIDERS } from '../helpers/databases.js';
import { TestChat } from '../helpers/chat.js';
import { linkTherapist, onboard } from '../helpers/flows.js';

/** Routes the chat through a core whose practice has switched the PHQ-9 on (same database and worker). */
function enablePhq9(chat: TestChat): void {
  const logger = createLogger({ level: 'silent', format: 'json', secrets: [], destination: new Writable({ write: (_chunk, _encoding, callback) => callback() }) });
  const core = new BetweenCore({
    store: chat.app.store,
    clock: systemClock,
    logger,
    defaultTimezone: chat.config.DEFAULT_TIMEZONE,
    crisisRegion: chat.config.CRISIS_REGION,
    phq9Enabled: true,
    erasure: { auditRetentionDays: chat.config.AUDIT_RETENTION_DAYS, scrubber: { removeFiles: async () => {}, scrubDatabase: async () => void (await chat.app.store.scrubFreedSpace()) } },
    onEnqueued: () => chat.app.worker.wake(),
  });
  chat.adapter.onEvent = (event) => core.handle(event);
}

/** Types (or presses, for a RegExp/label in `press`) each answer, reading the next question each time. */
async function answerAll(chat: TestChat, answers: string[], how: 'send' | 'press' = 'send'): Promise<void> {
  for (const answer of answers) {
    if (how === 'press') await chat.press(answer);
    else await chat.send(answer);
    await chat.expectReply();
  }
}

describe.each(PROVIDERS)('questionnaires on %s', (provider) => {
  let chat: TestChat;
  afterEach(async () => chat?.stop());

  it('runs a GAD-7 with buttons, typed numbers (positions) and typed names, corrects bad ones kindly, goes back, and stores the result', async () => {
    chat = await TestChat.start({ provider });
    await onboard(chat);
    await chat.send('/assessment');
    const chooser = await chat.expectReply(/Which questionnaire would you like/);
    expect(chooser.choices?.map((c) => c.label)).toEqual(['PHQ-8 · mood', 'GAD-7 · anxiety', 'WHO-5 · wellbeing']);
    await chat.press('GAD-7 · anxiety');
    // 7 items and the functional-difficulty question, which is counted from the start.
    const first = await chat.expectReply(/questionnaire · 1\/7\nGAD-7 — Over the last 2 weeks, how often have you been bothered by the following problems\?/);
    expect(plainText(first.text)).toContain('Choose an answer, or type its number: 1 = Not at all … 4 = Nearly every day.');
    expect(plainText(first.text)).toMatch(/Feeling nervous, anxious, or on edge$/);
    expect(first.choices?.map((c) => c.label)).toEqual(['Not at all', 'Several days', 'More than half the days', 'Nearly every day']);
    await chat.press('Several days');
    const second = await chat.expectReply(/questionnaire · 2\/7\nNot being able to stop or control worrying$/);
    expect(second.text).not.toContain('Over the last 2 weeks'); // the framing is shown once
    await chat.send('2'); // the second option shown: Several days
    await chat.expectReply(/questionnaire · 3\/7\nWorrying too much about different things$/);
    await chat.send('5');
    await chat.expectReply(
      /“5” isn’t one of the answers — they’re numbered 1 to 4 here: 1 = Not at all, 2 = Several days, 3 = More than half the days, 4 = Nearly every day\.\n\n.*3\/7\nWorrying too much/s,
    );
    await chat.send('0');
    await chat.expectReply(/“0” isn’t one of the answers — they’re numbered 1 to 4 here.*3\/7\nWorrying too much/s);
    await chat.send('often');
    await chat.expectReply(/I didn’t quite catch that\. Please choose the answer closest to how it’s been, or type its number: 1 = Not at all, 2 = Several days.*3\/7\nWorrying too much/s);
    await chat.send('Nearly everyday');
    await chat.expectReply(/4\/7\nTrouble relaxing$/);
    await chat.send('back');
    await chat.expectReply(/3\/7\nWorrying too much/);
    await chat.press('Not at all');
    await chat.expectReply(/4\/7\nTrouble relaxing/);
    await chat.press('Several days');
    await chat.expectReply(/5\/7\nBeing so restless/);
    await chat.send('1'); // Not at all
    await chat.expectReply(/6\/7\nBecoming easily annoyed/);
    await chat.send('more than half the days');
    await chat.expectReply(/7\/7\nFeeling afraid/);
    await chat.send('4'); // Nearly every day
    const difficulty = await chat.expectReply(
      /7\/7\nIf you checked off any problems, how difficult have these made it for you to do your work, take care of things at home, or get along with other people\?\nChoose an answer, or type its number: 1 = Not difficult at all … 4 = Extremely difficult\. This one isn’t part of the score, and you can skip it\.$/,
    );
    expect(difficulty.choices?.map((c) => c.label)).toEqual(['Not difficult at all', 'Somewhat difficult', 'Very difficult', 'Extremely difficult', 'Skip']);
    await chat.send('3'); // Very difficult
    // 1 + 1 + 0 + 1 + 0 + 2 + 3 = 8; the difficulty answer is not counted.
    const result = await chat.expectReply(/Thank you — that’s the GAD-7 done\.\nYour score is 8 out of 21, which is in the mild range\./);
    expect(plainText(result.text)).toContain('Difficulty at work, at home or with other people: Very difficult (not part of the score).');
    expect(result.text).not.toContain('therapist');
    expect(result.text).toContain('_GAD-7: Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues');
    expect(result.choices).toBeUndefined();

    const rows = await chat.app.database.prisma.assessmentResult.findMany();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ instrument: 'gad7', instrumentVersion: 'en-2', total: 8, band: 'mild', notes: '[]' });
    expect(rows[0]!.answersEnc).toMatch(/^v1\./);
    expect(rows[0]!.answersEnc.split('.')).toHaveLength(4); // ciphertext only: no item ids or scores in clear
    const person = await chat.app.database.prisma.person.findFirstOrThrow({ where: { role: 'client' } });
    const [stored] = await chat.app.store.repos.assessments.listSince(person.id, new Date(0));
    expect(stored!.answers).toEqual({ q1: 1, q2: 1, q3: 0, q4: 1, q5: 0, q6: 2, q7: 3, difficulty: 2 });
    expect(await chat.app.database.prisma.riskFlag.count()).toBe(0);

    // The export names the unscored answer as such.
    await chat.send('/export');
    const json = await chat.expectReply(/everything you’ve stored/);
    await chat.expectReply(/CSV/);
    await chat.expectReply(/my progress/);
    const exported = JSON.parse(Buffer.from(json.attachment!.data, 'base64').toString()) as { assessments: { answers: unknown[] }[] };
    expect(exported.assessments[0]!.answers.at(-1)).toEqual({
      item: 'difficulty',
      question: 'If you checked off any problems, how difficult have these made it for you to do your work, take care of things at home, or get along with other people?',
      answer: 'Very difficult',
      code: 2,
      scored: false,
    });
  });

  it('resumes after a restart and after cancel; a partial administration stores no result', async () => {
    chat = await TestChat.start({ provider });
    await onboard(chat);
    await chat.send('/assessment gad7');
    await chat.expectReply(/1\/7\nGAD-7 — Over the last 2 weeks/);
    await chat.press('Several days');
    await chat.expectReply(/2\/7\nNot being able to stop/);
    chat = await chat.restart();
    await chat.send('/help');
    const help = await chat.expectReply(/What I can do/);
    expect(help.text).toContain('/assessment');
    await chat.expectReply(/Back to your questionnaire:\n\n.*2\/7\nNot being able to stop/s);
    await chat.press('Nearly every day');
    await chat.expectReply(/3\/7\nWorrying too much/);
    await chat.send('/history');
    await chat.expectReply(/Your mood, last 7 days/);
    await chat.expectReply(/Back to your questionnaire.*3\/7/s);
    await chat.send('cancel');
    await chat.expectReply(/Stop the questionnaire\? I’ll keep your answers for 24 hours/);
    await chat.press('Yes, stop');
    await chat.expectReply(/stopped the questionnaire/);
    expect(await chat.app.database.prisma.assessmentResult.count()).toBe(0);

    await chat.send('/assessment gad7');
    await chat.expectReply(/unfinished questionnaire from earlier/);
    await chat.press('Continue');
    await chat.expectReply(/where you left off.*3\/7\nWorrying too much/s);
    await chat.send('back');
    await chat.expectReply(/2\/7\nNot being able to stop/);
    await chat.send('/cancel');
    await chat.expectReply(/Stop the questionnaire/);
    await chat.press('Yes, stop');
    await chat.expectReply(/stopped the questionnaire/);
    expect(await chat.app.database.prisma.assessmentResult.count()).toBe(0);
  });

  it('PHQ-9 item 9: a typed 1 (“Not at all”) raises nothing; “Several days” sends crisis resources at once, flags the risk, alerts the therapist, then carries on', async () => {
    chat = await TestChat.start({ provider });
    enablePhq9(chat);
    await onboard(chat);
    await linkTherapist(chat);
    await chat.send('/assessment');
    const chooser = await chat.expectReply(/Which questionnaire/);
    expect(chooser.choices?.map((c) => c.label)).toEqual(['PHQ-9 · mood', 'GAD-7 · anxiety', 'WHO-5 · wellbeing']);
    await chat.press('PHQ-9 · mood');
    await chat.expectReply(/1\/9\nPHQ-9 — Over the last 2 weeks, how often have you been bothered by any of the following problems\?.*Little interest or pleasure/s);
    await answerAll(chat, ['1', '1', '1', '1', '1', '1', '1']);
    await chat.send('1');
    await chat.expectReply(/9\/9\nThoughts that you would be better off dead or of hurting yourself in some way$/);
    await chat.send('1');
    // Every item “Not at all”: no crisis message, no functional-difficulty question, no flag.
    const quiet = await chat.expectReply(/Your score is 0 out of 27, which is in the minimal range\./);
    expect(quiet.text).not.toContain('Difficulty');
    const { prisma } = chat.app.database;
    expect(await prisma.riskFlag.count()).toBe(0);
    expect(await prisma.outboxMessage.count({ where: { address: 'slack:T1:D1' } })).toBe(0);
    const person = await prisma.person.findFirstOrThrow({ where: { role: 'client' } });
    expect((await chat.app.store.repos.assessments.latest(person.id, 'phq9'))!.answers).toEqual({ q1: 0, q2: 0, q3: 0, q4: 0, q5: 0, q6: 0, q7: 0, q8: 0, q9: 0 });

    await chat.send('/assessment phq9');
    await chat.expectReply(/1\/9\nPHQ-9/);
    await answerAll(chat, ['Not at all', 'Not at all', 'Not at all', 'Not at all', 'Not at all', 'Not at all', 'Not at all', 'Not at all'], 'press');
    await chat.press('Several days');
    const crisis = await chat.expectReply(/I’m really glad you told me/);
    expect(crisis.urgent).toBe(true);
    expect(crisis.text).toContain('988');
    expect(crisis.text).toContain('let your therapist know');
    await chat.expectReply(/9\/9\nIf you checked off any problems, how difficult have these problems made it for you/);
    await chat.press('Skip');
    const result = await chat.expectReply(/Your score is 1 out of 27, which is in the minimal range\./);
    expect(result.text).toContain('PHQ-9: Developed by Drs.');
    expect(result.text).not.toContain('Difficulty');

    const [flag] = await prisma.riskFlag.findMany();
    expect(flag).toMatchObject({ source: 'assessment', severity: 'high' });
    expect(flag!.detectionEnc).not.toContain('phq9'); // what matched is kept encrypted
    expect(await chat.app.store.repos.risk.detectionOf(flag!.id)).toMatchObject({ matched: ['phq9:q9'] });
    const alerts = await prisma.outboxMessage.findMany({ where: { address: 'slack:T1:D1' } });
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.priority).toBeGreaterThan(0);
    expect(alerts[0]!.idempotencyKey).toBe(`risk-alert:${flag!.id}:therapist-1`);
    // The result itself goes nowhere but the client's own chat.
    const addresses = new Set((await prisma.outboxMessage.findMany({ select: { address: true } })).map((m) => m.address));
    expect([...addresses].sort()).toEqual(['slack:T1:D1', chat.address].sort());
    expect(await prisma.assessmentResult.findMany({ orderBy: { createdAt: 'asc' } })).toMatchObject([
      { instrument: 'phq9', total: 0, band: 'minimal' },
      { instrument: 'phq9', total: 1, band: 'minimal' },
    ]);
    expect((await chat.app.store.repos.assessments.latest(person.id, 'phq9'))!.answers).toEqual({ q1: 0, q2: 0, q3: 0, q4: 0, q5: 0, q6: 0, q7: 0, q8: 0, q9: 1 });
  });

  it('PHQ-9 item 9: a typed 2 (“Several days”, the risk item’s lowest alerting answer) raises the safety response', async () => {
    chat = await TestChat.start({ provider });
    enablePhq9(chat);
    await onboard(chat);
    await chat.send('/assessment phq9');
    await chat.expectReply(/1\/9\nPHQ-9/);
    await answerAll(chat, ['1', '1', '1', '1', '1', '1', '1', '1']);
    await chat.send('2');
    await chat.expectReply(/I’m really glad you told me/);
    await chat.expectReply(/9\/9\nIf you checked off any problems/);
    expect(await chat.app.database.prisma.riskFlag.count()).toBe(1);
  });

  it('offers the PHQ-8 by default (also for /assessment phq9), without the functional question, and suggests the therapist for moderate or above', async () => {
    chat = await TestChat.start({ provider });
    await onboard(chat);
    await chat.send('/assessment phq9');
    await chat.expectReply('The PHQ-9 isn’t switched on here, so here is the PHQ-8 instead.');
    await chat.expectReply(/1\/8\nPHQ-8 — Over the last 2 weeks/);
    await answerAll(chat, ['4', '4', '4', '4', '4', '4', '4']);
    await chat.send('4');
    const result = await chat.expectReply(/Your score is 24 out of 24, which is in the severe range\./);
    expect(result.text).toContain('talk through with your therapist');
    expect(result.text).not.toContain('Difficulty');
    expect(await chat.app.database.prisma.riskFlag.count()).toBe(0);
    expect(await chat.app.database.prisma.assessmentResult.findMany()).toMatchObject([{ instrument: 'phq8', total: 24, band: 'severe' }]);

    await chat.send('/assessment something');
    await chat.expectReply('I don’t know a questionnaire called “something”.');
    await chat.expectReply(/Which questionnaire/);
  });

  it('scores the WHO-5 ×4 (1 = “All of the time” = 5) and shows the trend and notes in /history and the results in /export', async () => {
    chat = await TestChat.start({ provider });
    await onboard(chat);
    await chat.send('/assessment wellbeing');
    await chat.expectReply(/1\/5\nWHO-5 — .*Choose an answer, or type its number: 1 = All of the time … 6 = At no time\..*cheerful and in good spirits/s);
    await chat.send('7');
    await chat.expectReply(/“7” isn’t one of the answers — they’re numbered 1 to 6 here: 1 = All of the time, 2 = Most of the time, 3 = More than half of the time, 4 = Less than half of the time, 5 = Some of the time, 6 = At no time\./);
    await answerAll(chat, ['3', '3', '4', '4']);
    await chat.press('Some of the time');
    // 3 + 3 + 2 + 2 + 1 = 11 → 44; the last item (1) is flagged on its own.
    const first = await chat.expectReply(/Your score is 44 out of 100 \(higher is better\), which is in the poor wellbeing range\./);
    expect(first.text.match(/talk through with your therapist/g)).toHaveLength(1);
    expect(first.text).toContain('At least one answer was “some of the time” or “at no time”');
    expect(first.text).not.toContain('depression');
    expect(first.text).toContain('WHO Collaborating Centre in Mental Health');

    await chat.send('/assessment who5');
    await chat.expectReply(/1\/5/);
    await answerAll(chat, ['5', '5', '5', '5']);
    await chat.send('at no time');
    // 4 → 16: likely depression, mentioned kindly.
    const second = await chat.expectReply(/Your score is 16 out of 100 \(higher is better\), which is in the poor wellbeing range\.\nLast time \(.+\) it was 44, so it’s 28 lower now\./);
    expect(second.text).toContain('often go along with depression, which is very treatable');

    await chat.send('/assessment gad7');
    await chat.expectReply(/1\/7/);
    await answerAll(chat, ['1', '1', '1', '1', '1', '1']);
    await chat.send('2');
    await chat.expectReply(/7\/7\nIf you checked off any problems/);
    await chat.send('6');
    await chat.expectReply(/“6” isn’t one of the answers — they’re numbered 1 to 4 here: 1 = Not difficult at all, .*, 4 = Extremely difficult\. Or type 5 \(or “skip”\) to skip it\./);
    await chat.send('5'); // the fifth choice shown: Skip
    await chat.expectReply(/Your score is 1 out of 21/);

    await chat.send('/history');
    const history = await chat.expectReply(/Your mood, last 7 days/);
    const text = plainText(history.text);
    expect(text).toMatch(
      /Your questionnaires\nGAD-7: 1 · minimal \(.+\)\nWHO-5: 44 → 16 · poor wellbeing \(.+\), −28 since the one before · likely depression \(28 or below\); an item scored 0 or 1 — worth following up\n/,
    );
    // What the change means, in plain words (the WHO-5 read the right way up: a fall is worse).
    expect(text).toMatch(
      /\nWhat your scores show\nGAD-7: 1 on .+ — your first one\. The next will show how things are moving\.\nWHO-5: 44 on .+, 16 on .+\. A change this size is more than day-to-day variation\. It could help to talk it over with your therapist\.$/,
    );

    const person = await chat.app.database.prisma.person.findFirstOrThrow({ where: { role: 'client' } });
    const latest = await chat.app.store.repos.assessments.latestPerInstrument(person.id);
    expect(latest.map((r) => [r.instrument, r.total, r.band, r.notes])).toEqual([
      ['gad7', 1, 'minimal', []],
      ['who5', 16, 'poor', ['likely_depression', 'low_item']],
    ]);
    expect(latest[0]!.answers).toEqual({ q1: 0, q2: 0, q3: 0, q4: 0, q5: 0, q6: 0, q7: 1 });

    await chat.send('/export');
    const json = await chat.expectReply(/everything you’ve stored/);
    const csv = await chat.expectReply(/CSV/);
    const report = await chat.expectReply(/my progress/);
    const table = Buffer.from(csv.attachment!.data, 'base64').toString().split('\r\n');
    expect(table[0]).toMatch(/,mood_after,name,total_or_status,band_or_content,automatic_thoughts,/);
    expect(table.filter((line) => line.startsWith('questionnaire,')).map((line) => line.split(',').slice(10, 13).join(','))).toEqual(['WHO-5,44,poor', 'WHO-5,16,poor', 'GAD-7,1,minimal']);
    // The readable report names each questionnaire with its score out of the maximum and its range.
    const html = Buffer.from(report.attachment!.data, 'base64').toString();
    expect(html).toMatch(/<td>WHO-5<\/td><td class="num">44 of 100<\/td><td>[^<]+<\/td>/);
    expect(html).toMatch(/<td>GAD-7<\/td><td class="num">1 of 21<\/td><td>[^<]+<\/td>/);
    const exported = JSON.parse(Buffer.from(json.attachment!.data, 'base64').toString()) as { assessments: unknown[] };
    expect(exported.assessments).toHaveLength(3);
    expect(exported.assessments[0]).toMatchObject({
      instrument: 'WHO-5',
      version: 'en-2',
      total: 44,
      band: 'poor',
      notes: ['an item scored 0 or 1 — worth following up'],
      answers: [
        { item: 'q1', question: 'I have felt cheerful and in good spirits', answer: 'More than half of the time', score: 3 },
        { item: 'q2', score: 3 },
        { item: 'q3', score: 2 },
        { item: 'q4', score: 2 },
        { item: 'q5', answer: 'Some of the time', score: 1 },
      ],
    });
  });

  it('flags a single WHO-5 item at 0 or 1 even when the total is adequate, and stores the note with the result', async () => {
    chat = await TestChat.start({ provider });
    await onboard(chat);
    await chat.send('/assessment who5');
    await chat.expectReply(/1\/5/);
    await answerAll(chat, ['1', '1', '1', '2']);
    await chat.send('5'); // Some of the time
    // 5 + 5 + 5 + 4 + 1 = 20 → 80: adequate, but one item at 1.
    const result = await chat.expectReply(/Your score is 80 out of 100 \(higher is better\), which is in the adequate wellbeing range\./);
    expect(result.text).toContain('At least one answer was “some of the time” or “at no time”. Whatever the total, the WHO-5’s guidance is to look at that more closely.');
    expect(result.text).toContain('This would be a good thing to talk through with your therapist');
    expect(await chat.app.database.prisma.assessmentResult.findMany()).toMatchObject([{ instrument: 'who5', total: 80, band: 'adequate', notes: '["low_item"]' }]);

    await chat.send('/assessment who5');
    await chat.expectReply(/1\/5/);
    await answerAll(chat, ['4', '4', '4', '4']);
    await chat.send('less than half of the time');
    // Every item at 2 → 40: poor, but no single item at 0 or 1.
    const low = await chat.expectReply(/Your score is 40 out of 100 \(higher is better\), which is in the poor wellbeing range\./);
    expect(low.text).not.toContain('At least one answer');
    expect(low.text).toContain('talk through with your therapist'); // the poor band on its own
    const rows = await chat.app.database.prisma.assessmentResult.findMany({ orderBy: { createdAt: 'asc' } });
    expect(rows.map((row) => row.notes)).toEqual(['["low_item"]', '[]']);
  });
});

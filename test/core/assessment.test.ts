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

  it('runs a GAD-7 with buttons and typed answers, corrects bad ones kindly, goes back, and stores the result', async () => {
    chat = await TestChat.start({ provider });
    await onboard(chat);
    await chat.send('/assessment');
    const chooser = await chat.expectReply(/Which questionnaire would you like/);
    expect(chooser.choices?.map((c) => c.label)).toEqual(['PHQ-8 · mood', 'GAD-7 · anxiety', 'WHO-5 · wellbeing']);
    await chat.press('GAD-7 · anxiety');
    const first = await chat.expectReply(/questionnaire · 1\/7\nGAD-7 — Over the last 2 weeks, how often have you been bothered by the following problems\?/);
    expect(plainText(first.text)).toMatch(/Feeling nervous, anxious, or on edge$/);
    expect(first.choices?.map((c) => c.label)).toEqual(['Not at all', 'Several days', 'More than half the days', 'Nearly every day']);
    await chat.press('Several days');
    const second = await chat.expectReply(/questionnaire · 2\/7\nNot being able to stop or control worrying$/);
    expect(second.text).not.toContain('Over the last 2 weeks'); // the framing is shown once
    await chat.send('2');
    await chat.expectReply(/questionnaire · 3\/7\nWorrying too much about different things$/);
    await chat.send('4');
    await chat.expectReply(/“4” isn’t one of the answers here — please press a button, or type a number from 0 to 3 \(0 Not at all, 1 Several days, 2 More than half the days, 3 Nearly every day\)\.\n\n.*3\/7\nWorrying too much/s);
    await chat.send('often');
    await chat.expectReply(/I didn’t quite catch that\. Please press the button closest to how it’s been.*3\/7\nWorrying too much/s);
    await chat.send('nearly every day');
    await chat.expectReply(/4\/7\nTrouble relaxing$/);
    await chat.send('back');
    await chat.expectReply(/3\/7\nWorrying too much/);
    await chat.press('Not at all');
    await chat.expectReply(/4\/7\nTrouble relaxing/);
    await chat.press('Several days');
    await chat.expectReply(/5\/7\nBeing so restless/);
    await chat.send('0');
    await chat.expectReply(/6\/7\nBecoming easily annoyed/);
    await chat.press('More than half the days');
    await chat.expectReply(/7\/7\nFeeling afraid/);
    await chat.press('Nearly every day');
    // 1 + 2 + 0 + 1 + 0 + 2 + 3 = 9
    const result = await chat.expectReply(/Thank you — that’s the GAD-7 done\.\nYour score is 9 out of 21, which is in the mild range\./);
    expect(result.text).not.toContain('therapist');
    expect(result.text).toContain('_GAD-7: Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues');
    expect(result.choices).toBeUndefined();

    const rows = await chat.app.database.prisma.assessmentResult.findMany();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ instrument: 'gad7', instrumentVersion: 'en-1', total: 9, band: 'mild' });
    expect(rows[0]!.answersEnc).toMatch(/^v1\./);
    expect(rows[0]!.answersEnc.split(".")).toHaveLength(4); // ciphertext only: no item ids or scores in clear
    const person = await chat.app.database.prisma.person.findFirstOrThrow({ where: { role: 'client' } });
    const [stored] = await chat.app.store.repos.assessments.listSince(person.id, new Date(0));
    expect(stored!.answers).toEqual({ q1: 1, q2: 2, q3: 0, q4: 1, q5: 0, q6: 2, q7: 3 });
    expect(await chat.app.database.prisma.riskFlag.count()).toBe(0);
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

  it('PHQ-9 item 9 above 0 sends crisis resources at once, flags the risk, alerts the therapist, then carries on', async () => {
    chat = await TestChat.start({ provider });
    enablePhq9(chat);
    await onboard(chat);
    await linkTherapist(chat);
    await chat.send('/assessment');
    const chooser = await chat.expectReply(/Which questionnaire/);
    expect(chooser.choices?.map((c) => c.label)).toEqual(['PHQ-9 · mood', 'GAD-7 · anxiety', 'WHO-5 · wellbeing']);
    await chat.press('PHQ-9 · mood');
    await chat.expectReply(/1\/9\nPHQ-9 — Over the last 2 weeks, how often have you been bothered by any of the following problems\?.*Little interest or pleasure/s);
    await answerAll(chat, ['Not at all', 'Not at all', 'Not at all', 'Not at all', 'Not at all', 'Not at all', 'Not at all'], 'press');
    await chat.press('Not at all');
    await chat.expectReply(/9\/9\nThoughts that you would be better off dead or of hurting yourself in some way$/);
    expect(await chat.app.database.prisma.riskFlag.count()).toBe(0);
    await chat.press('Several days');
    const crisis = await chat.expectReply(/I’m really glad you told me/);
    expect(crisis.urgent).toBe(true);
    expect(crisis.text).toContain('988');
    expect(crisis.text).toContain('let your therapist know');
    const result = await chat.expectReply(/Your score is 1 out of 27, which is in the minimal range\./);
    expect(result.text).toContain('PHQ-9: Developed by Drs.');

    const { prisma } = chat.app.database;
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
    expect(await prisma.assessmentResult.findMany()).toMatchObject([{ instrument: 'phq9', total: 1, band: 'minimal' }]);
  });

  it('offers the PHQ-8 by default (also for /assessment phq9) and suggests the therapist for moderate or above', async () => {
    chat = await TestChat.start({ provider });
    await onboard(chat);
    await chat.send('/assessment phq9');
    await chat.expectReply('The PHQ-9 isn’t switched on here, so here is the PHQ-8 instead.');
    await chat.expectReply(/1\/8\nPHQ-8 — Over the last 2 weeks/);
    await answerAll(chat, ['3', '3', '3', '3', '3', '3', '3']);
    await chat.send('3');
    const result = await chat.expectReply(/Your score is 24 out of 24, which is in the severe range\./);
    expect(result.text).toContain('talk through with your therapist');
    expect(await chat.app.database.prisma.riskFlag.count()).toBe(0);
    expect(await chat.app.database.prisma.assessmentResult.findMany()).toMatchObject([{ instrument: 'phq8', total: 24, band: 'severe' }]);

    await chat.send('/assessment something');
    await chat.expectReply('I don’t know a questionnaire called “something”.');
    await chat.expectReply(/Which questionnaire/);
  });

  it('scores the WHO-5 ×4 and shows the trend in /history and the results in /export', async () => {
    chat = await TestChat.start({ provider });
    await onboard(chat);
    await chat.send('/assessment wellbeing');
    await chat.expectReply(/1\/5\nWHO-5 — .*type the number: 0 = At no time … 5 = All of the time.*cheerful and in good spirits/s);
    await chat.send('6');
    await chat.expectReply(/“6” isn’t one of the answers here — please press a button, or type a number from 0 to 5/);
    await answerAll(chat, ['3', '3', '2', '2']);
    await chat.press('Some of the time');
    // 3 + 3 + 2 + 2 + 1 = 11 → 44
    const first = await chat.expectReply(/Your score is 44 out of 100 \(higher is better\), which is in the poor wellbeing range\./);
    expect(first.text).toContain('talk through with your therapist');
    expect(first.text).not.toContain('depression');
    expect(first.text).toContain('WHO Collaborating Centre in Mental Health');

    await chat.send('/assessment who5');
    await chat.expectReply(/1\/5/);
    await answerAll(chat, ['1', '1', '1', '1']);
    await chat.send('at no time');
    // 4 → 16: likely depression, mentioned kindly.
    const second = await chat.expectReply(/Your score is 16 out of 100 \(higher is better\), which is in the poor wellbeing range\.\nLast time \(.+\) it was 44, so it’s 28 lower now\./);
    expect(second.text).toContain('often go along with depression, which is very treatable');

    await chat.send('/assessment gad7');
    await chat.expectReply(/1\/7/);
    await answerAll(chat, ['0', '0', '0', '0', '0', '0']);
    await chat.send('1');
    await chat.expectReply(/Your score is 1 out of 21/);

    await chat.send('/history');
    const history = await chat.expectReply(/Your mood, last 7 days/);
    const text = plainText(history.text);
    expect(text).toMatch(/Your questionnaires\nGAD-7: 1 · minimal \(.+\)\nWHO-5: 44 → 16 · poor wellbeing \(.+\), −28 since the one before$/);

    const person = await chat.app.database.prisma.person.findFirstOrThrow({ where: { role: 'client' } });
    const latest = await chat.app.store.repos.assessments.latestPerInstrument(person.id);
    expect(latest.map((r) => [r.instrument, r.total, r.band])).toEqual([
      ['gad7', 1, 'minimal'],
      ['who5', 16, 'poor'],
    ]);

    await chat.send('/export');
    const json = await chat.expectReply(/everything you’ve stored/);
    const csv = await chat.expectReply(/CSV/);
    const table = Buffer.from(csv.attachment!.data, 'base64').toString().split('\r\n');
    expect(table[0]).toMatch(/,mood_after,name,total_or_status,band_or_content$/);
    expect(table.filter((line) => line.startsWith('questionnaire,')).map((line) => line.split(',').slice(-3).join(','))).toEqual(['WHO-5,44,poor', 'WHO-5,16,poor', 'GAD-7,1,minimal']);
    const exported = JSON.parse(Buffer.from(json.attachment!.data, 'base64').toString()) as { assessments: unknown[] };
    expect(exported.assessments).toHaveLength(3);
    expect(exported.assessments[0]).toMatchObject({
      instrument: 'WHO-5',
      version: 'en-1',
      total: 44,
      band: 'poor',
      answers: [
        { item: 'q1', question: 'I have felt cheerful and in good spirits', answer: 'More than half of the time', score: 3 },
        { item: 'q2', score: 3 },
        { item: 'q3', score: 2 },
        { item: 'q4', score: 2 },
        { item: 'q5', answer: 'Some of the time', score: 1 },
      ],
    });
  });
});

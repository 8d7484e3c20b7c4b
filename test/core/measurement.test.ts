import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/clock.js';
import { plainText, type OutboundMessage } from '../../src/core/messages.js';
import type { TherapistActor } from '../../src/core/therapists/therapist-service.js';
import { rosterText } from '../../src/core/therapists/commands.js';
import { localDateOf } from '../../src/core/time.js';
import { buildClientSummary } from '../../src/core/summaries/client-summary.js';
import type { MoodChartDay } from '../../src/core/summaries/mood-chart.js';
import { summaryWindow } from '../../src/core/summaries/window.js';
import { homeView } from '../../adapters/slack/render.js';
import { TherapistSummaryJob } from '../../src/core/summaries/summary-job.js';
import { DEFAULT_MEASUREMENT } from '../../src/core/summaries/not-on-track.js';
import { createLogger } from '../../src/logger.js';
import { PROVIDERS } from '../helpers/databases.js';
import { TestChat } from '../helpers/chat.js';
import { onboard } from '../helpers/flows.js';

const ALICE: TherapistActor = { platform: 'slack', workspaceId: 'T1', userId: 'UALICE' };
const DAY_MS = 24 * 60 * 60 * 1000;
const NOW = new Date('2026-01-15T17:00:00Z');

async function summaries(chat: TestChat): Promise<OutboundMessage[]> {
  const claimed = await chat.app.store.repos.outbox.claimDue('slack', new Date('2100-01-01'), 60_000, 500, 'test-reader');
  return claimed.filter((row) => row.idempotencyKey.startsWith('summary-demand:')).map((row) => row.message);
}

/**
 * A client linked to Alice with daily check-in homework (none of it done), a PHQ-9 from months ago
 * under the old version and one this week, one GAD-7, a WHO-5 that fell 12 points, and a mood that
 * fell from 8 to 2 over two weeks.
 */
async function clientWithHistory(chat: TestChat, clock: ManualClock) {
  const { therapists } = chat.app;
  await therapists.register(ALICE, async () => 'slack:T1:DUALICE');
  const invite = await therapists.invite(ALICE, 'Robin');
  await onboard(chat, { code: invite.code.toLowerCase() });
  const prisma = chat.app.database.prisma;
  const client = await prisma.person.findFirstOrThrow({ where: { role: 'client' } });
  const link = await prisma.careLink.findFirstOrThrow({ where: { clientId: client.id } });
  await therapists.assign(ALICE, { linkId: link.id, kind: 'checkin', cadence: 'daily' });
  clock.set(NOW);
  const repos = chat.app.store.repos;
  const result = async (instrument: string, total: number, band: string, at: Date, version = 'en-2') =>
    repos.assessments.create({ personId: client.id, instrument, instrumentVersion: version, answers: {}, total, band, notes: [], localDate: localDateOf(at, client.timezone), at });
  await result('phq9', 18, 'moderately_severe', new Date('2025-10-01T15:00:00Z'), 'en-1');
  await result('who5', 60, 'adequate', new Date('2025-12-01T15:00:00Z'));
  await result('phq9', 11, 'moderate', new Date('2026-01-13T15:00:00Z'));
  await result('gad7', 9, 'mild', new Date('2026-01-14T15:00:00Z'));
  await result('who5', 48, 'poor', new Date('2026-01-14T16:00:00Z'));
  for (let day = 13; day >= 0; day--) {
    const at = new Date(NOW.getTime() - day * DAY_MS - 60_000);
    await repos.checkIns.create({ personId: client.id, mood: Math.max(0, Math.round(2 + (day * 6) / 13)), emotions: [], coping: [], details: {}, localDate: localDateOf(at, client.timezone), at });
  }
  return { client, link };
}

describe.each(PROVIDERS)('change classification and "not on track" in summaries on %s', (provider) => {
  let chat: TestChat;
  afterEach(async () => chat?.stop());

  it('the summary classifies change since the first score by Jacobson–Truax and flags the client, with reasons', async () => {
    const clock = new ManualClock(new Date('2025-12-20T12:00:00Z'));
    chat = await TestChat.start({ provider, clock });
    await clientWithHistory(chat, clock);
    await chat.app.therapists.requestSummary(ALICE, { alias: 'Robin' }, 7);
    const [summary] = await summaries(chat);
    const lines = plainText(summary!.text).split('\n');
    expect(lines).toContain('⚑ Not on track: WHO-5 reliably worse: 60 → 48 since Mon 1 Dec (WHO-5 10-point change)');
    expect(lines).toContain('⚑ Not on track: Mood falling over 14 days: −0.49 a day (least-squares, 14 days with check-ins)');
    expect(lines).toContain('⚑ Not on track: Homework 0/14 (0%) over 14 days, below the 60% target');
    expect(lines).toContain('Change since the first score:');
    // A gap of months is still compared, with both dates; the version change is said.
    expect(lines).toContain(
      '• PHQ-9 18 (Wed 1 Oct) → 11 (Tue 13 Jan): reliable improvement (Jacobson–Truax, RCI −2.0); not yet out of the clinical range (≥ 10); 3 months apart; questionnaire version changed (en-1 → en-2): compare with care',
    );
    expect(lines).toContain('• GAD-7 9 (Wed 14 Jan): the first score — change is classified from the second');
    expect(lines).toContain('• WHO-5 60 (Mon 1 Dec) → 48 (Wed 14 Jan): reliable deterioration (WHO-5 10-point change, ≥ 10 points)');
    expect(lines.some((line) => /PHQ-9 .*GAD-7|GAD-7 .*PHQ-9/.test(line))).toBe(false);

    // The roster (and App Home, which renders the same lines) carries the same flags, one line each.
    const roster = await chat.app.therapists.roster(ALICE);
    expect(roster[0]!.notOnTrack.map((flag) => flag.rule)).toEqual(['reliable-deterioration', 'mood-falling', 'homework-below-target']);
    expect(plainText(rosterText(roster))).toContain('\n   ⚑ Not on track: Homework 0/14 (0%) over 14 days, below the 60% target');
    expect(JSON.stringify(homeView(roster))).toContain('Not on track: Mood falling over 14 days');
  });

  it('at minimal detail only the homework flag remains; no score or mood leaks', async () => {
    const clock = new ManualClock(new Date('2025-12-20T12:00:00Z'));
    chat = await TestChat.start({ provider, clock });
    await clientWithHistory(chat, clock);
    await chat.app.therapists.setDetailLevel(ALICE, 'minimal');
    await chat.app.therapists.requestSummary(ALICE, { alias: 'Robin' }, 7);
    const text = plainText((await summaries(chat))[0]!.text);
    expect(text).toContain('⚑ Not on track: Homework 0/14');
    expect(text).not.toMatch(/PHQ-9|WHO-5|GAD-7|Mood|reliabl/);
    const roster = await chat.app.therapists.roster(ALICE);
    expect(roster[0]!.notOnTrack.map((flag) => flag.rule)).toEqual(['homework-below-target']);
  });

  it('hands the mood chart its days as soon as the mood is read, before the summary is done — the same days, and none at minimal', async () => {
    const clock = new ManualClock(new Date('2025-12-20T12:00:00Z'));
    chat = await TestChat.start({ provider, clock });
    const { client, link } = await clientWithHistory(chat, clock);
    const record = (await chat.app.store.repos.careTeam.listActiveLinks(link.therapistId)).find((candidate) => candidate.id === link.id)!;
    const window = summaryWindow(NOW, 14, client.timezone);
    const handed: MoodChartDay[][] = [];
    let summaryDone = false;
    const summary = await buildClientSummary(chat.app.store.repos, record, client.timezone, window, 'clinical', undefined, {
      onMoodDays: (days) => {
        expect(summaryDone).toBe(false);
        handed.push(days);
      },
    }).finally(() => (summaryDone = true));
    expect(handed).toHaveLength(1);
    expect(handed[0]).toEqual(summary.mood!.days);
    expect(handed[0]!.filter((day) => day.mood !== null)).toHaveLength(14);
    await buildClientSummary(chat.app.store.repos, record, client.timezone, window, 'minimal', undefined, { onMoodDays: (days) => handed.push(days) });
    expect(handed).toHaveLength(1);
  });

  it("a therapist's own homework target (/between target) decides the homework flag; `default` returns to the practice's", async () => {
    const clock = new ManualClock(new Date('2025-12-20T12:00:00Z'));
    chat = await TestChat.start({ provider, clock });
    const { client, link } = await clientWithHistory(chat, clock);
    // Half the check-in homework done over the rule's 14 days: 7 of 14.
    for (let day = 0; day < 14; day += 2) {
      const at = new Date(NOW.getTime() - day * DAY_MS - 60_000);
      expect(await chat.app.store.repos.homework.complete(client.id, 'checkin', localDateOf(at, client.timezone), { kind: 'test', id: `done-${day}` }, at)).toBe(1);
    }
    const { therapists } = chat.app;
    const homeworkFlag = async () => (await therapists.roster(ALICE))[0]!.notOnTrack.find((flag) => flag.rule === 'homework-below-target')?.reason;
    // The practice's target (HOMEWORK_TARGET_PERCENT, 60) flags 50%.
    expect(await homeworkFlag()).toBe('Homework 7/14 (50%) over 14 days, below the 60% target');

    expect(await therapists.setHomeworkTarget(ALICE, 70)).toEqual({ percent: 70, own: true });
    expect(await homeworkFlag()).toBe('Homework 7/14 (50%) over 14 days, below the 70% target');
    await therapists.requestSummary(ALICE, { alias: 'Robin' }, 7);
    expect(plainText((await summaries(chat))[0]!.text)).toContain('⚑ Not on track: Homework 7/14 (50%) over 14 days, below the 70% target');
    await therapists.requestBrief(ALICE, 'Robin');
    const briefs = (await chat.app.store.repos.outbox.claimDue('slack', new Date('2100-01-01'), 60_000, 500, 'test-reader')).filter((row) => row.idempotencyKey.startsWith('brief-demand:'));
    expect(plainText(briefs[0]!.message.text)).toContain('below the 70% target');
    // The weekly summary job (practice target 60) and App Home use the therapist's target too.
    const job = new TherapistSummaryJob({ store: chat.app.store, logger: createLogger({ level: 'silent', format: 'json' }), phiAllowed: false, measurement: { ...DEFAULT_MEASUREMENT, homeworkTargetPercent: 60 } });
    expect(await job.weekly((await chat.app.store.repos.therapists.listApproved())[0]!, '2026-01-15', NOW)).toBeGreaterThan(0);
    const weekly = (await chat.app.store.repos.outbox.claimDue('slack', new Date('2100-01-01'), 60_000, 500, 'test-reader')).filter((row) => row.idempotencyKey.startsWith('summary:') && row.idempotencyKey.endsWith(`:${link.id}`));
    expect(weekly).toHaveLength(1);
    expect(plainText(weekly[0]!.message.text)).toContain('⚑ Not on track: Homework 7/14 (50%) over 14 days, below the 70% target');
    expect(JSON.stringify(homeView(await therapists.roster(ALICE)))).toContain('below the 70% target');

    expect(await therapists.setHomeworkTarget(ALICE, 40)).toEqual({ percent: 40, own: true });
    expect(await homeworkFlag()).toBeUndefined();

    expect(await therapists.setHomeworkTarget(ALICE, null)).toEqual({ percent: 60, own: false });
    expect(await homeworkFlag()).toBe('Homework 7/14 (50%) over 14 days, below the 60% target');

    const audits = await chat.app.database.prisma.auditEvent.findMany({ where: { action: 'therapist.settings.changed' } });
    const details = audits.map((event) => JSON.parse(String(event.detail)) as unknown);
    expect(details).toHaveLength(3);
    expect(details).toEqual(expect.arrayContaining([{ homeworkTargetPercent: 70 }, { homeworkTargetPercent: 40 }, { homeworkTargetPercent: null }]));
    await expect(therapists.setHomeworkTarget(ALICE, 101)).rejects.toThrow('“101” is not a target I can use');
  });

  it('CHANGE_METHOD=nhs-talking-therapies classifies by the NHS thresholds; HOMEWORK_TARGET_PERCENT=0 never flags homework', async () => {
    const clock = new ManualClock(new Date('2025-12-20T12:00:00Z'));
    chat = await TestChat.start({ provider, clock, env: { CHANGE_METHOD: 'nhs-talking-therapies', HOMEWORK_TARGET_PERCENT: '0' } });
    await clientWithHistory(chat, clock);
    await chat.app.therapists.requestSummary(ALICE, { alias: 'Robin' }, 7);
    const text = plainText((await summaries(chat))[0]!.text);
    expect(text).toContain('• PHQ-9 18 (Wed 1 Oct) → 11 (Tue 13 Jan): reliable improvement (NHS Talking Therapies, ≥ 6 points);');
    expect(text).not.toContain('Homework 0/14');
  });
});

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { ManualClock } from '../../src/core/clock.js';
import { enablePseudoLocale, setTherapistLocale, therapistLocale, therapistLocales } from '../../src/core/i18n/index.js';
import { plainText, type OutboundMessage } from '../../src/core/messages.js';
import { TherapistSummaryJob } from '../../src/core/summaries/summary-job.js';
import { runTherapistCommand } from '../../src/core/therapists/commands.js';
import { TherapistError } from '../../src/core/therapists/errors.js';
import type { TherapistActor } from '../../src/core/therapists/therapist-service.js';
import { createLogger } from '../../src/logger.js';
import { assignedModal, assignModal, homeView } from '../../adapters/slack/render.js';
import { HOMEWORK_KINDS } from '../../src/core/exercises/homework-kinds.js';
import { englishLeft } from '../helpers/english-left.js';
import { TestChat } from '../helpers/chat.js';
import { onboard } from '../helpers/flows.js';

/**
 * The therapist side in the practice's language (THERAPIST_LOCALE): run in the pseudo-locale
 * (accented, bracketed English generated from the catalogs), every reply, alert, summary, brief,
 * digest and Slack view a therapist reads must hold no sentence of the English catalogs — so a
 * practice that adds `locales/<lang>/therapist-*.ftl` gets all of it in its language.
 */

const ALICE: TherapistActor = { platform: 'slack', workspaceId: 'T1', userId: 'UALICE', displayName: 'Alice' };
const DAY = 24 * 3_600_000;
const silent = createLogger({ level: 'silent', format: 'json' });

/** Everything a Slack view shows as text (labels, hints, options, sections), for the English check. */
function viewTexts(view: unknown): OutboundMessage[] {
  const texts: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'text' && typeof value === 'string') texts.push(value);
        else walk(value);
      }
    }
  };
  walk(view);
  return texts.map((text) => ({ text }));
}

describe('the therapist side in the practice’s language', () => {
  let chat: TestChat | undefined;
  beforeAll(() => enablePseudoLocale());
  afterEach(async () => {
    await chat?.stop();
    chat = undefined;
    setTherapistLocale('en');
  });
  afterAll(() => enablePseudoLocale(false));

  it('ships English (the default), Spanish and German, and refuses at start a THERAPIST_LOCALE without therapist catalogs', async () => {
    expect(therapistLocales()).toEqual(['en', 'es', 'de']);
    expect(therapistLocale()).toBe('en');
    expect(() => setTherapistLocale('fr' as never)).toThrow(/no therapist catalogs for fr/);
    const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: 'file:./never-opened.db', THERAPIST_LOCALE: 'fr' });
    await expect(startApp({ config, logger: silent, adapters: async () => [] })).rejects.toThrow(/THERAPIST_LOCALE fr has no therapist catalogs/);
    expect(() => loadConfig({ NODE_ENV: 'test', DATABASE_URL: 'file:./x.db', THERAPIST_LOCALE: 'Spanish' })).toThrow(/THERAPIST_LOCALE must be a language code/);
    expect(therapistLocale()).toBe('en');
  });

  it.each(['en-XA', 'de', 'es'] as const)('leaves no English sentence in the replies, alerts, summaries, the brief, the digest and the Slack views (%s)', async (locale) => {
    const clock = new ManualClock(new Date('2026-01-15T12:00:00Z'));
    chat = await TestChat.start({ clock, env: { THERAPIST_LOCALE: locale === 'en-XA' ? 'en' : locale } });
    // The pseudo-locale is for tests only: set after start (which sets THERAPIST_LOCALE's).
    if (locale === 'en-XA') setTherapistLocale(locale);
    expect(therapistLocale()).toBe(locale);
    const therapists = chat.app.therapists;
    const read: OutboundMessage[] = [];
    const between = async (text: string) => {
      const result = await runTherapistCommand(therapists, ALICE, text, async () => 'slack:T1:DUALICE');
      if (result.kind === 'reply') read.push(result.message);
      return result;
    };

    await between('register');
    await between('help');
    await between('nonsense');
    await between('clients');
    const invite = await therapists.invite(ALICE, 'Robin');
    await onboard(chat, { code: invite.code.toLowerCase() });
    const link = await chat.app.database.prisma.careLink.findFirstOrThrow();
    for (const command of ['invite', 'summary', 'summary Robin', 'export Robin fhir', 'session Robin', 'session Robin 2026-01-10 15:00', 'session Robin tue 15:00 weekly', 'session', 'prep', 'prep Robin', 'unlink', 'level', 'level clinical', 'level full', 'schedule', 'schedule mon 08:00 digest on', 'schedule someday', 'pair Robin', 'pair Robin, Robin', 'approve', 'approve @UNOBODY', 'summary Nobody']) {
      await between(command);
    }
    expect((await between('assign')).kind).toBe('open-assign-form');
    for (const request of [{ kind: '', cadence: 'daily' }, { kind: 'custom', cadence: 'daily' }, { kind: 'checkin', cadence: 'days', days: [] }, { kind: 'checkin', cadence: 'daily', dueTime: 'soon' }]) {
      const error = await therapists.assign(ALICE, { linkId: link.id, ...request } as never).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(TherapistError);
      read.push({ text: (error as TherapistError).message });
    }
    await therapists.assign(ALICE, { linkId: link.id, kind: 'checkin', cadence: 'daily' });
    await chat.expectReply(/New homework/);

    // A risk alert, its acknowledgement, and the flag in the summaries.
    await chat.send('I want to kill myself');
    await chat.expectReply(/glad you told me/);
    const flag = await chat.app.database.prisma.riskFlag.findFirstOrThrow();
    // The alert as Slack would have sent it (with a platform id), so the acknowledgement replaces it.
    const repos = chat.app.store.repos;
    const alerts = await repos.outbox.claimDue('slack', clock.now(), 60_000, 500, 'fake-slack');
    await repos.outbox.markSentMany(alerts.map((row) => row.id), clock.now(), new Map(alerts.map((row) => [row.id, `ts:${row.idempotencyKey}`])));
    expect(alerts.map((row) => row.idempotencyKey.split(':')[0])).toContain('risk-alert');
    read.push(...alerts.map((row) => row.message));
    read.push(await therapists.handleChoice(ALICE, `ack.${flag.id}`));
    read.push(await therapists.handleChoice(ALICE, `ack.${flag.id}`));
    read.push(await therapists.handleChoice(ALICE, `sum.${link.id}`));
    await between('clients');

    const job = new TherapistSummaryJob({ store: chat.app.store, logger: silent, phiAllowed: false });
    const therapist = (await chat.app.store.repos.therapists.listApproved())[0]!;
    clock.advance(DAY);
    await job.weekly(therapist, '2026-01-16', clock.now());
    await job.digest(therapist, '2026-01-16', clock.now());
    const outbox = await chat.app.store.repos.outbox.claimDue('slack', new Date('2100-01-01'), 60_000, 500, 'test-reader');
    expect([...alerts, ...outbox].map((row) => row.idempotencyKey.split(':')[0])).toEqual(expect.arrayContaining(['risk-alert', 'risk-acknowledged', 'summary-demand', 'brief-demand', 'fhir-export', 'summary', 'digest']));
    read.push(...outbox.map((row) => row.message));

    read.push(...viewTexts(homeView(await therapists.roster(ALICE))), ...viewTexts(homeView(null)), ...viewTexts(homeView([])));
    // The homework modal as opened, and with each kind chosen (only the chosen kind's settings are shown).
    const clients = await therapists.assignableClients(ALICE);
    read.push(...viewTexts(assignModal(clients)), ...HOMEWORK_KINDS.flatMap((kind) => viewTexts(assignModal(clients, undefined, HOMEWORK_KINDS, kind.id))), ...viewTexts(assignedModal('Robin')));

    expect(read.length).toBeGreaterThan(50);
    expect(englishLeft(read)).toEqual([]);
    if (locale !== 'en-XA') return;
    // Every text is the catalogs' (bracketed, accented) but data: the alias, Intl's weekday names, questionnaire names.
    const weekdays = Array.from({ length: 7 }, (_, day) => new Intl.DateTimeFormat('en', { weekday: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, day + 1))));
    const unbracketed = read
      .map((message) => plainText(message.text))
      .filter((text) => !/\[[^\]]*[àƀçđéƒĝĥîĵķĺɱñöþǫŕšţûṽŵẋýž]/u.test(text))
      .filter((text) => text !== 'Robin' && !weekdays.includes(text) && !/^[A-Z]+-\d+ · \[/.test(text));
    expect(unbracketed).toEqual([]);
  });
});

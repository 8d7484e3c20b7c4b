import { capturingLogger } from '../helpers/logs.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSlackAdapter, type SlackAdapter } from '../../adapters/slack/index.js';
import { renderMessage, toMrkdwn } from '../../adapters/slack/render.js';
import { startApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { ManualClock } from '../../src/core/clock.js';
import { esc, plainText, type OutboundMessage } from '../../src/core/messages.js';
import { createAssessmentFlow } from '../../src/core/flows/assessment.js';
import { checkInFlow } from '../../src/core/flows/check-in.js';
import { createDeleteDataFlow } from '../../src/core/privacy/delete-data-flow.js';
import { onboardingFlow } from '../../src/core/flows/onboarding.js';
import { settingsFlow } from '../../src/core/settings-flow.js';
import { thoughtRecordFlow } from '../../src/core/flows/thought-record.js';
import { EXERCISE_FLOWS } from '../../src/core/exercises/flows.js';
import { cheerFlow, partnerInviteFlow, partnerJoinFlow } from '../../src/core/partners/partner-flows.js';
import { acknowledgedAlertMessage, riskAlertMessage, riskEscalationMessage } from '../../src/core/therapists/risk-alert.js';
import { hasRiskSourceLabel, riskSourceLabel, RISK_SEVERITIES } from '../../src/core/summaries/risk-sources.js';
import { localDateOf } from '../../src/core/time.js';
import { HOMEWORK_KINDS } from '../../src/core/exercises/homework-kinds.js';
import { TestChat } from '../helpers/chat.js';
import { onboard } from '../helpers/flows.js';
import { FakeSlackServer, SlackSigner, type PostedMessage } from '../fakes/slack-server.js';
import type { FhirBundle, FhirResource } from '../../src/core/privacy/fhir.js';
import { validateFhir } from '../../src/core/privacy/fhir-validation.js';

const ALICE = 'UALICE';
const BOB = 'UBOB';
const CANARY = 'canary-slack-4c1d';
/**
 * A Wednesday noon (UTC) a few weeks back: far from the default Monday-morning weekly summary and from
 * any therapist's schedule the tests set, so an alert test never meets a summary it did not ask for
 * whatever day the suite runs on.
 */
/** A small real PNG (base64) to upload. */
const renderMoodChartForTest = () =>
  Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64').toString('base64');
const midweekClock = () => new ManualClock(new Date('2026-11-18T12:00:00Z'));

/** The Slack side: a second app on the client's database, with the Slack adapter against the fake. */
class SlackHarness {
  readonly logs: string[] = [];
  app!: App;
  adapter!: SlackAdapter;
  signer!: SlackSigner;

  constructor(readonly fake: FakeSlackServer) {}

  static async start(fake: FakeSlackServer, chat: TestChat, options: { env?: Record<string, string>; clock?: ManualClock } = {}): Promise<SlackHarness> {
    const harness = new SlackHarness(fake);
    const config = loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: chat.database.url,
      BETWEEN_KEY_FILE: chat.config.BETWEEN_KEY_FILE,
      LOG_LEVEL: 'debug',
      SLACK_BOT_TOKEN: fake.token,
      SLACK_SIGNING_SECRET: fake.signingSecret,
      SLACK_API_URL: fake.apiUrl,
      SLACK_PORT: '0',
      ...options.env,
    });
    const logger = capturingLogger(harness.logs, 'debug');
    harness.app = await startApp({
      config,
      logger,
      workerIdlePollMs: 30,
      startScheduler: false,
      ...(options.clock && { clock: options.clock }),
      adapters: (_core, services) => {
        harness.adapter = createSlackAdapter({
          botToken: config.SLACK_BOT_TOKEN!,
          signingSecret: config.SLACK_SIGNING_SECRET!,
          apiUrl: config.SLACK_API_URL,
          port: 0,
          host: '127.0.0.1',
          therapists: services.therapists,
          logger,
          limits: { perConversationIntervalMs: 0 },
        });
        return [harness.adapter];
      },
    });
    harness.signer = new SlackSigner(`http://127.0.0.1:${harness.adapter.port}/slack/events`, fake.signingSecret);
    return harness;
  }

  /** Runs `/between <text>` as `userId` and returns the private reply posted to the response_url. */
  async command(userId: string, text: string): Promise<string> {
    const responseUrl = this.fake.responseUrl();
    const id = responseUrl.slice(responseUrl.lastIndexOf('/') + 1);
    const answer = await this.signer.slashCommand({ teamId: this.fake.teamId, userId, text, responseUrl });
    expect(answer.status).toBe(200);
    await this.fake.waitFor(() => this.fake.responses.some((r) => r.id === id), 15_000, `reply to /between ${text}`);
    return String(this.fake.responses.find((r) => r.id === id)!.body.text);
  }

  /** Presses a button as `userId`, on `message` if given (its channel and ts, as Slack sends them). */
  async press(userId: string, actionId: string, message?: PostedMessage): Promise<string> {
    const responseUrl = this.fake.responseUrl();
    const id = responseUrl.slice(responseUrl.lastIndexOf('/') + 1);
    const on = message ? { channelId: message.channel, messageTs: message.ts } : {};
    expect((await this.signer.blockAction({ teamId: this.fake.teamId, userId, actionId, responseUrl, ...on })).status).toBe(200);
    await this.fake.waitFor(() => this.fake.responses.some((r) => r.id === id), 15_000, `reply to ${actionId}`);
    return String(this.fake.responses.find((r) => r.id === id)!.body.text);
  }

  async stop(): Promise<void> {
    await this.app.stop();
  }

  expectCleanLogs(...texts: string[]): void {
    const all = this.logs.join('\n');
    expect(all).not.toContain(this.fake.token);
    expect(all).not.toContain(this.fake.signingSecret);
    for (const text of texts) expect(all).not.toContain(text);
  }
}

const buttonsOf = (message: PostedMessage) =>
  message.blocks.filter((b) => b.type === 'actions').flatMap((b) => (b.elements as { action_id: string; text: { text: string } }[]).map((e) => ({ id: e.action_id, label: e.text.text })));

/** The mrkdwn of a message's section blocks, one per line. */
const sectionsOf = (message: { blocks: Record<string, unknown>[] }) =>
  message.blocks.filter((b) => b.type === 'section').map((b) => (b.text as { text: string }).text).join('\n');

/** What Slack shows of a core message: the mrkdwn of its section blocks. */
const renderedText = (message: OutboundMessage) => sectionsOf({ blocks: JSON.parse(JSON.stringify(renderMessage(message).blocks)) as Record<string, unknown>[] });

/**
 * Markup left over in mrkdwn once every well-formed `*bold*` and `_italic_` span is taken out:
 * a stray or unbalanced marker, a backslash escape or a code tick that Slack would show as is.
 */
function strayMarkup(mrkdwn: string): string[] {
  const rest = mrkdwn.replace(/\*[^*\n]+\*/g, '').replace(/_[^_\n]+_/g, '');
  return [...rest.matchAll(/[*_~`\\]/g)].map((match) => match[0]);
}

/** Polls `check` until it holds (database state the test cannot be told about). */
async function eventually(check: () => Promise<boolean>, what: string, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Reads a PNG's signature and IHDR width/height. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('Slack therapist workspace (Bolt against a fake Slack)', () => {
  let fake: FakeSlackServer;
  let chat: TestChat;
  let slack: SlackHarness | undefined;

  beforeEach(async () => {
    fake = new FakeSlackServer();
    await fake.start();
  });
  afterEach(async () => {
    await slack?.stop();
    slack = undefined;
    await chat?.stop();
    await fake.stop();
  });

  /** Alice registers and invites; the client redeems the code in their own chat app. */
  async function enrolledClient(alias = ''): Promise<{ code: string; clientId: string }> {
    expect(await slack!.command(ALICE, 'register')).toContain('You are registered');
    const reply = await slack!.command(ALICE, `invite ${alias}`.trim());
    const code = /`([A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4})`/.exec(reply)?.[1];
    expect(code).toBeDefined();
    await onboard(chat, { code: code! });
    const client = await chat.app.database.prisma.person.findFirstOrThrow({ where: { role: 'client' } });
    return { code: code!, clientId: client.id };
  }

  it('answers signed slash commands and refuses forged ones with 401 and no side effect', async () => {
    chat = await TestChat.start();
    slack = await SlackHarness.start(fake, chat);
    const prisma = chat.app.database.prisma;
    const before = { calls: fake.requests.length, audits: await prisma.auditEvent.count(), updates: await prisma.processedUpdate.count() };
    const forged = await slack.signer.slashCommand({ teamId: fake.teamId, userId: ALICE, text: 'register', responseUrl: fake.responseUrl() }, { secret: 'not-the-secret' });
    const stale = await slack.signer.slashCommand({ teamId: fake.teamId, userId: ALICE, text: 'register', responseUrl: fake.responseUrl() }, { timestamp: Math.floor(Date.now() / 1000) - 600 });
    expect([forged.status, stale.status]).toEqual([401, 401]);
    // Refused before any handler ran: nothing is in flight or queued for delivery.
    await Promise.all([chat.app.worker.drain(5_000), slack.app.worker.drain(5_000)]);
    expect(fake.requests.length).toBe(before.calls);
    expect(fake.responses).toEqual([]);
    expect(await prisma.therapistProfile.count()).toBe(0);
    expect(await prisma.auditEvent.count()).toBe(before.audits);
    expect(await prisma.processedUpdate.count()).toBe(before.updates);

    expect(await slack.command(ALICE, 'register')).toContain('You are registered');
    expect(fake.calls('conversations.open')).toHaveLength(1);
    const profile = await prisma.therapistProfile.findFirstOrThrow();
    expect(profile).toMatchObject({ teamId: fake.teamId, slackUserId: ALICE, summaryAddress: `slack:${fake.teamId}:D${ALICE}` });
    expect(await slack.command(ALICE, 'help')).toContain('/between invite');
    slack.expectCleanLogs();
  });

  it('/between target sets the therapist’s homework target, refuses a bad value kindly, and `default` returns to the practice’s', async () => {
    chat = await TestChat.start();
    slack = await SlackHarness.start(fake, chat);
    expect(await slack.command(ALICE, 'register')).toContain('You are registered');
    const prisma = chat.app.database.prisma;
    expect(await slack.command(ALICE, 'target')).toBe(
      'Your homework target is 60% (the practice’s). Set it with `/between target 70` (a whole number from 0 to 100; 0 never flags), or go back to the practice’s with `/between target default`.',
    );
    expect(await slack.command(ALICE, 'target 70')).toBe('Homework target set to 70%: a client who does less than that of their homework over the last 14 days is flagged “not on track”.');
    expect((await prisma.therapistProfile.findFirstOrThrow()).homeworkTargetPercent).toBe(70);
    for (const bad of ['120', 'abc']) {
      const reply = await slack.command(ALICE, `target ${bad}`);
      expect(reply).toContain(`“${bad}” is not a target I can use: please give a whole number from 0 to 100`);
      expect(reply).toContain('Your homework target is 70% (your own).');
    }
    expect((await prisma.therapistProfile.findFirstOrThrow()).homeworkTargetPercent).toBe(70);
    expect(await slack.command(ALICE, 'target default')).toBe('Homework target back to the practice’s: 60%.');
    expect((await prisma.therapistProfile.findFirstOrThrow()).homeworkTargetPercent).toBeNull();
    expect(await slack.command(ALICE, 'help')).toContain('/between target &lt;0–100|default&gt;');
    expect(await prisma.auditEvent.count({ where: { action: 'therapist.settings.changed' } })).toBe(2);
    slack.expectCleanLogs();
  });

  it('enrolls a client by invite code, lists them in the roster and on App Home (retried events deduped)', async () => {
    chat = await TestChat.start();
    slack = await SlackHarness.start(fake, chat);
    const { code } = await enrolledClient();
    const roster = await slack.command(ALICE, 'clients');
    expect(roster).toMatch(/Client 1.*\(test\).*prompts/);
    await slack.command(BOB, 'register');
    expect(await slack.command(BOB, 'clients')).toContain('waiting for a workspace admin');

    const event = { type: 'app_home_opened', user: ALICE, channel: `D${ALICE}`, tab: 'home', event_ts: '1.1' };
    expect((await slack.signer.event({ teamId: fake.teamId, event, eventId: 'Ev1' })).status).toBe(200);
    await fake.waitFor(() => fake.views.length === 1, 5_000, 'views.publish');
    expect((await slack.signer.event({ teamId: fake.teamId, event, eventId: 'Ev1', retryNum: 1 })).status).toBe(200);
    // A new event after the retry: once its view is published, the retry (handled first) published none.
    expect((await slack.signer.event({ teamId: fake.teamId, event: { ...event, event_ts: '1.2' }, eventId: 'Ev2' })).status).toBe(200);
    await fake.waitFor(() => fake.views.length === 2, 5_000, 'the second views.publish');
    expect(fake.calls('views.publish')).toHaveLength(2);
    expect(fake.views[0]).toMatchObject({ method: 'views.publish', userId: ALICE });
    expect(JSON.stringify(fake.views[0]!.view)).toContain('Client 1');
    slack.expectCleanLogs(code, code.replace(/-/g, ''));
  });

  it('opens the homework modal with the trigger id; a valid submission assigns and tells the client', async () => {
    chat = await TestChat.start();
    slack = await SlackHarness.start(fake, chat);
    await enrolledClient('Robin');
    expect((await slack.signer.slashCommand({ teamId: fake.teamId, userId: ALICE, text: 'assign', responseUrl: fake.responseUrl() })).status).toBe(200);
    await fake.waitFor(() => fake.calls('views.open').length === 1, 5_000, 'views.open');
    const open = fake.calls('views.open')[0]!;
    expect(open.body.trigger_id).toEqual(expect.stringMatching(/^\d+\./));
    const view = open.body.view as { callback_id: string; blocks: { block_id: string; element: { options?: { value: string }[] } }[] };
    expect(view.callback_id).toBe('between_assign');
    const linkId = view.blocks.find((b) => b.block_id === 'client')!.element.options![0]!.value;

    const values = (fields: Record<string, unknown>) => Object.fromEntries(Object.entries(fields).map(([block, state]) => [block, { value: state as Record<string, unknown> }]));
    const invalid = await slack.signer.viewSubmission({
      teamId: fake.teamId,
      userId: ALICE,
      callbackId: 'between_assign',
      values: values({ client: { type: 'static_select', selected_option: { value: linkId } }, kind: { type: 'static_select', selected_option: { value: 'custom' } }, cadence: { type: 'radio_buttons', selected_option: { value: 'daily' } } }),
    });
    expect(JSON.parse(invalid.body)).toEqual({ response_action: 'errors', errors: { instructions: 'Custom task needs instructions.' } });
    const stolen = await slack.signer.viewSubmission({
      teamId: fake.teamId,
      userId: BOB,
      callbackId: 'between_assign',
      values: values({ client: { type: 'static_select', selected_option: { value: linkId } }, kind: { type: 'static_select', selected_option: { value: 'checkin' } }, cadence: { type: 'radio_buttons', selected_option: { value: 'daily' } } }),
    });
    expect(JSON.parse(stolen.body).response_action).toBe('errors');

    const ok = await slack.signer.viewSubmission({
      teamId: fake.teamId,
      userId: ALICE,
      callbackId: 'between_assign',
      values: values({
        client: { type: 'static_select', selected_option: { value: linkId } },
        kind: { type: 'static_select', selected_option: { value: 'thought' } },
        cadence: { type: 'radio_buttons', selected_option: { value: 'weekdays' } },
        due_time: { type: 'timepicker', selected_time: '18:00' },
        instructions: { type: 'plain_text_input', value: 'After a hard moment at work' },
      }),
    });
    expect(JSON.parse(ok.body)).toMatchObject({ response_action: 'update', view: { title: { text: 'Homework assigned' } } });
    await chat.expectReply(/New homework from your therapist: Thought record — weekdays, I’ll remind you at 18:00/);
    const assignment = await chat.app.database.prisma.assignment.findFirstOrThrow();
    expect(assignment).toMatchObject({ kind: 'thought', cadence: 'weekdays', dueTime: '18:00', active: true });
    expect(await chat.app.database.prisma.assignment.count()).toBe(1);
  });

  it('the homework modal shows only the chosen kind’s settings: choosing a kind updates the modal, keeping the client', async () => {
    chat = await TestChat.start();
    slack = await SlackHarness.start(fake, chat);
    await enrolledClient('Robin');
    expect((await slack.signer.slashCommand({ teamId: fake.teamId, userId: ALICE, text: 'assign', responseUrl: fake.responseUrl() })).status).toBe(200);
    await fake.waitFor(() => fake.calls('views.open').length === 1, 5_000, 'views.open');
    type View = { callback_id: string; blocks: { block_id: string; dispatch_action?: boolean; element: { options?: { value: string }[]; initial_option?: { value: string } } }[] };
    const opened = fake.calls('views.open')[0]!.body.view as View;
    const settingsOf = (view: View) => view.blocks.map((block) => block.block_id).filter((id) => id.startsWith('settings.'));
    expect(settingsOf(opened)).toEqual([]);
    expect(opened.blocks.find((block) => block.block_id === 'kind')!.dispatch_action).toBe(true);
    const linkId = opened.blocks.find((block) => block.block_id === 'client')!.element.options![0]!.value;

    const choose = async (kind: string, view: View, updates: number) => {
      const response = await slack!.signer.viewSelectAction({
        teamId: fake.teamId,
        userId: ALICE,
        view: { id: 'V123', hash: `hash-${updates}`, callback_id: view.callback_id, blocks: view.blocks },
        blockId: 'kind',
        actionId: 'value',
        value: kind,
        values: { client: { value: { type: 'static_select', selected_option: { value: linkId } } }, kind: { value: { type: 'static_select', selected_option: { value: kind } } } },
      });
      expect(response.status).toBe(200);
      await fake.waitFor(() => fake.calls('views.update').length === updates, 5_000, 'views.update');
      const call = fake.calls('views.update')[updates - 1]!;
      expect(call.body).toMatchObject({ view_id: 'V123', hash: `hash-${updates}` });
      return call.body.view as View;
    };
    const routine = await choose('routine', opened, 1);
    expect(settingsOf(routine)).toEqual(['settings.routine.items']);
    expect(routine.blocks.find((block) => block.block_id === 'kind')!.element.initial_option?.value).toBe('routine');
    expect(routine.blocks.find((block) => block.block_id === 'client')!.element.initial_option?.value).toBe(linkId);
    expect(routine.blocks.find((block) => block.block_id === 'client')!.element.options!.map((o) => o.value)).toEqual([linkId]);
    expect(settingsOf(await choose('assessment', routine, 2))).toEqual(['settings.assessment.instrument']);
    expect(settingsOf(await choose('journal', routine, 3))).toEqual([]);
  });

  it('assigns every kind in the registry from the modal, with its settings; the client does each from /homework and it is counted', async () => {
    const clock = midweekClock();
    chat = await TestChat.start({ clock });
    slack = await SlackHarness.start(fake, chat, { clock });
    await enrolledClient('Robin');
    const prisma = chat.app.database.prisma;
    expect((await slack.signer.slashCommand({ teamId: fake.teamId, userId: ALICE, text: 'assign', responseUrl: fake.responseUrl() })).status).toBe(200);
    await fake.waitFor(() => fake.calls('views.open').length === 1, 5_000, 'views.open');
    const view = fake.calls('views.open')[0]!.body.view as { blocks: { block_id: string; element: { options?: { value: string }[] } }[] };
    const linkId = view.blocks.find((b) => b.block_id === 'client')!.element.options![0]!.value;
    expect(view.blocks.find((b) => b.block_id === 'kind')!.element.options!.map((o) => o.value)).toEqual(HOMEWORK_KINDS.map((kind) => kind.id));

    const JOURNAL_PROMPT = 'Write about one thing you did for yourself this week';
    /** What the therapist fills in beyond kind and cadence, per kind (every other kind: nothing). */
    const extra: Record<string, Record<string, unknown>> = {
      journal: { instructions: { type: 'plain_text_input', value: JOURNAL_PROMPT } },
      routine: { 'settings.routine.items': { type: 'multi_static_select', selected_options: [{ value: 'movement' }, { value: 'meals' }] } },
      assessment: { 'settings.assessment.instrument': { type: 'static_select', selected_option: { value: 'gad7' } } },
      custom: { instructions: { type: 'plain_text_input', value: 'Take a 10-minute walk after lunch' } },
    };
    const values = (fields: Record<string, unknown>) => Object.fromEntries(Object.entries(fields).map(([block, state]) => [block, { value: state as Record<string, unknown> }]));
    const submit = (kind: string, more: Record<string, unknown> = {}) =>
      slack!.signer.viewSubmission({
        teamId: fake.teamId,
        userId: ALICE,
        callbackId: 'between_assign',
        values: values({ client: { type: 'static_select', selected_option: { value: linkId } }, kind: { type: 'static_select', selected_option: { value: kind } }, cadence: { type: 'radio_buttons', selected_option: { value: 'daily' } }, ...more }),
      });

    // A setting of another kind, or one not in the list: refused on its own field, nothing stored.
    const misplaced = await submit('journal', extra.routine);
    expect(JSON.parse(misplaced.body)).toEqual({ response_action: 'errors', errors: { 'settings.routine.items': 'This is for Routine and wellness only — clear it, or choose Routine and wellness as the homework.' } });
    const unknown = await submit('routine', { 'settings.routine.items': { type: 'multi_static_select', selected_options: [{ value: 'naps' }] } });
    expect(JSON.parse(unknown.body)).toEqual({ response_action: 'errors', errors: { 'settings.routine.items': 'Please choose “What to track” from the list.' } });
    expect(await prisma.assignment.count()).toBe(0);

    const assignmentOf = new Map<string, string>();
    for (const kind of HOMEWORK_KINDS) {
      const ok = await submit(kind.id, extra[kind.id]);
      expect(JSON.parse(ok.body), kind.id).toMatchObject({ response_action: 'update' });
      const told = await chat.expectReply(`New homework from your therapist: ${kind.label} — daily`);
      const row = await prisma.assignment.findFirstOrThrow({ where: { kind: kind.id } });
      assignmentOf.set(kind.id, row.id);
      expect(told.choices?.map((c) => c.id)).toEqual([`hw.${row.id}`]);
    }
    expect(await prisma.assignment.count()).toBe(HOMEWORK_KINDS.length);
    expect(JSON.parse((await prisma.assignment.findFirstOrThrow({ where: { kind: 'routine' } })).settings!)).toEqual({ items: ['meals', 'movement'] });
    expect(JSON.parse((await prisma.assignment.findFirstOrThrow({ where: { kind: 'assessment' } })).settings!)).toEqual({ instrument: 'gad7' });

    const say = async (text: string, expected: RegExp | string) => {
      await chat.send(text);
      return chat.expectReply(expected);
    };
    const tap = async (label: string | RegExp, expected: RegExp | string) => {
      await chat.press(label);
      return chat.expectReply(expected);
    };
    /** How the client answers each kind once its first question is shown; the last reply says it counted. */
    const doIt: Record<string, (first: OutboundMessage) => Promise<OutboundMessage>> = {
      checkin: async () => {
        await say('6', /emotions/);
        await say('calm', /How strong/);
        await say('50', /What happened/);
        await say('skip', /cope/);
        await say('none', /Anything else/);
        return say('skip', /Saved/);
      },
      thought: async () => {
        await say('Party', /Moods/);
        await tap('Anxious', /Moods/);
        await tap('Done', /How strong/);
        await say('90', /Automatic thoughts/);
        await say('Nobody wants me there', /Was there another thought/);
        await tap('That’s all', /thinking traps/);
        await tap('Done', /Evidence for/);
        await say('Nobody talked to me', /Evidence against/);
        await say('Two people asked me to stay', /Balanced thought/);
        await say('Some people were glad I came', /believe the balanced thought/);
        await say('60', /Re-rate/);
        return say('40', /Thought record saved/);
      },
      assessment: async () => {
        for (let item = 1; item < 7; item++) await say('1', /./);
        return say('1', /GAD-7 done/);
      },
      safety_plan: async () => {
        for (let step = 2; step <= 6; step++) await say('Call my sister', new RegExp(`Step ${step}`));
        return say('Keep the car keys with Ana', /Your safety plan is saved/);
      },
      behavioral_experiment: async () => {
        await say('If I say no, my friend will be angry', /How strongly do you believe/);
        await say('80', /The experiment/);
        await say('Say no to Saturday plans', /Your prediction/);
        const when = await say('She will be annoyed', /When should I check back/);
        await chat.pressId(when.choices![0]!.id);
        return chat.expectReply(/Experiment planned/);
      },
      mindfulness: async () => {
        await tap('Box breathing', /how stressed do you feel right now/);
        await say('7', /Box breathing\./);
        clock.advance(120_000);
        for (let round = 1; round <= 4; round++) await chat.expectReply(new RegExp(`Round ${round} of 4`));
        await chat.expectReply(/That’s 4 rounds/);
        await tap('Done', /How stressed do you feel now/);
        return say('3', /Box breathing done/);
      },
      journal: async (first) => {
        expect(plainText(first.text)).toContain(`Your therapist’s prompt:\n“${JOURNAL_PROMPT}”`);
        return say('I went swimming on Tuesday', /Journal entry saved/);
      },
      routine: async (first) => {
        // Only the items the therapist chose in the modal: no sleep question, two habits.
        expect(first.choices?.map((c) => c.label)).toEqual(['Regular meals', 'Movement', 'Done']);
        await tap('Movement', /Which of these/);
        return tap('Done', /Logged/);
      },
      trigger_map: async () => {
        await say('Arguments at home', /Early warning signs/);
        await say('My jaw tightens', /Coping response/);
        await say('Step outside for five minutes', /Person to contact/);
        return say('skip', /Added to your trigger map/);
      },
      communication: async () => {
        await say('hurt', /when…/);
        await say('plans change at the last minute', /because/);
        await say('I look forward to them', /I would like/);
        await say('a message a day before', /When will you use it/);
        return tap('No reminder', /Your I-statement/);
      },
      group_prep: async () => {
        await say('How to say no without guilt', /What makes it important/);
        return say('skip', /Saved for your next group session/);
      },
      custom: async (first) => first,
    };
    // Every kind in the registry has its way through here; a kind added to the library needs its answers added too.
    expect(Object.keys(doIt).sort()).toEqual(HOMEWORK_KINDS.map((kind) => kind.id).sort());
    const first: Record<string, RegExp> = {
      checkin: /mood/,
      thought: /Situation/,
      assessment: /GAD-7/,
      safety_plan: /Step 1/,
      behavioral_experiment: /The belief to test/,
      mindfulness: /Which practice/,
      journal: /Your therapist’s prompt/,
      routine: /Which of these did you manage today/,
      trigger_map: /Trigger/,
      communication: /I feel…/,
      group_prep: /What question or topic/,
      custom: /Custom task: done for today ✓/,
    };

    for (const kind of HOMEWORK_KINDS) {
      const assignmentId = assignmentOf.get(kind.id)!;
      const list = await say('/homework', /Your homework/);
      expect(plainText(list.text), kind.id).toMatch(new RegExp(`○ ${kind.label.replace(/[()]/g, '\\$&')} \\(daily\\)`));
      await chat.pressId(`hw.${assignmentId}`);
      const done = await doIt[kind.id]!(await chat.expectReply(first[kind.id]!));
      expect(plainText(done.text), kind.id).toContain(kind.id === 'custom' ? 'counts toward your homework' : 'That counts toward your homework ✓');
      const completions = await prisma.homeworkCompletion.findMany({ where: { assignmentId } });
      expect(completions.map((c) => [c.localDate, c.sourceKind]), kind.id).toEqual([[localDateOf(clock.now(), 'America/New_York'), kind.id]]);
    }
    expect(await prisma.homeworkCompletion.count()).toBe(HOMEWORK_KINDS.length);

    const list = await say('/homework', /Your homework/);
    const lines = plainText(list.text).split('\n');
    for (const kind of HOMEWORK_KINDS) expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^✓ ${kind.label.replace(/[()]/g, '\\$&')} \\(daily\\).* · done today$`)));
    expect(list.choices ?? []).toEqual([]);
    expect(lines).toContain('   What to track: Regular meals, Movement');
    expect(lines).toContain('   Which questionnaire: GAD-7 · anxiety');

    clock.advance(60_000);
    expect(await slack.command(ALICE, 'summary Robin 7d')).toContain('on its way');
    await fake.waitFor(() => fake.messagesIn(`D${ALICE}`).some((m) => m.text.includes('Robin — last 7 days')), 10_000, 'summary');
    const summary = fake.messagesIn(`D${ALICE}`).find((m) => m.text.includes('Robin — last 7 days'))!;
    const text = sectionsOf(summary);
    expect(text).toContain(`Homework done: ${HOMEWORK_KINDS.length}/${HOMEWORK_KINDS.length}`);
    expect(text).toContain(`Homework by kind: ${HOMEWORK_KINDS.map((kind) => `${toMrkdwn(esc(kind.label))} 1/1`).join(' · ')}`);
  });

  it('delivers the weekly summary with an uploaded 800×400 PNG chart; clinical detail carries no client text', async () => {
    const clock = midweekClock();
    chat = await TestChat.start({ clock });
    slack = await SlackHarness.start(fake, chat, { clock });
    const { clientId } = await enrolledClient('Robin');
    const repos = chat.app.store.repos;
    for (let day = 1; day <= 5; day++) {
      const at = new Date(clock.now().getTime() - day * 24 * 3600_000);
      await repos.checkIns.create({ personId: clientId, mood: 2 + day, emotions: [{ emotion: 'anxious', intensity: 60 }], coping: [], details: { note: CANARY }, localDate: localDateOf(at, 'America/New_York'), at });
    }
    await repos.thoughtRecords.create(clientId, { situation: CANARY, moods: [{ mood: 'anxious', before: 70, after: 30 }], thoughts: [CANARY], hotThought: CANARY, distortions: ['mental_filter'], evidenceFor: '', evidenceAgainst: '', balancedThought: CANARY, balancedBelief: 50 }, localDateOf(clock.now(), 'UTC'), new Date(clock.now().getTime() - 3600_000));
    const now = clock.now();
    const weekday = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'][now.getUTCDay()]!;
    const time = `${String(now.getUTCHours()).padStart(2, '0')}:${String(now.getUTCMinutes()).padStart(2, '0')}`;
    expect(await slack.command(ALICE, `schedule ${weekday} ${time} UTC`)).toContain(`Weekly summary: ${weekday} at ${time} (UTC)`);

    const channel = `D${ALICE}`;
    await slack.app.scheduler.tick();
    clock.advance(5_000); // per-client summaries fall due a second apart
    await fake.waitFor(() => [...fake.files.values()].some((f) => f.completed), 10_000, 'chart upload');
    const posted = fake.messagesIn(channel);
    expect(posted.map((m) => m.text)).toEqual([expect.stringContaining('Weekly summary'), expect.stringContaining('Robin — last 7 days')]);
    expect(buttonsOf(posted[1]!)).toEqual([{ id: expect.stringMatching(/^sum\./), label: '30-day summary' }]);
    const [file] = [...fake.files.values()];
    expect(file).toMatchObject({ channel, completed: true, filename: expect.stringMatching(/^mood-.*\.png$/) });
    expect(pngSize(file!.data)).toEqual({ width: 800, height: 400 });
    expect(file!.altText).toMatch(/^Mood \(0–10\) by day: .*\b[3-7]\b/);
    for (const request of fake.requests) expect(JSON.stringify(request.body)).not.toContain(CANARY);
    slack.expectCleanLogs(CANARY);
    expect(await chat.app.database.prisma.auditEvent.count({ where: { action: 'therapist.summary.sent', subjectPersonId: clientId } })).toBe(1);

    // Full detail needs SLACK_PHI_ALLOWED (a BAA), the therapist's level and the client's consent.
    await slack.stop();
    slack = await SlackHarness.start(fake, chat, { clock, env: { SLACK_PHI_ALLOWED: 'true' } });
    expect(await slack.command(ALICE, 'level full')).toContain('Detail level set to full');
    await chat.app.database.prisma.careLink.updateMany({ data: { consentScope: 'full' } });
    const sent = fake.messages.length;
    await slack.command(ALICE, 'summary robin 30d');
    await fake.waitFor(() => fake.messages.length > sent, 5_000, 'full summary');
    expect(fake.messages.at(-1)!.raw).toContain(CANARY);
  });

  it('sets a session with /between session, sends the brief with its chart 2 hours before and on demand with /between prep', async () => {
    const clock = midweekClock(); // Wednesday 2026-11-18 12:00 UTC
    chat = await TestChat.start({ clock });
    slack = await SlackHarness.start(fake, chat, { clock, env: { SLACK_ADMIN_USER_IDS: ALICE } });
    const { clientId } = await enrolledClient('Robin');
    const repos = chat.app.store.repos;
    for (let day = 1; day <= 3; day++) {
      const at = new Date(clock.now().getTime() - day * 24 * 3600_000);
      await repos.checkIns.create({ personId: clientId, mood: 3 + day, emotions: [], coping: [], details: { note: CANARY }, localDate: localDateOf(at, 'America/New_York'), at });
    }
    expect(await slack.command(ALICE, 'session Robin 2026-11-10 15:00 UTC')).toContain('That time has already passed: Tuesday 10 November 2026 at 15:00 (UTC) was 7 days ago.');
    const set = await slack.command(ALICE, 'session Robin 2026-11-18 14:00 UTC');
    expect(set).toContain('Robin: Wednesday 18 November 2026 at 14:00 (UTC).');
    expect(set).toContain('The pre-session brief comes to your messages 2 hours before');
    await slack.command(BOB, 'register');
    expect(await slack.command(ALICE, `approve ${BOB}`)).toContain('Approved');
    expect(await slack.command(BOB, 'prep Robin')).toContain('I couldn’t find a client of yours by that name');

    const channel = `D${ALICE}`;
    await slack.app.scheduler.tick();
    await fake.waitFor(() => [...fake.files.values()].some((f) => f.completed && f.channel === channel), 10_000, 'brief chart upload');
    const brief = fake.messagesIn(channel).find((m) => m.text.includes('Pre-session brief — Robin'))!;
    expect(sectionsOf(brief)).toContain('Session: Wednesday 18 November 2026 at 14:00 (UTC)');
    expect(sectionsOf(brief)).toContain('Mood: mean 5/10 over 3 check-ins');
    const [file] = [...fake.files.values()];
    expect(file!.filename).toMatch(/^mood-brief-.*\.png$/);
    expect(pngSize(file!.data)).toEqual({ width: 800, height: 400 });
    // A second tick (or instance) sends it again never.
    expect((await slack.app.scheduler.tick()).jobs?.['pre-session-briefs']).toBeUndefined();
    await slack.app.worker.drain(5_000);
    expect(fake.messagesIn(channel).filter((m) => m.text.includes('Pre-session brief — Robin'))).toHaveLength(1);

    clock.advance(60_000);
    expect(await slack.command(ALICE, 'prep robin')).toBe('The pre-session brief for Robin is on its way to your messages.');
    await fake.waitFor(() => fake.messagesIn(channel).filter((m) => m.text.includes('Pre-session brief — Robin')).length === 2, 10_000, 'brief on demand');
    for (const request of fake.requests) expect(JSON.stringify(request.body)).not.toContain(CANARY);
    slack.expectCleanLogs(CANARY);
    const prisma = chat.app.database.prisma;
    expect(await prisma.auditEvent.count({ where: { action: 'therapist.brief.sent', subjectPersonId: clientId } })).toBe(1);
    expect(await prisma.auditEvent.count({ where: { action: 'therapist.brief.viewed', subjectPersonId: clientId } })).toBe(1);
    expect(await prisma.auditEvent.count({ where: { action: 'access.denied', subjectPersonId: clientId } })).toBe(1);
  });

  it('sends urgent alerts with buttons, records the acknowledgement, re-alerts until then, and keeps other therapists out', async () => {
    const clock = midweekClock();
    chat = await TestChat.start({ clock });
    slack = await SlackHarness.start(fake, chat, { clock, env: { SLACK_ADMIN_USER_IDS: 'UADMIN' } });
    const { clientId } = await enrolledClient();
    await slack.command('UADMIN', 'register');
    expect(await slack.command(BOB, 'register')).toMatch(/the admins have been told/);
    // The admin hears of it in a DM the app opens, with the command to approve.
    await fake.waitFor(() => fake.messagesIn('DUADMIN').length === 1, 5_000, 'the admin’s notice');
    expect(fake.messagesIn('DUADMIN')[0]!.text).toContain(`/between approve ${BOB}`);
    await slack.command('UADMIN', `approve <@${BOB}|bob>`);
    const channel = `D${ALICE}`;

    await chat.send('I want to end my life');
    await chat.expectReply(/glad you told me/);
    await fake.waitFor(() => fake.messagesIn(channel).length === 1, 5_000, 'risk alert');
    const prisma = chat.app.database.prisma;
    const flag = await prisma.riskFlag.findFirstOrThrow();
    const link = await prisma.careLink.findFirstOrThrow();
    const alert = fake.messagesIn(channel)[0]!;
    expect(alert.text).toMatch(/^🚨 Urgent: possible risk — Client 1/);
    expect(buttonsOf(alert)).toEqual([
      { id: `ack.${flag.id}`, label: 'Acknowledge' },
      { id: `sum.${link.id}`, label: 'Open summary' },
    ]);
    expect(alert.raw).not.toContain('end my life');
    expect(await slack.command(ALICE, 'clients')).toMatch(/⚠ 1 open risk alert · Client 1/);

    // Bob presses Alice's buttons and names her client: refused every time, nothing changes.
    expect(await slack.press(BOB, `ack.${flag.id}`)).toContain('isn’t one of yours');
    expect(await slack.press(BOB, `sum.${link.id}`)).toContain('couldn’t find a client of yours');
    expect(await slack.command(BOB, 'summary Client 1')).toContain('couldn’t find a client of yours');
    expect(await slack.command(BOB, 'unlink Client 1')).toContain('couldn’t find a client of yours');
    expect(await slack.command(BOB, 'clients')).toContain('no linked clients');
    expect((await prisma.riskFlag.findUniqueOrThrow({ where: { id: flag.id } })).acknowledgedAt).toBeNull();
    // Bob's DM holds only his approval notice.
    expect(fake.messagesIn(`D${BOB}`).map((message) => message.text)).toEqual([expect.stringMatching(/registration is approved/)]);

    clock.advance(31 * 60_000);
    await slack.app.scheduler.tick();
    await fake.waitFor(() => fake.messagesIn(channel).length === 2, 5_000, 're-alert');
    expect(fake.messagesIn(channel)[1]!.text).toContain('Reminder — not yet acknowledged');

    expect(await slack.press(ALICE, `ack.${flag.id}`)).toContain('Acknowledged');
    const acknowledged = await prisma.riskFlag.findUniqueOrThrow({ where: { id: flag.id } });
    const alice = await prisma.therapistProfile.findFirstOrThrow({ where: { slackUserId: ALICE } });
    expect(acknowledged).toMatchObject({ acknowledgedBy: alice.personId, acknowledgedAt: clock.now() });
    clock.advance(61 * 60_000);
    await slack.app.scheduler.tick();
    await slack.app.worker.drain(2_000);
    expect(fake.messagesIn(channel)).toHaveLength(2);

    expect(await slack.press(ALICE, `sum.${link.id}`)).toContain('30-day summary of Client 1 is on its way');
    await fake.waitFor(() => fake.messagesIn(channel).length === 3, 5_000, 'summary');
    const actions = (await prisma.auditEvent.findMany({ where: { subjectPersonId: clientId } })).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['risk.flagged', 'risk.realerted', 'risk.acknowledged', 'therapist.summary.viewed', 'therapist.roster.viewed', 'access.denied']));
  });

  it('replaces the alert and its reminder in place, for every therapist who got them, when one acknowledges; the summary shows the time it took', async () => {
    const clock = midweekClock();
    chat = await TestChat.start({ clock });
    slack = await SlackHarness.start(fake, chat, { clock, env: { SLACK_ADMIN_USER_IDS: BOB, RISK_ESCALATE_MINUTES: '0' } });
    const { clientId } = await enrolledClient();
    expect(await slack.command(BOB, 'register')).toContain('You are registered');
    const bobCode = /`([A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4})`/.exec(await slack.command(BOB, 'invite Robin'))![1]!;
    expect((await chat.app.store.repos.care.redeemCode(bobCode, clientId, clock.now())).ok).toBe(true);
    expect(await slack.command(ALICE, 'schedule mon 08:00 Europe/Berlin')).toContain('(Europe/Berlin)');
    const [aliceDm, bobDm] = [`D${ALICE}`, `D${BOB}`];

    await chat.send('I want to end my life');
    await chat.expectReply(/glad you told me/);
    await fake.waitFor(() => fake.messagesIn(aliceDm).length === 1 && fake.messagesIn(bobDm).length === 1, 5_000, 'both alerts');
    const prisma = chat.app.database.prisma;
    const flag = await prisma.riskFlag.findFirstOrThrow();
    // The alert reads cleanly: a label for the source, every marker closed, nothing escaped left over.
    const alertText = sectionsOf(fake.messagesIn(aliceDm)[0]!);
    expect(alertText).toMatch(/^\*Urgent: possible risk — Client 1\*\nSource: a free-text message · severity: high · raised \d{4}-\d\d-\d\d \d\d:\d\d UTC\nThe client was shown crisis resources\./);
    expect(strayMarkup(alertText)).toEqual([]);
    expect(sectionsOf(fake.messagesIn(bobDm)[0]!)).toMatch(/^\*Urgent: possible risk — Robin\*/);

    clock.advance(31 * 60_000);
    await slack.app.scheduler.tick();
    await fake.waitFor(() => fake.messagesIn(aliceDm).length === 2 && fake.messagesIn(bobDm).length === 2, 5_000, 'both reminders');
    const posted = [...fake.messagesIn(aliceDm), ...fake.messagesIn(bobDm)];
    // Each outbox row keeps the ts Slack gave its message.
    await eventually(async () => (await prisma.outboxMessage.count({ where: { idempotencyKey: { startsWith: 'risk-' }, platformMessageId: { not: null } } })) === 4, 'the four ts on the outbox');
    const rows = await prisma.outboxMessage.findMany({ where: { idempotencyKey: { startsWith: 'risk-' } } });
    expect(rows.map((row) => row.platformMessageId).sort()).toEqual(posted.map((message) => message.ts).sort());

    clock.advance(7 * 60_000);
    const postsBefore = fake.messages.length;
    expect(await slack.press(ALICE, `ack.${flag.id}`, fake.messagesIn(aliceDm)[1])).toContain('Acknowledged');
    await fake.waitFor(() => fake.updates.length === 4, 5_000, 'four chat.update calls');
    expect(fake.calls('chat.update').map((call) => `${String(call.body.channel)}/${String(call.body.ts)}`).sort()).toEqual(posted.map((message) => `${message.channel}/${message.ts}`).sort());
    for (const message of posted) {
      expect(buttonsOf(message)).toEqual([]);
      const text = sectionsOf(message);
      expect(strayMarkup(text)).toEqual([]);
      expect(message.text).toContain('Acknowledged by ualice at');
      const when = message.channel === aliceDm ? /Acknowledged by ualice at \d{4}-\d\d-\d\d \d\d:\d\d Europe\/Berlin, 38 min after it was raised\./ : /Acknowledged by ualice at \d{4}-\d\d-\d\d \d\d:\d\d UTC, 38 min after it was raised\./;
      expect(text).toMatch(when);
      expect(text).toMatch(message.channel === aliceDm ? /^\*✓ Acknowledged: possible risk — Client 1\*/ : /^\*✓ Acknowledged: possible risk — Robin\*/);
    }
    expect(fake.messages.length).toBe(postsBefore);
    expect(await prisma.riskFlag.findUniqueOrThrow({ where: { id: flag.id } })).toMatchObject({ acknowledgedAt: clock.now(), escalatedAt: null });

    // Later ticks re-check recent acknowledgements but never replace a message twice.
    clock.advance(2 * 60_000);
    await slack.app.scheduler.tick();
    await slack.app.worker.drain(2_000);
    expect(fake.updates).toHaveLength(4);

    await slack.command(ALICE, 'summary Client 1 7d');
    await fake.waitFor(() => fake.messagesIn(aliceDm).length === 3, 5_000, 'summary');
    const summary = sectionsOf(fake.messagesIn(aliceDm)[2]!);
    expect(summary).toMatch(/Risk flags in this period: 1\n• \d{4}-\d\d-\d\d \d\d:\d\d UTC · high · a free-text message · acknowledged after 38 min/);
    expect(strayMarkup(summary.split('\n').slice(1).join('\n'))).toEqual([]);
  });

  it('escalates an unacknowledged high alert to the escalation channel once, even with two instances; acknowledging there replaces it and the alert', async () => {
    const clock = midweekClock();
    chat = await TestChat.start({ clock });
    const env = { SLACK_ESCALATION_CHANNEL: 'CESCALATE', RISK_ESCALATE_MINUTES: '15', SLACK_ADMIN_USER_IDS: 'UADMIN' };
    slack = await SlackHarness.start(fake, chat, { clock, env });
    await enrolledClient();
    await chat.send('I want to end my life');
    await chat.expectReply(/glad you told me/);
    await fake.waitFor(() => fake.messagesIn(`D${ALICE}`).length === 1, 5_000, 'risk alert');
    const prisma = chat.app.database.prisma;
    const flag = await prisma.riskFlag.findFirstOrThrow();

    clock.advance(14 * 60_000);
    await slack.app.scheduler.tick();
    await slack.app.worker.drain(2_000);
    expect(fake.messagesIn('CESCALATE')).toEqual([]);

    const second = await SlackHarness.start(fake, chat, { clock, env });
    try {
      clock.advance(2 * 60_000);
      await Promise.all([slack.app.scheduler.tick(), second.app.scheduler.tick()]);
      await fake.waitFor(() => fake.messagesIn('CESCALATE').length === 1, 5_000, 'escalation');
      clock.advance(60_000);
      await Promise.all([slack.app.scheduler.tick(), second.app.scheduler.tick()]);
      await Promise.all([slack.app.worker.drain(2_000), second.app.worker.drain(2_000)]);
    } finally {
      await second.stop();
    }
    expect(fake.messagesIn('CESCALATE')).toHaveLength(1);
    expect(await prisma.auditEvent.count({ where: { action: 'risk.escalated' } })).toBe(1);
    expect((await prisma.riskFlag.findUniqueOrThrow({ where: { id: flag.id } })).escalatedAt).toEqual(new Date(clock.now().getTime() - 60_000));
    const escalation = fake.messagesIn('CESCALATE')[0]!;
    const text = sectionsOf(escalation);
    expect(text).toMatch(
      /^\*Escalation — risk alert not acknowledged: Client 1\*\nSource: a free-text message · severity: high · raised \d{4}-\d\d-\d\d \d\d:\d\d UTC\nNot acknowledged after 16 min\.\nAlerted: ualice \(as Client 1\)\.\nPlease make sure someone follows/,
    );
    expect(strayMarkup(text)).toEqual([]);
    expect(buttonsOf(escalation)).toEqual([{ id: `ack.${flag.id}`, label: 'Acknowledge' }]);
    expect(escalation.raw).not.toContain('end my life');

    // Someone in the channel who is neither an admin nor a therapist here cannot acknowledge it.
    expect(await slack.press(BOB, `ack.${flag.id}`, escalation)).toContain('not registered');
    expect(await slack.press('UADMIN', `ack.${flag.id}`, escalation)).toContain('Acknowledged');
    await fake.waitFor(() => fake.updates.length === 2, 5_000, 'the escalation and the alert replaced');
    const replaced = fake.calls('chat.update').map((call) => `${String(call.body.channel)}/${String(call.body.ts)}`);
    expect(replaced.sort()).toEqual([`CESCALATE/${escalation.ts}`, `D${ALICE}/${fake.messagesIn(`D${ALICE}`)[0]!.ts}`].sort());
    expect(sectionsOf(escalation)).toMatch(/^\*✓ Acknowledged: possible risk — Client 1\*\n.*\nAcknowledged by uadmin at \d{4}-\d\d-\d\d \d\d:\d\d UTC, 17 min after it was raised\.$/);
    expect(buttonsOf(escalation)).toEqual([]);
    expect(await prisma.riskFlag.findUniqueOrThrow({ where: { id: flag.id } })).toMatchObject({ acknowledgedBy: `slack:${fake.teamId}:UADMIN` });
  });

  it('escalates to every admin by direct message when no channel is set; the linked therapist acknowledging replaces those too', async () => {
    const clock = midweekClock();
    chat = await TestChat.start({ clock });
    slack = await SlackHarness.start(fake, chat, { clock, env: { SLACK_ADMIN_USER_IDS: 'UADMIN,UADMIN2', RISK_ESCALATE_MINUTES: '10' } });
    await enrolledClient();
    await chat.send('I want to end my life');
    await chat.expectReply(/glad you told me/);
    await fake.waitFor(() => fake.messagesIn(`D${ALICE}`).length === 1, 5_000, 'risk alert');
    const flag = await chat.app.database.prisma.riskFlag.findFirstOrThrow();

    clock.advance(11 * 60_000);
    await slack.app.scheduler.tick();
    await fake.waitFor(() => fake.messagesIn('DUADMIN').length === 1 && fake.messagesIn('DUADMIN2').length === 1, 5_000, 'both admins told');
    expect(fake.calls('conversations.open').map((call) => call.body.users)).toEqual(expect.arrayContaining(['UADMIN', 'UADMIN2']));
    expect(sectionsOf(fake.messagesIn('DUADMIN')[0]!)).toMatch(/^\*Escalation — risk alert not acknowledged: Client 1\*\n.*severity: high.*\nNot acknowledged after 11 min\./);
    clock.advance(5 * 60_000);
    await slack.app.scheduler.tick();
    await slack.app.worker.drain(2_000);
    expect([fake.messagesIn('DUADMIN').length, fake.messagesIn('DUADMIN2').length]).toEqual([1, 1]);

    await eventually(async () => (await chat.app.database.prisma.outboxMessage.count({ where: { idempotencyKey: { startsWith: 'risk-escalation:' }, platformMessageId: { not: null } } })) === 2, 'escalations marked sent');
    expect(await slack.press(ALICE, `ack.${flag.id}`)).toContain('Acknowledged');
    await fake.waitFor(() => fake.updates.length === 3, 5_000, 'alert and both escalations replaced');
    for (const channel of ['DUADMIN', 'DUADMIN2', `D${ALICE}`]) {
      const [message] = fake.messagesIn(channel);
      expect(message!.text).toContain('Acknowledged by ualice');
      expect(buttonsOf(message!)).toEqual([]);
    }
  });

  it('resumes a message sent in parts at the part that failed, also after a restart: the text is not posted twice', async () => {
    chat = await TestChat.start();
    slack = await SlackHarness.start(fake, chat);
    expect(await slack.command(ALICE, 'register')).toContain('You are registered');
    const channel = `D${ALICE}`;
    const posted = fake.messagesIn(channel).length;
    // The text, then the chart; the upload is refused (429) the first time.
    fake.failNext('files.getUploadURLExternal', { kind: 'rate-limit', retryAfterSeconds: 1 });
    const retried = slack.app.worker.events.next((event) => event.type === 'retried', 5_000, 'the retry of the upload');
    const png = renderMoodChartForTest();
    await slack.app.store.repos.outbox.enqueue({
      idempotencyKey: 'split:slack',
      address: `slack:${fake.teamId}:${channel}`,
      message: { text: 'Mood this week', attachment: { kind: 'image', filename: 'mood.png', mimeType: 'image/png', data: png, alt: 'Mood by day' } },
      dueAt: new Date(),
    });
    slack.app.worker.wake();
    expect(await retried).toMatchObject({ idempotencyKey: 'split:slack', rateLimited: true });
    expect(await chat.app.database.prisma.outboxMessage.findFirstOrThrow({ where: { idempotencyKey: 'split:slack' } })).toMatchObject({ partsSent: 1 });
    await slack.stop();
    slack = await SlackHarness.start(fake, chat);
    await fake.waitFor(() => [...fake.files.values()].some((file) => file.filename === 'mood.png' && file.completed), 10_000, 'the chart after the restart');
    expect(fake.messagesIn(channel).slice(posted).map((message) => message.text)).toEqual(['Mood this week']);
    expect(fake.calls('files.getUploadURLExternal')).toHaveLength(2);
  });

  it('leaves waiting out 429s to the delivery worker and maps Web API errors to typed errors', async () => {
    chat = await TestChat.start();
    slack = await SlackHarness.start(fake, chat);
    await slack.command(ALICE, 'register');
    fake.failNext('chat.postMessage', { kind: 'rate-limit', retryAfterSeconds: 1 }, { kind: 'server-error', status: 503 });
    const started = Date.now();
    await chat.app.store.repos.outbox.enqueue({ idempotencyKey: 'test:alert', address: `slack:${fake.teamId}:D${ALICE}`, message: { text: `hello <!channel> *there* ${esc('a_b')}`, urgent: true }, dueAt: new Date() });
    await fake.waitFor(() => fake.messagesIn(`D${ALICE}`).length === 1, 15_000, 'delivery after 429 and 503');
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(fake.calls('chat.postMessage').map((c) => c.status)).toEqual([429, 503, 200]);
    const [message] = fake.messagesIn(`D${ALICE}`);
    expect((message!.blocks[0] as { text: { text: string } }).text.text).toBe('hello &lt;!channel&gt; *there* a＿b');
  });

  it('/between export <alias> fhir uploads a valid FHIR R4 bundle to the therapist’s DM; another therapist gets “not found” and an access.denied', async () => {
    const clock = midweekClock();
    chat = await TestChat.start({ clock });
    slack = await SlackHarness.start(fake, chat, { clock, env: { SLACK_ADMIN_USER_IDS: 'UADMIN' } });
    const { clientId } = await enrolledClient('Robin');
    const repos = chat.app.store.repos;
    const at = new Date(clock.now().getTime() - 3600_000);
    await repos.checkIns.create({ personId: clientId, mood: 6, emotions: [{ emotion: 'other', intensity: 40 }], coping: [], details: { note: CANARY, otherEmotion: CANARY }, localDate: localDateOf(at, 'America/New_York'), at });
    await repos.assessments.create({ personId: clientId, instrument: 'gad7', instrumentVersion: 'en-2', answers: { q1: 1, q2: 1, q3: 1, q4: 1, q5: 1, q6: 1, q7: 1, difficulty: 1 }, total: 7, band: 'mild', notes: [], localDate: localDateOf(at, 'America/New_York'), at });

    expect(await slack.command(ALICE, 'export Robin fhir')).toBe('The FHIR export of Robin is on its way to your messages.');
    await fake.waitFor(() => [...fake.files.values()].some((file) => file.completed), 15_000, 'the FHIR file');
    const [file] = [...fake.files.values()];
    expect(file).toMatchObject({ channel: `D${ALICE}`, completed: true, filename: 'between-fhir-2026-11-18.json' });
    expect(fake.messagesIn(`D${ALICE}`).map((message) => message.text)).toEqual([expect.stringContaining('FHIR R4 export — Robin')]);
    const bundle = JSON.parse(file!.data.toString('utf8')) as FhirBundle;
    expect(await validateFhir(bundle as unknown as FhirResource)).toEqual([]);
    expect(bundle.entry.map((entry) => entry.resource.resourceType)).toEqual(['Patient', 'QuestionnaireResponse', 'Observation', 'Observation', 'Observation', 'List', 'List']);
    expect(JSON.stringify(bundle)).toContain('"code":"70274-6"');
    for (const request of fake.requests) expect(JSON.stringify(request.body)).not.toContain(CANARY);
    expect(file!.data.toString('utf8')).not.toContain(CANARY);
    slack.expectCleanLogs(CANARY);

    await slack.command('UADMIN', 'register');
    await slack.command(BOB, 'register');
    await slack.command('UADMIN', `approve <@${BOB}|bob>`);
    const notFound = await slack.command(BOB, 'export Nobody fhir');
    expect(await slack.command(BOB, 'export robin fhir')).toBe(notFound);
    expect(notFound).toContain('couldn’t find a client of yours');
    const prisma = chat.app.database.prisma;
    const bob = await prisma.therapistProfile.findFirstOrThrow({ where: { slackUserId: BOB } });
    expect(await prisma.auditEvent.count({ where: { action: 'access.denied', actor: bob.personId, subjectPersonId: clientId } })).toBe(1);
    expect(await prisma.auditEvent.count({ where: { action: 'export.fhir', subjectPersonId: clientId } })).toBe(1);
    expect(fake.files.size).toBe(1);
  });
});

describe('Slack rendering', () => {
  it('renders every risk source and severity as clean mrkdwn with a human label, never the raw id', () => {
    const flows = [onboardingFlow, checkInFlow, thoughtRecordFlow, settingsFlow, createDeleteDataFlow({ auditRetentionDays: 0, scrubber: { removeFiles: async () => {}, scrubDatabase: async () => {} } }), createAssessmentFlow({ phq9Enabled: true }), partnerInviteFlow, partnerJoinFlow, cheerFlow, ...EXERCISE_FLOWS];
    // Every flow name can be a source (SafetyService.screen gets it), plus free_text, partner and questionnaire answers.
    const sources: { source: string; matched?: string[] }[] = [...flows.map((flow) => ({ source: flow.name })), { source: 'free_text' }, { source: 'partner' }, { source: 'assessment', matched: ['phq9:q9'] }];
    for (const { source } of sources) expect(hasRiskSourceLabel(source), source).toBe(true);
    expect(riskSourceLabel('assessment', ['phq9:q9'])).toBe('PHQ-9 item 9');
    const raisedAt = new Date('2026-01-15T12:00:00Z');
    const checked = new Set<string>();
    for (const { source, matched } of sources) {
      const label = riskSourceLabel(source, matched);
      for (const severity of Object.keys(RISK_SEVERITIES)) {
        const facts = { source, severity, raisedAt, ...(matched && { matched }) };
        const messages: OutboundMessage[] = [
          riskAlertMessage({ ...facts, alias: 'Client 7', flagId: 'f', linkId: 'l' }),
          riskAlertMessage({ ...facts, alias: 'Client 7', flagId: 'f', linkId: 'l', reminder: true }),
          riskEscalationMessage({ ...facts, flagId: 'f', now: new Date(raisedAt.getTime() + 16 * 60_000), alerted: [{ name: 'dr_who', alias: 'Client 7' }] }),
          acknowledgedAlertMessage({ ...facts, alias: 'Client 7', acknowledgedAt: new Date(raisedAt.getTime() + 3_600_000), acknowledgedBy: 'dr_who', timezone: 'America/New_York', messageId: '1.2' }),
          acknowledgedAlertMessage({ ...facts, alias: 'Client 7', acknowledgedAt: new Date(raisedAt.getTime() + 60_000), acknowledgedBy: 'alice', timezone: 'UTC', messageId: '1.2' }),
        ];
        for (const message of messages) {
          const text = renderedText(message);
          const what = `${source}/${severity}: ${text}`;
          expect(strayMarkup(text), what).toEqual([]);
          expect(text, what).toContain(`Source: ${label} · severity: ${severity} · raised 2026-01-15 12:00 UTC`);
          expect(text, what).not.toMatch(/undefined|null|NaN|\[object/);
          if (/[_.]/.test(source)) expect(text, what).not.toContain(source);
          expect(text.split('\n')[0], what).toMatch(/^\*.*Client 7\*$/);
          checked.add(`${source}:${matched?.join() ?? ''}/${severity}`);
        }
      }
    }
    expect(checked.size).toBe(sources.length * 3);
    expect(renderedText(riskAlertMessage({ source: 'free_text', severity: 'high', raisedAt, alias: 'R_*b*', flagId: 'f', linkId: 'l' }))).toBe(
      '*Urgent: possible risk — R＿∗b∗*\nSource: a free-text message · severity: high · raised 2026-01-15 12:00 UTC\nThe client was shown crisis resources. Please follow your practice’s risk protocol, then press Acknowledge.',
    );
    // Zone names with underscores stay literal: America/New_York is shown, not turned into italics.
    expect(renderedText(acknowledgedAlertMessage({ source: 'thought', severity: 'medium', raisedAt, alias: 'Robin', acknowledgedAt: new Date('2026-01-15T13:05:00Z'), acknowledgedBy: 'dr_who', timezone: 'America/New_York', messageId: '1.2' }))).toBe(
      '*✓ Acknowledged: possible risk — Robin*\nSource: a thought record · severity: medium · raised 2026-01-15 12:00 UTC\nAcknowledged by dr＿who at 2026-01-15 08:05 America/New＿York, 1 h 5 min after it was raised.',
    );
    // A low flag never alerts; rendered anyway, it says so and offers nothing to press.
    const low = riskAlertMessage({ source: 'free_text', severity: 'low', raisedAt, alias: 'Robin', flagId: 'f', linkId: 'l' });
    expect(low.choices).toBeUndefined();
    expect(low.urgent).toBeUndefined();
    expect(renderedText(low)).toMatch(/^\*Noted, no alert: possible risk \(low\) — Robin\*\n/);
  });

  it('escapes &, < and > and turns the core markup into mrkdwn without letting user text format', () => {
    expect(toMrkdwn(`*Alert* — ${esc('<@U1> & *x* _y_ ~z~')}`)).toBe('*Alert* — &lt;@U1&gt; &amp; ∗x∗ ＿y＿ ∼z∼');
    expect(toMrkdwn('*bold with space *and _italic_')).toBe('*bold with space* and _italic_');
    const { text, blocks } = renderMessage({ text: 'x'.repeat(7_000), choices: [{ id: 'a', label: 'A' }] });
    expect(blocks.map((b) => b.type)).toEqual(['section', 'section', 'section', 'actions']);
    expect(text.length).toBeLessThanOrEqual(3_000);
  });
});

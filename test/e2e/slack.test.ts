import { capturingLogger } from '../helpers/logs.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSlackAdapter, type SlackAdapter } from '../../adapters/slack/index.js';
import { renderMessage, toMrkdwn } from '../../adapters/slack/render.js';
import { startApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { ManualClock } from '../../src/core/clock.js';
import { esc } from '../../src/core/messages.js';
import { localDateOf } from '../../src/core/time.js';
import { TestChat } from '../helpers/chat.js';
import { onboard } from '../helpers/flows.js';
import { FakeSlackServer, SlackSigner, type PostedMessage } from '../fakes/slack-server.js';

const ALICE = 'UALICE';
const BOB = 'UBOB';
const CANARY = 'canary-slack-4c1d';

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
    await this.fake.waitFor(() => this.fake.responses.some((r) => r.id === id), 5_000, `reply to /between ${text}`);
    return String(this.fake.responses.find((r) => r.id === id)!.body.text);
  }

  async press(userId: string, actionId: string): Promise<string> {
    const responseUrl = this.fake.responseUrl();
    const id = responseUrl.slice(responseUrl.lastIndexOf('/') + 1);
    expect((await this.signer.blockAction({ teamId: this.fake.teamId, userId, actionId, responseUrl })).status).toBe(200);
    await this.fake.waitFor(() => this.fake.responses.some((r) => r.id === id), 5_000, `reply to ${actionId}`);
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
    await new Promise((resolve) => setTimeout(resolve, 150));
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
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(fake.calls('views.publish')).toHaveLength(1);
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
    expect(JSON.parse(invalid.body)).toEqual({ response_action: 'errors', errors: { instructions: 'Custom homework needs instructions.' } });
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

  it('delivers the weekly summary with an uploaded 800×400 PNG chart; clinical detail carries no client text', async () => {
    const clock = new ManualClock(new Date(Date.now()));
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

  it('sends urgent alerts with buttons, records the acknowledgement, re-alerts until then, and keeps other therapists out', async () => {
    const clock = new ManualClock(new Date(Date.now()));
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
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(fake.messagesIn(channel)).toHaveLength(2);

    expect(await slack.press(ALICE, `sum.${link.id}`)).toContain('30-day summary of Client 1 is on its way');
    await fake.waitFor(() => fake.messagesIn(channel).length === 3, 5_000, 'summary');
    const actions = (await prisma.auditEvent.findMany({ where: { subjectPersonId: clientId } })).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['risk.flagged', 'risk.realerted', 'risk.acknowledged', 'therapist.summary.viewed', 'therapist.roster.viewed', 'access.denied']));
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
});

describe('Slack rendering', () => {
  it('escapes &, < and > and turns the core markup into mrkdwn without letting user text format', () => {
    expect(toMrkdwn(`*Alert* — ${esc('<@U1> & *x* _y_ ~z~')}`)).toBe('*Alert* — &lt;@U1&gt; &amp; ∗x∗ ＿y＿ ∼z∼');
    expect(toMrkdwn('*bold with space *and _italic_')).toBe('*bold with space* and _italic_');
    const { text, blocks } = renderMessage({ text: 'x'.repeat(7_000), choices: [{ id: 'a', label: 'A' }] });
    expect(blocks.map((b) => b.type)).toEqual(['section', 'section', 'section', 'actions']);
    expect(text.length).toBeLessThanOrEqual(3_000);
  });
});

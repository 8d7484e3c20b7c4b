// The load side of `npm run bench:inbound`, in a process of its own: the fake Telegram Bot API and
// the load generator. They must not share the measured bot's event loop (in production Telegram
// is not on it either), and the bot's peak RSS and event-loop delay are then its own. Driven over
// IPC by scripts/bench/inbound.ts; talks only to 127.0.0.1.
import { Agent, request } from 'node:http';
import { FakeTelegramServer } from '../../test/fakes/telegram-server.js';

export const WEBHOOK_PATH = '/telegram/webhook';
/** After the measured phases, replies still in the outbox get this long to arrive. */
const REPLY_GRACE_MS = 15_000;
/** A POST that takes longer counts as an error (and the loop goes on). */
const POST_TIMEOUT_MS = 10_000;

/** One person's answers, in order: onboarding once, then check-ins round and round. */
const ONBOARDING = ['/start', 'yes', 'Berlin', '20:00', 'no'];
const CHECK_IN = ['/checkin', '6', 'calm', '50', 'skip', 'breathing', 'skip'];

export interface DriverRun {
  port: number;
  secret: string;
  users: number;
  seconds: number;
  /** Length of the closed-loop phase, if not `seconds` (the soak keeps it short). */
  closedSeconds?: number;
  /** Open-loop arrivals per second. */
  rate: number;
  chatIdBase: number;
}

/** What one load pattern measured. */
export interface Measured {
  updates: number;
  seconds: number;
  httpMs: number[];
  replyMs: number[];
  /** Open loop only: arrivals with no idle user to send them (the target fell behind). */
  missedArrivals: number;
}

export interface DriverResult {
  closed: Measured;
  open: Measured;
  errors: { http: number; network: number; missingReplies: number; extraReplies: number };
}

export type DriverMessage =
  | { type: 'ready'; apiRoot: string; token: string }
  | { type: 'log'; line: string }
  | { type: 'phase'; phase: 'closed' | 'between' | 'open' | 'done' }
  | { type: 'result'; result: DriverResult };
export type ParentMessage = { type: 'run'; run: DriverRun } | { type: 'close' };

const tell = (message: DriverMessage) => process.send!(message);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Posts updates the way Telegram does: JSON, with the secret header, over keep-alive connections. */
class LoadGenerator {
  private nextUpdateId = 1;
  private readonly messageIds = new Map<number, number>();
  private readonly agent: Agent;

  constructor(
    private readonly target: { port: number; secret: string },
    concurrency: number,
  ) {
    this.agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  }

  /** Posts a text message from `chatId`; resolves with the HTTP status (0 for a network error). */
  post(chatId: number, text: string): Promise<number> {
    const messageId = (this.messageIds.get(chatId) ?? 0) + 1;
    this.messageIds.set(chatId, messageId);
    const command = /^\/[a-z0-9_]+/.exec(text);
    const body = JSON.stringify({
      update_id: this.nextUpdateId++,
      message: {
        message_id: messageId,
        from: { id: chatId, is_bot: false, first_name: 'Bench', language_code: 'en' },
        chat: { id: chatId, type: 'private', first_name: 'Bench' },
        date: Math.floor(Date.now() / 1000),
        text,
        ...(command && { entities: [{ type: 'bot_command', offset: 0, length: command[0].length }] }),
      },
    });
    return new Promise((resolve) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: this.target.port,
          path: WEBHOOK_PATH,
          method: 'POST',
          agent: this.agent,
          timeout: POST_TIMEOUT_MS,
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            'x-telegram-bot-api-secret-token': this.target.secret,
          },
        },
        (res) => {
          res.resume();
          res.once('end', () => resolve(res.statusCode ?? 0));
          res.once('error', () => resolve(0));
        },
      );
      req.once('timeout', () => req.destroy(new Error('timeout')));
      req.once('error', () => resolve(0));
      req.end(body);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

async function runPhase(fake: FakeTelegramServer, run: DriverRun): Promise<DriverResult> {
  const { users: USERS, seconds: SECONDS, rate: RATE, chatIdBase } = run;
  const generator = new LoadGenerator(run, USERS);
  const chats = Array.from({ length: USERS }, (_, i) => chatIdBase + i);
  for (const chatId of chats) fake.knowChat(chatId);
  /** Per chat, each update's POST start (Date.now, the fake's clock) and the phase it belongs to, in order. */
  const posted = new Map<number, { at: number; phase: 'seed' | 'closed' | 'open' }[]>(chats.map((chatId) => [chatId, []]));
  const steps = new Map<number, number>(chats.map((chatId) => [chatId, 0]));
  const errors = { http: 0, network: 0, missingReplies: 0, extraReplies: 0 };

  const send = async (chatId: number, text: string, phase: 'seed' | 'closed' | 'open'): Promise<{ status: number; ms: number }> => {
    posted.get(chatId)!.push({ at: Date.now(), phase });
    const started = performance.now();
    const status = await generator.post(chatId, text);
    if (status === 0) errors.network++;
    else if (status !== 200) errors.http++;
    return { status, ms: performance.now() - started };
  };
  /** The chat's next check-in answer (each user goes round and round its check-in). */
  const nextAnswer = (chatId: number) => {
    const step = steps.get(chatId)!;
    steps.set(chatId, step + 1);
    return CHECK_IN[step % CHECK_IN.length]!;
  };

  // Onboarding, not measured (it also warms up both servers).
  const seedStarted = performance.now();
  await Promise.all(
    chats.map(async (chatId) => {
      for (const text of ONBOARDING) await send(chatId, text, 'seed');
    }),
  );
  const seeded = await fake
    .until(() => (fake.messageCount >= USERS * ONBOARDING.length ? true : undefined), REPLY_GRACE_MS, 'onboarding replies')
    .then(
      () => true,
      () => false,
    );
  tell({ type: 'log', line: `  onboarded ${USERS} users in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s${seeded ? '' : ' (some onboarding replies missing)'}` });

  // 1. Throughput: every user in a closed loop (the next update goes once the previous POST returned).
  const closedHttp: number[] = [];
  tell({ type: 'phase', phase: 'closed' });
  let started = performance.now();
  let deadline = started + (run.closedSeconds ?? SECONDS) * 1000;
  await Promise.all(
    chats.map(async (chatId) => {
      while (performance.now() < deadline) {
        const { status, ms } = await send(chatId, nextAnswer(chatId), 'closed');
        if (status === 200) closedHttp.push(ms);
      }
    }),
  );
  const closedSeconds = (performance.now() - started) / 1000;
  tell({ type: 'phase', phase: 'between' });
  await sleep(1_000); // let the last replies of the closed loop go out

  // 2. Latency: an open loop at a fixed rate (arrivals do not wait for earlier answers), each arrival
  // taken by a user who is not waiting for a POST. At saturation a closed loop's latency is only
  // users ÷ throughput (Little's law); latency is measured at a load the target is meant to carry.
  const openHttp: number[] = [];
  const idle = [...chats];
  const inFlight = new Set<Promise<void>>();
  let dispatched = 0;
  let missedArrivals = 0;
  tell({ type: 'phase', phase: 'open' });
  started = performance.now();
  deadline = started + SECONDS * 1000;
  while (performance.now() < deadline) {
    const due = Math.floor(((performance.now() - started) / 1000) * RATE);
    for (; dispatched < due; dispatched++) {
      const chatId = idle.shift();
      if (chatId === undefined) {
        missedArrivals++;
        continue;
      }
      const request: Promise<void> = send(chatId, nextAnswer(chatId), 'open').then(({ status, ms }) => {
        if (status === 200) openHttp.push(ms);
        idle.push(chatId);
        inFlight.delete(request);
      });
      inFlight.add(request);
    }
    await sleep(1);
  }
  await Promise.all(inFlight);
  const openSeconds = (performance.now() - started) / 1000;
  tell({ type: 'phase', phase: 'done' });

  // Every update is answered by exactly one message; wait for the last ones.
  const expected = chats.reduce((sum, chatId) => sum + posted.get(chatId)!.length, 0);
  await fake.until(() => (fake.messageCount >= expected ? true : undefined), REPLY_GRACE_MS, 'the last replies').catch(() => undefined);
  generator.close();

  const replyMs = { seed: [] as number[], closed: [] as number[], open: [] as number[] };
  const counts = { seed: 0, closed: 0, open: 0 };
  for (const chatId of chats) {
    const posts = posted.get(chatId)!;
    const replies = fake.messagesIn(chatId);
    if (replies.length > posts.length) errors.extraReplies += replies.length - posts.length;
    posts.forEach((post, i) => {
      counts[post.phase]++;
      const reply = replies[i];
      if (!reply) errors.missingReplies++;
      else replyMs[post.phase].push(reply.at - post.at);
    });
  }
  return {
    closed: { updates: counts.closed, seconds: closedSeconds, httpMs: closedHttp, replyMs: replyMs.closed, missedArrivals: 0 },
    open: { updates: counts.open, seconds: openSeconds, httpMs: openHttp, replyMs: replyMs.open, missedArrivals },
    errors,
  };
}

if (process.send) {
  const fake = await FakeTelegramServer.start();
  process.on('message', (message: ParentMessage) => {
    if (message.type === 'close') {
      void fake.close().then(() => process.exit(0));
      return;
    }
    runPhase(fake, message.run).then(
      (result) => tell({ type: 'result', result }),
      (err: unknown) => {
        console.error(err);
        process.exit(1);
      },
    );
  });
  process.on('disconnect', () => process.exit(0));
  tell({ type: 'ready', apiRoot: fake.apiRoot, token: fake.token });
}

import { fork, type ChildProcess } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../src/db/client.js';
import { Store } from '../../src/db/store.js';
import type { InboundEvent } from '../../src/core/events.js';
import { STALE_BUTTON } from '../../src/core/flows/engine.js';
import { plainText, type OutboundMessage } from '../../src/core/messages.js';
import { FieldCrypto, generateDataKey } from '../../src/privacy/field-crypto.js';
import { freshDatabase, PROVIDERS, type TestDatabase } from '../helpers/databases.js';
import type { FromChild, ToChild } from '../helpers/app-process.js';

/**
 * Clients checking in at once, each with three pairs of updates (one update of a pair to each
 * instance): a third send all three pairs at the same moment, a third the last two, a third the
 * last one — 42 simultaneous pairs.
 */
const CLIENTS = 21;
const REPLY_TIMEOUT_MS = 15_000;

/** One app instance in its own process (test/helpers/app-process.ts). */
class Instance {
  private next = 0;
  private readonly pending = new Map<number, () => void>();

  private constructor(
    private readonly child: ChildProcess,
    sent: SentLog,
  ) {
    child.on('message', (message: FromChild) => {
      if (message.type === 'handled') {
        this.pending.get(message.id)?.();
        this.pending.delete(message.id);
      } else if (message.type === 'sent') sent.add(message.address, message.message);
    });
  }

  static start(url: string, key: string, sent: SentLog): Promise<Instance> {
    const child = fork('test/helpers/app-process.ts', {
      execArgv: ['--import', 'tsx'],
      env: { ...process.env, DATABASE_URL: url, BETWEEN_DATA_KEY: key },
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    return new Promise((resolve, reject) => {
      child.on('message', (message: FromChild) => message.type === 'ready' && resolve(new Instance(child, sent)));
      child.once('exit', (code) => reject(new Error(`app process exited with ${code}`)));
    });
  }

  /** Resolves once the instance has handled `event` (its transaction committed). */
  handle(event: InboundEvent): Promise<void> {
    const id = ++this.next;
    return new Promise((resolve, reject) => {
      if (!this.child.connected) return reject(new Error('the app process has stopped'));
      this.pending.set(id, resolve);
      this.child.send({ type: 'event', id, event } satisfies ToChild, (err) => err && reject(err));
    });
  }

  stop(): Promise<void> {
    if (this.child.exitCode !== null || !this.child.connected) return Promise.resolve();
    return new Promise((resolve) => {
      this.child.once('exit', () => resolve());
      this.child.send({ type: 'stop' } satisfies ToChild);
    });
  }

  /** For a process that could not be asked to stop. */
  kill(): void {
    if (this.child.exitCode === null) this.child.kill('SIGKILL');
  }
}

/** Every message either instance sent, in arrival order, with waiting by address. */
class SentLog {
  private readonly byAddress = new Map<string, OutboundMessage[]>();
  private waiters: (() => void)[] = [];

  add(address: string, message: OutboundMessage): void {
    this.of(address).push(message);
    for (const wake of this.waiters.splice(0)) wake();
  }

  of(address: string): OutboundMessage[] {
    let list = this.byAddress.get(address);
    if (!list) this.byAddress.set(address, (list = []));
    return list;
  }

  async waitFor(address: string, count: number): Promise<void> {
    const deadline = Date.now() + REPLY_TIMEOUT_MS;
    while (this.of(address).length < count) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`expected ${count} messages to ${address}, got ${this.of(address).length}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }
}

const text = (message: OutboundMessage) => plainText(message.text);
const ticks = (message: OutboundMessage) => (message.choices ?? []).filter((choice) => choice.label.startsWith('✓ ')).length;

/** One client, whose updates can go to either instance. */
class Client {
  private read = 0;
  private count = 0;
  private last: OutboundMessage | undefined;
  readonly address: string;

  constructor(
    readonly user: string,
    private readonly sent: SentLog,
    private readonly database: Database,
    private readonly store: Store,
  ) {
    this.address = `test:${user}`;
  }

  event(fields: { kind: 'text'; text: string } | { kind: 'command'; name: string; args: string } | { kind: 'choice'; choiceId: string }): InboundEvent {
    return {
      platform: 'test',
      address: this.address,
      updateId: `${this.user}-${++this.count}`,
      from: { platformUserId: this.user, displayName: this.user },
      receivedAt: new Date(),
      ...fields,
    } as InboundEvent;
  }

  typed(words: string): InboundEvent {
    return words.startsWith('/') ? this.event({ kind: 'command', name: words.slice(1), args: '' }) : this.event({ kind: 'text', text: words });
  }

  /** A press of the button labelled `label` on the latest question this client read. */
  press(label: string): InboundEvent {
    const choice = this.last?.choices?.find((c) => c.label === label);
    if (!choice) throw new Error(`${this.user}: no button ${label} on “${this.last && text(this.last)}”`);
    return this.event({ kind: 'choice', choiceId: choice.id });
  }

  /** Sends one update to `instance` and reads its one reply, which must match `expected`. */
  async step(instance: Instance, event: InboundEvent, expected: RegExp): Promise<OutboundMessage> {
    await instance.handle(event);
    const [reply] = await this.replies(1);
    expect(text(reply!)).toMatch(expected);
    this.last = reply;
    return reply!;
  }

  /** The next `count` messages to this client (across both instances, in the order they arrived). */
  async replies(count: number): Promise<OutboundMessage[]> {
    await this.sent.waitFor(this.address, this.read + count);
    const messages = this.sent.of(this.address).slice(this.read, this.read + count);
    this.read += count;
    return messages;
  }

  /** Reads `message` as the latest question (for {@link press}). */
  use(message: OutboundMessage): void {
    this.last = message;
  }

  /** Onboarding is not what is tested here: the client starts as a person who has done it. */
  async onboarded(): Promise<void> {
    const now = new Date();
    await this.store.repos.people.create(
      { displayName: this.user, timezone: 'America/New_York', promptTime: '20:00', consentedAt: now, onboardedAt: now },
      { platform: 'test', platformUserId: this.user, address: this.address },
      now,
    );
  }

  async outboxRows(): Promise<number> {
    return this.database.prisma.outboxMessage.count({ where: { address: this.address } });
  }

  async state(): Promise<{ step: string | undefined; answers: Record<string, unknown> }> {
    const conversation = await this.store.repos.conversations.load(this.address);
    const answers = (conversation?.active?.data as { answers?: Record<string, unknown> } | undefined)?.answers ?? {};
    return { step: conversation?.active?.step, answers };
  }
}

describe.each(PROVIDERS)('two instances on one %s database', (provider) => {
  let testDb: TestDatabase | undefined;
  let database: Database | undefined;
  const instances: Instance[] = [];
  afterEach(async () => {
    await Promise.all(instances.splice(0).map((instance) => instance.stop().finally(() => instance.kill())));
    await database?.close();
    await testDb?.dispose();
  });

  it(
    'interleaved updates for one chat lose no answer, skip no step and double no reply',
    async () => {
      testDb = await freshDatabase(provider);
      const key = generateDataKey();
      database = await openDatabase(testDb.url);
      const store = new Store(database, FieldCrypto.fromBase64(key));
      const sent = new SentLog();
      instances.push(...(await Promise.all([Instance.start(testDb.url, key, sent), Instance.start(testDb.url, key, sent)])));
      const [a, b] = instances as [Instance, Instance];

      /** What went wrong, per pair: [client, pair, finding]. */
      const failures: string[] = [];
      let pairs = 0;
      /** Which update of a press-and-typed pair went first (both orders are correct). */
      const orders = { pressFirst: 0, typedFirst: 0 };

      /**
       * Sends `first` to instance a and `second` to instance b — at the same moment, or (`together`
       * false) one after the other — and returns their two replies.
       */
      const pair = async (client: Client, first: InboundEvent, second: InboundEvent, together: boolean): Promise<OutboundMessage[]> => {
        const before = await client.outboxRows();
        if (together) {
          pairs++;
          await Promise.all([a.handle(first), b.handle(second)]);
        } else {
          await a.handle(first);
          await b.handle(second);
        }
        const added = (await client.outboxRows()) - before;
        if (added !== 2) {
          failures.push(`${client.user}: ${added} replies written for 2 updates`);
          throw new Error(`${added} replies written for 2 updates`);
        }
        return client.replies(2);
      };

      /**
       * A check-in with three pairs; the pairs before `fromPair` are sent one after the other, so
       * that each kind of pair is also tried on its own (a pair gone wrong ends the check-in).
       */
      const checkIn = async (client: Client, fromPair: number): Promise<void> => {
        const fail = (finding: string) => {
          failures.push(`${client.user}: ${finding}`);
          throw new Error(finding);
        };
        await client.onboarded();
        await client.step(b, client.typed('/checkin'), /mood right now/);
        await client.step(a, client.press('6'), /Which emotions/);

        // 1. Two toggles of a multi-select: both choices kept, each reply shows the choices so far.
        const toggled = await pair(client, client.press('Anxious'), client.press('Hopeful'), fromPair <= 1);
        let state = await client.state();
        const emotions = [...((state.answers.emotions as string[] | undefined) ?? [])].sort();
        if (emotions.join() !== 'anxious,hopeful') fail(`two toggles left emotions [${emotions.join()}]`);
        if (toggled.map(ticks).sort().join() !== '1,2') fail(`two toggles answered with ${toggled.map(ticks).join(' and ')} ticks`);
        client.use(toggled.find((message) => ticks(message) === 2)!);
        const firstAsked = await client.step(b, client.press('Done'), /How strong is “(anxious|hopeful)”/);
        const [first, second] = /“anxious”/.test(text(firstAsked)) ? ['anxious', 'hopeful'] : ['hopeful', 'anxious'];

        // 2. A press and a typed answer to one question: either order is fine, but as one after the
        // other — the press answers the first emotion and the typed number the second, or the typed
        // number answers the first and the press is stale (its question was already answered).
        const answered = (await pair(client, client.press('70'), client.typed('30'), fromPair <= 2)).map(text);
        state = await client.state();
        const intensity = (state.answers.intensity as Record<string, number> | undefined) ?? {};
        const asksSecond = (line: string) => line.includes(`How strong is “${second}”`);
        orders[state.step === 'trigger' ? 'pressFirst' : 'typedFirst']++;
        if (state.step === 'trigger') {
          if (intensity[first] !== 70 || intensity[second] !== 30) fail(`a press then a typed answer saved ${JSON.stringify(intensity)}`);
          if (!(answered.some((line) => asksSecond(line) && !line.includes(STALE_BUTTON)) && answered.some((line) => /What happened/.test(line))))
            fail(`a press then a typed answer answered ${JSON.stringify(answered)}`);
        } else {
          if (state.step !== 'intensity' || JSON.stringify(intensity) !== JSON.stringify({ [first]: 30 }))
            fail(`a press and a typed answer left step ${state.step} with ${JSON.stringify(intensity)}`);
          if (!(answered.filter((line) => line.includes(STALE_BUTTON) && asksSecond(line)).length === 1 && answered.filter(asksSecond).length === 2))
            fail(`a typed answer then a stale press answered ${JSON.stringify(answered)}`);
          await client.step(a, client.typed('30'), /What happened/);
        }
        const coping = await client.step(b, client.typed('skip'), /What have you done to cope/);
        client.use(coping);

        // 3. Two toggles again, on the next multi-select.
        const coped = await pair(client, client.press('Breathing'), client.press('A walk'), fromPair <= 3);
        state = await client.state();
        const chosen = [...((state.answers.coping as string[] | undefined) ?? [])].sort();
        if (chosen.join() !== 'breathing,walk') fail(`two toggles left coping [${chosen.join()}]`);
        if (coped.map(ticks).sort().join() !== '1,2') fail(`two toggles answered with ${coped.map(ticks).join(' and ')} ticks`);
        client.use(coped.find((message) => ticks(message) === 2)!);

        await client.step(a, client.press('Done'), /Anything else/);
        await client.step(b, client.typed('skip'), /Saved/);
      };

      const clients = Array.from({ length: CLIENTS }, (_, i) => new Client(`c${i}`, sent, database!, store));
      const outcomes = await Promise.allSettled(clients.map((client, i) => checkIn(client, 1 + (i % 3))));
      const broken = outcomes.filter((outcome) => outcome.status === 'rejected').length;
      if (failures.length > 0) console.info(`${provider}: ${failures.length} of ${pairs} simultaneous pairs went wrong, ${broken} of ${CLIENTS} check-ins broken:\n${failures.join('\n')}`);
      console.info(`${provider}: ${pairs} simultaneous pairs; a press and a typed answer: press first ${orders.pressFirst}, typed first ${orders.typedFirst}`);
      expect(failures).toEqual([]);
      for (const outcome of outcomes) if (outcome.status === 'rejected') throw outcome.reason;

      // Every check-in was saved once, with both emotions and both ways of coping.
      const saved = await database.prisma.checkIn.findMany({ select: { personId: true, emotions: true, coping: true } });
      expect(saved).toHaveLength(CLIENTS);
      for (const row of saved) {
        expect((JSON.parse(row.emotions) as { emotion: string }[]).map((e) => e.emotion).sort()).toEqual(['anxious', 'hopeful']);
        expect([...(JSON.parse(row.coping) as string[])].sort()).toEqual(['breathing', 'walk']);
      }
      // No reply was written or sent twice.
      for (const client of clients) expect(sent.of(client.address)).toHaveLength(await client.outboxRows());
    },
    120_000, // about 15 s on an idle machine; several times that when others share its two cores
  );
});

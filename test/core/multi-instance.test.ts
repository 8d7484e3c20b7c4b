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
 * Clients checking in at once, each sending seven pairs of updates — one update of a pair to each
 * instance at the same moment: 84 pairs.
 */
const CLIENTS = 12;
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
    for (const check of [...this.waiters]) check();
  }

  of(address: string): OutboundMessage[] {
    let list = this.byAddress.get(address);
    if (!list) this.byAddress.set(address, (list = []));
    return list;
  }

  /** Resolves once `count` messages went to `address`; fails after {@link REPLY_TIMEOUT_MS} (the time limit is the failure, not a wait). */
  waitFor(address: string, count: number): Promise<void> {
    if (this.of(address).length >= count) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      const done = () => {
        clearTimeout(timer);
        this.waiters = this.waiters.filter((waiter) => waiter !== check);
      };
      const check = () => {
        if (this.of(address).length < count) return;
        done();
        resolve();
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`expected ${count} messages to ${address}, got ${this.of(address).length}`));
      }, REPLY_TIMEOUT_MS);
      this.waiters.push(check);
    });
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
    const choice = this.last?.choices?.find((c) => c.label === label || c.label === `✓ ${label}`);
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

  /** What is chosen so far on the multi-select that stores into `field`, sorted. */
  async chosen(field: string): Promise<string[]> {
    const value = (await this.state()).answers[field];
    return Array.isArray(value) ? [...(value as string[])].sort() : [];
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

      /** What went wrong: one line per pair. */
      const failures: string[] = [];
      const tally = { toggles: 0, pressAndTyped: 0 };
      /** Which update of a press-and-typed pair went first (both orders are correct). */
      const orders = { pressFirst: 0, typedFirst: 0 };

      /** Sends `first` to instance a and `second` to instance b at the same moment; returns what they answered. */
      const pair = async (client: Client, first: InboundEvent, second: InboundEvent): Promise<{ replies: OutboundMessage[]; written: number }> => {
        const before = await client.outboxRows();
        await Promise.all([a.handle(first), b.handle(second)]);
        const written = (await client.outboxRows()) - before;
        return { replies: await client.replies(written), written };
      };

      /**
       * Two toggles of one multi-select, pressed at the same moment: both must count (toggles
       * commute), and the two replies show the choices after one and after both.
       */
      const togglePair = async (client: Client, field: string, x: [label: string, value: string], y: [label: string, value: string]): Promise<void> => {
        tally.toggles++;
        const before = await client.chosen(field);
        const { replies, written } = await pair(client, client.press(x[0]), client.press(y[0]));
        const after = await client.chosen(field);
        const flip = (list: string[], value: string) => (list.includes(value) ? list.filter((v) => v !== value) : [...list, value]);
        const expected = flip(flip(before, x[1]), y[1]).sort();
        // The replies show how many are chosen after the first toggle handled and after both.
        const shown = replies.map(ticks).sort((p, q) => p - q).join();
        const afterFirst = [flip(before, x[1]).length, flip(before, y[1]).length];
        const serialShown = afterFirst.some((count) => [count, expected.length].sort((p, q) => p - q).join() === shown);
        if (written !== 2 || after.join() !== expected.join() || !serialShown)
          failures.push(`${client.user}: two toggles of ${field} from [${before.join()}] left [${after.join()}] (expected [${expected.join()}]), ${written} replies showing ${shown} chosen`);
        client.use(replies.at(-1)!);
      };

      /** Presses (one at a time) whatever makes `field` hold exactly `wanted`, after a pair went wrong. */
      const settle = async (client: Client, field: string, wanted: [label: string, value: string][]): Promise<void> => {
        for (const [label, value] of wanted) if (!(await client.chosen(field)).includes(value)) await client.step(a, client.press(label), /./);
      };

      const checkIn = async (client: Client): Promise<void> => {
        await client.onboarded();
        await client.step(b, client.typed('/checkin'), /mood right now/);
        await client.step(a, client.press('6'), /Which emotions/);

        // Two toggles of a multi-select at once, three times: on, off, on.
        const emotions: [string, string][] = [
          ['Anxious', 'anxious'],
          ['Hopeful', 'hopeful'],
        ];
        for (let round = 0; round < 3; round++) await togglePair(client, 'emotions', emotions[0]!, emotions[1]!);
        await settle(client, 'emotions', emotions);
        const firstAsked = await client.step(b, client.press('Done'), /How strong is “(anxious|hopeful)”/);
        const [first, second] = /“anxious”/.test(text(firstAsked)) ? ['anxious', 'hopeful'] : ['hopeful', 'anxious'];

        // A press and a typed answer to one question at once: either order is fine, as one after
        // the other — the press answers the first emotion and the typed number the second, or the
        // typed number answers the first and the press is stale (its question was answered).
        tally.pressAndTyped++;
        const { replies, written } = await pair(client, client.press('70'), client.typed('30'));
        const answered = replies.map(text);
        const state = await client.state();
        const intensity = (state.answers.intensity as Record<string, number> | undefined) ?? {};
        const asksSecond = (line: string) => line.includes(`How strong is “${second}”`);
        const pressFirst = state.step === 'trigger';
        orders[pressFirst ? 'pressFirst' : 'typedFirst']++;
        const serial = pressFirst
          ? intensity[first] === 70 && intensity[second] === 30 && answered.some((line) => asksSecond(line) && !line.includes(STALE_BUTTON)) && answered.some((line) => /What happened/.test(line))
          : state.step === 'intensity' &&
            JSON.stringify(intensity) === JSON.stringify({ [first]: 30 }) &&
            answered.filter((line) => line.includes(STALE_BUTTON) && asksSecond(line)).length === 1 &&
            answered.filter(asksSecond).length === 2;
        if (written !== 2 || !serial) failures.push(`${client.user}: a press and a typed answer left step ${state.step} with ${JSON.stringify(intensity)}, answered ${JSON.stringify(answered)}`);
        for (let left = 2; left > 0 && (await client.state()).step === 'intensity'; left--) await client.step(a, client.typed('30'), /How strong|What happened/);
        expect((await client.state()).step).toBe('trigger');
        client.use(await client.step(b, client.typed('skip'), /What have you done to cope/));

        // Two toggles at once on the next multi-select, three times.
        const coping: [string, string][] = [
          ['Breathing', 'breathing'],
          ['A walk', 'walk'],
        ];
        for (let round = 0; round < 3; round++) await togglePair(client, 'coping', coping[0]!, coping[1]!);
        await settle(client, 'coping', coping);

        await client.step(a, client.press('Done'), /Anything else/);
        await client.step(b, client.typed('skip'), /Saved/);
      };

      const clients = Array.from({ length: CLIENTS }, (_, i) => new Client(`c${i}`, sent, database!, store));
      const outcomes = await Promise.allSettled(clients.map(checkIn));
      const pairs = tally.toggles + tally.pressAndTyped;
      console.info(
        `${provider}: ${failures.length} of ${pairs} simultaneous pairs went wrong (${tally.toggles} two toggles, ${tally.pressAndTyped} a press and a typed answer: press first ${orders.pressFirst}, typed first ${orders.typedFirst})` +
          failures.map((line) => `\n  ${line}`).join(''),
      );
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

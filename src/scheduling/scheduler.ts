import cron, { type ScheduledTask } from 'node-cron';
import type { Logger } from '../logger.js';
import type { Store, Repositories, TxRepositories } from '../db/store.js';
import type { ScheduleRecord } from '../db/repositories/schedules.js';
import type { PersonRecord } from '../db/repositories/people.js';
import type { Clock } from '../core/clock.js';
import { checkInFollowUp, checkInPrompt } from './prompts.js';
import { inLocale, type OutboundMessage } from '../core/messages.js';
import { inQuietHours, nextOccurrence } from '../core/time.js';
import { storedLocale } from '../core/i18n/index.js';

/**
 * Extra work each tick (exercise follow-ups, therapist summaries, risk re-alerts, partner digests):
 * `run` does what is due at `now` — claiming its own rows safely for several instances — and
 * returns how many messages it enqueued.
 */
export interface SchedulerJob {
  name: string;
  run(now: Date): Promise<number>;
}

/**
 * What a schedule of one kind sends. `message` returns null to send nothing this time (e.g. a
 * partner digest with no partner); `done` says the prompt's purpose is already met that local day
 * (no prompt, no follow-up); `followUp` turns the one gentle follow-up on.
 */
export interface ScheduleKind {
  kind: string;
  message(repos: Repositories, person: PersonRecord, schedule: ScheduleRecord, localDate: string, now: Date): Promise<OutboundMessage | null>;
  done?(repos: Repositories, person: PersonRecord, localDate: string): Promise<boolean>;
  followUp?: boolean;
}

/** The daily emotion check-in. */
export const CHECK_IN_KIND: ScheduleKind = {
  kind: 'checkin',
  message: async (_repos, person) => checkInPrompt(person.locale),
  done: (repos, person, localDate) => repos.checkIns.doneOn(person.id, localDate),
  followUp: true,
};

export interface SchedulerOptions {
  store: Store;
  clock: Clock;
  logger: Logger;
  /** One gentle follow-up this long after an unanswered prompt; 0 turns follow-ups off. */
  followUpAfterMs: number;
  /** Prompts missed (downtime) by less than this are still sent; older ones are skipped. */
  catchUpGraceMs: number;
  /** Wakes the delivery worker after enqueuing. */
  onEnqueued?: () => void;
  /** Schedules claimed per query. */
  batchSize?: number;
  jobs?: SchedulerJob[];
  /** Schedule kinds besides the daily check-in. */
  kinds?: ScheduleKind[];
}

export interface TickResult {
  prompted: number;
  skipped: number;
  followedUp: number;
  /** Messages enqueued by each job that enqueued any. */
  jobs?: Record<string, number>;
}

const LEASE_MS = 60_000;
const DEFAULT_BATCH = 500;

/**
 * Fires due prompt schedules: a node-cron tick every minute (UTC) claims the schedules whose
 * `nextDueAt` has come (an indexed range query: cost follows what is due, not how many people
 * there are), enqueues the prompt through the outbox with an idempotency key per person, kind and
 * local date, and advances `nextDueAt`. Safe in every instance: claims are leased, PostgreSQL skips
 * rows another instance holds, and a duplicate enqueue is a no-op.
 */
export class Scheduler {
  private task: ScheduledTask | undefined;
  private running: Promise<unknown> = Promise.resolve();

  private readonly jobs: SchedulerJob[];
  private readonly kinds = new Map<string, ScheduleKind>();

  constructor(private readonly options: SchedulerOptions) {
    this.jobs = [...(options.jobs ?? [])];
    for (const kind of [CHECK_IN_KIND, ...(options.kinds ?? [])]) this.kinds.set(kind.kind, kind);
  }

  /** Teaches the scheduler another kind of schedule (see {@link ScheduleKind}). */
  addKind(kind: ScheduleKind): void {
    this.kinds.set(kind.kind, kind);
  }

  /** Adds work to every tick (see {@link SchedulerJob}). */
  addJob(job: SchedulerJob): void {
    this.jobs.push(job);
  }

  /** Runs a tick now (catching up after downtime), then every minute. */
  start(): void {
    this.running = this.tickSafely();
    this.task = cron.schedule('* * * * *', () => {
      this.running = this.running.then(() => this.tickSafely());
    }, { timezone: 'UTC' });
  }

  async stop(): Promise<void> {
    await this.task?.stop();
    this.task = undefined;
    await this.running;
  }

  private async tickSafely(): Promise<void> {
    try {
      const result = await this.tick();
      if (result.prompted || result.skipped || result.followedUp) this.options.logger.info(result, 'scheduler tick');
    } catch (err) {
      this.options.logger.error({ err }, 'scheduler tick failed');
    }
  }

  /** One pass: due prompts, then due follow-ups. Loops until nothing more is due. */
  async tick(): Promise<TickResult> {
    const result: TickResult = { prompted: 0, skipped: 0, followedUp: 0 };
    const batch = this.options.batchSize ?? DEFAULT_BATCH;
    for (;;) {
      const now = this.options.clock.now();
      const due = await this.options.store.repos.schedules.claimDue('nextDueAt', now, LEASE_MS, batch);
      for (const schedule of due) {
        const sent = await this.options.store.transaction((repos) => this.fire(repos, schedule, now));
        if (sent) result.prompted++;
        else result.skipped++;
      }
      if (due.length < batch) break;
    }
    for (;;) {
      const now = this.options.clock.now();
      const due = await this.options.store.repos.schedules.claimDue('followUpAt', now, LEASE_MS, batch);
      for (const schedule of due) {
        if (await this.options.store.transaction((repos) => this.followUp(repos, schedule, now))) result.followedUp++;
      }
      if (due.length < batch) break;
    }
    for (const job of this.jobs) {
      try {
        const enqueued = await job.run(this.options.clock.now());
        if (enqueued) (result.jobs ??= {})[job.name] = enqueued;
      } catch (err) {
        this.options.logger.error({ err, job: job.name }, 'scheduler job failed');
      }
    }
    if (result.prompted || result.followedUp || result.jobs) this.options.onEnqueued?.();
    return result;
  }

  /** Sends (or deliberately skips) one occurrence and advances the schedule. Returns whether it sent. */
  private async fire(repos: TxRepositories, schedule: ScheduleRecord, now: Date): Promise<boolean> {
    const person = await repos.people.findById(schedule.personId);
    if (!person || !schedule.nextDueAt || !schedule.nextLocalDate) return false;
    const localDate = schedule.nextLocalDate;
    const kind = this.kinds.get(schedule.kind);
    const reason = kind ? await this.skipReason(repos, person, schedule, kind, now) : 'unknown-kind';
    const address = (await repos.people.addressesOf(person.id))[0];
    let sent = false;
    if (!reason && address && kind) {
      const message = await kind.message(repos, person, schedule, localDate, now);
      if (message) sent = await repos.outbox.enqueue({ idempotencyKey: `prompt:${person.id}:${schedule.kind}:${localDate}`, address, message: inLocale(message, storedLocale(person.locale)), dueAt: now });
    }
    const followUp =
      sent && kind?.followUp && this.options.followUpAfterMs > 0 ? new Date(schedule.nextDueAt.getTime() + this.options.followUpAfterMs) : null;
    const next = nextOccurrence({ time: schedule.localTime, days: schedule.days, zone: person.timezone, after: now, lastLocalDate: localDate });
    await repos.schedules.update(schedule.id, {
      lastLocalDate: localDate,
      nextDueAt: next.dueAt,
      nextLocalDate: next.localDate,
      followUpAt: followUp && !inQuietHours(followUp, person.timezone, person.quietStart, person.quietEnd) ? followUp : null,
    });
    if (reason) this.options.logger.debug({ scheduleId: schedule.id, reason }, 'prompt skipped');
    return sent;
  }

  private async skipReason(repos: Repositories, person: PersonRecord, schedule: ScheduleRecord, kind: ScheduleKind, now: Date): Promise<string | undefined> {
    if (now.getTime() - schedule.nextDueAt!.getTime() > this.options.catchUpGraceMs) return 'missed-during-downtime';
    if (person.pausedUntil && person.pausedUntil > now) return 'paused';
    if (inQuietHours(now, person.timezone, person.quietStart, person.quietEnd)) return 'quiet-hours';
    if (kind.done && (await kind.done(repos, person, schedule.nextLocalDate!))) return 'already-done';
    return undefined;
  }

  private async followUp(repos: TxRepositories, schedule: ScheduleRecord, now: Date): Promise<boolean> {
    await repos.schedules.update(schedule.id, { followUpAt: null });
    const person = await repos.people.findById(schedule.personId);
    const localDate = schedule.lastLocalDate;
    if (!person || !localDate) return false;
    if (person.pausedUntil && person.pausedUntil > now) return false;
    if (inQuietHours(now, person.timezone, person.quietStart, person.quietEnd)) return false;
    const kind = this.kinds.get(schedule.kind);
    if (!kind?.followUp || (kind.done && (await kind.done(repos, person, localDate)))) return false;
    const address = (await repos.people.addressesOf(person.id))[0];
    if (!address) return false;
    const snoozes = await repos.rateLimits.count('snooze', `${schedule.id}:${localDate}`, 24 * 60 * 60 * 1000, now);
    return repos.outbox.enqueue({
      idempotencyKey: `followup:${person.id}:${schedule.kind}:${localDate}:${snoozes}`,
      address,
      message: inLocale(checkInFollowUp(snoozes > 0, person.locale), storedLocale(person.locale)),
      dueAt: now,
    });
  }
}

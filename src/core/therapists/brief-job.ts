import type { Logger } from '../../logger.js';
import type { Store } from '../../db/store.js';
import type { TherapistLinkRecord } from '../../db/repositories/care-team.js';
import type { SchedulerJob } from '../../scheduling/scheduler.js';
import { buildPreSessionBrief } from '../summaries/brief.js';
import { briefMessage } from '../summaries/render-brief.js';
import { startChartEarly } from '../summaries/chart-renderer.js';
import { effectiveDetailLevel } from '../summaries/detail-level.js';
import { DEFAULT_MEASUREMENT, measurementFor, type MeasurementSettings } from '../summaries/not-on-track.js';
import { nextSessionAfter } from './session.js';

/** The idempotency key of the scheduled brief for one session occurrence. */
export const briefKey = (linkId: string, sessionAt: Date) => `brief:${linkId}:${sessionAt.getTime()}`;

export interface PreSessionBriefOptions {
  store: Store;
  logger: Logger;
  phiAllowed: boolean;
  /** BRIEF_HOURS_BEFORE: how long before a session its brief comes; 0 sends none (on demand only). */
  hoursBefore: number;
  measurement?: MeasurementSettings;
}

/** Timings of the last run (ids and counts only), for the benchmark and logs. */
export interface BriefRunStats {
  briefs: number;
  /** Per brief, wall time from starting to read its client's data to its message (text and chart PNG) ready. */
  buildMs: number[];
  /** Per brief, wall time until its text was built (the chart, started when the mood was read, may still be drawing). */
  dataMs: number[];
  chartMs: number[];
}

/**
 * The pre-session brief, `hoursBefore` each session a therapist set (`/between session`), and the
 * sessions' roll-over: once a session has begun it becomes the link's last session (the next
 * brief covers what changed since it) and a weekly slot moves to its next occurrence.
 *
 * Safe with several instances: the brief's outbox key is per session occurrence
 * (`brief:<linkId>:<session instant>`), so a second run — here or elsewhere — enqueues nothing (a
 * run checks the key first, so it does not rebuild the chart), and the audit event is written only
 * with the enqueue that happened; moving a session on is a conditional update on its current instant.
 */
export class PreSessionBriefJob implements SchedulerJob {
  readonly name = 'pre-session-briefs';
  lastRun: BriefRunStats = { briefs: 0, buildMs: [], dataMs: [], chartMs: [] };

  constructor(private readonly options: PreSessionBriefOptions) {}

  async run(now: Date): Promise<number> {
    const { store, logger, hoursBefore } = this.options;
    this.lastRun = { briefs: 0, buildMs: [], dataMs: [], chartMs: [] };
    for (const link of await store.repos.careTeam.sessionsBetween(new Date(0), now, 1_000)) {
      const from = link.session?.nextAt;
      if (!from || !link.session) continue;
      await store.repos.careTeam.advanceSession(link.id, from, nextSessionAfter(link.session, from < now ? now : from));
    }
    if (hoursBefore <= 0) return 0;
    let enqueued = 0;
    for (const link of await store.repos.careTeam.sessionsBetween(now, new Date(now.getTime() + hoursBefore * 3_600_000), 10_000)) {
      try {
        enqueued += await this.brief(link, now);
      } catch (err) {
        logger.error({ err, careLinkId: link.id }, 'pre-session brief failed; trying again next minute');
      }
    }
    if (this.lastRun.briefs) logger.info({ briefs: this.lastRun.briefs, enqueued }, 'pre-session briefs built');
    return enqueued;
  }

  /** One link's brief for its next session; returns messages enqueued (0 when it was already). */
  async brief(link: TherapistLinkRecord, now: Date): Promise<number> {
    const { store, phiAllowed, measurement } = this.options;
    const session = link.session;
    if (!session?.nextAt) return 0;
    const key = briefKey(link.id, session.nextAt);
    if (await store.repos.outbox.exists(key)) return 0;
    const therapist = await store.repos.therapists.findById(link.therapistId);
    if (!therapist?.approvedAt) return 0;
    const started = performance.now();
    const client = await store.repos.people.findById(link.clientId);
    const level = effectiveDetailLevel(therapist.detailLevel, link.consentScope, phiAllowed);
    const chart = startChartEarly();
    const brief = await buildPreSessionBrief(store.repos, link, client?.timezone ?? 'UTC', { now, level, settings: measurementFor(measurement ?? DEFAULT_MEASUREMENT, therapist), session: { at: session.nextAt, zone: session.zone }, onMoodDays: chart.onMoodDays });
    const dataMs = performance.now() - started;
    const { message, chartMs } = await briefMessage(brief, { started: chart.started });
    this.lastRun.briefs++;
    this.lastRun.dataMs.push(dataMs);
    this.lastRun.buildMs.push(performance.now() - started);
    if (chartMs) this.lastRun.chartMs.push(chartMs);
    return store.transaction(async (repos) => {
      if (!(await repos.outbox.enqueue({ idempotencyKey: key, address: therapist.summaryAddress, message, dueAt: now }))) return 0;
      await repos.audit.record(
        { actor: 'system', action: 'therapist.brief.sent', subjectPersonId: link.clientId, detail: { therapistId: therapist.personId, careLinkId: link.id, level, days: brief.summary.window.days } },
        now,
      );
      return 1;
    });
  }
}

import { DateTime } from 'luxon';
import type { Logger } from '../../logger.js';
import type { Store } from '../../db/store.js';
import type { TherapistRecord } from '../../db/repositories/therapists.js';
import type { OutboxEnqueue } from '../../db/repositories/outbox.js';
import type { SchedulerJob } from '../../scheduling/scheduler.js';
import { bold, esc, type OutboundMessage } from '../messages.js';
import { effectiveDetailLevel } from './detail-level.js';
import { NON_ALERTING_SEVERITIES } from './risk-sources.js';
import { buildClientSummary } from './client-summary.js';
import { startChartEarly } from './chart-renderer.js';
import { summaryMessage } from './render-summary.js';
import { summaryWindow } from './window.js';
import { adherenceOf, ratio } from './adherence.js';
import { instantOf } from '../time.js';
import { tt } from '../i18n/index.js';
import { DEFAULT_MEASUREMENT, measurementFor, type MeasurementSettings } from './not-on-track.js';

/** A summary due at 08:00 is still sent when the service was down until 13:59; later it is skipped. */
export const SUMMARY_CATCH_UP_MS = 6 * 60 * 60 * 1000;
/**
 * A therapist's per-client summaries fall due this far apart: one conversation cannot take them
 * faster anyway (Slack: ~1 message/s per channel), and staggered due times let the delivery worker
 * interleave many therapists' DMs instead of draining one DM at a time.
 */
export const SUMMARY_MESSAGE_SPACING_MS = 1_000;
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** Timings of the last run, for the benchmark and logs (ids and counts only). */
export interface SummaryRunStats {
  summaries: number;
  /**
   * Per summary, wall time from starting to read its client's data to its message (text and chart
   * PNG) ready to enqueue — the chart is drawn on the worker meanwhile, from when the mood is read.
   */
  buildMs: number[];
  /** Per summary, wall time until its text was built (the chart may still be drawing then). */
  dataMs: number[];
  chartMs: number[];
  /** Per therapist, wall time to build the whole weekly batch (it is enqueued only when complete). */
  therapistMs: number[];
}

/**
 * Weekly summaries (one header plus one message per client, with a mood chart) at each
 * therapist's local day and time, and the optional daily digest. Idempotency keys
 * `summary:<therapistId>:<localDate>` / `digest:<therapistId>:<localDate>` make a second run — in
 * this instance or another — a no-op; a run first checks the key so it does not rebuild charts.
 */
export class TherapistSummaryJob implements SchedulerJob {
  readonly name = 'therapist-summaries';
  lastRun: SummaryRunStats = { summaries: 0, buildMs: [], dataMs: [], chartMs: [], therapistMs: [] };

  constructor(private readonly options: { store: Store; logger: Logger; phiAllowed: boolean; measurement?: MeasurementSettings }) {}

  async run(now: Date): Promise<number> {
    this.lastRun = { summaries: 0, buildMs: [], dataMs: [], chartMs: [], therapistMs: [] };
    let enqueued = 0;
    for (const therapist of await this.options.store.repos.therapists.listApproved()) {
      const local = DateTime.fromJSDate(now, { zone: therapist.timezone });
      const localDate = local.toISODate()!;
      const dueAt = instantOf(localDate, therapist.summaryTime, therapist.timezone);
      if (now < dueAt || now.getTime() - dueAt.getTime() > SUMMARY_CATCH_UP_MS) continue;
      try {
        if (WEEKDAYS[local.weekday - 1] === therapist.weeklyDay) enqueued += await this.weekly(therapist, localDate, now);
        if (therapist.dailyDigest) enqueued += await this.digest(therapist, localDate, now);
      } catch (err) {
        this.options.logger.error({ err, therapistId: therapist.personId }, 'therapist summary failed');
      }
    }
    if (this.lastRun.summaries) this.options.logger.info({ summaries: this.lastRun.summaries, enqueued }, 'therapist summaries built');
    return enqueued;
  }

  /** The weekly summary of one therapist's clients; returns messages enqueued. */
  async weekly(therapist: TherapistRecord, localDate: string, now: Date): Promise<number> {
    const { store } = this.options;
    const key = `summary:${therapist.personId}:${localDate}`;
    if (await store.repos.outbox.exists(key)) return 0;
    const batchStarted = performance.now();
    const links = await store.repos.careTeam.listActiveLinks(therapist.personId);
    const messages: OutboxEnqueue[] = [];
    const audits: { clientId: string; linkId: string; level: string }[] = [];
    let openAlerts = 0;
    for (const link of links) {
      const started = performance.now();
      const client = await store.repos.people.findById(link.clientId);
      const timezone = client?.timezone ?? 'UTC';
      const level = effectiveDetailLevel(therapist.detailLevel, link.consentScope, this.options.phiAllowed);
      const chart = startChartEarly();
      const summary = await buildClientSummary(store.repos, link, timezone, summaryWindow(now, 7, timezone), level, measurementFor(this.options.measurement ?? DEFAULT_MEASUREMENT, therapist), chart);
      this.lastRun.dataMs.push(performance.now() - started);
      const { message, chartMs } = await summaryMessage(summary, { started: chart.started });
      openAlerts += summary.openFlags.length;
      messages.push({ idempotencyKey: `${key}:${link.id}`, address: therapist.summaryAddress, message, dueAt: new Date(now.getTime() + (messages.length + 1) * SUMMARY_MESSAGE_SPACING_MS) });
      audits.push({ clientId: link.clientId, linkId: link.id, level });
      this.lastRun.summaries++;
      this.lastRun.buildMs.push(performance.now() - started);
      if (chartMs) this.lastRun.chartMs.push(chartMs);
    }
    if (links.length) this.lastRun.therapistMs.push(performance.now() - batchStarted);
    const header: OutboundMessage = {
      text: [
        bold(tt('therapist-weekly-title', { date: localDate })),
        links.length ? tt('therapist-weekly-counts', { clients: links.length, alerts: openAlerts }) : tt('therapist-weekly-no-clients'),
      ].join('\n'),
    };
    return store.transaction(async (repos) => {
      let count = (await repos.outbox.enqueue({ idempotencyKey: key, address: therapist.summaryAddress, message: header, dueAt: now })) ? 1 : 0;
      if (!count) return 0;
      for (const item of messages) if (await repos.outbox.enqueue(item)) count++;
      for (const audit of audits) {
        await repos.audit.record({ actor: 'system', action: 'therapist.summary.sent', subjectPersonId: audit.clientId, detail: { therapistId: therapist.personId, careLinkId: audit.linkId, level: audit.level, days: 7 } }, now);
      }
      return count;
    });
  }

  /** One short message: each client's last day (adherence only) and open alerts. */
  async digest(therapist: TherapistRecord, localDate: string, now: Date): Promise<number> {
    const { store } = this.options;
    const key = `digest:${therapist.personId}:${localDate}`;
    if (await store.repos.outbox.exists(key)) return 0;
    const links = await store.repos.careTeam.listActiveLinks(therapist.personId);
    const flags = await store.repos.careTeam.openFlagsOf(links.map((link) => link.clientId), NON_ALERTING_SEVERITIES);
    const lines = [bold(tt('therapist-digest-title', { date: localDate }))];
    for (const link of links) {
      const client = await store.repos.people.findById(link.clientId);
      const timezone = client?.timezone ?? 'UTC';
      const adherence = await adherenceOf(store.repos, link.clientId, therapist.personId, timezone, summaryWindow(now, 1, timezone));
      const open = flags.filter((flag) => flag.personId === link.clientId).length;
      const line = tt('therapist-digest-line', {
        alias: esc(link.alias ?? tt('therapist-client')),
        prompts: ratio(adherence.promptsAnswered, adherence.promptsSent),
        homework: ratio(adherence.homeworkDone, adherence.homeworkAssigned),
      });
      lines.push(`• ${open ? `${tt('therapist-digest-open-alerts', { count: open })} · ` : ''}${line}`);
    }
    if (links.length === 0) lines.push(tt('therapist-digest-no-clients'));
    return store.transaction(async (repos) => {
      if (!(await repos.outbox.enqueue({ idempotencyKey: key, address: therapist.summaryAddress, message: { text: lines.join('\n') }, dueAt: now }))) return 0;
      for (const link of links) {
        await repos.audit.record({ actor: 'system', action: 'therapist.digest.sent', subjectPersonId: link.clientId, detail: { therapistId: therapist.personId, careLinkId: link.id } }, now);
      }
      return 1;
    });
  }
}

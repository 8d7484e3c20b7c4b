import type { Logger } from '../../logger.js';
import type { Repositories, TxRepositories, Store } from '../../db/store.js';
import type { TherapistLinkRecord } from '../../db/repositories/care-team.js';
import type { TherapistRecord } from '../../db/repositories/therapists.js';
import type { Clock } from '../clock.js';
import { platformOf } from '../events.js';
import { bold, esc, type OutboundMessage } from '../messages.js';
import { adherenceOf, type Adherence } from '../summaries/adherence.js';
import { buildClientSummary } from '../summaries/client-summary.js';
import { summaryMessage } from '../summaries/render-summary.js';
import { DEFAULT_MEASUREMENT, measurementFor, notOnTrackFor, type MeasurementSettings, type NotOnTrackFlag } from '../summaries/not-on-track.js';
import { summaryWindow } from '../summaries/window.js';
import { effectiveDetailLevel, isDetailLevel, type DetailLevel } from '../summaries/detail-level.js';
import { noSuchAlert, noSuchClient, TherapistError } from './errors.js';
import { validateAssignment, type AssignmentRequest } from './homework-kinds.js';
import { describeCadenceIn, describeSettings, homeworkChoiceIn, homeworkNameIn, wordsOf } from '../exercises/homework-kinds.js';
import { formatInviteCode, generateInviteCode, INVITE_CODE_TTL_MS } from './invite-code.js';
import { replaceAcknowledgedAlerts } from './risk-alert.js';
import { NON_ALERTING_SEVERITIES } from '../summaries/risk-sources.js';
import { nextOccurrence } from '../time.js';
import { buttonId, parseButton } from '../buttons.js';
import { storedLocale, translator, tt } from '../i18n/index.js';
import { collectFhirRecords } from '../privacy/fhir.js';
import { fhirExportFile } from '../privacy/export.js';
import { buildPreSessionBrief } from '../summaries/brief.js';
import { briefMessage } from '../summaries/render-brief.js';
import { startChartEarly } from '../summaries/chart-renderer.js';
import { describeSessionSet, pastSessionText, resolveSession, sessionText, type SessionWhen } from './session.js';
import { instantForTherapist } from '../summaries/therapist-labels.js';

/** Who is asking: a user of a chat workspace (Slack team + user id). Platform-neutral. */
export interface TherapistActor {
  platform: string;
  workspaceId: string;
  userId: string;
  /**
   * Their name as the platform sent it with the request (Slack: the user's name), shown as who
   * acknowledged an alert. Never used to decide access.
   */
  displayName?: string;
}

export interface TherapistServiceOptions {
  store: Store;
  clock: Clock;
  logger: Logger;
  /** Workspace user ids that may approve therapists (SLACK_ADMIN_USER_IDS). */
  adminUserIds: string[];
  /** Whether `full` detail (client free text) may be sent to the workspace (SLACK_PHI_ALLOWED). */
  phiAllowed: boolean;
  /** Detail level of newly registered therapists (DEFAULT_DETAIL_LEVEL). */
  defaultDetailLevel: DetailLevel;
  /** The practice's change method and homework target (CHANGE_METHOD, HOMEWORK_TARGET_PERCENT). */
  measurement?: MeasurementSettings;
  /** Wakes the delivery worker after enqueuing. */
  onEnqueued?: () => void;
  /** Hours before a set session that the pre-session brief comes (BRIEF_HOURS_BEFORE); 0: only on demand. */
  briefHoursBefore?: number;
}

export interface RosterEntry {
  linkId: string;
  alias: string;
  /** The platform the client uses (telegram, discord, …). */
  platform: string | null;
  lastActivityAt: Date | null;
  adherence: Adherence;
  openFlags: { id: string; severity: string; createdAt: Date }[];
  /** "Not on track" flags at the detail level the therapist gets for this client, each with its reason. */
  notOnTrack: NotOnTrackFlag[];
  /** The next session, in the zone it was set in, when one is set. */
  nextSession: { at: Date; zone: string } | null;
}

export type RegisterOutcome = 'registered' | 'pending-approval' | 'already-registered';

/** Longest alias a therapist may give a client. */
export const ALIAS_MAX_CHARS = 40;
const ROSTER_DAYS = 7;
const ON_DEMAND_DAYS = [7, 30];

/**
 * The therapist's side of Between, independent of the chat platform: registration, invites, the
 * roster, homework, summaries, unlinking and risk acknowledgements. Every method checks access in
 * the core — a therapist only ever sees or acts on clients linked to them by an active CareLink —
 * and writes an AuditEvent (who, what, when; never content) for every view, alert and change.
 */
export class TherapistService {
  constructor(private readonly options: TherapistServiceOptions) {}

  private get measurement(): MeasurementSettings {
    return this.options.measurement ?? DEFAULT_MEASUREMENT;
  }

  /** The practice's homework target (HOMEWORK_TARGET_PERCENT). */
  get practiceHomeworkTarget(): number {
    return this.measurement.homeworkTargetPercent;
  }

  get phiAllowed(): boolean {
    return this.options.phiAllowed;
  }

  isAdmin(actor: TherapistActor): boolean {
    return this.options.adminUserIds.includes(actor.userId);
  }

  /**
   * Registers the actor as a therapist. The first therapist of a workspace, and admins, are
   * approved at once; others wait for an admin's `approve`, and every admin is told (by direct
   * message, through `dmAddressOf`). `dmAddress` resolves the address of the therapist's direct
   * messages, where summaries and alerts go by default.
   */
  async register(
    actor: TherapistActor,
    dmAddress: () => Promise<string>,
    dmAddressOf?: (userId: string) => Promise<string>,
  ): Promise<{ outcome: RegisterOutcome; therapist: TherapistRecord }> {
    const existing = await this.options.store.repos.therapists.findByWorkspaceUser(actor.workspaceId, actor.userId);
    if (existing) return { outcome: existing.approvedAt ? 'already-registered' : 'pending-approval', therapist: existing };
    const address = await dmAddress();
    // Where to tell the admins, looked up before the transaction (it may need the platform).
    const willWait = !this.isAdmin(actor) && (await this.options.store.repos.therapists.countApproved(actor.workspaceId)) > 0;
    const admins = willWait && dmAddressOf ? await this.adminAddresses(dmAddressOf) : [];
    return this.write(async (repos, now) => {
      const again = await repos.therapists.findByWorkspaceUser(actor.workspaceId, actor.userId);
      if (again) return { outcome: again.approvedAt ? 'already-registered' : 'pending-approval', therapist: again };
      const approved = this.isAdmin(actor) || (await repos.therapists.countApproved(actor.workspaceId)) === 0;
      const therapist = await repos.therapists.create(
        {
          workspaceId: actor.workspaceId,
          userId: actor.userId,
          platform: actor.platform,
          identityUserId: `${actor.workspaceId}:${actor.userId}`,
          address,
          timezone: 'UTC',
          detailLevel: this.options.phiAllowed ? this.options.defaultDetailLevel : effectiveDetailLevel(this.options.defaultDetailLevel, 'full', false),
          approvedAt: approved ? now : null,
        },
        now,
      );
      // Their name names them to admins in escalations; the platform may not send one.
      if (actor.displayName) await repos.people.update(therapist.personId, { displayName: actor.displayName });
      await repos.audit.record({ actor: therapist.personId, action: 'therapist.registered', detail: { approved } }, now);
      if (!approved) {
        for (const admin of admins) {
          await repos.outbox.enqueue({
            idempotencyKey: `therapist-pending:${therapist.personId}:${admin.userId}`,
            address: admin.address,
            message: {
              text: `${bold(tt('therapist-awaiting-approval-title'))} ${tt('therapist-awaiting-approval', { user: actor.userId })}`,
            },
            dueAt: now,
          });
        }
      }
      return { outcome: approved ? 'registered' : 'pending-approval', therapist };
    });
  }

  /**
   * Suggests that two of the therapist's clients become accountability partners. The first is asked
   * in their own chat; if they want to, they choose a name and what to share, and the second is
   * asked in turn. Both confirm before anything starts, and the therapist is not told the outcome.
   */
  async suggestPairing(actor: TherapistActor, first: string, second: string): Promise<{ first: string; second: string }> {
    const repos = this.options.store.repos;
    const therapist = await this.requireTherapist(repos, actor);
    const a = await this.audited(this.linkByAlias(repos, therapist, first, 'partners.suggest'));
    const b = await this.audited(this.linkByAlias(repos, therapist, second, 'partners.suggest'));
    if (a.clientId === b.clientId) throw new TherapistError('invalid', tt('therapist-pair-two-different'));
    await this.write(async (tx, now) => {
      const address = (await tx.people.addressesOf(a.clientId))[0];
      // A block between them is theirs to keep: the therapist learns only that it cannot be suggested.
      if (!address || (await tx.partners.blockedBetween(a.clientId, b.clientId))) throw new TherapistError('invalid', tt('therapist-pair-refused'));
      // The suggestion goes to the client, in the client's language (locales/<lang>/partners.ftl).
      const locale = storedLocale((await tx.people.findById(a.clientId))?.locale);
      const t = translator(locale);
      await tx.outbox.enqueue({
        idempotencyKey: `pair-suggested:${a.id}:${b.id}:${now.getTime()}`,
        address,
        message: {
          text: [bold(t('partner-suggested-title')), t('partner-suggested-who'), t('partner-suggested-how')].join('\n'),
          choices: [
            { id: buttonId('partnerSuggestion', b.id), label: t('partner-start') },
            { id: buttonId('partnerSuggestion', 'no'), label: t('partner-no-thanks') },
          ],
          locale,
        },
        dueAt: now,
      });
      await tx.audit.record({ actor: therapist.personId, action: 'partners.suggested', subjectPersonId: a.clientId, detail: { careLinkId: a.id, otherCareLinkId: b.id } }, now);
    });
    return { first: a.alias ?? tt('therapist-client'), second: b.alias ?? tt('therapist-client') };
  }

  /** Whether anyone may approve therapists here (SLACK_ADMIN_USER_IDS is set). */
  get adminsConfigured(): boolean {
    return this.options.adminUserIds.length > 0;
  }

  /** The admins' direct-message addresses; an admin the platform cannot reach is skipped (and logged). */
  private async adminAddresses(dmAddressOf: (userId: string) => Promise<string>): Promise<{ userId: string; address: string }[]> {
    const found: { userId: string; address: string }[] = [];
    for (const userId of this.options.adminUserIds) {
      try {
        found.push({ userId, address: await dmAddressOf(userId) });
      } catch (err) {
        this.options.logger.warn({ err }, 'could not reach an admin about a pending therapist registration');
      }
    }
    return found;
  }

  /** An admin approves a pending therapist of the same workspace. */
  async approve(actor: TherapistActor, targetUserId: string): Promise<void> {
    if (!this.isAdmin(actor)) throw new TherapistError('not-admin', tt('therapist-only-admins'));
    await this.write(async (repos, now) => {
      const target = await repos.therapists.findByWorkspaceUser(actor.workspaceId, targetUserId);
      if (!target) throw new TherapistError('not-found', tt('therapist-not-registered-yet'));
      if (target.approvedAt) throw new TherapistError('already-done', tt('therapist-already-approved'));
      await repos.therapists.approve(target.personId, now);
      await repos.audit.record({ actor: `${actor.platform}:${actor.workspaceId}:${actor.userId}`, action: 'therapist.approved', detail: { therapistId: target.personId } }, now);
      await repos.outbox.enqueue({
        idempotencyKey: `therapist-approved:${target.personId}`,
        address: target.summaryAddress,
        message: { text: `${bold(tt('therapist-approved-title'))} ${tt('therapist-approved')}` },
        dueAt: now,
      });
    });
  }

  /** Creates a single-use invite code (7 days) with a pseudonymous alias for the client. */
  async invite(actor: TherapistActor, alias?: string): Promise<{ code: string; alias: string; expiresAt: Date }> {
    return this.write(async (repos, now) => {
      const therapist = await this.requireTherapist(repos, actor);
      const links = await repos.careTeam.listActiveLinks(therapist.personId);
      let chosen = alias?.replace(/\s+/g, ' ').trim();
      if (chosen) {
        if (chosen.length > ALIAS_MAX_CHARS) throw new TherapistError('invalid', tt('therapist-alias-too-long', { max: ALIAS_MAX_CHARS }));
        if (links.some((link) => sameAlias(link.alias, chosen!))) throw new TherapistError('invalid', tt('therapist-alias-taken'));
      } else {
        let n = (await repos.careTeam.countCodesIssued(therapist.personId)) + 1;
        while (links.some((link) => sameAlias(link.alias, tt('therapist-numbered-client', { number: n })))) n++;
        chosen = tt('therapist-numbered-client', { number: n });
      }
      const code = generateInviteCode();
      const expiresAt = new Date(now.getTime() + INVITE_CODE_TTL_MS);
      const codeId = await repos.care.createCode({ code, therapistId: therapist.personId, alias: chosen, expiresAt, at: now });
      await repos.audit.record({ actor: therapist.personId, action: 'care.invite.created', detail: { codeId } }, now);
      return { code: formatInviteCode(code), alias: chosen, expiresAt };
    });
  }

  /** The therapist's clients: unacknowledged risk alerts first, then by alias. Audited per client. */
  async roster(actor: TherapistActor): Promise<RosterEntry[]> {
    const repos = this.options.store.repos;
    const now = this.options.clock.now();
    const therapist = await this.requireTherapist(repos, actor);
    const links = await repos.careTeam.listActiveLinks(therapist.personId);
    const flags = await repos.careTeam.openFlagsOf(links.map((link) => link.clientId), NON_ALERTING_SEVERITIES);
    const entries: RosterEntry[] = [];
    for (const link of links) {
      const client = await repos.people.findById(link.clientId);
      const timezone = client?.timezone ?? 'UTC';
      const level = effectiveDetailLevel(therapist.detailLevel, link.consentScope, this.options.phiAllowed);
      const [adherence, lastActivityAt, addresses, notOnTrack] = await Promise.all([
        adherenceOf(repos, link.clientId, therapist.personId, timezone, summaryWindow(now, ROSTER_DAYS, timezone)),
        repos.clientActivity.lastActivityAt(link.clientId),
        repos.people.addressesOf(link.clientId),
        notOnTrackFor(repos, { clientId: link.clientId, therapistId: therapist.personId, timezone }, now, level, measurementFor(this.measurement, therapist)),
      ]);
      entries.push({
        linkId: link.id,
        alias: link.alias ?? tt('therapist-client'),
        platform: addresses[0] ? platformOf(addresses[0]) : null,
        lastActivityAt,
        adherence,
        openFlags: flags.filter((flag) => flag.personId === link.clientId).map(({ id, severity, createdAt }) => ({ id, severity, createdAt })),
        notOnTrack,
        nextSession: link.session?.nextAt ? { at: link.session.nextAt, zone: link.session.zone } : null,
      });
    }
    entries.sort((a, b) => newestFlag(b) - newestFlag(a) || a.alias.localeCompare(b.alias, 'en', { numeric: true }));
    await this.options.store.transaction(async (tx) => {
      for (const link of links) {
        await tx.audit.record({ actor: therapist.personId, action: 'therapist.roster.viewed', subjectPersonId: link.clientId, detail: { careLinkId: link.id } }, now);
      }
    });
    return entries;
  }

  /** Clients the therapist may assign homework to (for the assign form). */
  async assignableClients(actor: TherapistActor): Promise<{ linkId: string; alias: string }[]> {
    const repos = this.options.store.repos;
    const therapist = await this.requireTherapist(repos, actor);
    const links = await repos.careTeam.listActiveLinks(therapist.personId);
    return links.map((link) => ({ linkId: link.id, alias: link.alias ?? tt('therapist-client') })).sort((a, b) => a.alias.localeCompare(b.alias, 'en', { numeric: true }));
  }

  /** Resolves one of the actor's clients by alias (case-insensitive); "not found" otherwise. */
  async findClientByAlias(actor: TherapistActor, alias: string): Promise<{ linkId: string; alias: string }> {
    const repos = this.options.store.repos;
    const therapist = await this.requireTherapist(repos, actor);
    const link = await this.audited(this.linkByAlias(repos, therapist, alias, 'client.find'));
    return { linkId: link.id, alias: link.alias ?? tt('therapist-client') };
  }

  /**
   * Assigns homework: an Assignment, a `homework` reminder schedule when a time is given, and a
   * message telling the client — all in one transaction. Throws a {@link TherapistError} with the
   * offending `field` for form validation.
   */
  async assign(actor: TherapistActor, request: AssignmentRequest): Promise<{ assignmentId: string; alias: string }> {
    const valid = validateAssignment(request);
    return this.write(async (repos, now) => {
      const therapist = await this.requireTherapist(repos, actor);
      const link = await this.ownedLink(repos, therapist, request.linkId, 'homework.assign');
      const client = await repos.people.findById(link.clientId);
      if (!client) throw new TherapistError('not-found', noSuchClient());
      const next = valid.dueTime ? nextOccurrence({ time: valid.dueTime, days: valid.scheduleDays, zone: client.timezone, after: now }) : null;
      const assignmentId = await repos.careTeam.createAssignment(
        {
          personId: client.id,
          therapistId: therapist.personId,
          kind: valid.kind,
          cadence: valid.cadence,
          instructions: valid.instructions,
          dueTime: valid.dueTime,
          days: valid.scheduleDays,
          next,
          settings: valid.settings,
        },
        now,
      );
      const address = (await repos.people.addressesOf(client.id))[0];
      if (address) {
        // Told in the client's language (commands.ftl).
        const words = wordsOf(client.locale);
        const assigned = { label: esc(homeworkNameIn(valid.kind, words)), cadence: describeCadenceIn(valid.cadence, words), time: valid.dueTime ?? 'none' };
        const lines = [words.t('commands-homework-assigned', assigned), ...describeSettings(valid.kind, valid.settings, words).map(esc)];
        if (valid.instructions) lines.push(words.t('commands-homework-instructions', { text: esc(valid.instructions) }));
        lines.push(words.t('commands-homework-assigned-whenever'));
        const message = { text: lines.join('\n'), choices: [homeworkChoiceIn({ id: assignmentId, kind: valid.kind }, words)], locale: words.locale };
        await repos.outbox.enqueue({ idempotencyKey: `homework-assigned:${assignmentId}`, address, message, dueAt: now });
      }
      await repos.audit.record(
        { actor: therapist.personId, action: 'homework.assigned', subjectPersonId: client.id, detail: { careLinkId: link.id, assignmentId, kind: valid.kind, cadence: valid.cadence, settings: Object.keys(valid.settings ?? {}).join(',') || null, clientTold: Boolean(address) } },
        now,
      );
      return { assignmentId, alias: link.alias ?? tt('therapist-client') };
    });
  }

  /**
   * Builds one client's summary now and delivers it to the therapist's summary address (it may
   * carry a chart, so it goes through the outbox like every message). Audited.
   */
  async requestSummary(actor: TherapistActor, target: { alias: string } | { linkId: string }, days: number): Promise<{ alias: string; address: string }> {
    if (!ON_DEMAND_DAYS.includes(days)) throw new TherapistError('invalid', tt('therapist-summary-days'));
    const repos = this.options.store.repos;
    const now = this.options.clock.now();
    const therapist = await this.requireTherapist(repos, actor);
    const link = await this.audited('alias' in target ? this.linkByAlias(repos, therapist, target.alias, 'summary.request') : this.ownedLink(repos, therapist, target.linkId, 'summary.open'));
    const client = await repos.people.findById(link.clientId);
    const timezone = client?.timezone ?? 'UTC';
    const level = effectiveDetailLevel(therapist.detailLevel, link.consentScope, this.options.phiAllowed);
    const chart = startChartEarly();
    const summary = await buildClientSummary(repos, link, timezone, summaryWindow(now, days, timezone), level, measurementFor(this.measurement, therapist), chart);
    const { message } = await summaryMessage(summary, { started: chart.started });
    await this.write(async (tx) => {
      await tx.outbox.enqueue({ idempotencyKey: `summary-demand:${therapist.personId}:${link.id}:${days}:${now.getTime()}`, address: therapist.summaryAddress, message, dueAt: now });
      await tx.audit.record({ actor: therapist.personId, action: 'therapist.summary.viewed', subjectPersonId: link.clientId, detail: { careLinkId: link.id, days, level } }, now);
    });
    return { alias: link.alias ?? tt('therapist-client'), address: therapist.summaryAddress };
  }

  /**
   * Sets, clears or shows a client's next session: a one-off date and time or a weekly slot, in the
   * zone given (else the therapist's own). A one-off time that has passed is refused, said back in
   * words; a time a DST change skips or repeats is set and the reply says which instant it is.
   * Audited. Returns the reply.
   */
  async setSession(actor: TherapistActor, alias: string, when: SessionWhen): Promise<{ alias: string; text: string }> {
    const hours = this.options.briefHoursBefore ?? 2;
    return this.write(async (repos, now) => {
      const therapist = await this.requireTherapist(repos, actor);
      const link = await this.linkByAlias(repos, therapist, alias, 'session.set');
      const name = link.alias ?? tt('therapist-client');
      if (when.kind === 'show') {
        const next = link.session?.nextAt;
        return { alias: name, text: next ? `${sessionText.set(name, instantForTherapist(next, link.session!.zone), link.session!.zone)}\n${sessionText.brief(hours, name)}` : sessionText.none(name) };
      }
      if (when.kind === 'clear') {
        await repos.careTeam.setSession(link.id, null);
        await repos.audit.record({ actor: therapist.personId, action: 'care.session.cleared', subjectPersonId: link.clientId, detail: { careLinkId: link.id } }, now);
        return { alias: name, text: sessionText.cleared(name) };
      }
      const zone = when.zone ?? therapist.timezone;
      const session = resolveSession(when, zone, now);
      if (session.at <= now) throw new TherapistError('invalid', pastSessionText(session.at, zone, now), 'when');
      await repos.careTeam.setSession(link.id, { rule: session.rule, time: session.time, zone, nextAt: session.at });
      await repos.audit.record({ actor: therapist.personId, action: 'care.session.set', subjectPersonId: link.clientId, detail: { careLinkId: link.id, rule: session.rule, dst: session.dst } }, now);
      return { alias: name, text: describeSessionSet(name, session, therapist.timezone, hours) };
    });
  }

  /**
   * Builds the pre-session brief now (what changed since the last session, or the last 7 days) and
   * delivers it to the therapist's summary address through the outbox. Audited.
   */
  async requestBrief(actor: TherapistActor, alias: string): Promise<{ alias: string }> {
    const repos = this.options.store.repos;
    const now = this.options.clock.now();
    const therapist = await this.requireTherapist(repos, actor);
    const link = await this.audited(this.linkByAlias(repos, therapist, alias, 'brief.request'));
    const client = await repos.people.findById(link.clientId);
    const level = effectiveDetailLevel(therapist.detailLevel, link.consentScope, this.options.phiAllowed);
    const session = link.session?.nextAt ? { at: link.session.nextAt, zone: link.session.zone } : null;
    const chart = startChartEarly();
    const brief = await buildPreSessionBrief(repos, link, client?.timezone ?? 'UTC', { now, level, settings: measurementFor(this.measurement, therapist), session, onMoodDays: chart.onMoodDays });
    const { message } = await briefMessage(brief, { started: chart.started });
    await this.write(async (tx) => {
      await tx.outbox.enqueue({ idempotencyKey: `brief-demand:${therapist.personId}:${link.id}:${now.getTime()}`, address: therapist.summaryAddress, message, dueAt: now });
      await tx.audit.record({ actor: therapist.personId, action: 'therapist.brief.viewed', subjectPersonId: link.clientId, detail: { careLinkId: link.id, level, days: brief.summary.window.days } }, now);
    });
    return { alias: link.alias ?? tt('therapist-client') };
  }

  /** Ends the link with a client: no more summaries or alerts; their homework from you stops. */
  async unlink(actor: TherapistActor, alias: string): Promise<{ alias: string }> {
    return this.write(async (repos, now) => {
      const therapist = await this.requireTherapist(repos, actor);
      const link = await this.linkByAlias(repos, therapist, alias, 'care.unlink');
      await repos.careTeam.endLink(link.id, now);
      const ended = await repos.careTeam.endAssignments(link.clientId, therapist.personId, now);
      const address = (await repos.people.addressesOf(link.clientId))[0];
      if (address) {
        const words = wordsOf((await repos.people.findById(link.clientId))?.locale);
        await repos.outbox.enqueue({
          idempotencyKey: `care-unlinked:${link.id}`,
          address,
          message: { text: words.t('commands-therapist-unlinked'), locale: words.locale },
          dueAt: now,
        });
      }
      await repos.audit.record({ actor: therapist.personId, action: 'care.unlinked', subjectPersonId: link.clientId, detail: { careLinkId: link.id, assignmentsEnded: ended } }, now);
      return { alias: link.alias ?? tt('therapist-client') };
    });
  }

  /**
   * Records that a risk alert was acknowledged — who, their name, when — so re-alerts and the
   * escalation stop, and replaces every alert, reminder and escalation sent about the flag by its
   * acknowledged form (buttons gone). The client's linked therapists may acknowledge; once the
   * flag was escalated, so may the workspace's admins and its other approved therapists (whoever
   * covers the escalation channel). A second press only replaces alerts still showing buttons.
   */
  async acknowledge(actor: TherapistActor, flagId: string): Promise<{ alias: string; alreadyAcknowledged: boolean }> {
    return this.write(async (repos, now) => {
      const admin = this.isAdmin(actor);
      const therapist = admin ? await this.approvedTherapist(repos, actor) : await this.requireTherapist(repos, actor);
      const who = therapist?.personId ?? `${actor.platform}:${actor.workspaceId}:${actor.userId}`;
      const flag = await repos.careTeam.findFlag(flagId);
      const links = flag ? await repos.care.activeLinksOfClient(flag.personId) : [];
      const own = therapist ? links.find((link) => link.therapistId === therapist.personId) : undefined;
      const covering = !own && Boolean(flag?.escalatedAt) && (admin || therapist !== null) && (await this.workspacesOf(repos, links)).includes(actor.workspaceId);
      if (!flag || (!own && !covering)) throw this.denied(who, 'risk.acknowledge', flag?.personId ?? null, noSuchAlert());
      const acknowledged = await repos.careTeam.acknowledgeFlag(flag.id, { id: who, name: actor.displayName ?? actor.userId }, now);
      if (acknowledged) {
        await repos.audit.record({ actor: who, action: 'risk.acknowledged', subjectPersonId: flag.personId, detail: { flagId: flag.id, viaEscalation: !own } }, now);
        if (therapist && actor.displayName) await repos.people.update(therapist.personId, { displayName: actor.displayName });
      }
      await replaceAcknowledgedAlerts(repos, (await repos.careTeam.findFlag(flag.id))!, now);
      const alias = own?.alias ?? [...new Set(links.map((link) => link.alias ?? tt('therapist-client')))].join(' / ');
      return { alias: alias || tt('therapist-client'), alreadyAcknowledged: !acknowledged };
    });
  }

  /** Sets the therapist's detail level; `full` only where PHI is allowed. */
  async setDetailLevel(actor: TherapistActor, level: string): Promise<DetailLevel> {
    if (!isDetailLevel(level)) throw new TherapistError('invalid', tt('therapist-level-invalid'));
    if (level === 'full' && !this.options.phiAllowed) {
      throw new TherapistError('invalid', tt('therapist-full-detail-off'));
    }
    return this.write(async (repos, now) => {
      const therapist = await this.requireTherapist(repos, actor);
      await repos.therapists.updateSettings(therapist.personId, { detailLevel: level });
      await repos.audit.record({ actor: therapist.personId, action: 'therapist.settings.changed', detail: { detailLevel: level } }, now);
      return level;
    });
  }

  /**
   * The therapist's homework target: a whole percentage 0–100 (0: never flag), or null to use the
   * practice's (HOMEWORK_TARGET_PERCENT). Audited. Returns the target now in force and whose it is.
   */
  async setHomeworkTarget(actor: TherapistActor, percent: number | null): Promise<{ percent: number; own: boolean }> {
    if (percent !== null && !(Number.isInteger(percent) && percent >= 0 && percent <= 100)) throw new TherapistError('invalid', tt('therapist-target-invalid', { word: String(percent) }));
    return this.write(async (repos, now) => {
      const therapist = await this.requireTherapist(repos, actor);
      await repos.therapists.updateSettings(therapist.personId, { homeworkTargetPercent: percent });
      await repos.audit.record({ actor: therapist.personId, action: 'therapist.settings.changed', detail: { homeworkTargetPercent: percent } }, now);
      return { percent: percent ?? this.practiceHomeworkTarget, own: percent !== null };
    });
  }

  /** Weekly summary day/time and the daily digest. */
  async setSchedule(actor: TherapistActor, fields: { weeklyDay?: string; summaryTime?: string; dailyDigest?: boolean; timezone?: string }): Promise<TherapistRecord> {
    return this.write(async (repos, now) => {
      const therapist = await this.requireTherapist(repos, actor);
      const { timezone, ...profile } = fields;
      await repos.therapists.updateSettings(therapist.personId, profile);
      if (timezone) await repos.people.update(therapist.personId, { timezone });
      await repos.audit.record({ actor: therapist.personId, action: 'therapist.settings.changed', detail: { schedule: true } }, now);
      return (await repos.therapists.findById(therapist.personId))!;
    });
  }

  /** The therapist (approved) behind the actor. */
  async therapistOf(actor: TherapistActor): Promise<TherapistRecord> {
    return this.requireTherapist(this.options.store.repos, actor);
  }

  /**
   * The client's FHIR R4 bundle (questionnaire results and check-ins), cut to the detail level the
   * therapist gets for them — below `clinical` the scores and check-ins are left out and the bundle
   * says so — validated, and delivered as a file to the therapist's summary address through the
   * outbox. Audited as `export.fhir` (counts, never content); another therapist's client is "not
   * found" and an `access.denied`.
   */
  async exportFhir(actor: TherapistActor, alias: string): Promise<{ alias: string; withheld: boolean }> {
    const repos = this.options.store.repos;
    const now = this.options.clock.now();
    const therapist = await this.requireTherapist(repos, actor);
    const link = await this.linkByAlias(repos, therapist, alias, 'export.fhir').catch(async (error: unknown) => {
      await this.auditDenial(error);
      throw error;
    });
    const name = link.alias ?? tt('therapist-client');
    const client = { id: link.clientId, timezone: (await repos.people.findById(link.clientId))?.timezone ?? 'UTC' };
    const level = effectiveDetailLevel(therapist.detailLevel, link.consentScope, this.options.phiAllowed);
    const withheld = level === 'minimal';
    const records = withheld ? { personId: client.id, timezone: client.timezone, assessments: [], checkIns: [] } : await collectFhirRecords(repos, client);
    const section = withheld ? 'withheld' : 'included';
    const attachment = await fhirExportFile(records, { now, scores: section, checkIns: section, ownText: false });
    const text = [bold(tt('therapist-fhir-title', { alias: esc(name) })), tt('therapist-fhir'), ...(withheld ? [tt('therapist-fhir-withheld')] : [])].join('\n');
    await this.write(async (tx) => {
      await tx.outbox.enqueue({ idempotencyKey: `fhir-export:${therapist.personId}:${link.id}:${now.getTime()}`, address: therapist.summaryAddress, message: { text, attachment }, dueAt: now });
      await tx.audit.record(
        { actor: therapist.personId, action: 'export.fhir', subjectPersonId: link.clientId, detail: { careLinkId: link.id, level, questionnaires: records.assessments.length, checkIns: records.checkIns.length } },
        now,
      );
    });
    return { alias: name, withheld };
  }

  /**
   * A button pressed on a message the core sent the therapist (`ack.<flagId>`, `sum.<linkId>`).
   * The id is never trusted: it must name the pressing therapist's own flag or client.
   */
  async handleChoice(actor: TherapistActor, choiceId: string): Promise<OutboundMessage> {
    const button = parseButton(choiceId);
    if (button?.kind === 'acknowledgeRisk') {
      const result = await this.acknowledge(actor, button.value);
      return { text: result.alreadyAcknowledged ? tt('therapist-alert-already-acknowledged', { alias: esc(result.alias) }) : tt('therapist-alert-acknowledged', { alias: esc(result.alias) }) };
    }
    if (button?.kind === 'openSummary') {
      const result = await this.requestSummary(actor, { linkId: button.value }, 30);
      return { text: tt('therapist-summary-30-on-its-way', { alias: esc(result.alias) }) };
    }
    throw new TherapistError('invalid', tt('therapist-unknown-button'));
  }

  /**
   * Marks an inbound platform update as handled; false when it was already (a platform retry).
   * Uses the same ProcessedUpdate table as the client side.
   */
  async firstDelivery(updateKey: string): Promise<boolean> {
    return this.options.store.repos.processedUpdates.markProcessed(updateKey, this.options.clock.now());
  }

  /** The approved therapist behind the actor, or null (an admin need not be one). */
  private async approvedTherapist(repos: Repositories, actor: TherapistActor): Promise<TherapistRecord | null> {
    const therapist = await repos.therapists.findByWorkspaceUser(actor.workspaceId, actor.userId);
    return therapist?.approvedAt ? therapist : null;
  }

  /** The workspaces of the therapists behind these links. */
  private async workspacesOf(repos: Repositories, links: readonly { therapistId: string }[]): Promise<string[]> {
    const workspaces: string[] = [];
    for (const link of links) {
      const therapist = await repos.therapists.findById(link.therapistId);
      if (therapist) workspaces.push(therapist.workspaceId);
    }
    return workspaces;
  }

  private async requireTherapist(repos: Repositories, actor: TherapistActor): Promise<TherapistRecord> {
    const therapist = await repos.therapists.findByWorkspaceUser(actor.workspaceId, actor.userId);
    if (!therapist) throw new TherapistError('not-registered', tt('therapist-not-registered'));
    if (!therapist.approvedAt) throw new TherapistError('pending-approval', tt('therapist-pending-approval'));
    return therapist;
  }

  /** The link, only if it is active and the therapist's own; otherwise audited and "not found". */
  private async ownedLink(repos: Repositories, therapist: TherapistRecord, linkId: string, what: string): Promise<TherapistLinkRecord> {
    const link = await repos.careTeam.findActiveLink(linkId);
    if (!link || link.therapistId !== therapist.personId) throw this.denied(therapist.personId, what, link?.clientId ?? null, noSuchClient());
    return link;
  }

  /**
   * One of the therapist's active clients by alias (case-insensitive). Otherwise "not found" — and
   * when the alias is another therapist's client in the same workspace, the refusal is an access
   * denial (audited as `access.denied` by whoever catches it: {@link write} or {@link audited}). A
   * typo that names nobody is not one.
   */
  private async linkByAlias(repos: Repositories, therapist: TherapistRecord, alias: string, what: string): Promise<TherapistLinkRecord> {
    const wanted = alias.replace(/\s+/g, ' ').trim();
    if (!wanted) throw new TherapistError('not-found', noSuchClient(), 'client');
    const link = (await repos.careTeam.listActiveLinks(therapist.personId)).find((l) => sameAlias(l.alias, wanted));
    if (link) return link;
    const colleagues = (await repos.therapists.listApproved()).filter((other) => other.workspaceId === therapist.workspaceId && other.personId !== therapist.personId);
    const theirs = (await repos.careTeam.activeLinksOfTherapists(colleagues.map((other) => other.personId))).find((l) => sameAlias(l.alias, wanted));
    if (theirs) throw this.denied(therapist.personId, what, theirs.clientId, noSuchClient());
    throw new TherapistError('not-found', noSuchClient(), 'client');
  }

  /** Audits an access denial from `work` (outside any transaction), then rethrows. */
  private async audited<T>(work: Promise<T>): Promise<T> {
    try {
      return await work;
    } catch (error) {
      await this.auditDenial(error);
      throw error;
    }
  }

  /** Someone (`actor`: a person id or platform user reference) tried to reach a client or flag that is not theirs: refused, and audited once the transaction is over. */
  private denied(actor: string, what: string, subjectPersonId: string | null, message: string): TherapistError {
    return new TherapistError('not-found', message, 'client', { actor, what, subjectPersonId });
  }

  private async auditDenial(error: unknown): Promise<void> {
    if (!(error instanceof TherapistError) || !error.denial) return;
    const { actor, what, subjectPersonId } = error.denial;
    this.options.logger.warn({ therapistId: actor, what }, 'therapist access denied');
    await this.options.store.repos.audit.record({ actor, action: 'access.denied', subjectPersonId, detail: { what } }, this.options.clock.now());
  }

  /** Runs `work` in one transaction, then wakes the delivery worker. */
  private async write<T>(work: (repos: TxRepositories, now: Date) => Promise<T>): Promise<T> {
    let result: T;
    try {
      result = await this.options.store.transaction((repos) => work(repos, this.options.clock.now()));
    } catch (error) {
      await this.auditDenial(error);
      throw error;
    }
    this.options.onEnqueued?.();
    return result;
  }
}

function sameAlias(alias: string | null, wanted: string): boolean {
  return (alias ?? '').toLocaleLowerCase('en') === wanted.toLocaleLowerCase('en');
}

function newestFlag(entry: RosterEntry): number {
  return entry.openFlags.reduce((max, flag) => Math.max(max, flag.createdAt.getTime()), 0);
}

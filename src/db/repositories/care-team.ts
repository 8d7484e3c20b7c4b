import { randomUUID } from 'node:crypto';
import type { FieldCrypto } from '../../privacy/field-crypto.js';
import type { DbOrTx } from '../client.js';

/** A client as their therapist sees the link: an alias, never a name. */
export interface TherapistLinkRecord {
  id: string;
  clientId: string;
  therapistId: string;
  alias: string | null;
  /** What the client agreed to share: minimal | clinical | full. */
  consentScope: string;
  createdAt: Date;
  /** The next session as the therapist set it; null when none is set. */
  session: SessionPlan | null;
  /** The session before the next one (or the last one, once a one-off session has passed). */
  lastSessionAt: Date | null;
}

/** A session plan: a one-off (`once`) or a weekly slot (`weekly:<mon…sun>`), in the zone it was given in. */
export interface SessionPlan {
  rule: string;
  /** Local "HH:MM" in `zone`. */
  time: string;
  zone: string;
  /** The next occurrence (UTC); null once a one-off session has passed. */
  nextAt: Date | null;
}

/** An unacknowledged (or acknowledged) risk flag, without anything the person wrote. */
export interface RiskFlagRecord {
  id: string;
  personId: string;
  source: string;
  severity: string;
  /** Ids of the detector patterns (or `instrument:item`) that matched — never the words. */
  matched: string[];
  createdAt: Date;
  acknowledgedAt: Date | null;
  acknowledgedBy: string | null;
  /** The acknowledger's name as their platform gave it. */
  acknowledgedByName: string | null;
  lastAlertedAt: Date | null;
  escalatedAt: Date | null;
}

const LINK_SELECT = {
  id: true,
  clientId: true,
  therapistId: true,
  aliasEnc: true,
  consentScope: true,
  createdAt: true,
  sessionRule: true,
  sessionTime: true,
  sessionZone: true,
  nextSessionAt: true,
  lastSessionAt: true,
} as const;
type LinkRow = { id: string; clientId: string; therapistId: string; aliasEnc: string | null; consentScope: string; createdAt: Date; sessionRule: string | null; sessionTime: string | null; sessionZone: string | null; nextSessionAt: Date | null; lastSessionAt: Date | null };
const FLAG_SELECT = {
  id: true,
  personId: true,
  source: true,
  severity: true,
  detectionEnc: true,
  createdAt: true,
  acknowledgedAt: true,
  acknowledgedBy: true,
  acknowledgedByNameEnc: true,
  lastAlertedAt: true,
  escalatedAt: true,
} as const;

type FlagRow = Omit<RiskFlagRecord, 'matched' | 'acknowledgedByName'> & { detectionEnc: string | null; acknowledgedByNameEnc: string | null };

/**
 * The therapist's side of care: their clients' links and the risk flags alerts are about. Access
 * decisions are made in the core (src/core/therapists); this only reads and writes rows.
 */
export class CareTeamRepository {
  constructor(
    private readonly db: DbOrTx,
    private readonly crypto: FieldCrypto,
  ) {}

  async listActiveLinks(therapistId: string): Promise<TherapistLinkRecord[]> {
    const rows = await this.db.careLink.findMany({ where: { therapistId, endedAt: null }, orderBy: { createdAt: 'asc' }, select: LINK_SELECT });
    return rows.map((row) => this.toLink(row));
  }

  async findActiveLink(linkId: string): Promise<TherapistLinkRecord | null> {
    const row = await this.db.careLink.findFirst({ where: { id: linkId, endedAt: null }, select: LINK_SELECT });
    return row ? this.toLink(row) : null;
  }

  /** Ends a link; returns false when it was already ended. */
  async endLink(linkId: string, at: Date): Promise<boolean> {
    const { count } = await this.db.careLink.updateMany({ where: { id: linkId, endedAt: null }, data: { endedAt: at } });
    return count === 1;
  }

  /** Sets (or, with null, clears) the link's next session; the last session is kept. */
  async setSession(linkId: string, plan: Omit<SessionPlan, 'nextAt'> & { nextAt: Date } | null): Promise<void> {
    await this.db.careLink.updateMany({
      where: { id: linkId, endedAt: null },
      data: plan ? { sessionRule: plan.rule, sessionTime: plan.time, sessionZone: plan.zone, nextSessionAt: plan.nextAt } : { sessionRule: null, sessionTime: null, sessionZone: null, nextSessionAt: null },
    });
  }

  /** Active links whose next session is in `(after, until]`, soonest first (the pre-session brief). */
  async sessionsBetween(after: Date, until: Date, limit: number): Promise<TherapistLinkRecord[]> {
    const rows = await this.db.careLink.findMany({ where: { endedAt: null, nextSessionAt: { gt: after, lte: until } }, orderBy: { nextSessionAt: 'asc' }, take: limit, select: LINK_SELECT });
    return rows.map((row) => this.toLink(row));
  }

  /**
   * Moves a link on from a session that has begun: it becomes the last session, and `next` (the
   * following weekly slot, or null) the next. Only if the next session is still `from`, so two
   * instances never move it twice; returns whether this call did.
   */
  async advanceSession(linkId: string, from: Date, next: Date | null): Promise<boolean> {
    const { count } = await this.db.careLink.updateMany({ where: { id: linkId, nextSessionAt: from }, data: { lastSessionAt: from, nextSessionAt: next } });
    return count === 1;
  }

  /** Active links of these therapists (an alias looked up across a workspace, for the access audit). */
  async activeLinksOfTherapists(therapistIds: readonly string[]): Promise<TherapistLinkRecord[]> {
    if (therapistIds.length === 0) return [];
    const rows = await this.db.careLink.findMany({ where: { therapistId: { in: [...therapistIds] }, endedAt: null }, select: LINK_SELECT });
    return rows.map((row) => this.toLink(row));
  }

  /** Codes the therapist has issued so far (for the next default alias, "Client N"). */
  countCodesIssued(therapistId: string): Promise<number> {
    return this.db.enrollmentCode.count({ where: { therapistId } });
  }

  /** Unacknowledged risk flags of these clients, newest first, leaving out `exceptSeverities` (those that never alert). */
  async openFlagsOf(clientIds: string[], exceptSeverities: readonly string[]): Promise<RiskFlagRecord[]> {
    if (clientIds.length === 0) return [];
    const rows = await this.db.riskFlag.findMany({
      where: { personId: { in: clientIds }, acknowledgedAt: null, severity: { notIn: [...exceptSeverities] } },
      orderBy: { createdAt: 'desc' },
      select: FLAG_SELECT,
    });
    return rows.map((row) => this.toFlag(row));
  }

  /** Risk flags of one client raised since `since`, oldest first. */
  async flagsSince(clientId: string, since: Date): Promise<RiskFlagRecord[]> {
    const rows = await this.db.riskFlag.findMany({ where: { personId: clientId, createdAt: { gte: since } }, orderBy: { createdAt: 'asc' }, select: FLAG_SELECT });
    return rows.map((row) => this.toFlag(row));
  }

  async findFlag(flagId: string): Promise<RiskFlagRecord | null> {
    const row = await this.db.riskFlag.findUnique({ where: { id: flagId }, select: FLAG_SELECT });
    return row ? this.toFlag(row) : null;
  }

  /**
   * Records the acknowledgement once: who (a person id or a platform user reference), their name
   * as the platform gave it (encrypted), and when. Returns false when someone acknowledged it already.
   */
  async acknowledgeFlag(flagId: string, by: { id: string; name: string }, at: Date): Promise<boolean> {
    const { count } = await this.db.riskFlag.updateMany({
      where: { id: flagId, acknowledgedAt: null },
      data: { acknowledgedAt: at, acknowledgedBy: by.id, acknowledgedByNameEnc: this.crypto.encrypt(by.name, { table: 'RiskFlag', column: 'acknowledgedByNameEnc', rowId: flagId }) },
    });
    return count === 1;
  }

  /** Flags acknowledged at or after `since`, oldest first. */
  async acknowledgedSince(since: Date, limit: number): Promise<RiskFlagRecord[]> {
    const rows = await this.db.riskFlag.findMany({ where: { acknowledgedAt: { gte: since } }, orderBy: { acknowledgedAt: 'asc' }, take: limit, select: FLAG_SELECT });
    return rows.map((row) => this.toFlag(row));
  }

  /**
   * Unacknowledged flags of these severities that were alerted, raised between `raisedAfter` and
   * `raisedBefore` and not escalated yet, oldest first (candidates; {@link claimEscalation} decides).
   */
  async dueForEscalation(severities: readonly string[], raisedBefore: Date, raisedAfter: Date, limit: number): Promise<RiskFlagRecord[]> {
    const rows = await this.db.riskFlag.findMany({
      where: { severity: { in: [...severities] }, acknowledgedAt: null, escalatedAt: null, lastAlertedAt: { not: null }, createdAt: { lte: raisedBefore, gte: raisedAfter } },
      orderBy: { createdAt: 'asc' },
      take: limit,
      select: FLAG_SELECT,
    });
    return rows.map((row) => this.toFlag(row));
  }

  /**
   * Claims a flag's escalation: sets `escalatedAt` only if nobody escalated or acknowledged it
   * first, so several instances never escalate one flag twice. Returns whether this call won.
   */
  async claimEscalation(flagId: string, at: Date): Promise<boolean> {
    const { count } = await this.db.riskFlag.updateMany({ where: { id: flagId, acknowledgedAt: null, escalatedAt: null }, data: { escalatedAt: at } });
    return count === 1;
  }

  async markAlerted(flagId: string, at: Date): Promise<void> {
    await this.db.riskFlag.update({ where: { id: flagId }, data: { lastAlertedAt: at }, select: { id: true } });
  }

  /**
   * Claims unacknowledged flags last alerted at or before `alertedBefore` (and raised after
   * `raisedAfter`): each claim moves `lastAlertedAt` to `now` only if nobody else moved it first,
   * so several instances never re-alert the same flag twice.
   */
  async claimForRealert(
    now: Date,
    alertedBefore: Date,
    raisedAfter: Date,
    limit: number,
    exceptSeverities: readonly string[],
  ): Promise<(RiskFlagRecord & { previousAlertAt: Date })[]> {
    const rows = await this.db.riskFlag.findMany({
      where: { acknowledgedAt: null, lastAlertedAt: { lte: alertedBefore }, createdAt: { gte: raisedAfter }, severity: { notIn: [...exceptSeverities] } },
      orderBy: { lastAlertedAt: 'asc' },
      take: limit,
      select: FLAG_SELECT,
    });
    const claimed: (RiskFlagRecord & { previousAlertAt: Date })[] = [];
    for (const flag of rows.map((row) => this.toFlag(row))) {
      const previous = flag.lastAlertedAt!;
      const { count } = await this.db.riskFlag.updateMany({ where: { id: flag.id, acknowledgedAt: null, lastAlertedAt: previous }, data: { lastAlertedAt: now } });
      if (count === 1) claimed.push({ ...flag, lastAlertedAt: now, previousAlertAt: previous });
    }
    return claimed;
  }

  /**
   * Creates a therapist's assignment and, when it has a due time, the `homework` prompt schedule
   * that reminds the client (the scheduler fires it). Instructions are encrypted.
   */
  async createAssignment(
    fields: {
      personId: string;
      therapistId: string;
      kind: string;
      cadence: string;
      instructions: string | null;
      dueTime: string | null;
      days: string;
      next: { dueAt: Date; localDate: string } | null;
      /** Settings for the kind (Assignment.settings), stored as JSON. */
      settings?: Record<string, unknown> | null;
    },
    at: Date,
  ): Promise<string> {
    const id = randomUUID();
    await this.db.assignment.create({
      data: {
        id,
        personId: fields.personId,
        therapistId: fields.therapistId,
        kind: fields.kind,
        cadence: fields.cadence,
        instructionsEnc: fields.instructions ? this.crypto.encrypt(fields.instructions, { table: 'Assignment', column: 'instructionsEnc', rowId: id }) : null,
        dueTime: fields.dueTime,
        settings: fields.settings ? JSON.stringify(fields.settings) : null,
        createdAt: at,
      },
      select: { id: true },
    });
    if (fields.dueTime && fields.next) {
      await this.db.promptSchedule.create({
        data: {
          id: randomUUID(),
          personId: fields.personId,
          kind: 'homework',
          localTime: fields.dueTime,
          days: fields.days,
          assignmentId: id,
          nextDueAt: fields.next.dueAt,
          nextLocalDate: fields.next.localDate,
          createdAt: at,
        },
        select: { id: true },
      });
    }
    return id;
  }

  /** Ends the therapist's active assignments for a client and their reminders (on unlink). */
  async endAssignments(personId: string, therapistId: string, at: Date): Promise<number> {
    const rows = await this.db.assignment.findMany({ where: { personId, therapistId, active: true }, select: { id: true } });
    const ids = rows.map((row) => row.id);
    if (ids.length === 0) return 0;
    await this.db.assignment.updateMany({ where: { id: { in: ids } }, data: { active: false, endedAt: at } });
    await this.db.promptSchedule.updateMany({ where: { assignmentId: { in: ids } }, data: { active: false, nextDueAt: null } });
    return ids.length;
  }

  private toFlag(row: FlagRow): RiskFlagRecord {
    const { detectionEnc, acknowledgedByNameEnc, ...rest } = row;
    const detection = detectionEnc ? this.crypto.decryptJson<{ matched?: unknown }>(detectionEnc, { table: 'RiskFlag', column: 'detectionEnc', rowId: row.id }) : null;
    return {
      ...rest,
      matched: Array.isArray(detection?.matched) ? detection.matched.filter((id): id is string => typeof id === 'string') : [],
      acknowledgedByName: acknowledgedByNameEnc ? this.crypto.decrypt(acknowledgedByNameEnc, { table: 'RiskFlag', column: 'acknowledgedByNameEnc', rowId: row.id }) : null,
    };
  }

  private toLink(row: LinkRow): TherapistLinkRecord {
    return {
      id: row.id,
      clientId: row.clientId,
      therapistId: row.therapistId,
      alias: row.aliasEnc ? this.crypto.decrypt(row.aliasEnc, { table: 'CareLink', column: 'aliasEnc', rowId: row.id }) : null,
      consentScope: row.consentScope,
      createdAt: row.createdAt,
      session: row.sessionRule && row.sessionTime && row.sessionZone ? { rule: row.sessionRule, time: row.sessionTime, zone: row.sessionZone, nextAt: row.nextSessionAt } : null,
      lastSessionAt: row.lastSessionAt,
    };
  }
}


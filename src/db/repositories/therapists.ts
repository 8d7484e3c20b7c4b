import { randomUUID } from 'node:crypto';
import type { DbOrTx } from '../client.js';

/** How much of a client's data a therapist's summaries carry. Ordered from least to most. */
export type DetailLevel = 'minimal' | 'clinical' | 'full';

export interface TherapistRecord {
  personId: string;
  /** The chat workspace (Slack team id). */
  workspaceId: string;
  /** The therapist's user id in that workspace. */
  userId: string;
  /** Where summaries go: an address such as `slack:<team>:<channel>` (the therapist's DM by default). */
  summaryAddress: string;
  detailLevel: DetailLevel;
  /** Weekly summary day (mon…sun) and local time "HH:MM", in the therapist's timezone. */
  weeklyDay: string;
  summaryTime: string;
  dailyDigest: boolean;
  /** The therapist's homework target (percent), or null for the practice's HOMEWORK_TARGET_PERCENT. */
  homeworkTargetPercent: number | null;
  approvedAt: Date | null;
  timezone: string;
}

const SELECT = {
  personId: true,
  teamId: true,
  slackUserId: true,
  summaryAddress: true,
  detailLevel: true,
  weeklyDay: true,
  summaryTime: true,
  dailyDigest: true,
  homeworkTargetPercent: true,
  approvedAt: true,
  person: { select: { timezone: true } },
} as const;

type Row = {
  personId: string;
  teamId: string;
  slackUserId: string;
  summaryAddress: string;
  detailLevel: string;
  weeklyDay: string;
  summaryTime: string;
  dailyDigest: boolean;
  homeworkTargetPercent: number | null;
  approvedAt: Date | null;
  person: { timezone: string };
};

/** Therapists' workspace profiles (Person role `therapist` + TherapistProfile). No clinical data. */
export class TherapistRepository {
  constructor(private readonly db: DbOrTx) {}

  async findByWorkspaceUser(workspaceId: string, userId: string): Promise<TherapistRecord | null> {
    const row = await this.db.therapistProfile.findUnique({ where: { teamId_slackUserId: { teamId: workspaceId, slackUserId: userId } }, select: SELECT });
    return row ? toRecord(row) : null;
  }

  async findById(personId: string): Promise<TherapistRecord | null> {
    const row = await this.db.therapistProfile.findUnique({ where: { personId }, select: SELECT });
    return row ? toRecord(row) : null;
  }

  /** How many approved therapists the workspace has (the first one registers without approval). */
  countApproved(workspaceId: string): Promise<number> {
    return this.db.therapistProfile.count({ where: { teamId: workspaceId, approvedAt: { not: null } } });
  }

  /**
   * Creates the therapist: a Person (role therapist), the Identity they are reached at, and the
   * profile. `identityUserId` must be unique per platform (e.g. `<team>:<user>`).
   */
  async create(
    fields: { workspaceId: string; userId: string; platform: string; identityUserId: string; address: string; timezone: string; detailLevel: DetailLevel; approvedAt: Date | null },
    at: Date,
  ): Promise<TherapistRecord> {
    const personId = randomUUID();
    await this.db.person.create({
      data: {
        id: personId,
        role: 'therapist',
        timezone: fields.timezone,
        createdAt: at,
        identities: { create: { id: randomUUID(), platform: fields.platform, platformUserId: fields.identityUserId, address: fields.address, createdAt: at } },
        therapistProfile: {
          create: {
            teamId: fields.workspaceId,
            slackUserId: fields.userId,
            summaryAddress: fields.address,
            detailLevel: fields.detailLevel,
            approvedAt: fields.approvedAt,
            createdAt: at,
          },
        },
      },
      select: { id: true },
    });
    return (await this.findById(personId))!;
  }

  async approve(personId: string, at: Date): Promise<void> {
    await this.db.therapistProfile.update({ where: { personId }, data: { approvedAt: at }, select: { personId: true } });
  }

  async updateSettings(personId: string, fields: Partial<Pick<TherapistRecord, 'detailLevel' | 'weeklyDay' | 'summaryTime' | 'dailyDigest' | 'summaryAddress' | 'homeworkTargetPercent'>>): Promise<void> {
    await this.db.therapistProfile.update({ where: { personId }, data: fields, select: { personId: true } });
  }

  /** Approved therapists, for the summary job (a practice has tens to hundreds). */
  async listApproved(): Promise<TherapistRecord[]> {
    const rows = await this.db.therapistProfile.findMany({ where: { approvedAt: { not: null } }, orderBy: { personId: 'asc' }, select: SELECT });
    return rows.map(toRecord);
  }
}

function toRecord(row: Row): TherapistRecord {
  return {
    personId: row.personId,
    workspaceId: row.teamId,
    userId: row.slackUserId,
    summaryAddress: row.summaryAddress,
    detailLevel: (['minimal', 'clinical', 'full'].includes(row.detailLevel) ? row.detailLevel : 'clinical') as DetailLevel,
    weeklyDay: row.weeklyDay,
    summaryTime: row.summaryTime,
    dailyDigest: row.dailyDigest,
    homeworkTargetPercent: row.homeworkTargetPercent,
    approvedAt: row.approvedAt,
    timezone: row.person.timezone,
  };
}

import { randomUUID } from 'node:crypto';
import type { FieldCrypto } from '../../privacy/field-crypto.js';
import type { DbOrTx } from '../client.js';
import { toDate, type DirectSql } from '../direct-sql.js';

export interface PersonRecord {
  id: string;
  role: string;
  displayName: string | null;
  timezone: string;
  locale: string;
  consentedAt: Date | null;
  onboardedAt: Date | null;
  pausedUntil: Date | null;
  /** Daily prompt time, local "HH:MM". */
  promptTime: string;
  quietStart: string | null;
  quietEnd: string | null;
  /** ISO 3166-1 alpha-2 country chosen for crisis lines; null: derive it from the timezone. */
  country: string | null;
}

export interface NewIdentity {
  platform: string;
  platformUserId: string;
  address: string;
}

const TABLE = 'Person';
const PERSON_SELECT = {
  id: true,
  role: true,
  displayNameEnc: true,
  timezone: true,
  locale: true,
  consentedAt: true,
  onboardedAt: true,
  pausedUntil: true,
  promptTime: true,
  quietStart: true,
  quietEnd: true,
  country: true,
} as const;
const PERSON_COLUMNS = Object.keys(PERSON_SELECT)
  .map((column) => `p."${column}"`)
  .join(', ');

type PersonRow = Omit<PersonRecord, 'displayName'> & { displayNameEnc: string | null };
/** A row as the driver returns it (SQLite: timestamps as text). */
type RawPersonRow = Omit<PersonRow, 'consentedAt' | 'onboardedAt' | 'pausedUntil'> & {
  consentedAt: string | Date | null;
  onboardedAt: string | Date | null;
  pausedUntil: string | Date | null;
};

/** People and the platform identities they are reached by. */
export class PersonRepository {
  constructor(
    private readonly db: DbOrTx,
    private readonly crypto: FieldCrypto,
    /** Direct statements for the hot path (src/db/direct-sql.ts), bound like `db`. */
    private readonly sql: DirectSql,
  ) {}

  /** Who is writing: runs for every inbound update. */
  async findByIdentity(platform: string, platformUserId: string): Promise<PersonRecord | null> {
    const row = await this.sql.get<RawPersonRow>(
      `SELECT ${PERSON_COLUMNS} FROM "Identity" i JOIN "Person" p ON p."id" = i."personId" WHERE i."platform" = ? AND i."platformUserId" = ?`,
      platform,
      platformUserId,
    );
    return row
      ? this.toRecord({ ...row, consentedAt: toDate(row.consentedAt), onboardedAt: toDate(row.onboardedAt), pausedUntil: toDate(row.pausedUntil) })
      : null;
  }

  async findById(id: string): Promise<PersonRecord | null> {
    const row = await this.db.person.findUnique({ where: { id }, select: PERSON_SELECT });
    return row ? this.toRecord(row) : null;
  }

  /** Addresses a person can be reached at, oldest first. */
  async addressesOf(personId: string): Promise<string[]> {
    const rows = await this.db.identity.findMany({
      where: { personId },
      orderBy: { createdAt: 'asc' },
      select: { address: true },
    });
    return rows.map((row) => row.address);
  }

  /** For the export: when the person joined, and every platform identity they are reached by. */
  async accountOf(id: string): Promise<{ createdAt: Date; identities: { platform: string; address: string; createdAt: Date }[] } | null> {
    return this.db.person.findUnique({
      where: { id },
      select: { createdAt: true, identities: { orderBy: { createdAt: 'asc' }, select: { platform: true, address: true, createdAt: true } } },
    });
  }

  async create(
    fields: {
      role?: string;
      displayName?: string | null;
      timezone: string;
      locale?: string;
      promptTime?: string;
      consentedAt?: Date | null;
      onboardedAt?: Date | null;
      country?: string | null;
    },
    identity: NewIdentity,
    at: Date,
  ): Promise<PersonRecord> {
    const id = randomUUID();
    const row = await this.db.person.create({
      data: {
        id,
        role: fields.role ?? 'client',
        displayNameEnc: fields.displayName ? this.encryptName(fields.displayName, id) : null,
        timezone: fields.timezone,
        locale: fields.locale ?? 'en',
        ...(fields.promptTime && { promptTime: fields.promptTime }),
        consentedAt: fields.consentedAt ?? null,
        onboardedAt: fields.onboardedAt ?? null,
        country: fields.country ?? null,
        createdAt: at,
        identities: { create: { id: randomUUID(), ...identity, createdAt: at } },
      },
      select: PERSON_SELECT,
    });
    return this.toRecord(row);
  }

  async update(
    id: string,
    fields: Partial<
      Pick<PersonRecord, 'timezone' | 'locale' | 'consentedAt' | 'onboardedAt' | 'pausedUntil' | 'displayName' | 'promptTime' | 'quietStart' | 'quietEnd' | 'country'>
    >,
  ): Promise<void> {
    const { displayName, ...rest } = fields;
    await this.db.person.update({
      where: { id },
      data: {
        ...rest,
        ...(displayName !== undefined && { displayNameEnc: displayName ? this.encryptName(displayName, id) : null }),
      },
      select: { id: true },
    });
  }

  /** Removes the person and, by cascade, their identities, conversations and everything they wrote. */
  async delete(id: string): Promise<void> {
    await this.db.person.delete({ where: { id }, select: { id: true } });
  }

  private encryptName(name: string, id: string): string {
    return this.crypto.encrypt(name, { table: TABLE, column: 'displayNameEnc', rowId: id });
  }

  private toRecord(row: PersonRow): PersonRecord {
    const { displayNameEnc, ...rest } = row;
    return {
      ...rest,
      displayName: displayNameEnc
        ? this.crypto.decrypt(displayNameEnc, { table: TABLE, column: 'displayNameEnc', rowId: row.id })
        : null,
    };
  }
}

import { createHash, randomUUID } from 'node:crypto';
import type { FieldCrypto } from '../../privacy/field-crypto.js';
import type { DbOrTx } from '../client.js';

export interface CareLinkRecord {
  id: string;
  clientId: string;
  therapistId: string;
  alias: string | null;
}

/** Enrollment codes are stored as SHA-256 hashes of their normalised form. */
export function hashEnrollmentCode(code: string): string {
  return createHash('sha256').update(normaliseEnrollmentCode(code)).digest('hex');
}

/** Upper-case, no spaces or dashes: "abcd-efgh-jk" and "ABCDEFGHJK" are the same code. */
export function normaliseEnrollmentCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, '');
}

/** Client ↔ therapist links and the codes that create them. */
export class CareRepository {
  constructor(
    private readonly db: DbOrTx,
    private readonly crypto: FieldCrypto,
  ) {}

  async activeLinksOfClient(clientId: string): Promise<CareLinkRecord[]> {
    const rows = await this.db.careLink.findMany({
      where: { clientId, endedAt: null },
      select: { id: true, clientId: true, therapistId: true, aliasEnc: true },
    });
    return rows.map((row) => ({
      id: row.id,
      clientId: row.clientId,
      therapistId: row.therapistId,
      alias: row.aliasEnc ? this.crypto.decrypt(row.aliasEnc, { table: 'CareLink', column: 'aliasEnc', rowId: row.id }) : null,
    }));
  }

  /** For the export: every care link of a client, ended ones included, with the alias decrypted. */
  async linksOfClient(clientId: string): Promise<(CareLinkRecord & { consentScope: string; createdAt: Date; endedAt: Date | null })[]> {
    const rows = await this.db.careLink.findMany({
      where: { clientId },
      orderBy: { createdAt: 'asc' },
      select: { id: true, clientId: true, therapistId: true, aliasEnc: true, consentScope: true, createdAt: true, endedAt: true },
    });
    return rows.map(({ aliasEnc, ...row }) => ({
      ...row,
      alias: aliasEnc ? this.crypto.decrypt(aliasEnc, { table: 'CareLink', column: 'aliasEnc', rowId: row.id }) : null,
    }));
  }

  /** For the export: the enrollment codes a person redeemed (when; never the code or its hash). */
  codesRedeemedBy(personId: string): Promise<{ createdAt: Date; expiresAt: Date; usedAt: Date | null }[]> {
    return this.db.enrollmentCode.findMany({ where: { usedById: personId }, orderBy: { createdAt: 'asc' }, select: { createdAt: true, expiresAt: true, usedAt: true } });
  }

  /** Creates a code for `therapistId` (the Slack workspace issues them); returns its id. */
  async createCode(fields: { code: string; therapistId: string; alias: string | null; expiresAt: Date; at: Date }): Promise<string> {
    const id = randomUUID();
    await this.db.enrollmentCode.create({
      data: {
        id,
        codeHash: hashEnrollmentCode(fields.code),
        therapistId: fields.therapistId,
        aliasEnc: fields.alias ? this.crypto.encrypt(fields.alias, { table: 'EnrollmentCode', column: 'aliasEnc', rowId: id }) : null,
        expiresAt: fields.expiresAt,
        createdAt: fields.at,
      },
      select: { id: true },
    });
    return id;
  }

  /**
   * Redeems `code` for `clientId`: links client and therapist once. Returns why not, if not.
   * The code is marked used in the same statement that checks it is unused (no double redemption).
   */
  async redeemCode(code: string, clientId: string, at: Date): Promise<{ ok: true; link: CareLinkRecord } | { ok: false; reason: 'unknown' | 'expired' | 'used' }> {
    const row = await this.db.enrollmentCode.findUnique({
      where: { codeHash: hashEnrollmentCode(code) },
      select: { id: true, therapistId: true, aliasEnc: true, expiresAt: true, usedAt: true },
    });
    if (!row) return { ok: false, reason: 'unknown' };
    if (row.usedAt) return { ok: false, reason: 'used' };
    if (row.expiresAt <= at) return { ok: false, reason: 'expired' };
    const { count } = await this.db.enrollmentCode.updateMany({ where: { id: row.id, usedAt: null }, data: { usedAt: at, usedById: clientId } });
    if (count !== 1) return { ok: false, reason: 'used' };
    const alias = row.aliasEnc ? this.crypto.decrypt(row.aliasEnc, { table: 'EnrollmentCode', column: 'aliasEnc', rowId: row.id }) : null;
    const existing = (await this.activeLinksOfClient(clientId)).find((link) => link.therapistId === row.therapistId);
    if (existing) return { ok: true, link: existing };
    const id = randomUUID();
    await this.db.careLink.create({
      data: {
        id,
        clientId,
        therapistId: row.therapistId,
        aliasEnc: alias ? this.crypto.encrypt(alias, { table: 'CareLink', column: 'aliasEnc', rowId: id }) : null,
        createdAt: at,
      },
      select: { id: true },
    });
    return { ok: true, link: { id, clientId, therapistId: row.therapistId, alias } };
  }

  /**
   * Erasure: codes this person redeemed no longer say who used them, nor the alias the therapist
   * gave them (it was copied to the care link, which goes with the person).
   */
  async forgetRedeemer(personId: string): Promise<void> {
    await this.db.enrollmentCode.updateMany({ where: { usedById: personId }, data: { usedById: null, aliasEnc: null } });
  }

  /** Sets what the client allows their linked therapists to receive; returns how many links changed. */
  async setConsentScope(clientId: string, scope: 'minimal' | 'clinical' | 'full'): Promise<number> {
    const { count } = await this.db.careLink.updateMany({ where: { clientId, endedAt: null }, data: { consentScope: scope } });
    return count;
  }
}

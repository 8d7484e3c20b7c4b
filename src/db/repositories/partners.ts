import { createHash, randomUUID } from 'node:crypto';
import type { FieldCrypto } from '../../privacy/field-crypto.js';
import type { DbOrTx } from '../client.js';

export type ShareLevel = 'done' | 'mood' | 'note';
export type Side = 'a' | 'b';

export interface PartnerSide {
  personId: string;
  share: ShareLevel;
  name: string;
  /** Today's line for the partner (share level `note`), with the local date it was written for. */
  note: { text: string; localDate: string } | null;
  confirmedAt: Date | null;
}

export interface PartnershipRecord {
  id: string;
  status: 'pending' | 'active' | 'ended' | 'blocked';
  a: PartnerSide;
  b: PartnerSide;
  blockedBy: string | null;
  createdAt: Date;
  endedAt: Date | null;
}

export function partnerCodeHash(code: string): string {
  return createHash('sha256').update(code.toUpperCase().replace(/[\s-]/g, '')).digest('hex');
}

const TABLE = 'Partnership';

/** Partner invites and partnerships. Names and notes are encrypted; codes are stored hashed. */
export class PartnerRepository {
  constructor(
    private readonly db: DbOrTx,
    private readonly crypto: FieldCrypto,
  ) {}

  async createInvite(fields: { code: string; inviterId: string; share: ShareLevel; name: string; expiresAt: Date; at: Date }): Promise<void> {
    const id = randomUUID();
    await this.db.partnerInvite.create({
      data: {
        id,
        codeHash: partnerCodeHash(fields.code),
        inviterId: fields.inviterId,
        share: fields.share,
        nameEnc: this.crypto.encrypt(fields.name, { table: 'PartnerInvite', column: 'nameEnc', rowId: id }),
        expiresAt: fields.expiresAt,
        createdAt: fields.at,
      },
      select: { id: true },
    });
  }

  async findInvite(code: string) {
    const row = await this.db.partnerInvite.findUnique({
      where: { codeHash: partnerCodeHash(code) },
      select: { id: true, inviterId: true, share: true, nameEnc: true, expiresAt: true, usedAt: true },
    });
    if (!row) return null;
    const { nameEnc, ...rest } = row;
    return { ...rest, name: nameEnc ? this.crypto.decrypt(nameEnc, { table: 'PartnerInvite', column: 'nameEnc', rowId: row.id }) : 'your partner' };
  }

  /** For the export: every invite the person made, with the name they chose (never the code). */
  async invitesOf(inviterId: string): Promise<{ share: string; name: string | null; createdAt: Date; expiresAt: Date; usedAt: Date | null }[]> {
    const rows = await this.db.partnerInvite.findMany({
      where: { inviterId },
      orderBy: { createdAt: 'asc' },
      select: { id: true, share: true, nameEnc: true, createdAt: true, expiresAt: true, usedAt: true },
    });
    return rows.map(({ id, nameEnc, ...row }) => ({ ...row, name: nameEnc ? this.crypto.decrypt(nameEnc, { table: 'PartnerInvite', column: 'nameEnc', rowId: id }) : null }));
  }

  /** Marks the invite used unless it already was; returns whether this call used it. */
  async useInvite(id: string, at: Date): Promise<boolean> {
    const { count } = await this.db.partnerInvite.updateMany({ where: { id, usedAt: null }, data: { usedAt: at } });
    return count === 1;
  }

  async create(fields: { a: { personId: string; share: ShareLevel; name: string }; b: { personId: string; share: ShareLevel; name: string }; bConfirmedAt: Date; at: Date }): Promise<string> {
    const id = randomUUID();
    await this.db.partnership.create({
      data: {
        id,
        aId: fields.a.personId,
        bId: fields.b.personId,
        aShare: fields.a.share,
        bShare: fields.b.share,
        aNameEnc: this.crypto.encrypt(fields.a.name, { table: TABLE, column: 'aNameEnc', rowId: id }),
        bNameEnc: this.crypto.encrypt(fields.b.name, { table: TABLE, column: 'bNameEnc', rowId: id }),
        bConfirmedAt: fields.bConfirmedAt,
        createdAt: fields.at,
      },
      select: { id: true },
    });
    return id;
  }

  async get(id: string): Promise<PartnershipRecord | null> {
    const row = await this.db.partnership.findUnique({ where: { id } });
    return row ? this.toRecord(row) : null;
  }

  /** Partnerships of a person in the given states. */
  async listFor(personId: string, statuses: PartnershipRecord['status'][] = ['active']): Promise<PartnershipRecord[]> {
    const rows = await this.db.partnership.findMany({
      where: { status: { in: statuses }, OR: [{ aId: personId }, { bId: personId }] },
      orderBy: { createdAt: 'asc' },
    });
    return rows.map((row) => this.toRecord(row));
  }

  /** Whether the person has an active partnership (nothing about it is read). */
  async hasActive(personId: string): Promise<boolean> {
    return (await this.db.partnership.count({ where: { status: 'active', OR: [{ aId: personId }, { bId: personId }] } })) > 0;
  }

  /** Whether either of the two blocked the other. */
  async blockedBetween(one: string, other: string): Promise<boolean> {
    const count = await this.db.partnership.count({
      where: { status: 'blocked', OR: [{ aId: one, bId: other }, { aId: other, bId: one }] },
    });
    return count > 0;
  }

  /** The inviter confirms a pending partnership: it becomes active. Returns whether it did. */
  async activate(id: string, at: Date): Promise<boolean> {
    const { count } = await this.db.partnership.updateMany({ where: { id, status: 'pending' }, data: { status: 'active', aConfirmedAt: at } });
    return count === 1;
  }

  async end(id: string, at: Date, blockedBy?: string): Promise<void> {
    await this.db.partnership.update({
      where: { id },
      data: { status: blockedBy ? 'blocked' : 'ended', endedAt: at, blockedBy: blockedBy ?? null, aNoteEnc: null, bNoteEnc: null },
      select: { id: true },
    });
  }

  async setShare(id: string, side: Side, share: ShareLevel): Promise<void> {
    await this.db.partnership.update({ where: { id }, data: side === 'a' ? { aShare: share } : { bShare: share }, select: { id: true } });
  }

  async setNote(id: string, side: Side, note: { text: string; localDate: string }): Promise<void> {
    const column = side === 'a' ? 'aNoteEnc' : 'bNoteEnc';
    const value = this.crypto.encryptJson(note, { table: TABLE, column, rowId: id });
    await this.db.partnership.update({ where: { id }, data: side === 'a' ? { aNoteEnc: value } : { bNoteEnc: value }, select: { id: true } });
  }

  /** Removes every partnership and invite of a person (erasure); returns the partnerships first. */
  async deleteFor(personId: string): Promise<PartnershipRecord[]> {
    const records = await this.listFor(personId, ['pending', 'active', 'ended', 'blocked']);
    await this.db.partnership.deleteMany({ where: { OR: [{ aId: personId }, { bId: personId }] } });
    await this.db.partnerInvite.deleteMany({ where: { inviterId: personId } });
    return records;
  }

  private toRecord(row: {
    id: string;
    aId: string;
    bId: string;
    status: string;
    aShare: string;
    bShare: string;
    aNameEnc: string | null;
    bNameEnc: string | null;
    aNoteEnc: string | null;
    bNoteEnc: string | null;
    aConfirmedAt: Date | null;
    bConfirmedAt: Date | null;
    blockedBy: string | null;
    createdAt: Date;
    endedAt: Date | null;
  }): PartnershipRecord {
    const decrypt = (value: string | null, column: string) => (value ? this.crypto.decrypt(value, { table: TABLE, column, rowId: row.id }) : null);
    const note = (value: string | null, column: string) =>
      value ? this.crypto.decryptJson<{ text: string; localDate: string }>(value, { table: TABLE, column, rowId: row.id }) : null;
    return {
      id: row.id,
      status: row.status as PartnershipRecord['status'],
      blockedBy: row.blockedBy,
      createdAt: row.createdAt,
      endedAt: row.endedAt,
      a: { personId: row.aId, share: row.aShare as ShareLevel, name: decrypt(row.aNameEnc, 'aNameEnc') ?? 'your partner', note: note(row.aNoteEnc, 'aNoteEnc'), confirmedAt: row.aConfirmedAt },
      b: { personId: row.bId, share: row.bShare as ShareLevel, name: decrypt(row.bNameEnc, 'bNameEnc') ?? 'your partner', note: note(row.bNoteEnc, 'bNoteEnc'), confirmedAt: row.bConfirmedAt },
    };
  }
}

/** The two sides from one person's point of view. */
export function sidesFor(partnership: PartnershipRecord, personId: string): { me: PartnerSide; partner: PartnerSide; mySide: Side } {
  return partnership.a.personId === personId
    ? { me: partnership.a, partner: partnership.b, mySide: 'a' }
    : { me: partnership.b, partner: partnership.a, mySide: 'b' };
}

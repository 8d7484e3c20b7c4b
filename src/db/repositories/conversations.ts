import { randomUUID } from 'node:crypto';
import type { FieldCrypto } from '../../privacy/field-crypto.js';
import type { DbOrTx } from '../client.js';
import { toDate, type DirectSql } from '../direct-sql.js';

/** A flow in progress in one chat, as stored. `data` holds the answers so far (encrypted at rest). */
export interface StoredFlow {
  flow: string;
  step: string;
  version: number;
  data: Record<string, unknown>;
}

export interface ConversationRecord {
  id: string;
  address: string;
  personId: string | null;
  active: StoredFlow | null;
  draft: (StoredFlow & { expiresAt: Date }) | null;
  /** When an update of this chat was last handled (the core's clock, written by {@link ConversationRepository.save}). */
  updatedAt: Date;
}

const TABLE = 'Conversation';

interface ConversationRow {
  id: string;
  address: string;
  personId: string | null;
  flow: string | null;
  step: string | null;
  version: number;
  stateEnc: string | null;
  draftEnc: string | null;
  draftExpiresAt: Date | null;
  updatedAt: Date;
}

/** A row as the driver returns it (SQLite: timestamps as text). */
type RawConversationRow = Omit<ConversationRow, 'draftExpiresAt' | 'updatedAt'> & { draftExpiresAt: string | Date | null; updatedAt: string | Date };

const COLUMNS = '"id", "address", "personId", "flow", "step", "version", "stateEnc", "draftEnc", "draftExpiresAt", "updatedAt"';

/**
 * PostgreSQL: the first key of the advisory locks on conversations (the second is the address's
 * hash), so that other advisory locks the project may take never share a key with them.
 */
const CONVERSATION_LOCK_SPACE = 0x62747763; // "btwc"

/** Conversation state per address; encrypts the flow data with the row id bound in. */
export class ConversationRepository {
  constructor(
    private readonly db: DbOrTx,
    private readonly crypto: FieldCrypto,
    /** Direct statements for the hot path (src/db/direct-sql.ts), bound like `db`. */
    private readonly sql: DirectSql,
  ) {}

  /**
   * Makes the calling transaction the only one handling the conversation at `address` until it ends
   * (COMMIT or ROLLBACK): call it first in a unit of work that reads the conversation and then
   * writes it. Any other transaction that calls it for the same address — in this process or in
   * another instance on the same database — waits here until this one has ended, and then reads what
   * it committed. Without it, two instances handling two updates of one chat at the same moment both
   * read the same state and the later COMMIT overwrites the earlier answer.
   *
   * PostgreSQL: a transaction-scoped advisory lock on the address's hash (two addresses with the
   * same hash only wait for each other). Relies on READ COMMITTED (the default): each later statement
   * sees what was committed while this one waited.
   * SQLite: a write that changes nothing, which takes the database's one write lock before the
   * transaction reads anything; another connection or process waits for that lock (busy timeout),
   * and this process's own transactions already take turns at the gate (src/db/gate.ts).
   */
  async lockForUpdate(address: string): Promise<void> {
    // Prisma's transaction client has no $disconnect; outside a transaction the lock would end at once.
    if ('$disconnect' in (this.db as object)) throw new Error('lockForUpdate needs a transaction (store.transaction)');
    if (this.sql.dialect === 'sqlite') await this.sql.run(`UPDATE "Conversation" SET "address" = "address" WHERE 0`);
    else await this.sql.run(`SELECT pg_advisory_xact_lock(${CONVERSATION_LOCK_SPACE}, hashtext(?))`, address);
  }

  async load(address: string): Promise<ConversationRecord | null> {
    const row = await this.loadRow(address);
    if (!row) return null;
    const active =
      row.flow && row.step && row.stateEnc
        ? {
            flow: row.flow,
            step: row.step,
            version: row.version,
            data: this.crypto.decryptJson<Record<string, unknown>>(row.stateEnc, {
              table: TABLE,
              column: 'stateEnc',
              rowId: row.id,
            }),
          }
        : null;
    const draft =
      row.draftEnc && row.draftExpiresAt
        ? {
            ...this.crypto.decryptJson<StoredFlow>(row.draftEnc, { table: TABLE, column: 'draftEnc', rowId: row.id }),
            expiresAt: row.draftExpiresAt,
          }
        : null;
    return { id: row.id, address: row.address, personId: row.personId, active, draft, updatedAt: row.updatedAt };
  }

  /**
   * Writes the whole conversation state for `address` (creating the row on first use), as of `now`
   * (the core passes its clock's time: `updatedAt` tells how long the chat has been quiet).
   */
  async save(
    address: string,
    state: { personId: string | null; active: StoredFlow | null; draft: (StoredFlow & { expiresAt: Date }) | null },
    existingId?: string,
    now: Date = new Date(),
  ): Promise<void> {
    const id = existingId ?? randomUUID();
    const columns = {
      personId: state.personId,
      flow: state.active?.flow ?? null,
      step: state.active?.step ?? null,
      version: state.active?.version ?? 1,
      stateEnc: state.active
        ? this.crypto.encryptJson(state.active.data, { table: TABLE, column: 'stateEnc', rowId: id })
        : null,
      draftEnc: state.draft
        ? this.crypto.encryptJson(
            { flow: state.draft.flow, step: state.draft.step, version: state.draft.version, data: state.draft.data },
            { table: TABLE, column: 'draftEnc', rowId: id },
          )
        : null,
      draftExpiresAt: state.draft?.expiresAt ?? null,
      updatedAt: now,
    };
    const values = [columns.personId, columns.flow, columns.step, columns.version, columns.stateEnc, columns.draftEnc, columns.draftExpiresAt, now];
    if (existingId) {
      await this.sql.run(
        `UPDATE "Conversation" SET "personId" = ?, "flow" = ?, "step" = ?, "version" = ?, "stateEnc" = ?, "draftEnc" = ?, "draftExpiresAt" = ?, "updatedAt" = ? WHERE "id" = ?`,
        ...values,
        id,
      );
    } else {
      await this.sql.run(
        `INSERT INTO "Conversation" ("personId", "flow", "step", "version", "stateEnc", "draftEnc", "draftExpiresAt", "updatedAt", "id", "address", "createdAt")
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        ...values,
        id,
        address,
        now,
      );
    }
  }

  private async loadRow(address: string): Promise<ConversationRow | null> {
    const row = await this.sql.get<RawConversationRow>(`SELECT ${COLUMNS} FROM "Conversation" WHERE "address" = ?`, address);
    return row ? { ...row, draftExpiresAt: toDate(row.draftExpiresAt), updatedAt: toDate(row.updatedAt)! } : null;
  }

  /** For the export: every conversation of the person or at one of their addresses, decrypted. */
  async listFor(personId: string, addresses: string[]): Promise<ConversationRecord[]> {
    const rows = await this.db.conversation.findMany({ where: { OR: [{ personId }, { address: { in: addresses } }] }, orderBy: { createdAt: 'asc' }, select: { address: true } });
    return Promise.all(rows.map((row) => this.load(row.address))).then((records) => records.filter((record) => record !== null));
  }

  async deleteByAddresses(addresses: string[]): Promise<void> {
    if (addresses.length === 0) return;
    await this.db.conversation.deleteMany({ where: { address: { in: addresses } } });
  }
}

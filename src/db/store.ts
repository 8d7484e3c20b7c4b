import type { FieldCrypto } from '../privacy/field-crypto.js';
import type { Database, DbOrTx, DbTx } from './client.js';
import { prismaSql, type DirectSql } from './direct-sql.js';
import { GroupCommit } from './group-commit.js';
import { AssessmentRepository } from './repositories/assessments.js';
import { AuditRepository } from './repositories/audit.js';
import { CareRepository } from './repositories/care.js';
import { CheckInRepository } from './repositories/check-ins.js';
import { ExerciseRepository } from './repositories/exercises.js';
import { HomeworkRepository } from './repositories/homework.js';
import { RateLimitRepository } from './repositories/rate-limits.js';
import { PartnerRepository } from './repositories/partners.js';
import { RiskRepository } from './repositories/risk.js';
import { ScheduleRepository } from './repositories/schedules.js';
import { ThoughtRecordRepository } from './repositories/thought-records.js';
import { ConversationRepository } from './repositories/conversations.js';
import { OutboxRepository } from './repositories/outbox.js';
import { PersonRepository } from './repositories/people.js';
import { ProcessedUpdateRepository } from './repositories/processed-updates.js';
import { TherapistRepository } from './repositories/therapists.js';
import { CareTeamRepository } from './repositories/care-team.js';
import { ClientActivityRepository } from './repositories/client-activity.js';

/** The repositories, bound to one client or one transaction. */
export interface Repositories {
  people: PersonRepository;
  conversations: ConversationRepository;
  outbox: OutboxRepository;
  processedUpdates: ProcessedUpdateRepository;
  audit: AuditRepository;
  care: CareRepository;
  checkIns: CheckInRepository;
  thoughtRecords: ThoughtRecordRepository;
  homework: HomeworkRepository;
  risk: RiskRepository;
  assessments: AssessmentRepository;
  rateLimits: RateLimitRepository;
  schedules: ScheduleRepository;
  therapists: TherapistRepository;
  careTeam: CareTeamRepository;
  clientActivity: ClientActivityRepository;
  partners: PartnerRepository;
  exercises: ExerciseRepository;
}

const TRANSACTION: unique symbol = Symbol('bound to a transaction');
/**
 * Repositories bound to one transaction ({@link Store.transaction}). A separate type, so code that
 * must run inside a unit of work — a flow step, the crisis path, erasure, a scheduled fire —
 * cannot be handed the standalone repositories by mistake: on SQLite their statements would wait
 * for the very transaction that is waiting for them, and on PostgreSQL they would run outside it.
 */
export type TxRepositories = Repositories & { readonly [TRANSACTION]: true };

/** Interactive transactions wait this long for SQLite's single writer (or a PostgreSQL connection). */
const TRANSACTION_MAX_WAIT_MS = 10_000;
const TRANSACTION_TIMEOUT_MS = 15_000;
/** SQLite: most units of work sharing one transaction (see src/db/group-commit.ts). */
const GROUP_COMMIT_MAX_UNITS = 16;

/**
 * Repositories over one database, plus a unit of work that runs them in a transaction.
 *
 * SQLite has one connection; its driver adapter lets one user at a time onto it (a standalone
 * statement, or a transaction from BEGIN to COMMIT), standalone statements first — see
 * src/db/sqlite-gated-adapter.ts. Nothing here has to remember that: `prisma` itself is gated.
 * Units of work waiting at the same time share one transaction (src/db/group-commit.ts).
 * PostgreSQL uses a pool and needs neither.
 *
 * The hot repositories (dedupe, conversation state, people by identity, the outbox, schedule
 * claims) also get {@link DirectSql}: statements sent straight to the driver adapter, bound like
 * the Prisma client they are given — the standalone one or the transaction's.
 */
export class Store {
  /** Standalone repositories: each call is its own statement (or Prisma's own small transaction). */
  readonly repos: Repositories;
  private readonly group: GroupCommit<DbTx> | undefined;
  private readonly transactionSql: DirectSql | undefined;

  constructor(
    readonly database: Database,
    private readonly crypto: FieldCrypto,
  ) {
    const { sqlite } = database;
    if (database.provider === 'sqlite') {
      if (!sqlite) throw new Error('A SQLite database needs its gated adapter (openDatabase provides it)');
      this.repos = this.bind(database.prisma, sqlite.sql('standalone'));
      this.transactionSql = sqlite.sql('transaction');
      this.group = new GroupCommit<DbTx>({
        transaction: (body) => database.prisma.$transaction(body, { maxWait: TRANSACTION_MAX_WAIT_MS, timeout: TRANSACTION_TIMEOUT_MS }),
        execute: async (sql) => void (await this.transactionSql!.run(sql)),
        maxUnits: GROUP_COMMIT_MAX_UNITS,
      });
    } else {
      this.repos = this.bind(database.prisma, prismaSql(database.prisma));
    }
  }

  /**
   * Runs `work` in one transaction: everything it writes commits together or not at all, and the
   * promise settles after the commit. On SQLite, units of work waiting at the same time share one
   * transaction, each in its own savepoint (src/db/group-commit.ts).
   */
  transaction<T>(work: (repos: TxRepositories) => Promise<T>): Promise<T> {
    if (this.group) return this.group.run((tx) => work(this.bindTx(tx, this.transactionSql!)));
    return this.database.prisma.$transaction((tx) => work(this.bindTx(tx, prismaSql(tx))), {
      maxWait: TRANSACTION_MAX_WAIT_MS,
      timeout: TRANSACTION_TIMEOUT_MS,
    });
  }

  /**
   * Makes what deletions freed unreadable on disk, as far as the database allows. Call it after the
   * deleting transaction has committed — never inside one.
   *
   * SQLite (secure_delete is on, see client.ts): deleted cells and freed pages are already zeros in
   * the pages written since, but the `-wal` file still holds earlier images of those pages. This
   * checkpoints the WAL into the database file and truncates it, at the gate between transactions.
   * `complete` is false when another connection kept the checkpoint from finishing.
   *
   * PostgreSQL: deleted rows stay in their pages as dead tuples until VACUUM, and VACUUM does not
   * zero the space it frees (measured: the bytes stay until a later row overwrites them). This
   * runs a plain VACUUM (no exclusive lock) on `tables` — by default every table of the schema —
   * so the space is reused soon; see docs/database.md#erasure for what that does not cover.
   */
  async scrubFreedSpace(tables?: readonly string[]): Promise<{ complete: boolean }> {
    const { sqlite } = this.database;
    if (sqlite) {
      // A standalone statement: it waits at the gate until no transaction is open.
      const [result] = await sqlite.sql('standalone').all<{ busy: number }>('PRAGMA wal_checkpoint(TRUNCATE)');
      return { complete: result?.busy === 0 };
    }
    const names =
      tables ??
      (await this.database.prisma.$queryRawUnsafe<{ name: string }[]>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema()`)).map(
        (row) => row.name,
      );
    if (names.length > 0) await this.database.prisma.$executeRawUnsafe(`VACUUM ${names.map((name) => `"${name.replace(/"/g, '""')}"`).join(', ')}`);
    return { complete: true };
  }

  private bindTx(tx: DbTx, sql: DirectSql): TxRepositories {
    return Object.assign(this.bind(tx, sql), { [TRANSACTION]: true as const });
  }

  private bind(db: DbOrTx, sql: DirectSql): Repositories {
    return {
      people: new PersonRepository(db, this.crypto, sql),
      conversations: new ConversationRepository(db, this.crypto, sql),
      outbox: new OutboxRepository(db, this.crypto, sql),
      processedUpdates: new ProcessedUpdateRepository(db, sql),
      audit: new AuditRepository(db),
      care: new CareRepository(db, this.crypto),
      checkIns: new CheckInRepository(db, this.crypto),
      thoughtRecords: new ThoughtRecordRepository(db, this.crypto),
      homework: new HomeworkRepository(db, this.crypto),
      risk: new RiskRepository(db, this.crypto),
      assessments: new AssessmentRepository(db, this.crypto),
      rateLimits: new RateLimitRepository(db),
      schedules: new ScheduleRepository(db, sql),
      therapists: new TherapistRepository(db),
      careTeam: new CareTeamRepository(db, this.crypto),
      clientActivity: new ClientActivityRepository(db, this.crypto),
      partners: new PartnerRepository(db, this.crypto),
      exercises: new ExerciseRepository(db, this.crypto),
    };
  }
}

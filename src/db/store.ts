import type { FieldCrypto } from '../core/privacy/field-crypto.js';
import type { Database, Db, DbOrTx } from './client.js';
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

/** Interactive transactions wait this long for SQLite's single writer (or a PostgreSQL connection). */
const TRANSACTION_MAX_WAIT_MS = 10_000;
const TRANSACTION_TIMEOUT_MS = 15_000;

/**
 * Repositories over one database, plus a unit of work that runs them in a transaction.
 *
 * SQLite has one connection, and a statement issued while another caller's interactive transaction
 * is open would run *inside* it (seeing its uncommitted rows, and rolled back with it). So on SQLite
 * every standalone statement and every transaction passes through one gate, in order. PostgreSQL
 * uses a pool and needs no gate.
 */
export class Store {
  readonly repos: Repositories;
  private readonly gate: Gate | undefined;

  constructor(
    readonly database: Database,
    private readonly crypto: FieldCrypto,
  ) {
    if (database.provider === 'sqlite') {
      const gate = new Gate();
      this.gate = gate;
      const gated = database.prisma.$extends({
        query: {
          $allOperations: ({ args, query }) => gate.run(() => query(args), true),
        },
      }) as unknown as Db;
      this.repos = this.bind(gated);
    } else {
      this.repos = this.bind(database.prisma);
    }
  }

  /** Runs `work` in one transaction: everything it writes commits together or not at all. */
  transaction<T>(work: (repos: Repositories) => Promise<T>): Promise<T> {
    const run = () =>
      this.database.prisma.$transaction((tx) => work(this.bind(tx)), {
        maxWait: TRANSACTION_MAX_WAIT_MS,
        timeout: TRANSACTION_TIMEOUT_MS,
      });
    return this.gate ? this.gate.run(run) : run();
  }

  private bind(db: DbOrTx): Repositories {
    const { provider } = this.database;
    return {
      people: new PersonRepository(db, this.crypto),
      conversations: new ConversationRepository(db, this.crypto),
      outbox: new OutboxRepository(db, provider, this.crypto),
      processedUpdates: new ProcessedUpdateRepository(db, provider),
      audit: new AuditRepository(db),
      care: new CareRepository(db, this.crypto),
      checkIns: new CheckInRepository(db, this.crypto),
      thoughtRecords: new ThoughtRecordRepository(db, this.crypto),
      homework: new HomeworkRepository(db, this.crypto),
      risk: new RiskRepository(db),
      assessments: new AssessmentRepository(db, this.crypto),
      rateLimits: new RateLimitRepository(db),
      schedules: new ScheduleRepository(db, provider),
      therapists: new TherapistRepository(db),
      careTeam: new CareTeamRepository(db, this.crypto),
      clientActivity: new ClientActivityRepository(db, this.crypto),
      partners: new PartnerRepository(db, this.crypto),
      exercises: new ExerciseRepository(db, this.crypto),
    };
  }
}

/**
 * An async mutex with two queues: standalone statements (the delivery worker's claims and
 * acknowledgements, the scheduler's claims — each a few milliseconds) go before queued
 * transactions, so replies keep flowing while many conversations are being handled. FIFO within
 * each queue.
 */
class Gate {
  private busy = false;
  private readonly quick: (() => void)[] = [];
  private readonly queued: (() => void)[] = [];

  async run<T>(task: () => Promise<T>, quick = false): Promise<T> {
    if (this.busy) await new Promise<void>((resolve) => (quick ? this.quick : this.queued).push(resolve));
    else this.busy = true;
    try {
      return await task();
    } finally {
      const next = this.quick.shift() ?? this.queued.shift();
      if (next) next();
      else this.busy = false;
    }
  }
}

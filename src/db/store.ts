import type { FieldCrypto } from '../core/privacy/field-crypto.js';
import type { Database, DbOrTx } from './client.js';
import { AssessmentRepository } from './repositories/assessments.js';
import { AuditRepository } from './repositories/audit.js';
import { CareRepository } from './repositories/care.js';
import { CheckInRepository } from './repositories/check-ins.js';
import { HomeworkRepository } from './repositories/homework.js';
import { RateLimitRepository } from './repositories/rate-limits.js';
import { RiskRepository } from './repositories/risk.js';
import { ScheduleRepository } from './repositories/schedules.js';
import { ThoughtRecordRepository } from './repositories/thought-records.js';
import { ConversationRepository } from './repositories/conversations.js';
import { OutboxRepository } from './repositories/outbox.js';
import { PersonRepository } from './repositories/people.js';
import { ProcessedUpdateRepository } from './repositories/processed-updates.js';

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
}

/** Interactive transactions wait this long for SQLite's single writer (or a PostgreSQL connection). */
const TRANSACTION_MAX_WAIT_MS = 10_000;
const TRANSACTION_TIMEOUT_MS = 15_000;

/** Repositories over one database, plus a unit of work that runs them in a transaction. */
export class Store {
  readonly repos: Repositories;

  constructor(
    readonly database: Database,
    private readonly crypto: FieldCrypto,
  ) {
    this.repos = this.bind(database.prisma);
  }

  /** Runs `work` in one transaction: everything it writes commits together or not at all. */
  transaction<T>(work: (repos: Repositories) => Promise<T>): Promise<T> {
    return this.database.prisma.$transaction((tx) => work(this.bind(tx)), {
      maxWait: TRANSACTION_MAX_WAIT_MS,
      timeout: TRANSACTION_TIMEOUT_MS,
    });
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
    };
  }
}

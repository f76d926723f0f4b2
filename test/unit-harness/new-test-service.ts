import 'reflect-metadata';
import { randomBytes, randomUUID } from 'node:crypto';
import { ConfigService } from '@nestjs/config';
import {
  type AuditRecord,
  IntakeService,
  type ReportSubmission,
  type StaffRole,
  type SubmittedReport,
  SYSTEM,
  type Viewer,
} from '@candor/domain';
import {
  AuditLogRepository,
  CaseDeterminationsRepository,
  CaseFilesRepository,
  CaseMessagesRepository,
  CaseNotesRepository,
  CasePartiesRepository,
  CasesRepository,
  type CaseEntity,
  LegalHoldsRepository,
  OutboxRepository,
  REPOSITORIES,
  RetaliationRepository,
  RetentionRepository,
  StaffRepository,
  TransactionalConnection,
  type UnitOfWork,
} from '@candor/persistence';
import { APP_CONFIG, type AppConfig, CaseCipherService, Clock, loadConfig } from '@candor/platform';
import {
  FakeCaseDeterminationsRepository,
  FakeCaseFilesRepository,
  FakeCaseMessagesRepository,
  FakeCaseNotesRepository,
  FakeCasePartiesRepository,
  FakeCasesRepository,
  FakeOutboxRepository,
  FakeStaffRepository,
  type RepositoryContract,
} from './fake-case-repositories.js';
import {
  FakeAuditLogRepository,
  FakeLegalHoldsRepository,
  FakeRetaliationRepository,
  FakeRetentionRepository,
} from './fake-safeguard-repositories.js';
import { InMemoryDatabase, type RecordedAuditEntry } from './in-memory-database.js';

/** A class as a dependency token (abstract or not). */
type Token<T = unknown> = abstract new (...args: never[]) => T;
type Concrete<T> = new (...args: never[]) => T;

/** TransactionalConnection over the in-memory database. */
class FakeTransactionalConnection implements RepositoryContract<TransactionalConnection> {
  constructor(private readonly db: InMemoryDatabase) {}

  transaction<T>(work: (tx: UnitOfWork) => Promise<T>): Promise<T> {
    return this.db.transaction((tx) => work(tx.asUnitOfWork()));
  }

  get autocommit(): UnitOfWork {
    return this.db.autocommit.asUnitOfWork();
  }

  /** A connection of its own (COPY, snapshots) is PostgreSQL's alone: e2e tests cover it. */
  dedicated<T>(): Promise<T> {
    return Promise.reject(
      new Error('unit harness: a dedicated connection needs PostgreSQL (see the e2e tests)'),
    );
  }
}

/**
 * The time services take from Clock, and SQL's `now()` in the fakes: the machine's time plus what
 * the test moved it by, and never the same instant twice, so that rows written one after the other
 * sort in that order (MovableClock stands still: two rows would tie, and lists would order them by
 * random id).
 */
export class HarnessClock extends Clock {
  private offset = 0;
  private last = 0;

  now(): Date {
    this.last = Math.max(Date.now() + this.offset, this.last + 1);
    return new Date(this.last);
  }

  /** Moves time forward (or back) for everything that reads this clock. */
  advance(milliseconds: number): void {
    this.offset += milliseconds;
  }
}

interface FakeEntry {
  readonly token: Token;
  readonly make: (harness: UnitHarness) => unknown;
}

/** A fake for `token`, checked against the real class's public methods. */
function fake<T>(
  token: Token<T>,
  make: (harness: UnitHarness) => RepositoryContract<T>,
): FakeEntry {
  return { token, make };
}

/**
 * What the harness puts in place of the database: the unit of work and every repository a fake
 * exists for. Everything else a service needs is the real class (AuditTrailService, CaseAccessService, the
 * cipher, the routing policy…), built on these.
 */
const FAKES: readonly FakeEntry[] = [
  fake(Clock, (h) => h.clock),
  fake(TransactionalConnection, (h) => new FakeTransactionalConnection(h.db)),
  fake(CasesRepository, (h) => new FakeCasesRepository(h.db)),
  fake(CasePartiesRepository, (h) => new FakeCasePartiesRepository(h.db)),
  fake(StaffRepository, (h) => new FakeStaffRepository(h.db)),
  fake(CaseMessagesRepository, (h) => new FakeCaseMessagesRepository(h.db)),
  fake(CaseNotesRepository, (h) => new FakeCaseNotesRepository(h.db)),
  fake(CaseFilesRepository, (h) => new FakeCaseFilesRepository(h.db)),
  fake(CaseDeterminationsRepository, (h) => new FakeCaseDeterminationsRepository(h.db)),
  fake(OutboxRepository, (h) => new FakeOutboxRepository(h.db)),
  fake(AuditLogRepository, (h) => new FakeAuditLogRepository(h.db)),
  fake(LegalHoldsRepository, (h) => new FakeLegalHoldsRepository(h.db)),
  fake(RetentionRepository, (h) => new FakeRetentionRepository(h.db)),
  fake(RetaliationRepository, (h) => new FakeRetaliationRepository(h.db)),
];

/**
 * Stands in for what the harness cannot build (a Redis client, TypeORM's DataSource, a repository
 * with no fake yet): constructing the service still works, and the first use names what is missing.
 */
function unavailable(name: string, why: string): unknown {
  return new Proxy(
    {},
    {
      get(_target, property) {
        if (typeof property === 'symbol' || property === 'then') return undefined;
        return () => {
          throw new Error(
            `unit harness: ${name}.${property} was called, but ${name} is not available (${why}); pass an override to newTestService or add a fake`,
          );
        };
      },
    },
  );
}

export interface TestServiceOptions {
  /** Instances to inject instead of the harness's own, by class. */
  readonly overrides?: ReadonlyArray<readonly [Token, unknown]>;
  /** Configuration values other than the defaults (secrets are always fresh test keys). */
  readonly config?: Partial<Omit<AppConfig, 'secrets'>>;
}

/** Options of a report made through the real IntakeService (`given.report`). */
export type ReportOptions = Partial<Omit<ReportSubmission, 'files'>>;

/**
 * One unit test's world: the in-memory database, the configuration, and a small container that
 * builds any domain service from the constructor types Nest reads (`design:paramtypes`), with the
 * fakes above in place of the database and real classes for everything else.
 */
export class UnitHarness {
  readonly db = new InMemoryDatabase();
  readonly clock = new HarnessClock();
  readonly config: AppConfig;
  private readonly instances = new Map<unknown, unknown>();
  private staffCount = 0;

  constructor(options: TestServiceOptions = {}) {
    const secret = () => randomBytes(32).toString('base64');
    const loaded = loadConfig({
      NODE_ENV: 'test',
      CANDOR_MASTER_KEY: secret(),
      RECEIPT_PEPPER: secret(),
      JWT_SECRET: secret(),
    }).config;
    this.config = { ...loaded, ...options.config };
    this.db.now = () => this.clock.now();
    this.instances.set(ConfigService, new ConfigService({ [APP_CONFIG]: this.config }));
    for (const [token, instance] of options.overrides ?? []) this.instances.set(token, instance);
  }

  /** The instance of `token` in this world, built on first use. */
  get<T>(token: Token<T>): T {
    return this.resolve(token) as T;
  }

  private resolve(token: unknown): unknown {
    if (this.instances.has(token)) return this.instances.get(token);
    const instance = this.build(token);
    this.instances.set(token, instance);
    return instance;
  }

  private build(token: unknown): unknown {
    if (typeof token !== 'function') {
      return unavailable(String(token), 'it is injected by a token the harness does not provide');
    }
    const name = token.name || 'an anonymous class';
    const entry = FAKES.find((f) => f.token === token);
    if (entry) return entry.make(this);
    if ((REPOSITORIES as readonly unknown[]).includes(token)) {
      return unavailable(name, 'the harness has no in-memory fake of this repository yet');
    }
    if (!Reflect.getMetadata('__injectable__', token)) {
      return unavailable(name, 'it is not an injectable class of Candor');
    }
    const types = (Reflect.getMetadata('design:paramtypes', token) ?? []) as unknown[];
    const tokens = (Reflect.getMetadata('self:paramtypes', token) ?? []) as Array<{
      index: number;
      param: unknown;
    }>;
    const args = types.map((type, index) =>
      this.resolve(tokens.find((t) => t.index === index)?.param ?? type),
    );
    try {
      return new (token as Concrete<unknown>)(...(args as never[]));
    } catch (error) {
      return unavailable(name, `its constructor failed: ${(error as Error).message}`);
    }
  }

  /** Test data, written outside any transaction. */
  readonly given = {
    /**
     * An active staff member, created a moment after the previous one; the name (matched by
     * recusal) defaults to a unique one.
     */
    staff: (
      role: StaffRole,
      options: { name?: string; isChair?: boolean } = {},
    ): Viewer & { name: string } => {
      this.staffCount += 1;
      const id = randomUUID();
      const name = options.name ?? `${role} ${this.staffCount}`;
      const cipher = this.get(CaseCipherService);
      // Accounts exist before the test begins, in the order given (lists order staff by age).
      const now = new Date(Date.UTC(2026, 0, 1) + this.staffCount * 1000);
      this.db.staff.seed({
        id,
        email: `staff${this.staffCount}@example.test`,
        name,
        role,
        passwordHash: null,
        totpSecretEnc: null,
        totpLastStep: '0',
        nameIndex: cipher.nameIndex(name) as Buffer,
        emailIndex: cipher.emailIndex(`staff${this.staffCount}@example.test`) as Buffer,
        isChair: options.isChair ?? false,
        notificationMode: 'immediate',
        disabledAt: null,
        createdAt: now,
        updatedAt: now,
      });
      return { id, role, name };
    },

    /**
     * A report as intake makes it (routed by the policy in force, sealed under a fresh case key),
     * recorded by the system; by default an anonymous conflict-of-interest report naming nobody.
     */
    report: (options: ReportOptions = {}): Promise<SubmittedReport> =>
      this.db.transaction((tx) =>
        this.get(IntakeService).submitIn(
          tx.asUnitOfWork(),
          {
            channel: 'mail',
            concernType: 'conflict_of_interest',
            title: 'A report',
            description: 'What happened.',
            anonymous: true,
            implicated: [],
            witnesses: [],
            ...options,
            files: [],
          },
          [],
          SYSTEM,
        ),
      ),

    /** Moves a case straight to `status` (with the dates it implies left as they are). */
    status: (reference: string, status: string): void => {
      this.db.cases.update(
        this.db.autocommit,
        (c) => c.reference === reference,
        () => ({ status }),
      );
    },
  };

  /** A case as stored, by reference. */
  caseRow(reference: string): CaseEntity {
    const found = this.db.cases.find((c) => c.reference === reference);
    if (!found) throw new Error(`unit harness: no case ${reference}`);
    return found;
  }

  /** Audit entries written from now on: call the answer to read them. */
  auditFromHere(): () => RecordedAuditEntry[] {
    const seen = this.db.audit.all().length;
    return () => this.db.audit.all().slice(seen);
  }
}

/** Narrows audit entries to what a test compares: action, actor, case and detail. */
export function auditShape(entry: RecordedAuditEntry): AuditRecord & { actorId: string | null } {
  return {
    action: entry.action as AuditRecord['action'],
    actorId: entry.actorId,
    caseReference: entry.caseReference,
    detail: entry.detail as AuditRecord['detail'],
  };
}

/**
 * A domain service under test (immich's `newTestService` is the model): `sut` is the real service,
 * built with in-memory fakes of every repository it needs; `harness` holds the database, the
 * configuration and the way to build other services on the same data.
 */
export function newTestService<T>(
  Service: Token<T>,
  options: TestServiceOptions = {},
): { sut: T; harness: UnitHarness; db: InMemoryDatabase } {
  const harness = new UnitHarness(options);
  return { sut: harness.get(Service), harness, db: harness.db };
}

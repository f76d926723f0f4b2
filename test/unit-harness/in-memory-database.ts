import type {
  ApprovalEntity,
  CaseActionEntity,
  CaseAssignmentEntity,
  CaseEntity,
  CaseFileEntity,
  CaseMessageEntity,
  CaseNoteEntity,
  CaseOutcomeEntity,
  CasePartyEntity,
  CaseReporterEntity,
  CaseRoutingEntity,
  LegalHoldEntity,
  OutboxEntity,
  RetaliationCheckEntity,
  RetaliationReviewEntity,
  SqlRunner,
  StaffEnrolmentEntity,
  StaffEntity,
  UnitOfWork,
} from '@candor/persistence';

/**
 * The tables of the unit harness: plain arrays of rows shaped like the TypeORM entities (which the
 * schema-drift test keeps equal to the migrations), so a fake repository reads and writes what the
 * real one would, column for column. Rows are never changed in place: an update replaces the row,
 * which is what lets a transaction be undone.
 */
export class Table<T extends object> {
  private rows: T[] = [];

  /** `key`: the primary key's columns, refused twice as PostgreSQL would. */
  constructor(
    readonly name: string,
    private readonly key?: (row: T) => readonly unknown[],
  ) {}

  /** Every row, in the order written. */
  all(): readonly T[] {
    return this.rows;
  }

  where(predicate: (row: T) => boolean): T[] {
    return this.rows.filter(predicate);
  }

  find(predicate: (row: T) => boolean): T | undefined {
    return this.rows.find(predicate);
  }

  insert(tx: SqlRunner, row: T): T {
    this.assertKeyFree(row);
    const frozen = Object.freeze({ ...row });
    this.rows.push(frozen);
    unitOfWork(tx).onRollback(() => {
      this.rows = this.rows.filter((r) => r !== frozen);
    });
    return frozen;
  }

  /** Replaces every row that matches with `change(row)` merged over it; answers the new rows. */
  update(tx: SqlRunner, predicate: (row: T) => boolean, change: (row: T) => Partial<T>): T[] {
    const updated: T[] = [];
    this.rows = this.rows.map((old) => {
      if (!predicate(old)) return old;
      const next = Object.freeze({ ...old, ...change(old) });
      updated.push(next);
      unitOfWork(tx).onRollback(() => {
        this.rows = this.rows.map((r) => (r === next ? old : r));
      });
      return next;
    });
    return updated;
  }

  /** Removes every row that matches; answers the removed rows. */
  delete(tx: SqlRunner, predicate: (row: T) => boolean): T[] {
    const removed = this.rows.filter(predicate);
    this.rows = this.rows.filter((r) => !predicate(r));
    unitOfWork(tx).onRollback(() => {
      this.rows = [...this.rows, ...removed];
    });
    return removed;
  }

  /** Test setup only: writes a row outside any transaction. */
  seed(row: T): T {
    this.assertKeyFree(row);
    const frozen = Object.freeze({ ...row });
    this.rows.push(frozen);
    return frozen;
  }

  private assertKeyFree(row: T): void {
    const { key } = this;
    if (!key) return;
    const wanted = JSON.stringify(key(row));
    if (this.rows.some((r) => JSON.stringify(key(r)) === wanted)) {
      throw new Error(`unit harness: duplicate key ${wanted} in ${this.name}`);
    }
  }
}

/**
 * An entry AuditTrailService staged, its detail parsed back from the canonical JSON it was given as, and
 * timed by `now()` as the database would. Entries are sealed onto a hash chain when read back.
 */
export interface RecordedAuditEntry {
  readonly occurredAt: Date;
  readonly actorType: string;
  readonly actorId: string | null;
  readonly action: string;
  readonly caseReference: string | null;
  readonly detail: Readonly<Record<string, unknown>>;
}

/**
 * A unit of work of the in-memory database: the `tx` a service receives and passes to repositories.
 * Each write registers how to undo it; a rollback undoes them newest first, so a transaction that
 * throws leaves nothing behind, as in PostgreSQL (and a transaction of its own that committed
 * meanwhile keeps its rows).
 */
export class FakeUnitOfWork implements SqlRunner {
  private undo: Array<() => void> = [];
  private state: 'open' | 'committed' | 'rolled back' = 'open';

  constructor(
    /** Outside a transaction every statement commits by itself. */
    readonly autocommit: boolean,
  ) {}

  onRollback(step: () => void): void {
    this.assertOpen();
    if (!this.autocommit) this.undo.push(step);
  }

  commit(): void {
    this.assertOpen();
    this.state = 'committed';
    this.undo = [];
  }

  rollback(): void {
    this.assertOpen();
    this.state = 'rolled back';
    for (const step of this.undo.reverse()) step();
    this.undo = [];
  }

  assertOpen(): void {
    if (this.state !== 'open') {
      throw new Error(`unit harness: a ${this.state} unit of work was used again`);
    }
  }

  /**
   * SQL that reaches the unit of work without an injected repository: there should be none, so
   * it fails the test with the statement, to be given a fake.
   */
  query(sql: string): Promise<unknown> {
    this.assertOpen();
    return Promise.reject(
      new Error(
        `unit harness: no in-memory answer for SQL written outside a repository: ${sql.trim().split('\n')[0]}`,
      ),
    );
  }

  /** The form services and repositories receive. */
  asUnitOfWork(): UnitOfWork {
    return this as unknown as UnitOfWork;
  }
}

/** The unit of work behind a `tx` a repository received; fails on anything else. */
export function unitOfWork(tx: SqlRunner): FakeUnitOfWork {
  if (!(tx instanceof FakeUnitOfWork)) {
    throw new Error('unit harness: a repository received a unit of work the harness did not open');
  }
  tx.assertOpen();
  return tx;
}

/** Every table the fakes know, and the clock `now()` stands for. */
export class InMemoryDatabase {
  readonly staff = new Table<StaffEntity>('staff', (r) => [r.id]);
  readonly staffEnrolments = new Table<StaffEnrolmentEntity>('staff_enrolments', (r) => [r.id]);
  readonly cases = new Table<CaseEntity>('cases', (r) => [r.id]);
  readonly caseReporters = new Table<CaseReporterEntity>('case_reporters');
  readonly caseRoutings = new Table<CaseRoutingEntity>('case_routings');
  readonly caseAssignments = new Table<CaseAssignmentEntity>('case_assignments', (r) => [
    r.caseId,
    r.staffId,
  ]);
  readonly caseParties = new Table<CasePartyEntity>('case_parties');
  readonly caseMessages = new Table<CaseMessageEntity>('case_messages');
  readonly caseNotes = new Table<CaseNoteEntity>('case_notes');
  readonly caseFiles = new Table<CaseFileEntity>('case_files');
  readonly caseOutcomes = new Table<CaseOutcomeEntity>('case_outcomes');
  readonly caseActions = new Table<CaseActionEntity>('case_actions');
  readonly approvals = new Table<ApprovalEntity>('approvals', (r) => [
    r.subjectType,
    r.subjectId,
    r.staffId,
  ]);
  readonly legalHolds = new Table<LegalHoldEntity>('legal_holds', (r) => [r.id]);
  readonly retaliationChecks = new Table<RetaliationCheckEntity>('retaliation_checks', (r) => [
    r.id,
  ]);
  readonly retaliationReviews = new Table<RetaliationReviewEntity>('retaliation_reviews', (r) => [
    r.id,
  ]);
  readonly outbox = new Table<OutboxEntity>('outbox');
  /** Entries as staged by AuditTrailService, in order: what the log holds once they commit. */
  readonly audit = new Table<RecordedAuditEntry>('audit_staged');

  /** What SQL's `now()` answers; tests may move it. */
  now: () => Date = () => new Date();

  /** Statements outside a transaction. */
  readonly autocommit = new FakeUnitOfWork(true);

  /** Opens a transaction: committed when `work` resolves, undone when it throws. */
  async transaction<T>(work: (tx: FakeUnitOfWork) => Promise<T>): Promise<T> {
    const tx = new FakeUnitOfWork(false);
    let result: T;
    try {
      result = await work(tx);
    } catch (error) {
      tx.rollback();
      throw error;
    }
    tx.commit();
    return result;
  }
}

import type {
  ApprovalRow,
  CaseAccessPeopleRow,
  CaseActionRow,
  CaseAssignmentRow,
  CaseDeterminationsRepository,
  CaseEntity,
  CaseFileContentRow,
  CaseFileRow,
  CaseFilesRepository,
  CaseMessageRow,
  CaseMessagesRepository,
  CaseNoteRow,
  CaseNotesRepository,
  CaseOutcomeRow,
  CasePartiesRepository,
  CasePartyEntity,
  CasePartyRow,
  CasePartyStaffMatch,
  CasePartyStaffMatchRow,
  CaseRecordRow,
  CaseRerouteInputsRow,
  CaseRouteRow,
  CaseRoutingRow,
  CasesRepository,
  CaseStatusChange,
  CaseTextRow,
  DeterminationSubject,
  NewCase,
  NewCaseAction,
  NewCaseFile,
  NewCaseMessage,
  NewCaseNote,
  NewCaseOutcome,
  NewCaseParty,
  NewCaseReporter,
  NewCaseRouting,
  NewOutboxEvent,
  NewSystemNote,
  OutboxEntity,
  OutboxRepository,
  OutboxRow,
  SqlRunner,
  NewStaffRow,
  StaffAccountRow,
  StaffCredentialsSet,
  StaffEntity,
  StaffLoginRow,
  StaffNameRow,
  StaffRepository,
  StaffResetState,
  StaffRow,
} from '@candor/persistence';
import type { InMemoryDatabase } from './in-memory-database.js';

/**
 * A repository's public methods: what a fake must offer. A method added to the real class and
 * missing here fails the typecheck, so the fakes cannot fall behind the repositories unnoticed.
 */
export type RepositoryContract<T> = Pick<T, keyof T>;

const byTimeThenId =
  <T extends { id: string }>(time: (row: T) => Date) =>
  (a: T, b: T): number =>
    time(a).getTime() - time(b).getTime() || a.id.localeCompare(b.id);

const sameBytes = (a: Buffer | null, b: Buffer | null): boolean =>
  a !== null && b !== null && a.equals(b);

/**
 * recusesSql over rows: an implicated party recuses a staff member matched to them, every
 * namesake of an unreviewed automatic match, and, when nobody was matched, the staff roles their
 * role recuses.
 */
export function partyRecuses(
  party: CasePartyEntity,
  staff: StaffEntity,
  recusingPartyRoles: Readonly<Record<string, readonly string[]>>,
): boolean {
  if (party.kind !== 'implicated') return false;
  if (party.staffId !== null && party.staffId === staff.id) return true;
  if (party.staffMatch === 'automatic' && sameBytes(party.nameIndex, staff.nameIndex)) return true;
  return (
    party.staffId === null &&
    party.staffMatch === null &&
    party.role !== null &&
    (recusingPartyRoles[staff.role] ?? []).includes(party.role)
  );
}

function caseRecord(c: CaseEntity): CaseRecordRow {
  return {
    id: c.id,
    reference: c.reference,
    status: c.status,
    concern_type: c.concernType,
    channel: c.channel,
    anonymous: c.anonymous,
    routed_to: c.routedTo,
    handled_by: c.handledBy,
    related_case_id: c.relatedCaseId,
    received_at: c.receivedAt,
    acknowledge_by: c.acknowledgeBy,
    acknowledged_at: c.acknowledgedAt,
    feedback_due_at: c.feedbackDueAt,
    feedback_given_at: c.feedbackGivenAt,
    resolved_at: c.resolvedAt,
    closed_at: c.closedAt,
    dismissal_reason: c.dismissalReason,
    finding: c.finding,
    next_due_at: c.nextDueAt,
    purged_at: c.purgedAt,
    master_key_id: c.masterKeyId,
    data_key_id: c.dataKeyId,
    // As from PostgreSQL: null once purged, whatever the row type says.
    data_key_wrapped: c.dataKeyWrapped as Buffer,
  };
}

export class FakeCasesRepository implements RepositoryContract<CasesRepository> {
  constructor(private readonly db: InMemoryDatabase) {}

  private byId(id: string): CaseEntity | undefined {
    return this.db.cases.find((c) => c.id === id);
  }

  private touch(tx: SqlRunner, id: string, change: Partial<CaseEntity>): void {
    this.db.cases.update(
      tx,
      (c) => c.id === id,
      () => ({ ...change, updatedAt: this.db.now() }),
    );
  }

  findByReference(
    _tx: SqlRunner,
    reference: string,
    _options: { lock?: boolean } = {},
  ): Promise<CaseRecordRow | undefined> {
    const found = this.db.cases.find((c) => c.reference === reference);
    return Promise.resolve(found && caseRecord(found));
  }

  findRouteById(_tx: SqlRunner, id: string): Promise<CaseRouteRow | undefined> {
    const c = this.byId(id);
    return Promise.resolve(
      c && { id: c.id, reference: c.reference, routed_to: c.routedTo, handled_by: c.handledBy },
    );
  }

  findAccessPeople(
    _tx: SqlRunner,
    caseId: string,
    recusingPartyRoles: Readonly<Record<string, readonly string[]>>,
  ): Promise<CaseAccessPeopleRow> {
    const parties = this.db.caseParties.where((p) => p.caseId === caseId);
    return Promise.resolve({
      assignees: this.db.caseAssignments.where((a) => a.caseId === caseId).map((a) => a.staffId),
      recused: this.db.staff
        .where((s) => parties.some((p) => partyRecuses(p, s, recusingPartyRoles)))
        .map((s) => s.id),
    });
  }

  findText(_tx: SqlRunner, caseId: string): Promise<CaseTextRow> {
    const c = this.byId(caseId);
    if (!c) throw new Error(`unit harness: no case ${caseId}`);
    return Promise.resolve({
      title_enc: c.titleEnc as Buffer,
      description_enc: c.descriptionEnc as Buffer,
      occurred_at_enc: c.occurredAtEnc,
      location_enc: c.locationEnc,
      related: (c.relatedCaseId && this.byId(c.relatedCaseId)?.reference) ?? null,
    });
  }

  insertIfReferenceFree(tx: SqlRunner, c: NewCase): Promise<boolean> {
    if (this.db.cases.find((row) => row.reference === c.reference)) return Promise.resolve(false);
    this.db.cases.insert(tx, {
      id: c.id,
      reference: c.reference,
      channel: c.channel,
      concernType: c.concernType,
      status: 'received',
      anonymous: c.anonymous,
      routedTo: c.routedTo,
      handledBy: c.handledBy,
      relatedCaseId: c.relatedCaseId,
      recordedBy: c.recordedBy,
      receiptHash: c.receiptHash,
      masterKeyId: c.masterKeyId,
      dataKeyId: c.dataKeyId,
      dataKeyWrapped: c.dataKeyWrapped,
      titleEnc: c.titleEnc,
      descriptionEnc: c.descriptionEnc,
      occurredAtEnc: c.occurredAtEnc,
      locationEnc: c.locationEnc,
      titleTerms: [...c.titleTerms],
      receivedAt: c.receivedAt,
      acknowledgeBy: c.acknowledgeBy,
      acknowledgedAt: null,
      feedbackDueAt: null,
      feedbackGivenAt: null,
      resolvedAt: null,
      closedAt: null,
      dismissalReason: null,
      updatedAt: c.receivedAt,
      nextDueAt: c.acknowledgeBy,
      finding: null,
      purgedAt: null,
      // Kept by triggers in PostgreSQL; no unit reads them (the queue is an e2e matter).
      assignees: [],
      unreadReporterMessages: 0,
    });
    return Promise.resolve(true);
  }

  insertReporter(tx: SqlRunner, reporter: NewCaseReporter): Promise<void> {
    this.db.caseReporters.insert(tx, { ...reporter });
    return Promise.resolve();
  }

  updateStatus(tx: SqlRunner, change: CaseStatusChange): Promise<void> {
    this.touch(tx, change.caseId, {
      status: change.status,
      acknowledgedAt: change.acknowledgedAt,
      feedbackDueAt: change.feedbackDueAt,
      resolvedAt: change.resolvedAt,
      closedAt: change.closedAt,
      dismissalReason: change.dismissalReason,
      nextDueAt: change.nextDueAt,
    });
    return Promise.resolve();
  }

  recordFeedbackGiven(
    tx: SqlRunner,
    caseId: string,
    at: Date,
    nextDueAt: Date | null,
  ): Promise<void> {
    this.touch(tx, caseId, { feedbackGivenAt: at, nextDueAt });
    return Promise.resolve();
  }

  setFindingFromOutcome(tx: SqlRunner, caseId: string, outcomeId: string): Promise<void> {
    const outcome = this.db.caseOutcomes.find((o) => o.id === outcomeId);
    this.touch(tx, caseId, { finding: outcome?.finding ?? null });
    return Promise.resolve();
  }

  findRerouteInputs(
    _tx: SqlRunner,
    caseId: string,
    relatedCaseId: string | null,
  ): Promise<CaseRerouteInputsRow> {
    return Promise.resolve({
      roles: this.db.caseParties
        .where((p) => p.caseId === caseId && p.kind === 'implicated' && p.role !== null)
        .map((p) => p.role as string),
      related_route: (relatedCaseId && this.byId(relatedCaseId)?.routedTo) ?? null,
    });
  }

  updateRoute(tx: SqlRunner, caseId: string, routedTo: string, handledBy: string): Promise<void> {
    this.touch(tx, caseId, { routedTo, handledBy });
    return Promise.resolve();
  }

  insertRouting(tx: SqlRunner, routing: NewCaseRouting): Promise<void> {
    this.db.caseRoutings.insert(tx, { ...routing });
    return Promise.resolve();
  }

  listRoutings(_tx: SqlRunner, caseId: string): Promise<CaseRoutingRow[]> {
    return Promise.resolve(
      this.db.caseRoutings
        .where((r) => r.caseId === caseId)
        .sort(byTimeThenId((r) => r.decidedAt))
        .map((r) => ({
          trigger: r.trigger,
          routed_to: r.routedTo,
          handled_by: r.handledBy,
          rule_id: r.ruleId,
          explanation: r.explanation,
          policy_version: r.policyVersion,
          decided_at: r.decidedAt,
        })),
    );
  }

  assign(
    tx: SqlRunner,
    caseId: string,
    staffId: string,
    assignedBy: string,
    at: Date,
  ): Promise<void> {
    if (!this.db.caseAssignments.find((a) => a.caseId === caseId && a.staffId === staffId)) {
      this.db.caseAssignments.insert(tx, { caseId, staffId, assignedBy, assignedAt: at });
    }
    return Promise.resolve();
  }

  unassign(tx: SqlRunner, caseId: string, staffId: string): Promise<void> {
    this.db.caseAssignments.delete(tx, (a) => a.caseId === caseId && a.staffId === staffId);
    return Promise.resolve();
  }

  listAssignments(_tx: SqlRunner, caseId: string): Promise<CaseAssignmentRow[]> {
    return Promise.resolve(
      this.db.caseAssignments
        .where((a) => a.caseId === caseId)
        .sort((a, b) => a.assignedAt.getTime() - b.assignedAt.getTime())
        .map((a) => ({
          staff_id: a.staffId,
          name: this.db.staff.find((s) => s.id === a.staffId)?.name ?? '',
          assigned_at: a.assignedAt,
        })),
    );
  }
}

export class FakeCasePartiesRepository implements RepositoryContract<CasePartiesRepository> {
  constructor(private readonly db: InMemoryDatabase) {}

  /** INSERT_CASE_PARTY: a named staff member wins; else the oldest active namesake, if asked. */
  insert(tx: SqlRunner, party: NewCaseParty): Promise<CasePartyStaffMatch> {
    const { staff, ...columns } = party;
    let staffId: string | null = null;
    let staffMatch: 'staff' | 'automatic' | null = null;
    if (staff.kind === 'named') {
      staffId = staff.staffId;
      staffMatch = 'staff';
    } else if (staff.kind === 'match_by_name') {
      const [match] = this.db.staff
        .where((s) => s.disabledAt === null && sameBytes(s.nameIndex, party.nameIndex))
        .sort(byTimeThenId((s) => s.createdAt));
      if (match) {
        staffId = match.id;
        staffMatch = 'automatic';
      }
    }
    this.db.caseParties.insert(tx, { ...columns, staffId, staffMatch });
    return Promise.resolve({ staffId, staffMatch });
  }

  listByCase(_tx: SqlRunner, caseId: string): Promise<CasePartyRow[]> {
    return Promise.resolve(
      this.db.caseParties
        .where((p) => p.caseId === caseId)
        .sort(byTimeThenId((p) => p.createdAt))
        .map((p) => ({
          id: p.id,
          kind: p.kind,
          role: p.role,
          name_enc: p.nameEnc,
          contact_enc: p.contactEnc,
          staff_id: p.staffId,
          staff_match: p.staffMatch,
        })),
    );
  }

  findImplicatedStaffMatch(
    _tx: SqlRunner,
    partyId: string,
    caseId: string,
  ): Promise<CasePartyStaffMatchRow | undefined> {
    const p = this.db.caseParties.find(
      (row) => row.id === partyId && row.caseId === caseId && row.kind === 'implicated',
    );
    return Promise.resolve(p && { staff_id: p.staffId, staff_match: p.staffMatch });
  }

  confirmStaffMatch(tx: SqlRunner, partyId: string): Promise<void> {
    this.db.caseParties.update(
      tx,
      (p) => p.id === partyId,
      () => ({ staffMatch: 'confirmed' }),
    );
    return Promise.resolve();
  }

  clearStaffMatch(tx: SqlRunner, partyId: string): Promise<void> {
    this.db.caseParties.update(
      tx,
      (p) => p.id === partyId,
      () => ({ staffMatch: 'cleared', staffId: null }),
    );
    return Promise.resolve();
  }
}

export class FakeStaffRepository implements RepositoryContract<StaffRepository> {
  constructor(private readonly db: InMemoryDatabase) {}

  findById(_tx: SqlRunner, id: string): Promise<StaffRow | undefined> {
    const s = this.db.staff.find((row) => row.id === id);
    return Promise.resolve(
      s && {
        id: s.id,
        email: s.email,
        name: s.name,
        role: s.role,
        is_chair: s.isChair,
        notification_mode: s.notificationMode,
        disabled_at: s.disabledAt,
      },
    );
  }

  lockRow(_tx: SqlRunner, id: string): Promise<boolean> {
    return Promise.resolve(this.db.staff.find((s) => s.id === id) !== undefined);
  }

  findIdByEmail(_tx: SqlRunner, email: string): Promise<string | undefined> {
    return Promise.resolve(this.db.staff.find((s) => s.email === email)?.id);
  }

  private byName(rows: readonly StaffEntity[]): StaffNameRow[] {
    return [...rows]
      .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id))
      .map((s) => ({ id: s.id, name: s.name }));
  }

  activeInvestigators(_tx: SqlRunner): Promise<StaffNameRow[]> {
    return Promise.resolve(
      this.byName(this.db.staff.where((s) => s.role === 'investigator' && s.disabledAt === null)),
    );
  }

  assignableInvestigators(
    _tx: SqlRunner,
    caseId: string,
    recusedIds: readonly string[],
  ): Promise<StaffNameRow[]> {
    return Promise.resolve(
      this.byName(
        this.db.staff.where(
          (s) =>
            s.role === 'investigator' &&
            s.disabledAt === null &&
            !recusedIds.includes(s.id) &&
            !this.db.caseAssignments.find((a) => a.caseId === caseId && a.staffId === s.id),
        ),
      ),
    );
  }

  namesByIds(_tx: SqlRunner, ids: readonly string[]): Promise<StaffNameRow[]> {
    return Promise.resolve(
      this.db.staff.where((s) => ids.includes(s.id)).map((s) => ({ id: s.id, name: s.name })),
    );
  }

  namesMentionedByCase(
    _tx: SqlRunner,
    caseId: string,
    alsoId: string | null,
  ): Promise<StaffNameRow[]> {
    const { db } = this;
    const outcomes = db.caseOutcomes.where((o) => o.caseId === caseId);
    const actions = db.caseActions.where((x) => x.caseId === caseId);
    const mentioned = new Set<string | null>([
      ...outcomes.map((o) => o.recordedBy),
      ...actions.map((x) => x.recordedBy),
      ...db.approvals
        .where(
          (a) =>
            (a.subjectType === 'outcome' && outcomes.some((o) => o.id === a.subjectId)) ||
            (a.subjectType === 'action' && actions.some((x) => x.id === a.subjectId)),
        )
        .map((a) => a.staffId),
      ...db.caseMessages.where((m) => m.caseId === caseId).map((m) => m.staffId),
      alsoId,
    ]);
    return Promise.resolve(
      db.staff.where((s) => mentioned.has(s.id)).map((s) => ({ id: s.id, name: s.name })),
    );
  }

  /** ACCOUNT_SELECT: the row without secrets, whether it is enrolled, and its live link. */
  private account(s: StaffEntity): StaffAccountRow {
    const link = this.db.staffEnrolments.find(
      (e) => e.staffId === s.id && e.completedAt === null && e.revokedAt === null,
    );
    return {
      id: s.id,
      email: s.email,
      name: s.name,
      role: s.role,
      is_chair: s.isChair,
      notification_mode: s.notificationMode,
      disabled_at: s.disabledAt,
      created_at: s.createdAt,
      enrolled: s.passwordHash !== null && s.totpSecretEnc !== null,
      enrolment_kind: link?.kind ?? null,
      enrolment_expires_at: link?.expiresAt ?? null,
      enrolment_expired: link ? link.expiresAt <= this.db.now() : null,
    };
  }

  listAccounts(_tx: SqlRunner): Promise<StaffAccountRow[]> {
    return Promise.resolve(
      [...this.db.staff.all()]
        .sort((a, b) => a.role.localeCompare(b.role) || a.email.localeCompare(b.email))
        .map((s) => this.account(s)),
    );
  }

  findAccount(_tx: SqlRunner, id: string): Promise<StaffAccountRow | undefined> {
    const s = this.db.staff.find((row) => row.id === id);
    return Promise.resolve(s && this.account(s));
  }

  findLoginByEmail(_tx: SqlRunner, email: string): Promise<StaffLoginRow | undefined> {
    const s = this.db.staff.find((row) => row.email === email);
    return Promise.resolve(
      s && {
        id: s.id,
        role: s.role,
        password_hash: s.passwordHash,
        totp_secret_enc: s.totpSecretEnc,
        totp_last_step: s.totpLastStep,
        disabled_at: s.disabledAt,
      },
    );
  }

  canSignIn(_tx: SqlRunner, id: string): Promise<boolean> {
    return Promise.resolve(
      this.db.staff.find(
        (s) =>
          s.id === id &&
          s.disabledAt === null &&
          s.passwordHash !== null &&
          s.totpSecretEnc !== null,
      ) !== undefined,
    );
  }

  insert(tx: SqlRunner, row: NewStaffRow): Promise<void> {
    if (!row.nameIndex || !row.emailIndex) {
      return Promise.reject(
        new Error('unit harness: staff.name_index and email_index are NOT NULL'),
      );
    }
    const now = this.db.now();
    this.db.staff.insert(tx, {
      ...row,
      nameIndex: row.nameIndex,
      emailIndex: row.emailIndex,
      totpLastStep: '0',
      notificationMode: 'immediate',
      disabledAt: null,
      createdAt: now,
      updatedAt: now,
    });
    return Promise.resolve();
  }

  private change(
    tx: SqlRunner,
    id: string,
    change: (s: StaffEntity) => Partial<StaffEntity>,
    where: (s: StaffEntity) => boolean = () => true,
  ): StaffEntity | undefined {
    return this.db.staff.update(tx, (s) => s.id === id && where(s), change).at(0);
  }

  disable(tx: SqlRunner, id: string): Promise<boolean> {
    const now = this.db.now();
    const row = this.change(tx, id, (s) => ({ disabledAt: s.disabledAt ?? now, updatedAt: now }));
    return Promise.resolve(row !== undefined);
  }

  enable(tx: SqlRunner, id: string): Promise<StaffCredentialsSet | undefined> {
    const row = this.change(tx, id, () => ({ disabledAt: null, updatedAt: this.db.now() }));
    return Promise.resolve(
      row && { password_set: row.passwordHash !== null, totp_set: row.totpSecretEnc !== null },
    );
  }

  lockResetState(_tx: SqlRunner, id: string): Promise<StaffResetState | undefined> {
    const s = this.db.staff.find((row) => row.id === id);
    return Promise.resolve(
      s && { password_set: s.passwordHash !== null, disabled: s.disabledAt !== null },
    );
  }

  eraseTotpSecret(tx: SqlRunner, id: string): Promise<void> {
    this.change(tx, id, () => ({ totpSecretEnc: null, updatedAt: this.db.now() }));
    return Promise.resolve();
  }

  replaceTotpSecret(tx: SqlRunner, id: string, totpSecretEnc: Buffer): Promise<void> {
    this.change(tx, id, () => ({ totpSecretEnc, totpLastStep: '0', updatedAt: this.db.now() }));
    return Promise.resolve();
  }

  setEnrolledCredentials(
    tx: SqlRunner,
    id: string,
    passwordHash: string | null,
    totpSecretEnc: Buffer,
    totpStep: number,
  ): Promise<void> {
    this.change(tx, id, (s) => ({
      passwordHash: passwordHash ?? s.passwordHash,
      totpSecretEnc,
      totpLastStep: String(totpStep),
      updatedAt: this.db.now(),
    }));
    return Promise.resolve();
  }

  claimTotpStep(tx: SqlRunner, id: string, step: number): Promise<boolean> {
    const row = this.change(
      tx,
      id,
      () => ({ totpLastStep: String(step) }),
      (s) => BigInt(s.totpLastStep) < BigInt(step),
    );
    return Promise.resolve(row !== undefined);
  }

  setNotificationMode(tx: SqlRunner, id: string, mode: string): Promise<boolean> {
    const row = this.change(tx, id, () => ({ notificationMode: mode, updatedAt: this.db.now() }));
    return Promise.resolve(row !== undefined);
  }
}

function outboxRow(e: OutboxEntity): OutboxRow {
  return {
    id: e.id,
    event: e.event,
    case_id: e.caseId,
    payload: e.payload,
    created_at: e.createdAt,
  };
}

export class FakeOutboxRepository implements RepositoryContract<OutboxRepository> {
  constructor(private readonly db: InMemoryDatabase) {}

  insert(tx: SqlRunner, event: NewOutboxEvent): Promise<void> {
    this.db.outbox.insert(tx, {
      id: event.id,
      event: event.event,
      caseId: event.caseId,
      // As stored: JSON, read back as a copy.
      payload: JSON.parse(JSON.stringify(event.payload)) as Record<string, unknown>,
      createdAt: this.db.now(),
      relayedAt: null,
    });
    return Promise.resolve();
  }

  findById(_tx: SqlRunner, id: string): Promise<OutboxRow | undefined> {
    const e = this.db.outbox.find((row) => row.id === id);
    return Promise.resolve(e && outboxRow(e));
  }

  /** Unrelayed events, oldest first (the fakes have no other transaction to skip). */
  claimUnrelayed(_tx: SqlRunner, limit: number): Promise<OutboxRow[]> {
    return Promise.resolve(
      this.db.outbox
        .where((e) => e.relayedAt === null)
        .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
        .slice(0, limit)
        .map(outboxRow),
    );
  }

  markRelayed(tx: SqlRunner, ids: readonly string[]): Promise<void> {
    const at = this.db.now();
    this.db.outbox.update(
      tx,
      (e) => ids.includes(e.id),
      () => ({ relayedAt: at }),
    );
    return Promise.resolve();
  }
}

export class FakeCaseMessagesRepository implements RepositoryContract<CaseMessagesRepository> {
  constructor(private readonly db: InMemoryDatabase) {}

  insert(tx: SqlRunner, message: NewCaseMessage): Promise<void> {
    this.db.caseMessages.insert(tx, { ...message });
    return Promise.resolve();
  }

  listByCase(_tx: SqlRunner, caseId: string): Promise<CaseMessageRow[]> {
    return Promise.resolve(
      this.db.caseMessages
        .where((m) => m.caseId === caseId)
        .sort(byTimeThenId((m) => m.createdAt))
        .map((m) => ({
          id: m.id,
          sender: m.sender,
          kind: m.kind,
          staff_id: m.staffId,
          body_enc: m.bodyEnc,
          created_at: m.createdAt,
        })),
    );
  }
}

export class FakeCaseNotesRepository implements RepositoryContract<CaseNotesRepository> {
  constructor(private readonly db: InMemoryDatabase) {}

  existsInCase(_tx: SqlRunner, noteId: string, caseId: string): Promise<boolean> {
    return Promise.resolve(
      this.db.caseNotes.find((n) => n.id === noteId && n.caseId === caseId) !== undefined,
    );
  }

  insert(tx: SqlRunner, note: NewCaseNote): Promise<void> {
    this.db.caseNotes.insert(tx, note);
    return Promise.resolve();
  }

  insertSystemNote(tx: SqlRunner, note: NewSystemNote): Promise<void> {
    this.db.caseNotes.insert(tx, { ...note, kind: 'note', correctsNoteId: null });
    return Promise.resolve();
  }

  listByCase(_tx: SqlRunner, caseId: string): Promise<CaseNoteRow[]> {
    return Promise.resolve(
      this.db.caseNotes
        .where((n) => n.caseId === caseId)
        .sort(byTimeThenId((n) => n.createdAt))
        .map((n) => ({
          id: n.id,
          author_id: n.authorId,
          author: this.db.staff.find((s) => s.id === n.authorId)?.name ?? '',
          kind: n.kind,
          corrects_note_id: n.correctsNoteId,
          body_enc: n.bodyEnc,
          created_at: n.createdAt,
        })),
    );
  }
}

export class FakeCaseFilesRepository implements RepositoryContract<CaseFilesRepository> {
  constructor(private readonly db: InMemoryDatabase) {}

  insert(tx: SqlRunner, file: NewCaseFile): Promise<void> {
    this.db.caseFiles.insert(tx, { ...file });
    return Promise.resolve();
  }

  findContent(
    _tx: SqlRunner,
    fileId: string,
    caseId: string,
  ): Promise<CaseFileContentRow | undefined> {
    const f = this.db.caseFiles.find((row) => row.id === fileId && row.caseId === caseId);
    return Promise.resolve(
      f && { name_enc: f.nameEnc, media_type: f.mediaType, content_enc: f.contentEnc },
    );
  }

  listByCase(_tx: SqlRunner, caseId: string): Promise<CaseFileRow[]> {
    return Promise.resolve(
      this.db.caseFiles
        .where((f) => f.caseId === caseId)
        .sort(byTimeThenId((f) => f.createdAt))
        .map((f) => ({
          id: f.id,
          source: f.source,
          name_enc: f.nameEnc,
          media_type: f.mediaType,
          size_bytes: f.sizeBytes,
          metadata_removed: f.metadataRemoved,
          created_at: f.createdAt,
        })),
    );
  }
}

export class FakeCaseDeterminationsRepository implements RepositoryContract<CaseDeterminationsRepository> {
  constructor(private readonly db: InMemoryDatabase) {}

  private table(subject: DeterminationSubject) {
    return subject === 'outcome' ? this.db.caseOutcomes : this.db.caseActions;
  }

  private approvalsOf(subject: DeterminationSubject, subjectId: string) {
    return this.db.approvals
      .where((a) => a.subjectType === subject && a.subjectId === subjectId)
      .sort((a, b) => a.approvedAt.getTime() - b.approvedAt.getTime());
  }

  insertOutcome(tx: SqlRunner, outcome: NewCaseOutcome): Promise<void> {
    this.db.caseOutcomes.insert(tx, { ...outcome, effectiveAt: null });
    return Promise.resolve();
  }

  insertAction(tx: SqlRunner, action: NewCaseAction): Promise<void> {
    this.db.caseActions.insert(tx, { ...action, effectiveAt: null });
    return Promise.resolve();
  }

  findEffectiveAt(
    _tx: SqlRunner,
    subject: DeterminationSubject,
    subjectId: string,
    caseId: string,
  ): Promise<{ effective_at: Date | null } | undefined> {
    const row = this.table(subject).find((r) => r.id === subjectId && r.caseId === caseId);
    return Promise.resolve(row && { effective_at: row.effectiveAt });
  }

  listApprovals(
    _tx: SqlRunner,
    subject: DeterminationSubject,
    subjectId: string,
  ): Promise<ApprovalRow[]> {
    return Promise.resolve(
      this.approvalsOf(subject, subjectId).map((a) => ({ staff_id: a.staffId, role: a.role })),
    );
  }

  insertApproval(
    tx: SqlRunner,
    subject: DeterminationSubject,
    subjectId: string,
    staffId: string,
    role: string,
    approvedAt: Date,
  ): Promise<void> {
    this.db.approvals.insert(tx, { subjectType: subject, subjectId, staffId, role, approvedAt });
    return Promise.resolve();
  }

  markEffective(
    tx: SqlRunner,
    subject: DeterminationSubject,
    subjectId: string,
    at: Date,
  ): Promise<void> {
    if (subject === 'outcome') {
      this.db.caseOutcomes.update(
        tx,
        (o) => o.id === subjectId,
        () => ({ effectiveAt: at }),
      );
    } else {
      this.db.caseActions.update(
        tx,
        (x) => x.id === subjectId,
        () => ({ effectiveAt: at }),
      );
    }
    return Promise.resolve();
  }

  listOutcomes(_tx: SqlRunner, caseId: string): Promise<CaseOutcomeRow[]> {
    return Promise.resolve(
      this.db.caseOutcomes
        .where((o) => o.caseId === caseId)
        .sort(byTimeThenId((o) => o.recordedAt))
        .map((o) => ({
          id: o.id,
          finding: o.finding,
          summary_enc: o.summaryEnc as Buffer,
          recorded_by: o.recordedBy,
          recorded_at: o.recordedAt,
          effective_at: o.effectiveAt,
          approvals: this.approvalsOf('outcome', o.id).map((a) => ({
            staffId: a.staffId,
            role: a.role,
          })),
        })),
    );
  }

  listActions(_tx: SqlRunner, caseId: string): Promise<CaseActionRow[]> {
    return Promise.resolve(
      this.db.caseActions
        .where((x) => x.caseId === caseId)
        .sort(byTimeThenId((x) => x.recordedAt))
        .map((x) => ({
          id: x.id,
          kind: x.kind,
          measure: x.measure,
          details_enc: x.detailsEnc as Buffer,
          due_date: x.dueDate,
          recorded_at: x.recordedAt,
          effective_at: x.effectiveAt,
          approvals: this.approvalsOf('action', x.id).map((a) => ({
            staffId: a.staffId,
            role: a.role,
          })),
        })),
    );
  }
}

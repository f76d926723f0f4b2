import { Injectable } from '@nestjs/common';
import { must } from '@candor/platform/checks/must.js';
import type { SqlRunner } from '../database/returning.js';
import { recusesSql, recusingRolesSql } from './case-parties.repository.js';

/**
 * The `cases` columns every case operation needs (no text: that is decrypted where it is shown).
 * Routes are plain strings here; the domain narrows them to its own vocabulary.
 */
export interface CaseRecordRow {
  id: string;
  reference: string;
  status: string;
  concern_type: string;
  channel: string;
  anonymous: boolean;
  routed_to: string;
  handled_by: string;
  related_case_id: string | null;
  received_at: Date;
  acknowledge_by: Date;
  acknowledged_at: Date | null;
  feedback_due_at: Date | null;
  feedback_given_at: Date | null;
  resolved_at: Date | null;
  closed_at: Date | null;
  dismissal_reason: string | null;
  finding: string | null;
  next_due_at: Date | null;
  /** Set when retention purged the case: only its tombstone remains, and no key to open. */
  purged_at: Date | null;
  master_key_id: string;
  data_key_id: string;
  data_key_wrapped: Buffer;
}

export const CASE_RECORD_COLUMNS = `c.id, c.reference, c.status, c.concern_type, c.channel, c.anonymous, c.routed_to, c.handled_by,
  c.related_case_id, c.received_at, c.acknowledge_by, c.acknowledged_at, c.feedback_due_at, c.feedback_given_at,
  c.resolved_at, c.closed_at, c.dismissal_reason, c.finding, c.next_due_at, c.purged_at, c.master_key_id, c.data_key_id, c.data_key_wrapped`;

/** A case's route, enough to decide who may see it. */
export interface CaseRouteRow {
  readonly id: string;
  readonly reference: string;
  readonly routed_to: string;
  readonly handled_by: string;
}

/** A case's sealed text, and the reference of the case it is linked to. */
export interface CaseTextRow {
  readonly title_enc: Buffer;
  readonly description_enc: Buffer;
  readonly occurred_at_enc: Buffer | null;
  readonly location_enc: Buffer | null;
  readonly related: string | null;
}

/** Who is assigned to a case, and who is recused from it (staff ids). */
export interface CaseAccessPeopleRow {
  readonly assignees: string[];
  readonly recused: string[];
}

/** A case's route, whether it was purged, and its access people: what a notification needs. */
export interface CaseAccessFactsRow extends CaseAccessPeopleRow {
  readonly id: string;
  readonly routed_to: string;
  readonly handled_by: string;
  readonly purged: boolean;
}

/**
 * The columns of a CaseAccessFactsRow, over `cases c`: for a statement that reads a case's access
 * facts together with something else in one round trip (NotificationFactsRepository.eventFacts).
 */
export function accessFactsColumns(
  recusingPartyRoles: Readonly<Record<string, readonly string[]>>,
): string {
  return `c.id, c.routed_to, c.handled_by, c.purged_at IS NOT NULL AS purged,
          ${accessPeopleColumns('c.id', recusingPartyRoles)}`;
}

/**
 * The assignees and recused staff of the case whose id is `caseId` (an SQL expression), as the two
 * array columns `assignees` and `recused` (see recusesSql).
 */
function accessPeopleColumns(
  caseId: string,
  recusingPartyRoles: Readonly<Record<string, readonly string[]>>,
): string {
  return `ARRAY(SELECT staff_id::text FROM case_assignments WHERE case_id = ${caseId}) AS assignees,
         ARRAY(SELECT s.id::text FROM staff s
                WHERE EXISTS (SELECT 1 FROM case_parties p
                               WHERE p.case_id = ${caseId} AND ${recusesSql('p', 's.id', 's.name_index', recusingRolesSql('s.role', recusingPartyRoles))})) AS recused`;
}

/** What routing a case again depends on besides its concern type. */
export interface CaseRerouteInputsRow {
  /** The roles of the implicated people, as stated. */
  readonly roles: string[];
  /** Where the linked case (a retaliation report's original case) is routed, if any. */
  readonly related_route: string | null;
}

/** The columns a change of status writes. */
export interface CaseStatusChange {
  readonly caseId: string;
  readonly status: string;
  readonly acknowledgedAt: Date | null;
  readonly feedbackDueAt: Date | null;
  readonly resolvedAt: Date | null;
  readonly closedAt: Date | null;
  readonly dismissalReason: string | null;
  readonly nextDueAt: Date | null;
}

/** A `cases` row as intake writes it; sensitive values arrive sealed under the case key. */
export interface NewCase {
  readonly id: string;
  readonly reference: string;
  readonly channel: string;
  readonly concernType: string;
  readonly anonymous: boolean;
  readonly routedTo: string;
  readonly handledBy: string;
  readonly relatedCaseId: string | null;
  /** The staff member who recorded the report; null when the reporter submitted it. */
  readonly recordedBy: string | null;
  readonly receiptHash: Buffer | null;
  readonly masterKeyId: string;
  readonly dataKeyId: string;
  readonly dataKeyWrapped: Buffer;
  readonly titleEnc: Buffer;
  readonly descriptionEnc: Buffer;
  readonly occurredAtEnc: Buffer | null;
  readonly locationEnc: Buffer | null;
  /** The keyed search terms of the title. */
  readonly titleTerms: readonly string[];
  readonly receivedAt: Date;
  /** Also the first next_due_at. */
  readonly acknowledgeBy: Date;
}

/** A `case_reporters` row: the identity of a reporter who gave it, sealed under the case key. */
export interface NewCaseReporter {
  readonly caseId: string;
  readonly nameEnc: Buffer;
  readonly emailEnc: Buffer | null;
  readonly phoneEnc: Buffer | null;
  readonly nameIndex: Buffer | null;
  readonly emailIndex: Buffer | null;
  readonly createdAt: Date;
  readonly newsOptIn: boolean;
}

/** A `case_routings` row: one routing decision and why it was made. */
export interface NewCaseRouting {
  readonly id: string;
  readonly caseId: string;
  readonly trigger: 'intake' | 'reroute';
  readonly routedTo: string;
  readonly handledBy: string;
  readonly ruleId: string;
  readonly explanation: string;
  readonly policyVersion: string;
  /** The staff member whose action routed the case; null for a reporter's submission. */
  readonly decidedBy: string | null;
  readonly decidedAt: Date;
}

export interface CaseRoutingRow {
  readonly trigger: string;
  readonly routed_to: string;
  readonly handled_by: string;
  readonly rule_id: string;
  readonly explanation: string;
  readonly policy_version: string;
  readonly decided_at: Date;
}

export interface CaseAssignmentRow {
  readonly staff_id: string;
  readonly name: string;
  readonly assigned_at: Date;
}

/**
 * The case aggregate's own rows: `cases` (status, route, deadlines, finding), its routing
 * decisions, its assignments and its reporter's identity.
 */
@Injectable()
export class CasesRepository {
  /**
   * A case by reference; undefined when there is none. With `lock`, its row stays locked until the
   * transaction ends, so that two changes to one case queue instead of colliding.
   */
  async findByReference(
    tx: SqlRunner,
    reference: string,
    options: { lock?: boolean } = {},
  ): Promise<CaseRecordRow | undefined> {
    const rows = (await tx.query(
      `SELECT ${CASE_RECORD_COLUMNS} FROM cases c WHERE c.reference = $1 ${options.lock ? 'FOR UPDATE' : ''}`,
      [reference],
    )) as CaseRecordRow[];
    return rows[0];
  }

  /** A case's id, reference and route; undefined when there is none. */
  async findRouteById(tx: SqlRunner, id: string): Promise<CaseRouteRow | undefined> {
    const rows = (await tx.query(
      `SELECT id, reference, routed_to, handled_by FROM cases WHERE id = $1`,
      [id],
    )) as CaseRouteRow[];
    return rows[0];
  }

  /**
   * The staff currently assigned to a case, and the staff recused from it (see recusesSql);
   * `recusingPartyRoles` maps each staff role to the implicated party roles that recuse it.
   */
  async findAccessPeople(
    tx: SqlRunner,
    caseId: string,
    recusingPartyRoles: Readonly<Record<string, readonly string[]>>,
  ): Promise<CaseAccessPeopleRow> {
    const rows = (await tx.query(`SELECT ${accessPeopleColumns('$1', recusingPartyRoles)}`, [
      caseId,
    ])) as CaseAccessPeopleRow[];
    return must(rows[0], 'the one row of a SELECT without FROM');
  }

  /** The sealed text of a case that exists, and the reference of its linked case. */
  async findText(tx: SqlRunner, caseId: string): Promise<CaseTextRow> {
    const rows = (await tx.query(
      `SELECT c.title_enc, c.description_enc, c.occurred_at_enc, c.location_enc, r.reference AS related
           FROM cases c LEFT JOIN cases r ON r.id = c.related_case_id WHERE c.id = $1`,
      [caseId],
    )) as CaseTextRow[];
    return must(rows[0], 'the text of a case that exists');
  }

  /**
   * Writes a new case under `reference` unless a case already has that reference; true when it was
   * written (the caller then draws another reference).
   */
  async insertIfReferenceFree(tx: SqlRunner, c: NewCase): Promise<boolean> {
    const inserted = (await tx.query(
      `INSERT INTO cases (id, reference, channel, concern_type, status, anonymous, routed_to, handled_by, related_case_id,
           recorded_by, receipt_hash, master_key_id, data_key_id, data_key_wrapped, title_enc, description_enc,
           occurred_at_enc, location_enc, title_terms, received_at, acknowledge_by, next_due_at, updated_at)
         VALUES ($1, $2, $3, $4, 'received', $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $20, $19)
         ON CONFLICT (reference) DO NOTHING
         RETURNING id`,
      [
        c.id,
        c.reference,
        c.channel,
        c.concernType,
        c.anonymous,
        c.routedTo,
        c.handledBy,
        c.relatedCaseId,
        c.recordedBy,
        c.receiptHash,
        c.masterKeyId,
        c.dataKeyId,
        c.dataKeyWrapped,
        c.titleEnc,
        c.descriptionEnc,
        c.occurredAtEnc,
        c.locationEnc,
        c.titleTerms,
        c.receivedAt,
        c.acknowledgeBy,
      ],
    )) as unknown[];
    return inserted.length === 1;
  }

  /** Writes the identity of a reporter who gave it. */
  async insertReporter(tx: SqlRunner, reporter: NewCaseReporter): Promise<void> {
    await tx.query(
      `INSERT INTO case_reporters (case_id, name_enc, email_enc, phone_enc, name_index, email_index, created_at, news_opt_in)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        reporter.caseId,
        reporter.nameEnc,
        reporter.emailEnc,
        reporter.phoneEnc,
        reporter.nameIndex,
        reporter.emailIndex,
        reporter.createdAt,
        reporter.newsOptIn,
      ],
    );
  }

  /** Writes a change of status with the dates and the next deadline it brings. */
  async updateStatus(tx: SqlRunner, change: CaseStatusChange): Promise<void> {
    await tx.query(
      `UPDATE cases SET status = $2, acknowledged_at = $3, feedback_due_at = $4, resolved_at = $5, closed_at = $6,
                dismissal_reason = $7, next_due_at = $8, updated_at = now() WHERE id = $1`,
      [
        change.caseId,
        change.status,
        change.acknowledgedAt,
        change.feedbackDueAt,
        change.resolvedAt,
        change.closedAt,
        change.dismissalReason,
        change.nextDueAt,
      ],
    );
  }

  /** Records that the reporter was given feedback, and the next deadline that leaves. */
  async recordFeedbackGiven(
    tx: SqlRunner,
    caseId: string,
    at: Date,
    nextDueAt: Date | null,
  ): Promise<void> {
    await tx.query(
      `UPDATE cases SET feedback_given_at = $2, next_due_at = $3, updated_at = now() WHERE id = $1`,
      [caseId, at, nextDueAt],
    );
  }

  /** The case's finding becomes that of the outcome that took effect. */
  async setFindingFromOutcome(tx: SqlRunner, caseId: string, outcomeId: string): Promise<void> {
    await tx.query(
      `UPDATE cases SET finding = (SELECT finding FROM case_outcomes WHERE id = $2), updated_at = now() WHERE id = $1`,
      [caseId, outcomeId],
    );
  }

  /** The roles of a case's implicated people, and the route of its linked case. */
  async findRerouteInputs(
    tx: SqlRunner,
    caseId: string,
    relatedCaseId: string | null,
  ): Promise<CaseRerouteInputsRow> {
    const rows = (await tx.query(
      `SELECT ARRAY(SELECT role FROM case_parties WHERE case_id = $1 AND kind = 'implicated' AND role IS NOT NULL) AS roles,
              (SELECT routed_to FROM cases WHERE id = $2) AS related_route`,
      [caseId, relatedCaseId],
    )) as CaseRerouteInputsRow[];
    return must(rows[0], 'the one row of a SELECT without FROM');
  }

  /** Sends a case to another body. */
  async updateRoute(
    tx: SqlRunner,
    caseId: string,
    routedTo: string,
    handledBy: string,
  ): Promise<void> {
    await tx.query(
      `UPDATE cases SET routed_to = $2, handled_by = $3, updated_at = now() WHERE id = $1`,
      [caseId, routedTo, handledBy],
    );
  }

  /** Records a routing decision. */
  async insertRouting(tx: SqlRunner, routing: NewCaseRouting): Promise<void> {
    await tx.query(
      `INSERT INTO case_routings (id, case_id, trigger, routed_to, handled_by, rule_id, explanation, policy_version, decided_by, decided_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        routing.id,
        routing.caseId,
        routing.trigger,
        routing.routedTo,
        routing.handledBy,
        routing.ruleId,
        routing.explanation,
        routing.policyVersion,
        routing.decidedBy,
        routing.decidedAt,
      ],
    );
  }

  /** A case's routing decisions, oldest first. */
  async listRoutings(tx: SqlRunner, caseId: string): Promise<CaseRoutingRow[]> {
    return (await tx.query(
      `SELECT trigger, routed_to, handled_by, rule_id, explanation, policy_version, decided_at
           FROM case_routings WHERE case_id = $1 ORDER BY decided_at, id`,
      [caseId],
    )) as CaseRoutingRow[];
  }

  /** Assigns a staff member to a case; assigning them again changes nothing. */
  async assign(
    tx: SqlRunner,
    caseId: string,
    staffId: string,
    assignedBy: string,
    at: Date,
  ): Promise<void> {
    await tx.query(
      `INSERT INTO case_assignments (case_id, staff_id, assigned_by, assigned_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
      [caseId, staffId, assignedBy, at],
    );
  }

  /** Ends a staff member's assignment to a case, if they had one. */
  async unassign(tx: SqlRunner, caseId: string, staffId: string): Promise<void> {
    await tx.query(`DELETE FROM case_assignments WHERE case_id = $1 AND staff_id = $2`, [
      caseId,
      staffId,
    ]);
  }

  /** A case's assignments with the staff member's name, oldest first. */
  async listAssignments(tx: SqlRunner, caseId: string): Promise<CaseAssignmentRow[]> {
    return (await tx.query(
      `SELECT a.staff_id, s.name, a.assigned_at FROM case_assignments a JOIN staff s ON s.id = a.staff_id WHERE a.case_id = $1 ORDER BY a.assigned_at`,
      [caseId],
    )) as CaseAssignmentRow[];
  }
}

import { Injectable } from '@nestjs/common';
import { must } from '@candor/platform/checks/must.js';
import type { SqlRunner } from '../database/returning.js';
import { type AuditHeadRow, SELECT_AUDIT_HEAD } from './audit-log-snapshot.js';
import { accessFactsColumns, type CaseAccessFactsRow } from './cases.repository.js';
import {
  NOTIFICATION_CANDIDATES_JSON,
  type StaffNotificationCandidateRow,
} from './staff.repository.js';

/** What the notification rules need to resolve events: their cases, and the staff. */
export interface EventFactsRow {
  /** The access facts of those of the cases asked for that exist, in no particular order. */
  readonly cases: CaseAccessFactsRow[];
  /** Every staff account as the notification rules weigh it, as it is now. */
  readonly staff: StaffNotificationCandidateRow[];
}

/** A case near one of its deadlines, as the reminder rules weigh it. */
export interface ReminderCandidateRow {
  readonly id: string;
  readonly status: string;
  readonly received_at: Date;
  readonly acknowledged_at: Date | null;
  readonly feedback_given_at: Date | null;
}

/** The window in which the scan looks for cases near a deadline (see reminderCandidates). */
export interface ReminderWindow {
  readonly now: Date;
  /** Statuses whose cases are done with: never reminded. */
  readonly terminalStatuses: readonly string[];
  /** Days after receipt from which an unacknowledged case is near its acknowledgement deadline. */
  readonly acknowledgementDays: number;
  readonly feedbackMonths: number;
  /** Days before the feedback deadline from which an acknowledged case is near it. */
  readonly feedbackDaysBefore: number;
}

/**
 * What notifications are built from, read (never written) from tables that other services own:
 * the cases near a deadline, a case's route and reference, and the audit head.
 */
@Injectable()
export class NotificationFactsRepository {
  /**
   * Open cases near a deadline: unacknowledged for `acknowledgementDays` or more, or acknowledged,
   * without feedback since, and within `feedbackDaysBefore` of the feedback deadline. A coarse
   * window: the deadline rules decide exactly.
   */
  async reminderCandidates(tx: SqlRunner, window: ReminderWindow): Promise<ReminderCandidateRow[]> {
    return (await tx.query(
      `SELECT id, status, received_at, acknowledged_at, feedback_given_at FROM cases
        WHERE status <> ALL($2::text[])
          AND ((acknowledged_at IS NULL AND received_at <= $1::timestamptz - make_interval(days => $3))
            OR (acknowledged_at IS NOT NULL
                AND (feedback_given_at IS NULL OR feedback_given_at <= acknowledged_at)
                AND acknowledged_at + make_interval(months => $4) <= $1::timestamptz + make_interval(days => $5)))`,
      [
        window.now,
        [...window.terminalStatuses],
        window.acknowledgementDays,
        window.feedbackMonths,
        window.feedbackDaysBefore,
      ],
    )) as ReminderCandidateRow[];
  }

  /**
   * The access facts of the cases with these ids and every staff account as the notification rules
   * weigh them, in one round trip whatever the number of cases: the relay resolves a batch of events
   * at once, and every email is checked again before it is sent.
   */
  async eventFacts(
    tx: SqlRunner,
    caseIds: readonly string[],
    recusingPartyRoles: Readonly<Record<string, readonly string[]>>,
  ): Promise<EventFactsRow> {
    const rows = (await tx.query(
      `SELECT ${NOTIFICATION_CANDIDATES_JSON} AS staff,
              (SELECT coalesce(json_agg(f), '[]'::json)
                 FROM (SELECT ${accessFactsColumns(recusingPartyRoles)}
                         FROM cases c WHERE c.id = ANY($1::uuid[])) f) AS cases`,
      [caseIds],
    )) as EventFactsRow[];
    return must(rows[0], 'the one row of a SELECT without FROM');
  }

  /** The case's reference; undefined when there is no such case. */
  async caseReference(tx: SqlRunner, caseId: string): Promise<string | undefined> {
    const rows = (await tx.query(`SELECT reference FROM cases WHERE id = $1`, [caseId])) as Array<{
      reference: string;
    }>;
    return rows[0]?.reference;
  }

  /** The audit head; undefined before the first entry. */
  async auditHead(tx: SqlRunner): Promise<AuditHeadRow | undefined> {
    const rows = (await tx.query(SELECT_AUDIT_HEAD)) as AuditHeadRow[];
    return rows[0];
  }
}

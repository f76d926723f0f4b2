import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { StaffRole, Viewer } from '../access/access-policy.js';
import { AuditTrail } from '../audit/audit-trail.service.js';
import { DomainError } from '../common/domain-error.js';
import type { CaseStatus } from '../cases/case-status.js';
import { caseDeadlines } from '../cases/deadlines.js';
import type { ConcernType, Route } from '../routing/routing.types.js';
import {
  BoardReportAction,
  buildBoardReport,
  suppressSmallCounts,
  SuppressedBoardReport,
  toCsv,
} from './board-report.js';

/** Who reads the periodic report: the Board and the bodies that handle cases. */
const READERS: readonly StaffRole[] = ['board', 'audit_committee', 'general_counsel', 'cfo'];

interface Row {
  concern_type: ConcernType;
  routed_to: Route;
  status: CaseStatus;
  finding: string | null;
  received_at: Date;
  acknowledged_at: Date | null;
  feedback_given_at: Date | null;
  closed_at: Date | null;
  actions: BoardReportAction[];
}

/**
 * The periodic report to the Board: aggregates only, never a reporter identity or any text, with
 * counts under 3 shown as "<3" so that nobody can be singled out. Producing it is audited.
 */
@Injectable()
export class BoardReportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
  ) {}

  async report(viewer: Viewer, from: Date, to: Date): Promise<SuppressedBoardReport> {
    if (!READERS.includes(viewer.role)) throw new DomainError('not_found', 'not found');
    if (!(from < to)) throw new DomainError('invalid', 'from must be before to');
    return this.dataSource.transaction(async (tx) => {
      const rows = await tx.query<Row[]>(
        `SELECT c.concern_type, c.routed_to, c.status, c.finding, c.received_at, c.acknowledged_at, c.feedback_given_at, c.closed_at,
                coalesce((SELECT json_agg(json_build_object('kind', a.kind, 'measure', a.measure))
                            FROM case_actions a WHERE a.case_id = c.id AND a.effective_at IS NOT NULL), '[]') AS actions
           FROM cases c WHERE c.received_at >= $1 AND c.received_at < $2`,
        [from, to],
      );
      const now = new Date();
      const report = buildBoardReport(
        rows.map((r) => ({
          concernType: r.concern_type,
          routedTo: r.routed_to,
          status: r.status,
          finding: r.finding,
          receivedAt: r.received_at,
          acknowledgedAt: r.acknowledged_at,
          firstFeedbackAt: r.feedback_given_at,
          closedAt: r.closed_at,
          overdue: caseDeadlines(
            {
              receivedAt: r.received_at,
              acknowledgedAt: r.acknowledged_at,
              feedbackGivenAt: r.feedback_given_at,
              status: r.status,
            },
            now,
          ).overdue,
          actions: r.actions,
        })),
        { from, to },
      );
      await this.audit.append(
        tx,
        { type: 'staff', id: viewer.id },
        {
          action: 'board_report.generated',
          detail: { from: from.toISOString(), to: to.toISOString(), cases: rows.length },
        },
      );
      return suppressSmallCounts(report);
    });
  }

  toCsv(report: SuppressedBoardReport): string {
    return toCsv(report);
  }
}

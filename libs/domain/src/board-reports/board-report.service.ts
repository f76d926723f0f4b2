import { Injectable } from '@nestjs/common';
import { Clock, must } from '@candor/platform';
import {
  type BoardReportCaseRow,
  BoardReportsRepository,
  TransactionalConnection,
} from '@candor/persistence';
import type { Viewer } from '../access/access-policy.js';
import { canDo } from '../access/action-policy.js';
import { CaseAccessService } from '../access/case-access.service.js';
import { AuditTrailService } from '../audit/audit-trail.service.js';
import { DomainError } from '../common/domain-error.js';
import type { CaseStatus } from '../cases/case-status.js';
import { caseDeadlines } from '../cases/deadlines.js';
import type { ConcernType, Route } from '../routing/routing.types.js';
import {
  BoardReportAction,
  publishBoardReports,
  PublishedBoardReport,
  toCsv,
} from './board-report.js';
import { CalendarPeriod, periodIndex, yearPeriod } from './report-period.js';

/** The repository's row, with the values the database's checks allow. */
type Row = BoardReportCaseRow & {
  concern_type: ConcernType;
  routed_to: Route;
  status: CaseStatus;
  actions: BoardReportAction[];
};

/**
 * The periodic report to the Board: aggregates over every case of the company that the reader is
 * not recused from, for a calendar month, quarter or year, never a reporter identity or any text.
 * Small counts are withheld over the whole year at once (publishBoardReports). Producing it is
 * audited.
 */
@Injectable()
export class BoardReportService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly boardReports: BoardReportsRepository,
    private readonly audit: AuditTrailService,
    private readonly access: CaseAccessService,
    private readonly clock: Clock,
  ) {}

  async report(viewer: Viewer, period: CalendarPeriod): Promise<PublishedBoardReport> {
    // Who reads it (the Board and the bodies that handle cases) is canDo's 'board_report.read'.
    if (!canDo(viewer, 'board_report.read')) throw new DomainError('not_found', 'not found');
    const year = yearPeriod(period.year);
    // A case the reader is recused from is left out before anything is counted, so their report is
    // the report of a company in which that case does not exist: no count, timing or suppression
    // choice depends on it. Other readers still count it.
    const recusal = this.access.notRecusedFilter(viewer, 3);
    return this.connection.transaction(async (tx) => {
      const rows = (await this.boardReports.findCasesReceived(
        tx,
        year.from,
        year.to,
        recusal,
      )) as Row[];
      const now = this.clock.now();
      const { reports } = publishBoardReports(
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
        period.year,
      );
      const inPeriod = rows.filter(
        (r) => r.received_at >= period.from && r.received_at < period.to,
      ).length;
      await this.audit.append(
        tx,
        { type: 'staff', id: viewer.id },
        {
          action: 'board_report.generated',
          detail: { period: period.label, cases: inPeriod },
        },
      );
      return must(reports[periodIndex(period)], 'the report of the period');
    });
  }

  toCsv(report: PublishedBoardReport): string {
    return toCsv(report);
  }
}

import { Controller, Get, Query, Req, Res, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import {
  BoardReportService,
  canDo,
  DomainError,
  FIRST_REPORT_YEAR,
  LAST_REPORT_YEAR,
  type StaffPrincipal,
} from '@candor/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { sendPage } from '../../common/render.js';
import { StaffPages } from '../common/staff-pages.service.js';
import { StaffPageGuard, StaffViewer } from '../common/staff-session.guard.js';
import { BoardReportPage } from './board-report.page.js';
import {
  choiceOf,
  currentQuarter,
  offeredYears,
  type PeriodChoice,
  periodOf,
} from './period-choice.js';

const NOT_FOUND = 'not found';

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/**
 * The board report in the console: the same BoardReportService as /api/v1/board-reports (the same
 * readers, the same whole calendar periods, the same small-count suppression, a recused reader's
 * cases left out before anything is counted), drawn as charts beside their tables, and its CSV.
 */
@ApiExcludeController()
@Controller('staff')
@UseGuards(StaffPageGuard)
export class BoardReportPagesController {
  constructor(
    private readonly staffPages: StaffPages,
    private readonly reports: BoardReportService,
  ) {}

  @Get('board-report')
  async page(
    @StaffViewer() viewer: StaffPrincipal,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Query() query: Record<string, unknown>,
  ): Promise<FastifyReply> {
    if (!canDo(viewer, 'board_report.read')) throw new DomainError('not_found', NOT_FOUND);
    const now = new Date();
    const period = text(query.period);
    const year = text(query.year);
    const choice: PeriodChoice =
      period !== undefined
        ? choiceOf(period)
        : year !== undefined
          ? { year, part: text(query.part) ?? 'year' }
          : currentQuarter(now);
    const chosen = periodOf(choice);
    const ctx = this.staffPages.context(request, reply);
    const years = offeredYears(now);
    if (!chosen) {
      const errors = [
        {
          field: 'year',
          text: ctx.t.t('staffBoard.errors.period', {
            first: FIRST_REPORT_YEAR,
            last: LAST_REPORT_YEAR,
          }),
        },
      ];
      return sendPage(
        reply,
        h(BoardReportPage, { ctx, choice, years, errors, generatedAt: now }),
        400,
      );
    }
    const report = await this.reports.report(viewer, chosen);
    // A period linked to from outside the picker's ten years is still offered back in it.
    const offered = years.includes(chosen.year) ? years : [chosen.year, ...years];
    return sendPage(
      reply,
      h(BoardReportPage, {
        ctx,
        choice: { year: String(chosen.year), part: choice.part },
        years: offered,
        errors: [],
        report,
        generatedAt: now,
      }),
    );
  }

  @Get('board-report.csv')
  async csv(
    @StaffViewer() viewer: StaffPrincipal,
    @Res() reply: FastifyReply,
    @Query('period') label?: string,
  ): Promise<FastifyReply> {
    if (!canDo(viewer, 'board_report.read')) throw new DomainError('not_found', NOT_FOUND);
    const period = typeof label === 'string' ? periodOf(choiceOf(label)) : undefined;
    if (!period) throw new DomainError('invalid', 'period must be a month, a quarter or a year');
    const report = await this.reports.report(viewer, period);
    return reply
      .status(200)
      .header('Content-Type', 'text/csv; charset=utf-8')
      .header(
        'Content-Disposition',
        `attachment; filename="candor-board-report-${report.period.label}.csv"`,
      )
      .send(this.reports.toCsv(report));
  }
}

import { Controller, Get, Headers, Query, Res, UseGuards } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  BoardReportService,
  CalendarPeriod,
  DomainError,
  parsePeriodLabel,
  PERIOD_HINT,
  periodFromBounds,
  PeriodError,
} from '@candor/domain';
import type { StaffPrincipal } from '@candor/domain';
import { ApiErrorResponses, ErrorResponseDto } from '../common/error-response.dto.js';
import { CurrentStaff, StaffAuthGuard } from '../staff-auth/staff-auth.guard.js';
import { BoardReportDto } from './dto/board-report.dto.js';
import { BoardReportQueryDto } from './dto/case-query.dto.js';

@ApiTags('staff')
@ApiBearerAuth()
@ApiExtraModels(BoardReportDto)
@UseGuards(StaffAuthGuard)
@Controller('api/v1/board-reports')
export class BoardReportsController {
  constructor(private readonly reports: BoardReportService) {}

  @Get()
  @ApiOperation({
    summary:
      'Aggregated report for a calendar month, quarter or year (JSON, or CSV by Accept or format=csv)',
    description:
      'Counts over every case received in the period that the reader is not recused from. Counts ' +
      'of 1 or 2, and the other figures of the same year needed to protect them, read "suppressed" ' +
      '(whatever their value, 0 included); timings are withheld with their number of cases. Periods ' +
      'other than a whole UTC month, quarter or year are refused (400), never widened.',
  })
  @ApiOkResponse({
    description: 'the report; every count is a number or "suppressed"',
    content: {
      'application/json': { schema: { $ref: getSchemaPath(BoardReportDto) } },
      'text/csv': { schema: { type: 'string' } },
    },
  })
  @ApiBadRequestResponse({
    description: `the period is not ${PERIOD_HINT}`,
    type: ErrorResponseDto,
  })
  @ApiErrorResponses(401, 404)
  async report(
    @CurrentStaff() staff: StaffPrincipal,
    @Query() query: BoardReportQueryDto,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<BoardReportDto | string> {
    const report = await this.reports.report(staff, requestedPeriod(query));
    if (query.format === 'csv' || (!query.format && accept?.includes('text/csv'))) {
      void reply
        .header('Content-Type', 'text/csv; charset=utf-8')
        .header(
          'Content-Disposition',
          `attachment; filename="candor-board-report-${report.period.label}.csv"`,
        );
      return this.reports.toCsv(report);
    }
    return report;
  }
}

function requestedPeriod(query: BoardReportQueryDto): CalendarPeriod {
  try {
    if (query.period !== undefined) {
      if (query.from !== undefined || query.to !== undefined) {
        throw new PeriodError('give either period or from and to, not both');
      }
      return parsePeriodLabel(query.period);
    }
    if (query.from === undefined || query.to === undefined) {
      throw new PeriodError(`period (or from and to) is required: ${PERIOD_HINT}`);
    }
    return periodFromBounds(parseDate('from', query.from), parseDate('to', query.to));
  } catch (error) {
    if (error instanceof PeriodError) throw new DomainError('invalid', error.message);
    throw error;
  }
}

function parseDate(name: string, value: string): Date {
  const time = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2}))?$/.test(value)
    ? Date.parse(value)
    : NaN;
  if (!Number.isFinite(time)) throw new PeriodError(`${name} must be an ISO date, e.g. 2026-01-01`);
  return new Date(time);
}

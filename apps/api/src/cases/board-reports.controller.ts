import { Controller, Get, Headers, Query, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { BoardReportService, DomainError } from '@candor/domain';
import type { StaffPrincipal } from '@candor/domain';
import { CurrentStaff, StaffAuthGuard } from '../staff-auth/staff-auth.guard.js';
import { BoardReportQueryDto } from './dto/case-query.dto.js';

@ApiTags('staff')
@ApiBearerAuth()
@UseGuards(StaffAuthGuard)
@Controller('api/v1/board-reports')
export class BoardReportsController {
  constructor(private readonly reports: BoardReportService) {}

  @Get()
  @ApiProduces('application/json', 'text/csv')
  @ApiOperation({
    summary:
      'Aggregated report for a period (JSON, or CSV by Accept or format=csv); counts under 3 shown as "<3"',
  })
  async report(
    @CurrentStaff() staff: StaffPrincipal,
    @Query() query: BoardReportQueryDto,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const from = parseDate('from', query.from);
    const to = parseDate('to', query.to);
    const report = await this.reports.report(staff, from, to);
    if (query.format === 'csv' || (!query.format && accept?.includes('text/csv'))) {
      void reply
        .header('Content-Type', 'text/csv; charset=utf-8')
        .header('Content-Disposition', 'attachment; filename="candor-board-report.csv"');
      return this.reports.toCsv(report);
    }
    return report;
  }
}

function parseDate(name: string, value: string): Date {
  const time = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2}))?$/.test(value)
    ? Date.parse(value)
    : NaN;
  if (!Number.isFinite(time))
    throw new DomainError('invalid', `${name} must be an ISO date, e.g. 2026-01-01`);
  return new Date(time);
}

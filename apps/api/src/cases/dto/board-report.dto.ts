import { ApiProperty } from '@nestjs/swagger';
import type { ApiPropertyOptions } from '@nestjs/swagger';
import {
  ACTION_KINDS,
  ACTION_MEASURES,
  CASE_STATUSES,
  CONCERN_TYPES,
  FINDINGS,
  NO_FINDING,
  ROUTES,
  SUPPRESSED,
} from '@candor/domain';
import type {
  ActionKind,
  CaseStatus,
  ConcernType,
  PeriodKind,
  PublishedBoardReport,
  PublishedCount,
  Route,
} from '@candor/domain';

/** A count, or the mark of a withheld one (the same mark whatever the value, 0 included). */
const COUNT: ApiPropertyOptions = {
  oneOf: [
    { type: 'integer', minimum: 0 },
    { type: 'string', enum: [SUPPRESSED] },
  ],
};

/** One count per key: the keys of the report are fixed, so a key never reveals a case. */
function countsBy(keys: readonly string[], description?: string): ApiPropertyOptions {
  return {
    type: 'object',
    properties: Object.fromEntries(keys.map((key) => [key, COUNT])),
    required: [...keys],
    additionalProperties: false,
    ...(description === undefined ? {} : { description }),
  };
}

const PERIOD_KINDS: readonly PeriodKind[] = ['year', 'quarter', 'month'];

export class BoardReportPeriodDto {
  @ApiProperty({ example: '2026-Q1' }) label!: string;
  @ApiProperty({ enum: PERIOD_KINDS }) kind!: PeriodKind;
  @ApiProperty({
    format: 'date-time',
    description: 'inclusive',
    example: '2026-01-01T00:00:00.000Z',
  })
  from!: string;
  @ApiProperty({
    format: 'date-time',
    description: 'exclusive',
    example: '2026-04-01T00:00:00.000Z',
  })
  to!: string;
}

export class TimingStatDto {
  @ApiProperty({ ...COUNT, description: 'how many cases reached this point' })
  cases!: PublishedCount;
  @ApiProperty({ type: Number, nullable: true }) medianDays!: number | null;
  @ApiProperty({ type: Number, nullable: true }) p90Days!: number | null;
  @ApiProperty({ description: 'the statistic was withheld' }) suppressed!: boolean;
}

export class BoardReportTimingsDto {
  @ApiProperty({ type: TimingStatDto }) toAcknowledge!: TimingStatDto;
  @ApiProperty({ type: TimingStatDto }) toFeedback!: TimingStatDto;
  @ApiProperty({ type: TimingStatDto }) toClose!: TimingStatDto;
}

export class BoardReportOverdueDto {
  @ApiProperty(COUNT) total!: PublishedCount;
  @ApiProperty(countsBy(ROUTES)) byRoute!: Readonly<Record<Route, PublishedCount>>;
}

export class BoardReportActionsDto {
  @ApiProperty(countsBy(ACTION_KINDS)) byKind!: Readonly<Record<ActionKind, PublishedCount>>;
  @ApiProperty({
    type: 'object',
    properties: Object.fromEntries(
      ACTION_KINDS.map((kind) => [kind, countsBy(ACTION_MEASURES[kind])]),
    ),
    required: [...ACTION_KINDS],
    additionalProperties: false,
  })
  byMeasure!: Readonly<Record<ActionKind, Readonly<Record<string, PublishedCount>>>>;
}

/** The aggregated board report: counts and timings, never a case or a reporter. */
export class BoardReportDto implements PublishedBoardReport {
  @ApiProperty({ type: BoardReportPeriodDto }) period!: BoardReportPeriodDto;
  @ApiProperty(COUNT) totalCases!: PublishedCount;
  @ApiProperty(countsBy(CONCERN_TYPES)) byConcernType!: Readonly<
    Record<ConcernType, PublishedCount>
  >;
  @ApiProperty(countsBy(ROUTES)) byRoute!: Readonly<Record<Route, PublishedCount>>;
  @ApiProperty(countsBy(CASE_STATUSES)) byStatus!: Readonly<Record<CaseStatus, PublishedCount>>;
  @ApiProperty(countsBy([...FINDINGS, NO_FINDING], `${NO_FINDING}: cases without a finding yet`))
  byFinding!: Readonly<Record<string, PublishedCount>>;
  @ApiProperty({ type: BoardReportTimingsDto, description: 'days from receipt' })
  timings!: BoardReportTimingsDto;
  @ApiProperty({ type: BoardReportOverdueDto }) overdue!: BoardReportOverdueDto;
  @ApiProperty({ type: BoardReportActionsDto, description: 'actions, not cases' })
  actions!: BoardReportActionsDto;
}

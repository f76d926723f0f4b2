import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { CASE_STATUSES, CONCERN_TYPES, MAX_PAGE_SIZE, ROUTES } from '@candor/domain';
import type { CaseStatus, ConcernType, Route } from '@candor/domain';

export class CaseListQueryDto {
  @ApiPropertyOptional({ enum: CASE_STATUSES })
  @IsOptional()
  @IsIn(CASE_STATUSES)
  status?: CaseStatus;
  @ApiPropertyOptional({ enum: CONCERN_TYPES })
  @IsOptional()
  @IsIn(CONCERN_TYPES)
  concernType?: ConcernType;
  @ApiPropertyOptional({ enum: ROUTES }) @IsOptional() @IsIn(ROUTES) routedTo?: Route;
  @ApiPropertyOptional({ format: 'uuid', description: 'staff id of an assigned investigator' })
  @IsOptional()
  @IsUUID()
  assignee?: string;

  @ApiPropertyOptional({ type: Boolean })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    value === 'true' ? true : value === 'false' ? false : value,
  )
  @IsBoolean({ message: 'overdue must be true or false' })
  overdue?: boolean;

  @ApiPropertyOptional({ description: 'a case reference, or whole words of the title' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: 25 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit?: number;
}

export class BoardReportQueryDto {
  @ApiPropertyOptional({
    description:
      'the calendar period: a year (2026), a quarter (2026-Q1) or a month (2026-03), UTC; instead of from/to',
    example: '2026-Q1',
  })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  period?: string;

  @ApiPropertyOptional({
    description:
      'start of the period (inclusive): the first day of a month, quarter or year, e.g. 2026-01-01',
  })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  from?: string;

  @ApiPropertyOptional({
    description:
      'end of the period (exclusive): the first day after that month, quarter or year, e.g. 2026-04-01',
  })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  to?: string;

  @ApiPropertyOptional({ enum: ['json', 'csv'] }) @IsOptional() @IsIn(['json', 'csv']) format?:
    'json' | 'csv';
}

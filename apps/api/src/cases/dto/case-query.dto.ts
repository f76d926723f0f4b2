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
  @ApiPropertyOptional({ description: 'start of the period (inclusive), ISO date' })
  @IsString()
  @Transform(({ value }: { value: unknown }) => value)
  from!: string;

  @ApiPropertyOptional({ description: 'end of the period (exclusive), ISO date' })
  @IsString()
  to!: string;

  @ApiPropertyOptional({ enum: ['json', 'csv'] }) @IsOptional() @IsIn(['json', 'csv']) format?:
    'json' | 'csv';
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { AUDIT_EVENTS_PAGE } from '@candor/domain';

export class AuditEventsQueryDto {
  @ApiProperty({ description: 'the case reference', example: 'CND-2026-000123' })
  @IsString()
  @MaxLength(32)
  case!: string;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional()
  @Matches(/^(0|[1-9][0-9]{0,18})$/, { message: 'cursor must be a cursor returned by this list' })
  cursor?: string;

  @ApiPropertyOptional({
    minimum: 1,
    maximum: AUDIT_EVENTS_PAGE.max,
    default: AUDIT_EVENTS_PAGE.default,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(AUDIT_EVENTS_PAGE.max)
  limit?: number;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import {
  ADVERSE_ACTIONS,
  CALENDAR_DATE_PATTERN,
  calendarDateMessage,
  RETALIATION_LIMITS,
  REVIEW_DECISIONS,
} from '@candor/domain';
import type { AdverseAction, ReviewDecision } from '@candor/domain';
import { NestedObject } from '../../common/nested-dto.decorators.js';

/** A person as HR or a handler names them; emptiness and formats are checked by the domain. */
export class PersonDto {
  @ApiProperty({ maxLength: RETALIATION_LIMITS.nameMax, example: 'Lee Park' })
  @IsString()
  @MaxLength(RETALIATION_LIMITS.nameMax)
  name!: string;

  @ApiPropertyOptional({
    maxLength: RETALIATION_LIMITS.emailMax,
    format: 'email',
    example: 'lee.park@example.com',
  })
  @IsOptional()
  @IsString()
  @MaxLength(RETALIATION_LIMITS.emailMax)
  email?: string;

  @ApiPropertyOptional({ maxLength: RETALIATION_LIMITS.employeeIdMax, example: 'E-10442' })
  @IsOptional()
  @IsString()
  @MaxLength(RETALIATION_LIMITS.employeeIdMax)
  employeeId?: string;
}

export class RetaliationCheckDto {
  @ApiProperty({ type: PersonDto })
  @NestedObject(() => PersonDto)
  employee!: PersonDto;

  @ApiProperty({ enum: ADVERSE_ACTIONS })
  @IsIn(ADVERSE_ACTIONS, { message: `action must be one of: ${ADVERSE_ACTIONS.join(', ')}` })
  action!: AdverseAction;

  @ApiProperty({
    example: '2026-09-01',
    format: 'date',
    description: 'when the action would take effect',
  })
  @Matches(CALENDAR_DATE_PATTERN, { message: calendarDateMessage('effectiveDate') })
  effectiveDate!: string;
}

export class ReviewDecisionDto {
  @ApiProperty({ enum: REVIEW_DECISIONS })
  @IsIn(REVIEW_DECISIONS, { message: `decision must be one of: ${REVIEW_DECISIONS.join(', ')}` })
  decision!: ReviewDecision;

  @ApiProperty({ maxLength: RETALIATION_LIMITS.reasonMax })
  @IsString()
  @MaxLength(RETALIATION_LIMITS.reasonMax)
  reason!: string;
}

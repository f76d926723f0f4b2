import { ApiProperty } from '@nestjs/swagger';
import { ADVERSE_ACTIONS, REVIEW_DECISIONS } from '@candor/domain';
import type { AdverseAction, CheckResult, MatchStrength, ReviewStatus } from '@candor/domain';
import { PersonDto } from './retaliation.dto.js';

const CHECK_RESULTS: readonly CheckResult[] = ['clear', 'review_required'];
const REVIEW_STATUSES: readonly ReviewStatus[] = ['pending', ...REVIEW_DECISIONS];

/** All HR learns of a check when it is made: its id and the answer. */
export class CheckSubmittedDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: CHECK_RESULTS }) result!: CheckResult;
}

export class CheckStatusDto extends CheckSubmittedDto {
  @ApiProperty({
    enum: ['not_required', ...REVIEW_STATUSES],
    description: "not_required for a clear check; otherwise the review's state",
  })
  reviewStatus!: 'not_required' | ReviewStatus;
}

export class RetaliationReviewDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) checkId!: string;
  @ApiProperty({ enum: REVIEW_STATUSES }) status!: ReviewStatus;
  @ApiProperty({ enum: ADVERSE_ACTIONS }) adverseAction!: AdverseAction;
  @ApiProperty({ format: 'date', example: '2026-09-01' }) effectiveDate!: string;
  @ApiProperty({ type: PersonDto }) employee!: PersonDto;
  @ApiProperty({
    enum: ['strong', 'weak', 'none'],
    description: 'none: the check was sent to review at random; nothing matched',
  })
  match!: MatchStrength;
  @ApiProperty({ type: 'integer' }) matchedCases!: number;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'the matched case, when the reviewer may see it',
  })
  caseReference!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) decidedBy!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) decidedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;
}

export class RetaliationReviewListDto {
  @ApiProperty({ type: [RetaliationReviewDto] }) items!: RetaliationReviewDto[];
}

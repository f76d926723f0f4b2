import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { JUSTIFICATION_LIMITS, LEGAL_HOLD_LIMITS } from '@candor/domain';

// Presence and type are checked here; whether the text says enough is the domain's rule.

export class LegalHoldDto {
  @ApiProperty({ maxLength: LEGAL_HOLD_LIMITS.matterMax, example: 'SEC inquiry HO-14421' })
  @IsString()
  @MaxLength(LEGAL_HOLD_LIMITS.matterMax)
  matter!: string;
}

export class LegalHoldReleaseDto {
  @ApiProperty({
    maxLength: LEGAL_HOLD_LIMITS.releaseNoteMax,
    description: 'required: a hold is lifted only in writing',
  })
  @IsString({ message: 'releaseNote is required: a hold is lifted only in writing' })
  @MaxLength(LEGAL_HOLD_LIMITS.releaseNoteMax)
  releaseNote!: string;
}

export class IdentityRevealDto {
  @ApiProperty({
    minLength: JUSTIFICATION_LIMITS.min,
    maxLength: JUSTIFICATION_LIMITS.max,
    description: 'at least a sentence; the reporter is shown it before the identity is revealed',
  })
  @IsString()
  @MaxLength(JUSTIFICATION_LIMITS.max)
  justification!: string;
}

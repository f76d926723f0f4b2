import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AUDIT_ACTIONS, AUDIT_ACTOR_TYPES } from '@candor/domain';
import type { AuditActorType, AuditBreakReason, AuditDetail } from '@candor/domain';

const BREAK_REASONS: readonly AuditBreakReason[] = [
  'sequence_gap',
  'prev_hash_mismatch',
  'hash_mismatch',
  'head_mismatch',
];

export class AuditBreakDto {
  @ApiProperty({ description: 'the seq of the first entry that does not verify', example: '42' })
  seq!: string;
  @ApiProperty({ enum: BREAK_REASONS }) reason!: AuditBreakReason;
}

export class AuditVerificationDto {
  @ApiProperty() valid!: boolean;
  @ApiProperty({ type: 'integer', description: 'how many entries were walked' }) entries!: number;
  @ApiProperty({ description: 'the hash the walk ended on' }) headHash!: string;
  @ApiPropertyOptional({ type: AuditBreakDto, description: 'only when the chain is broken' })
  firstInvalidEntry?: AuditBreakDto;
}

export class AuditEventDto {
  @ApiProperty({ example: '1042' }) seq!: string;
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;
  @ApiProperty({ enum: AUDIT_ACTOR_TYPES }) actorType!: AuditActorType;
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'a staff id; null for the reporter and the system',
  })
  actorId!: string | null;
  @ApiProperty({ enum: AUDIT_ACTIONS }) action!: string;
  @ApiProperty({ type: String, nullable: true }) caseReference!: string | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'what the action concerns; its keys depend on the action',
  })
  detail!: AuditDetail;
  @ApiProperty() prevHash!: string;
  @ApiProperty({ description: 'with prevHash, lets the reader re-check the entry' }) hash!: string;
}

export class AuditEventsPageDto {
  @ApiProperty({ type: [AuditEventDto] }) items!: AuditEventDto[];
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'the seq to pass as `cursor` for the next page; null on the last page',
  })
  nextCursor!: string | null;
}

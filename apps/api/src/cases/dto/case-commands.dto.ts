import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import {
  ACTION_KINDS,
  CALENDAR_DATE_PATTERN,
  calendarDateMessage,
  CASE_STATUSES,
  CHANNELS,
  DISCIPLINARY_MEASURES,
  DISMISSAL_REASONS,
  FINDINGS,
  PARTY_ROLES,
  REPORT_LIMITS,
} from '@candor/domain';
import type {
  ActionKind,
  CaseStatus,
  Channel,
  DismissalReason,
  Finding,
  PartyRole,
} from '@candor/domain';
import { SubmitReportDto } from '../../intake/dto/submit-report.dto.js';

const TEXT_MAX = REPORT_LIMITS.descriptionMax;

export class TransitionDto {
  @ApiProperty({ enum: CASE_STATUSES })
  @IsIn(CASE_STATUSES, { message: `to must be one of: ${CASE_STATUSES.join(', ')}` })
  to!: CaseStatus;
  @ApiPropertyOptional({ description: 'why (required to reopen)' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;
  @ApiPropertyOptional({ enum: DISMISSAL_REASONS, description: 'required to dismiss' })
  @IsOptional()
  @IsIn(DISMISSAL_REASONS, {
    message: `dismissalReason must be one of: ${DISMISSAL_REASONS.join(', ')}`,
  })
  dismissalReason?: DismissalReason;
}

export class AssignmentDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'userId must be a staff id' })
  userId!: string;
}

export class ImplicatedDto {
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(REPORT_LIMITS.nameMax) name!: string;
  @ApiProperty({ enum: PARTY_ROLES })
  @IsIn(PARTY_ROLES, { message: `role must be one of: ${PARTY_ROLES.join(', ')}` })
  role!: PartyRole;
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'when the person is a staff member: recuses them',
  })
  @IsOptional()
  @IsUUID()
  staffId?: string;
}

export class NoteDto {
  @ApiProperty()
  @IsString()
  @MinLength(1, { message: 'body must not be empty' })
  @MaxLength(TEXT_MAX)
  body!: string;
  @ApiPropertyOptional({ enum: ['note', 'interview'] })
  @IsOptional()
  @IsIn(['note', 'interview'])
  kind?: 'note' | 'interview';
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'the note this one corrects (notes are never edited)',
  })
  @IsOptional()
  @IsUUID()
  correctsNoteId?: string;
}

export class MessageDto {
  @ApiProperty()
  @IsString()
  @MinLength(1, { message: 'body must not be empty' })
  @MaxLength(REPORT_LIMITS.messageMax)
  body!: string;
}

export class OutcomeDto {
  @ApiProperty({ enum: FINDINGS })
  @IsIn(FINDINGS, { message: `finding must be one of: ${FINDINGS.join(', ')}` })
  finding!: Finding;
  @ApiProperty()
  @IsString()
  @MinLength(1, { message: 'summary must not be empty' })
  @MaxLength(TEXT_MAX)
  summary!: string;
}

export class ActionDto {
  @ApiProperty({ enum: ACTION_KINDS }) @IsIn(ACTION_KINDS) kind!: ActionKind;
  @ApiProperty({
    description: `disciplinary: ${DISCIPLINARY_MEASURES.join(', ')}; corrective: control_fix, training, process_change, other; interim: suspension_pending_investigation, other`,
  })
  @IsString()
  @MaxLength(60)
  measure!: string;
  @ApiPropertyOptional({ description: 'disciplinary and interim: the person concerned' })
  @IsOptional()
  @IsString()
  @MaxLength(REPORT_LIMITS.nameMax)
  subject?: string;
  @ApiPropertyOptional({ description: 'corrective: who owns the fix' })
  @IsOptional()
  @IsString()
  @MaxLength(REPORT_LIMITS.nameMax)
  owner?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(TEXT_MAX) description?: string;
  @ApiPropertyOptional({ description: 'corrective: the date it is due', format: 'date' })
  @IsOptional()
  @Matches(CALENDAR_DATE_PATTERN, { message: calendarDateMessage('dueDate') })
  dueDate?: string;
}

export class ApprovalDto {
  @ApiProperty({ enum: ['outcome', 'action'] }) @IsIn(['outcome', 'action']) subjectType!:
    'outcome' | 'action';
  @ApiProperty({ format: 'uuid' }) @IsUUID() subjectId!: string;
}

export class StaffMatchReviewDto {
  @ApiProperty({ enum: ['confirm', 'clear'] })
  @IsIn(['confirm', 'clear'], { message: 'decision must be confirm or clear' })
  decision!: 'confirm' | 'clear';
}

/** A report that arrived by letter, phone, email or in person, recorded by a case handler. */
export class StaffReportDto extends SubmitReportDto {
  @ApiProperty({ enum: CHANNELS })
  @IsIn(CHANNELS, { message: `channel must be one of: ${CHANNELS.join(', ')}` })
  channel!: Channel;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ACTION_KINDS,
  CASE_STATUSES,
  CHANNELS,
  CONCERN_TYPES,
  DEADLINE_ITEMS,
  DISMISSAL_REASONS,
  FINDINGS,
  PARTY_ROLES,
  ROUTES,
  STAFF_ROLES,
} from '@candor/domain';
import type { DeadlineItem, Route } from '@candor/domain';
import { nullableEnum } from '../../common/nullable-enum.js';

// The domain gives several of these fields as plain strings; the enums below are the values the
// database allows (its CHECK constraints), or the domain's own lists where it has one.

const DATE_TIME = { type: String, format: 'date-time' } as const;
const NULLABLE_DATE_TIME = { ...DATE_TIME, nullable: true } as const;
const NULLABLE_STRING = { type: String, nullable: true } as const;

/** One row of the triage list: metadata only (the content is in the audited case detail). */
export class CaseListItemDto {
  @ApiProperty({ example: 'CND-2026-004817' }) reference!: string;
  @ApiProperty({ enum: CASE_STATUSES }) status!: string;
  @ApiProperty({ enum: CONCERN_TYPES }) concernType!: string;
  @ApiProperty({ enum: ROUTES }) routedTo!: Route;
  @ApiProperty({ enum: ROUTES, description: 'who investigates (a board case: its committee)' })
  handledBy!: Route;
  @ApiProperty({ enum: CHANNELS }) channel!: string;
  @ApiProperty() anonymous!: boolean;
  @ApiProperty(DATE_TIME) receivedAt!: string;
  @ApiProperty(DATE_TIME) acknowledgeBy!: string;
  @ApiProperty(NULLABLE_DATE_TIME) feedbackDueAt!: string | null;
  @ApiProperty({ ...NULLABLE_DATE_TIME, description: 'the earliest deadline still pending' })
  nextDueAt!: string | null;
  @ApiProperty() overdue!: boolean;
}

export class CaseListDto {
  @ApiProperty({ type: [CaseListItemDto] }) items!: CaseListItemDto[];
  @ApiProperty({
    ...NULLABLE_STRING,
    description: 'pass as `cursor` for the next page; null on the last page',
  })
  nextCursor!: string | null;
}

export class CaseRoutingDto {
  @ApiProperty({ enum: ['intake', 'reroute'] }) trigger!: string;
  @ApiProperty({ enum: ROUTES }) routedTo!: string;
  @ApiProperty({ enum: ROUTES }) handledBy!: string;
  @ApiProperty() ruleId!: string;
  @ApiProperty() explanation!: string;
  @ApiProperty() policyVersion!: string;
  @ApiProperty(DATE_TIME) decidedAt!: string;
}

export class CaseDeadlinesDto {
  @ApiProperty(DATE_TIME) acknowledgeBy!: string;
  @ApiProperty(NULLABLE_DATE_TIME) feedbackDueAt!: string | null;
  @ApiProperty(NULLABLE_DATE_TIME) feedbackGivenAt!: string | null;
  @ApiProperty(NULLABLE_DATE_TIME) nextDueAt!: string | null;
  @ApiProperty() overdue!: boolean;
  @ApiProperty({ enum: DEADLINE_ITEMS, isArray: true }) overdueItems!: DeadlineItem[];
}

export class CasePartyDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ['implicated', 'witness', 'assisting'] }) kind!: string;
  @ApiProperty(nullableEnum(PARTY_ROLES, 'implicated people have one')) role!: string | null;
  @ApiProperty(NULLABLE_STRING) name!: string | null;
  @ApiProperty(NULLABLE_STRING) contact!: string | null;
  @ApiProperty({ ...NULLABLE_STRING, format: 'uuid', description: 'a staff member: recused' })
  staffId!: string | null;
  @ApiProperty(
    nullableEnum(
      ['staff', 'automatic', 'confirmed', 'cleared'],
      'how staffId was set: named by id, matched by name, then confirmed or cleared on review',
    ),
  )
  staffMatch!: string | null;
}

export class CaseAssignmentDto {
  @ApiProperty({ format: 'uuid' }) staffId!: string;
  @ApiProperty() name!: string;
  @ApiProperty(DATE_TIME) assignedAt!: string;
}

export class CaseNoteDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) authorId!: string;
  @ApiProperty() author!: string;
  @ApiProperty({ enum: ['note', 'interview'] }) kind!: string;
  @ApiProperty({ ...NULLABLE_STRING, format: 'uuid' }) correctsNoteId!: string | null;
  @ApiProperty() body!: string;
  @ApiProperty(DATE_TIME) at!: string;
}

export class CaseMessageDto {
  @ApiProperty({ enum: ['reporter', 'handler'] }) from!: string;
  @ApiProperty({ description: 'message, acknowledgement or identity_notice', example: 'message' })
  kind!: string;
  @ApiProperty({ ...NULLABLE_STRING, format: 'uuid' }) staffId!: string | null;
  @ApiProperty() body!: string;
  @ApiProperty(DATE_TIME) at!: string;
}

export class CaseFileDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ['reporter', 'staff'] }) source!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ example: 'application/pdf' }) mediaType!: string;
  @ApiProperty({ type: 'integer', description: 'bytes' }) size!: number;
  @ApiProperty() metadataRemoved!: boolean;
  @ApiProperty(DATE_TIME) at!: string;
}

export class ApprovalGivenDto {
  @ApiProperty({ format: 'uuid' }) staffId!: string;
  @ApiProperty({ enum: STAFF_ROLES }) role!: string;
}

export class CaseOutcomeDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: FINDINGS }) finding!: string;
  @ApiProperty() summary!: string;
  @ApiProperty({ format: 'uuid' }) recordedBy!: string;
  @ApiProperty(DATE_TIME) recordedAt!: string;
  @ApiProperty() effective!: boolean;
  @ApiProperty(NULLABLE_DATE_TIME) effectiveAt!: string | null;
  @ApiProperty({ type: [ApprovalGivenDto] }) approvals!: ApprovalGivenDto[];
}

export class CaseActionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ACTION_KINDS }) kind!: string;
  @ApiProperty() measure!: string;
  @ApiPropertyOptional({ description: 'disciplinary and interim: the person concerned' })
  subject?: string;
  @ApiPropertyOptional({ description: 'corrective: who owns the fix' }) owner?: string;
  @ApiPropertyOptional() description?: string;
  @ApiProperty({ ...NULLABLE_STRING, format: 'date' }) dueDate!: string | null;
  @ApiProperty(DATE_TIME) recordedAt!: string;
  @ApiProperty() effective!: boolean;
  @ApiProperty(NULLABLE_DATE_TIME) effectiveAt!: string | null;
  @ApiProperty({ type: [ApprovalGivenDto] }) approvals!: ApprovalGivenDto[];
}

/** What both the case and the tombstone of a purged case show. */
class CaseSummaryDto {
  @ApiProperty({ example: 'CND-2026-004817' }) reference!: string;
  @ApiProperty({ enum: CASE_STATUSES }) status!: string;
  @ApiProperty({ enum: CHANNELS }) channel!: string;
  @ApiProperty({ enum: CONCERN_TYPES }) concernType!: string;
  @ApiProperty({ enum: ROUTES }) routedTo!: Route;
  @ApiProperty({ enum: ROUTES }) handledBy!: Route;
  @ApiProperty(DATE_TIME) receivedAt!: string;
  @ApiProperty(NULLABLE_DATE_TIME) acknowledgedAt!: string | null;
  @ApiProperty(NULLABLE_DATE_TIME) closedAt!: string | null;
  @ApiProperty(nullableEnum(DISMISSAL_REASONS)) dismissalReason!: string | null;
  @ApiProperty(nullableEnum(FINDINGS)) finding!: string | null;
  @ApiProperty({ type: [CaseRoutingDto], description: 'every routing decision, oldest first' })
  routing!: CaseRoutingDto[];
}

/** The case as a handler sees it: never the reporter's identity. */
export class CaseDetailDto extends CaseSummaryDto {
  @ApiProperty() anonymous!: boolean;
  @ApiProperty({
    enum: ['none', 'hidden'],
    description: 'hidden: a named reporter, revealed only by the identity-reveal route',
  })
  reporterIdentity!: string;
  @ApiProperty({ ...NULLABLE_STRING, description: 'the linked case, if the caller may see it' })
  relatedCase!: string | null;
  @ApiProperty() title!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ ...NULLABLE_STRING, description: 'as the reporter gave it' }) occurredAt!:
    string | null;
  @ApiProperty(NULLABLE_STRING) location!: string | null;
  @ApiProperty(NULLABLE_DATE_TIME) resolvedAt!: string | null;
  @ApiProperty({ type: CaseDeadlinesDto }) deadlines!: CaseDeadlinesDto;
  @ApiProperty({ type: [CasePartyDto] }) parties!: CasePartyDto[];
  @ApiProperty({ type: [CaseAssignmentDto] }) assignments!: CaseAssignmentDto[];
  @ApiProperty({ type: [CaseNoteDto] }) notes!: CaseNoteDto[];
  @ApiProperty({ type: [CaseMessageDto] }) messages!: CaseMessageDto[];
  @ApiProperty({ type: [CaseFileDto] }) files!: CaseFileDto[];
  @ApiProperty({ type: [CaseOutcomeDto] }) outcomes!: CaseOutcomeDto[];
  @ApiProperty({ type: [CaseActionDto] }) actions!: CaseActionDto[];
  @ApiProperty({ description: 'whether someone is recused from the case' }) recused!: boolean;
}

/** A case purged by retention: only what retention keeps. */
export class PurgedCaseDto extends CaseSummaryDto {
  @ApiProperty({ enum: [true] }) purged!: boolean;
  @ApiProperty(NULLABLE_DATE_TIME) purgedAt!: string | null;
}

export class AssignedDto {
  @ApiProperty({ format: 'uuid', description: 'the staff member assigned' }) assigned!: string;
}

export class ImplicatedAddedDto {
  @ApiProperty({ enum: ROUTES }) routedTo!: Route;
  @ApiProperty({ enum: ROUTES }) handledBy!: Route;
  @ApiProperty({ description: 'whether the route changed' }) rerouted!: boolean;
  @ApiProperty() ruleId!: string;
  @ApiProperty() explanation!: string;
}

export class StaffMatchReviewedDto {
  @ApiProperty({ enum: ['confirm', 'clear'] }) decision!: string;
}

export class NoteAddedDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
}

export class EvidenceAddedDto {
  @ApiProperty({ type: [String], format: 'uuid' }) ids!: string[];
}

export class DeterminationRecordedDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({
    description: 'false while it waits for the other required approval (joint determination)',
  })
  effective!: boolean;
}

export class ApprovalResultDto {
  @ApiProperty() effective!: boolean;
}

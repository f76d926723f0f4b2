import { ApiProperty } from '@nestjs/swagger';
import { CASE_STATUSES, ROUTES } from '@candor/domain';
import type { Route } from '@candor/domain';

export class ReporterSessionTokenDto {
  @ApiProperty({ description: 'the bearer token of the reporter routes' }) token!: string;
  @ApiProperty({ format: 'date-time', description: '15 minutes after sign-in, not sliding' })
  expiresAt!: string;
}

export class ReporterCaseMessageDto {
  @ApiProperty({ enum: ['reporter', 'handler'] }) from!: 'reporter' | 'handler';
  @ApiProperty() body!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

export class ReporterAttachmentDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: 'integer', description: 'bytes' }) size!: number;
}

/** The case as its reporter sees it (api.md): no handler, note or party. */
export class ReporterCaseDto {
  @ApiProperty({ example: 'CND-2026-004817' }) reference!: string;
  @ApiProperty({ enum: CASE_STATUSES }) status!: string;
  @ApiProperty({ enum: ROUTES }) routedTo!: Route;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) acknowledgedAt!:
    string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) feedbackDueAt!: string | null;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'until when the reporter may still write after closing; null while open',
  })
  writableUntil!: string | null;
  @ApiProperty({ type: [ReporterCaseMessageDto] }) messages!: ReporterCaseMessageDto[];
  @ApiProperty({ type: [ReporterAttachmentDto], description: 'the files the reporter sent' })
  attachments!: ReporterAttachmentDto[];
}

export class ReporterAttachmentsAddedDto {
  @ApiProperty({ type: 'integer', description: 'how many files were added' }) added!: number;
}

/** The new case a retaliation report opens, with its own receipt. */
export class RetaliationReportedDto {
  @ApiProperty({ example: 'CND-2026-004818' }) reference!: string;
  @ApiProperty({ description: 'shown once; cannot be recovered' }) receipt!: string;
}

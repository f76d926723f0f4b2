import { ApprovalEntity } from './approval.entity.js';
import { AuditHeadEntity } from './audit-head.entity.js';
import { AuditLogEntity } from './audit-log.entity.js';
import { AuditStagedEntity } from './audit-staged.entity.js';
import { CaseActionEntity } from './case-action.entity.js';
import { CaseAssignmentEntity } from './case-assignment.entity.js';
import { CaseFileEntity } from './case-file.entity.js';
import { CaseMessageEntity } from './case-message.entity.js';
import { CaseNoteEntity } from './case-note.entity.js';
import { CaseOutcomeEntity } from './case-outcome.entity.js';
import { CasePartyEntity } from './case-party.entity.js';
import { CaseReporterEntity } from './case-reporter.entity.js';
import { CaseRoutingEntity } from './case-routing.entity.js';
import { CaseEntity } from './case.entity.js';
import { LegalHoldEntity } from './legal-hold.entity.js';
import { NotificationDeliveryEntity } from './notification-delivery.entity.js';
import { NotificationTriggerEntity } from './notification-trigger.entity.js';
import { NotificationUnannouncedEntity } from './notification-unannounced.entity.js';
import { OutboxEntity } from './outbox.entity.js';
import { RetaliationCheckEntity } from './retaliation-check.entity.js';
import { RetaliationReviewEntity } from './retaliation-review.entity.js';
import { StaffEnrolmentEntity } from './staff-enrolment.entity.js';
import { StaffSessionEntity } from './staff-session.entity.js';
import { StaffEntity } from './staff.entity.js';

export * from './approval.entity.js';
export * from './audit-head.entity.js';
export * from './audit-log.entity.js';
export * from './audit-staged.entity.js';
export * from './case-action.entity.js';
export * from './case-assignment.entity.js';
export * from './case-file.entity.js';
export * from './case-message.entity.js';
export * from './case-note.entity.js';
export * from './case-outcome.entity.js';
export * from './case-party.entity.js';
export * from './case-reporter.entity.js';
export * from './case-routing.entity.js';
export * from './case.entity.js';
export * from './legal-hold.entity.js';
export * from './notification-delivery.entity.js';
export * from './notification-trigger.entity.js';
export * from './notification-unannounced.entity.js';
export * from './outbox.entity.js';
export * from './retaliation-check.entity.js';
export * from './retaliation-review.entity.js';
export * from './staff-enrolment.entity.js';
export * from './staff-session.entity.js';
export * from './staff.entity.js';

/**
 * Every TypeORM entity the application maps: one per table the migrations create (TypeORM's own
 * `migrations` table aside). `synchronize` stays off; the migrations own the schema, and
 * test/foundation/entity-schema-drift.e2e-spec.ts fails when the two disagree.
 */
export const ENTITIES: Function[] = [
  ApprovalEntity,
  AuditHeadEntity,
  AuditLogEntity,
  AuditStagedEntity,
  CaseActionEntity,
  CaseAssignmentEntity,
  CaseFileEntity,
  CaseMessageEntity,
  CaseNoteEntity,
  CaseOutcomeEntity,
  CasePartyEntity,
  CaseReporterEntity,
  CaseRoutingEntity,
  CaseEntity,
  LegalHoldEntity,
  NotificationDeliveryEntity,
  NotificationTriggerEntity,
  NotificationUnannouncedEntity,
  OutboxEntity,
  RetaliationCheckEntity,
  RetaliationReviewEntity,
  StaffEnrolmentEntity,
  StaffSessionEntity,
  StaffEntity,
];

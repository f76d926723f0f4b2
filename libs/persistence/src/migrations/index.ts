import { ApplicationRole1763712000000 } from './1763712000000-application-role.js';
import { CasesAuditOutbox1763712100000 } from './1763712100000-cases-audit-outbox.js';
import { StaffAndCaseManagement1763712200000 } from './1763712200000-staff-and-case-management.js';
import { AuditRetaliationHolds1763712300000 } from './1763712300000-audit-retaliation-holds.js';
import { Notifications1763712400000 } from './1763712400000-notifications.js';
import { RecusalClearedMatch1763712500000 } from './1763712500000-recusal-cleared-match.js';
import { TriageListIndexes1763712600000 } from './1763712600000-triage-list-indexes.js';
import { AuditAppendFunction1763712700000 } from './1763712700000-audit-append-function.js';
import { AuditSealAtCommit1763712800000 } from './1763712800000-audit-seal-at-commit.js';
import { AuditWritesThroughStagingOnly1763712900000 } from './1763712900000-audit-writes-through-staging-only.js';
import { AuditStagingChecks1763713000000 } from './1763713000000-audit-staging-checks.js';
import { StaffEnrolmentAndBrowserSessions1763713400000 } from './1763713400000-staff-enrolment-and-browser-sessions.js';
import { UnannouncedNotifications1763713500000 } from './1763713500000-unannounced-notifications.js';
import { CaseStatusCheck1763713600000 } from './1763713600000-case-status-check.js';
import { QueueColumns1763713700000 } from './1763713700000-queue-columns.js';

/** Every migration, in order. Listed explicitly so that source, tests and dist agree. */
export const MIGRATIONS = [
  ApplicationRole1763712000000,
  CasesAuditOutbox1763712100000,
  StaffAndCaseManagement1763712200000,
  AuditRetaliationHolds1763712300000,
  Notifications1763712400000,
  RecusalClearedMatch1763712500000,
  TriageListIndexes1763712600000,
  AuditAppendFunction1763712700000,
  AuditSealAtCommit1763712800000,
  AuditWritesThroughStagingOnly1763712900000,
  AuditStagingChecks1763713000000,
  StaffEnrolmentAndBrowserSessions1763713400000,
  UnannouncedNotifications1763713500000,
  CaseStatusCheck1763713600000,
  QueueColumns1763713700000,
];

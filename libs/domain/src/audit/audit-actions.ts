/**
 * Every action the application writes to the audit log, as stored (`area.what_happened`). The
 * union is built from the array, and AuditTrailService.append accepts only the union, so the compiler
 * proves that each call site writes a listed action; the strings are the stored values, so none
 * may be renamed (entries already on the chain keep the old text). The staff console labels them
 * through the `auditActions` block of the i18n catalogues (dots become underscores).
 */
export const AUDIT_ACTIONS = [
  // A case and what staff do with it
  'case.created',
  'case.viewed',
  'case.rerouted',
  'case.assigned',
  'case.status_changed',
  'case.protected_people_viewed',
  'case.purged',
  'case.retaliation_reported',
  'intake.throttled',
  'note.added',
  'message.sent',
  'file.added',
  'file.downloaded',
  'party.added',
  'recusal.confirmed',
  'recusal.cleared',
  'identity.revealed',
  'legal_hold.placed',
  'legal_hold.released',
  'legal_hold.blocked',
  'outcome.recorded',
  'outcome.approved',
  'outcome.effective',
  'action.recorded',
  'action.approved',
  'action.effective',
  // Reporters' receipt sessions
  'reporter.signed_in',
  'reporter.sign_in_failed',
  'reporter.sign_in_throttled',
  // Retaliation safeguards
  'retaliation.check_submitted',
  'retaliation.reviews_viewed',
  'retaliation.review_decided',
  // Oversight
  'audit.events_viewed',
  'board_report.generated',
  // Staff accounts and their sign-in
  'staff.created',
  'staff.disabled',
  'staff.enabled',
  'staff.second_factor_reset',
  'staff.totp_reset',
  'staff.notification_mode_changed',
  'staff.enrolment_issued',
  'staff.enrolment_started',
  'staff.enrolment_password_chosen',
  'staff.enrolment_code_refused',
  'staff.enrolled',
  'auth.signed_in',
  'auth.signed_out',
  'auth.sign_in_failed',
  'auth.sign_in_throttled',
  'auth.sign_in_paused',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export function isAuditAction(value: unknown): value is AuditAction {
  return typeof value === 'string' && (AUDIT_ACTIONS as readonly string[]).includes(value);
}

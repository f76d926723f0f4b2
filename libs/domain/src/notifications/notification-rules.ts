import {
  canAct,
  canSee,
  type CaseAccessFacts,
  handlingRoles,
  isRecused,
  type StaffRole,
  type Viewer,
  visibleRoutesFor,
} from '../access/access-policy.js';
import { type Route, ROUTES } from '../routing/routing.types.js';
import { OutboxEvent, type OutboxPayload } from './outbox.js';

// Who is told about what (product.md §1 and §9). Every audience is built on the access policy —
// canSee, canAct, handlingRoles, isRecused — so a notification can never reach someone the case
// screen would refuse, and there is no second rule to keep in step with it.

/**
 * - viewers: everyone who may see the case (a new or re-routed case: the routed body, recused
 *   members excluded).
 * - handlers: who may see it and is responsible for it: the handling body and assigned
 *   investigators (directors watching a Board case their committee handles are not).
 * - handling_body: the body that decides, without investigators.
 * - committee_chair: the Audit Committee chair (every member when no chair is set), recusal applied.
 * - reviewers: `payload.reviewerIds` who may see the case, else the handling body's Legal contact
 *   (whoever may place a legal hold on the case: product.md §6 and §8 name the same people).
 * - reporter: the named reporter who opted in to news by email.
 * - digest_owner: `payload.staffId`.
 * - account_owner: `payload.staffId`, about their own account, whatever their role (a paused
 *   sign-in, their enrolment link).
 * - administrators: every active admin, for the one alert that names no case (NobodyToTell).
 */
export type Audience =
  | 'viewers'
  | 'handlers'
  | 'handling_body'
  | 'committee_chair'
  | 'reviewers'
  | 'reporter'
  | 'digest_owner'
  | 'account_owner'
  | 'administrators';

/**
 * The audiences that someone must be able to receive: an event for them that finds nobody is kept
 * and the administrators are alerted (unannounced-events service). The reporter's opt-in, a
 * digest's owner, an account's owner and the administrators themselves may be absent without
 * anything being lost.
 */
export const ANNOUNCED_AUDIENCES: readonly Audience[] = [
  'viewers',
  'handlers',
  'handling_body',
  'committee_chair',
  'reviewers',
];

/** Which template renders the email. */
export type MailKind =
  | 'case'
  | 'reporter_news'
  | 'audit_head'
  | 'digest'
  | 'sign_in_paused'
  | 'enrolment'
  | 'nobody_to_tell';

export interface EventRule {
  readonly audience: Audience;
  readonly mail: MailKind;
  /** Whether the event is about a case and means nothing without one (a purged case). */
  readonly needsCase: boolean;
  /** Whether a staff member on the daily digest gets this in the digest instead of at once. */
  readonly digestible: boolean;
  /** One line on why the email was sent. Never content: the email may be read on any device. */
  readonly reason: string;
}

const caseEvent = (audience: Audience, reason: string): EventRule => ({
  audience,
  mail: 'case',
  needsCase: true,
  digestible: true,
  reason,
});

export const EVENT_RULES: Readonly<Record<OutboxEvent, EventRule>> = {
  [OutboxEvent.CaseCreated]: caseEvent('viewers', 'A new case was routed to you.'),
  [OutboxEvent.CaseRerouted]: caseEvent('viewers', 'A case was re-routed to you.'),
  [OutboxEvent.ReporterMessage]: caseEvent('handlers', 'The reporter sent a message.'),
  [OutboxEvent.IdentityRevealed]: caseEvent(
    'committee_chair',
    "The reporter's identity was revealed to the handlers of a case.",
  ),
  [OutboxEvent.LegalHoldPlaced]: caseEvent('handling_body', 'A legal hold was placed on a case.'),
  [OutboxEvent.LegalHoldReleased]: caseEvent(
    'handling_body',
    'The legal hold on a case was released.',
  ),
  // Raised without a case id (the retaliation service names the reviewers), so that the event
  // looks the same whether or not a protected person's case is behind the check.
  [OutboxEvent.RetaliationReviewRequired]: {
    ...caseEvent('reviewers', 'A retaliation review is required.'),
    needsCase: false,
  },
  [OutboxEvent.AcknowledgementDueSoon]: caseEvent(
    'handlers',
    'The acknowledgement of a case is due within 2 days.',
  ),
  [OutboxEvent.AcknowledgementOverdue]: caseEvent(
    'handlers',
    'The acknowledgement of a case is overdue.',
  ),
  [OutboxEvent.FeedbackDueSoon]: caseEvent(
    'handlers',
    'Feedback to the reporter is due within 14 days.',
  ),
  [OutboxEvent.FeedbackOverdue]: caseEvent('handlers', 'Feedback to the reporter is overdue.'),
  [OutboxEvent.ReporterNews]: {
    audience: 'reporter',
    mail: 'reporter_news',
    needsCase: true,
    digestible: false,
    reason: 'There is news about your report.',
  },
  // The audit head is itself daily, and a digest cannot wait for the next digest.
  [OutboxEvent.AuditHeadDaily]: {
    audience: 'committee_chair',
    mail: 'audit_head',
    needsCase: false,
    digestible: false,
    reason: 'The head of the audit log today.',
  },
  [OutboxEvent.DailyDigest]: {
    audience: 'digest_owner',
    mail: 'digest',
    needsCase: false,
    digestible: false,
    reason: 'Cases that needed your attention since your last summary.',
  },
  // About the account, not a case; it cannot wait for a digest.
  [OutboxEvent.SignInPaused]: {
    audience: 'account_owner',
    mail: 'sign_in_paused',
    needsCase: false,
    digestible: false,
    reason: 'Sign-in to your account was paused after repeated wrong one-time codes.',
  },
  // A link valid for 24 hours cannot wait for a digest.
  [OutboxEvent.StaffEnrolment]: {
    audience: 'account_owner',
    mail: 'enrolment',
    needsCase: false,
    digestible: false,
    reason: 'Set up your Candor account.',
  },
  // Names no case, so an administrator (who may see none) can be told that one is waiting.
  [OutboxEvent.NobodyToTell]: {
    audience: 'administrators',
    mail: 'nobody_to_tell',
    needsCase: false,
    digestible: false,
    reason: 'A notification has nobody who can receive it.',
  },
};

const BODY_NAMES: Readonly<Record<Route, string>> = {
  general_counsel: 'General Counsel',
  audit_committee: 'Audit Committee',
  board: 'Board',
};

/** The one-line reason shown in the email (and nothing else about the event). */
export function reasonFor(event: OutboxEvent, payload: OutboxPayload): string {
  if (event === OutboxEvent.ReporterMessage && typeof payload.files === 'number') {
    return 'The reporter added a file.';
  }
  if (event === OutboxEvent.NobodyToTell && isRoute(payload.body)) {
    const what = payload.about === 'case' ? 'A case' : 'A notification';
    return `${what} for the ${BODY_NAMES[payload.body]} has nobody who can receive it.`;
  }
  return EVENT_RULES[event].reason;
}

function isRoute(value: unknown): value is Route {
  return typeof value === 'string' && (ROUTES as readonly string[]).includes(value);
}

/** A staff member as the recipient rules see them. */
export interface StaffCandidate extends Viewer {
  readonly role: StaffRole;
  readonly isChair: boolean;
  readonly disabled: boolean;
}

export interface RecipientContext {
  readonly event: OutboxEvent;
  readonly payload: OutboxPayload;
  /** The case's access facts, loaded fresh; null for events that concern no case. */
  readonly facts: CaseAccessFacts | null;
  readonly staff: readonly StaffCandidate[];
}

/**
 * The staff ids to notify, in the order given. Disabled accounts never receive anything; a recused
 * person never receives anything about the case they are implicated in.
 */
export function staffRecipients(context: RecipientContext): string[] {
  const { facts, payload } = context;
  const active = context.staff.filter((s) => !s.disabled);
  const notRecused = (s: StaffCandidate) => !facts || !isRecused(s, facts);
  const pick = (keep: (s: StaffCandidate) => boolean) => active.filter(keep).map((s) => s.id);
  const onCase = (keep: (s: StaffCandidate, facts: CaseAccessFacts) => boolean) =>
    facts ? pick((s) => keep(s, facts)) : [];

  const { audience, needsCase } = EVENT_RULES[context.event];
  // Without its case there is nothing to link to and no recusal to check: nobody is told.
  if (needsCase && !facts) return [];
  switch (audience) {
    case 'viewers':
      return onCase((s, f) => canSee(s, f));
    case 'handlers':
      return onCase(
        (s, f) =>
          canSee(s, f) && (handlingRoles(f).includes(s.role) || f.assigneeIds.includes(s.id)),
      );
    case 'handling_body':
      return onCase((s, f) => canSee(s, f) && handlingRoles(f).includes(s.role));
    case 'committee_chair': {
      const committee = active.filter((s) => s.role === 'audit_committee' && notRecused(s));
      const chairs = committee.filter((s) => s.isChair);
      return (chairs.length > 0 ? chairs : committee).map((s) => s.id);
    }
    case 'reviewers': {
      const named = stringList(payload.reviewerIds);
      if (named.length === 0) return onCase((s, f) => canAct(s, 'place_hold', f));
      // A reviewer must be able to open what they review; without a case, only case-handling
      // roles qualify (never HR or admin).
      return pick(
        (s) => named.includes(s.id) && (facts ? canSee(s, facts) : !visibleRoutesFor(s).none),
      );
    }
    case 'digest_owner':
    case 'account_owner':
      return pick((s) => s.id === payload.staffId);
    case 'administrators':
      return pick((s) => s.role === 'admin');
    case 'reporter':
      return [];
    default:
      return unknownAudience(audience);
  }
}

function unknownAudience(audience: never): never {
  throw new Error(`Unknown audience "${String(audience)}"`);
}

function stringList(value: OutboxPayload[string] | undefined): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  if (typeof value === 'string' && value) return value.split(',').map((v) => v.trim());
  return [];
}

// The vocabulary of routing. Each union is paired with a readonly array of its values so that
// callers (DTO validation, config validation, policy validation) check input against the same list
// the type is built from, instead of repeating the values.

/** Concern types, in the order of the Code's table (product.md §3); the intake form shows this order. */
export const CONCERN_TYPES = [
  'accounting',
  'internal_controls',
  'auditing',
  'disclosure',
  'insider_trading',
  'conflict_of_interest',
  'improper_payments',
  'gifts_entertainment',
  'discrimination_harassment',
  'health_safety',
  'confidential_information',
  'competition',
  'government_dealings',
  'records_retention',
  'company_assets',
  'retaliation',
  'other',
] as const;
export type ConcernType = (typeof CONCERN_TYPES)[number];

/** The role of someone implicated in a report; `unknown` when the reporter cannot say. */
export const PARTY_ROLES = [
  'director',
  'executive_officer',
  'general_counsel',
  'legal',
  'cfo',
  'finance',
  'employee',
  'contractor',
  'third_party',
  'unknown',
] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];

/** Where the Code sends a case. */
export const ROUTES = ['general_counsel', 'audit_committee', 'board'] as const;
export type Route = (typeof ROUTES)[number];

/**
 * The body that actually investigates cases routed to the Board: the Board itself or its designated
 * committee. Configurable per deployment.
 */
export const BOARD_COMMITTEES = ['audit_committee', 'board'] as const;
export type BoardCommittee = (typeof BOARD_COMMITTEES)[number];
export const DEFAULT_BOARD_COMMITTEE: BoardCommittee = 'audit_committee';

export interface ConcernTypeDefinition {
  readonly code: ConcernType;
  /** Short name shown on the intake form. */
  readonly label: string;
  readonly description: string;
  /** The section(s) of the Code of Business Conduct the concern falls under. */
  readonly codeSection: string;
  /**
   * The route when nobody is implicated, as the Code's table states it. Documentary: routing is
   * decided by the rules, and validatePolicy checks that the rules agree with this column.
   */
  readonly defaultRoute: Route;
}

/**
 * A declarative rule. Every condition that is present must hold; a rule without conditions would
 * match everything, which validatePolicy rejects.
 */
export interface RoutingRule {
  readonly id: string;
  readonly routeTo: Route;
  /** One sentence for the case file: why this case went where it went. */
  readonly explanation: string;
  readonly when: {
    /** At least one implicated person has one of these roles. */
    readonly implicatedRoleIn?: readonly PartyRole[];
    readonly concernTypeIn?: readonly ConcernType[];
    /** The report is about an existing case whose route is one of these. */
    readonly relatedCaseRouteIn?: readonly Route[];
  };
}

export interface RoutingFallback {
  readonly id: string;
  readonly routeTo: Route;
  readonly explanation: string;
}

/** A versioned policy document: the admin changes it through a reviewed update, not through code. */
export interface RoutingPolicy {
  readonly version: string;
  /** ISO 8601 date (YYYY-MM-DD) from which the policy applies. */
  readonly effectiveFrom: string;
  readonly concernTypes: readonly ConcernTypeDefinition[];
  /** Applied in order; the first rule that matches decides. */
  readonly rules: readonly RoutingRule[];
  readonly fallback: RoutingFallback;
}

export interface RoutingInput {
  readonly concernType: ConcernType;
  readonly implicatedRoles: readonly PartyRole[];
  /** For a retaliation report: the route of the case the reporter suffered reprisal over. */
  readonly relatedCaseRoute?: Route;
}

/** Stored with the case, so that every routing can be explained and traced to its policy version. */
export interface RoutingDecision {
  readonly routedTo: Route;
  /** Who investigates: for `board`, the designated committee; otherwise the same as routedTo. */
  readonly handledBy: Route;
  readonly ruleId: string;
  readonly explanation: string;
  readonly policyVersion: string;
}

export interface RouteOptions {
  readonly boardCommittee?: BoardCommittee;
}

/** One entry of `GET /api/v1/intake/concern-types`. */
export interface ConcernTypeCatalogueEntry {
  readonly code: ConcernType;
  readonly label: string;
  readonly description: string;
  readonly codeSection: string;
  /** Where a report of this type goes when nobody is implicated. */
  readonly route: Route;
}

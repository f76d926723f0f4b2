import {
  BOARD_COMMITTEES,
  DEFAULT_BOARD_COMMITTEE,
  PARTY_ROLES,
  ROUTES,
  type ConcernTypeCatalogueEntry,
  type RouteOptions,
  type RoutingDecision,
  type RoutingFallback,
  type RoutingInput,
  type RoutingPolicy,
  type RoutingRule,
} from './routing.types.js';

/**
 * Decides where a report goes under a policy: the first rule that matches, else the fallback.
 *
 * Callers validate input at the boundary; the checks here guard against misuse (a value cast past
 * the type system would otherwise fall silently through to the General Counsel, which may be
 * exactly the person who must not see the case).
 */
export function route(
  policy: RoutingPolicy,
  input: RoutingInput,
  options: RouteOptions = {},
): RoutingDecision {
  assertKnownInput(policy, input);
  const boardCommittee = options.boardCommittee ?? DEFAULT_BOARD_COMMITTEE;
  if (!(BOARD_COMMITTEES as readonly string[]).includes(boardCommittee)) {
    throw new Error(
      `Unknown board committee "${boardCommittee}"; expected one of: ${BOARD_COMMITTEES.join(', ')}`,
    );
  }

  const decidedBy: RoutingRule | RoutingFallback =
    policy.rules.find((rule) => matches(rule, input)) ?? policy.fallback;
  return {
    routedTo: decidedBy.routeTo,
    handledBy: decidedBy.routeTo === 'board' ? boardCommittee : decidedBy.routeTo,
    ruleId: decidedBy.id,
    explanation: decidedBy.explanation,
    policyVersion: policy.version,
  };
}

/**
 * The concern types offered at intake, each with its route when nobody is implicated. The route is
 * computed by route() itself so that what the reporter is told can never disagree with what happens.
 */
export function concernTypeCatalogue(policy: RoutingPolicy): ConcernTypeCatalogueEntry[] {
  return policy.concernTypes.map(({ code, label, description, codeSection }) => ({
    code,
    label,
    description,
    codeSection,
    route: route(policy, { concernType: code, implicatedRoles: [] }).routedTo,
  }));
}

function matches(rule: RoutingRule, input: RoutingInput): boolean {
  const { implicatedRoleIn, concernTypeIn, relatedCaseRouteIn } = rule.when;
  if (implicatedRoleIn && !input.implicatedRoles.some((role) => implicatedRoleIn.includes(role))) {
    return false;
  }
  if (concernTypeIn && !concernTypeIn.includes(input.concernType)) {
    return false;
  }
  if (
    relatedCaseRouteIn &&
    (input.relatedCaseRoute === undefined || !relatedCaseRouteIn.includes(input.relatedCaseRoute))
  ) {
    return false;
  }
  return true;
}

function assertKnownInput(policy: RoutingPolicy, input: RoutingInput): void {
  // The policy, not the ConcernType union, is the authority: a type the policy does not define
  // has no label, section or agreed route.
  const concernTypes = policy.concernTypes.map((definition) => definition.code as string);
  if (!concernTypes.includes(input.concernType)) {
    throw new Error(
      `Unknown concern type "${input.concernType}" for routing policy ${policy.version}; ` +
        `expected one of: ${concernTypes.join(', ')}`,
    );
  }
  for (const role of input.implicatedRoles) {
    if (!(PARTY_ROLES as readonly string[]).includes(role)) {
      throw new Error(
        `Unknown implicated role "${role}"; expected one of: ${PARTY_ROLES.join(', ')}`,
      );
    }
  }
  if (
    input.relatedCaseRoute !== undefined &&
    !(ROUTES as readonly string[]).includes(input.relatedCaseRoute)
  ) {
    throw new Error(
      `Unknown related case route "${input.relatedCaseRoute}"; expected one of: ${ROUTES.join(', ')}`,
    );
  }
}

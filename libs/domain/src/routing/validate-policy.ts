import { route } from './route.js';
import {
  CONCERN_TYPES,
  PARTY_ROLES,
  ROUTES,
  type RoutingFallback,
  type RoutingPolicy,
  type RoutingRule,
} from './routing.types.js';

/**
 * Lists what is wrong with a policy document, one readable sentence per problem; empty when the
 * policy can be used. A policy arrives as data (a reviewed admin update), so the TypeScript types
 * are no guarantee: every value is checked against the known lists.
 */
export function validatePolicy(policy: RoutingPolicy): string[] {
  const problems: string[] = [];

  if (policy.version.trim() === '') {
    problems.push('version is empty');
  }
  if (!isIsoDate(policy.effectiveFrom)) {
    problems.push(`effectiveFrom "${policy.effectiveFrom}" is not a date (YYYY-MM-DD)`);
  }

  const defined = new Set<string>();
  policy.concernTypes.forEach((definition, index) => {
    const where = `concernTypes[${index}] (${definition.code})`;
    if (!isOneOf(CONCERN_TYPES, definition.code)) {
      problems.push(`${where}: unknown concern type "${definition.code}"`);
    }
    if (defined.has(definition.code)) {
      problems.push(`${where}: concern type "${definition.code}" is defined more than once`);
    }
    defined.add(definition.code);
    for (const field of ['label', 'description', 'codeSection'] as const) {
      if (definition[field].trim() === '') {
        problems.push(`${where}: ${field} is empty`);
      }
    }
    if (!isOneOf(ROUTES, definition.defaultRoute)) {
      problems.push(`${where}: unknown default route "${definition.defaultRoute}"`);
    }
  });
  for (const code of CONCERN_TYPES) {
    if (!defined.has(code)) {
      problems.push(`concern type "${code}" is missing`);
    }
  }

  const ids = new Set<string>();
  const checkIdentity = (where: string, entry: RoutingRule | RoutingFallback) => {
    if (entry.id.trim() === '') {
      problems.push(`${where}: id is empty`);
    } else if (ids.has(entry.id)) {
      problems.push(`${where}: id "${entry.id}" is used more than once`);
    }
    ids.add(entry.id);
    if (!isOneOf(ROUTES, entry.routeTo)) {
      problems.push(`${where}: unknown route "${entry.routeTo}"`);
    }
    if (entry.explanation.trim() === '') {
      problems.push(`${where}: explanation is empty`);
    }
  };

  policy.rules.forEach((rule, index) => {
    const where = `rules[${index}] (${rule.id})`;
    checkIdentity(where, rule);
    const { implicatedRoleIn, concernTypeIn, relatedCaseRouteIn } = rule.when;
    const conditions = [
      { name: 'implicatedRoleIn', values: implicatedRoleIn, known: PARTY_ROLES, noun: 'role' },
      { name: 'concernTypeIn', values: concernTypeIn, known: CONCERN_TYPES, noun: 'concern type' },
      { name: 'relatedCaseRouteIn', values: relatedCaseRouteIn, known: ROUTES, noun: 'route' },
    ] as const;
    if (conditions.every(({ values }) => values === undefined)) {
      // A rule without conditions matches every report and silently shadows all rules after it.
      problems.push(`${where}: has no conditions, so it would match every report`);
    }
    for (const { name, values, known, noun } of conditions) {
      if (values === undefined) continue;
      if (values.length === 0) {
        problems.push(`${where}: ${name} is empty, so the rule can never match`);
      }
      for (const value of values) {
        if (!isOneOf(known, value)) {
          problems.push(`${where}: ${name} has unknown ${noun} "${value}"`);
        }
      }
    }
  });
  checkIdentity(`fallback (${policy.fallback.id})`, policy.fallback);

  // The table's default route is what reporters and staff read; the rules are what happens. They
  // must say the same thing.
  for (const definition of policy.concernTypes) {
    if (!isOneOf(CONCERN_TYPES, definition.code)) continue;
    const { routedTo, ruleId } = route(policy, {
      concernType: definition.code,
      implicatedRoles: [],
    });
    if (routedTo !== definition.defaultRoute) {
      problems.push(
        `concern type "${definition.code}": default route is "${definition.defaultRoute}" ` +
          `but the rules send it to "${routedTo}" (rule ${ruleId}) when nobody is implicated`,
      );
    }
  }

  return problems;
}

function isOneOf(known: readonly string[], value: string): boolean {
  return known.includes(value);
}

function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  // Date rolls 2026-02-30 over to March; a real date survives the round trip unchanged.
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

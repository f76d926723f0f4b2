import { must } from '@candor/platform/checks/must.js';
import { CODE_OF_CONDUCT_POLICY } from './policies/code-of-conduct.2026-11.policy.js';
import type { PartyRole, Route, RoutingPolicy, RoutingRule } from './routing.types.js';
import { validatePolicy } from './validate-policy.js';

const policy = CODE_OF_CONDUCT_POLICY;
const ruleAt = (index: number): RoutingRule =>
  must(policy.rules[index], `rule ${index} of the policy`);

function withRules(rules: RoutingRule[]): RoutingPolicy {
  return { ...policy, rules };
}

describe(validatePolicy.name, () => {
  it('finds no problem in the Code of Conduct policy', () => {
    expect(validatePolicy(policy)).toEqual([]);
  });

  it.each<[string, RoutingPolicy, string]>([
    [
      'a duplicate rule id',
      withRules([...policy.rules, { ...ruleAt(0), routeTo: 'board' }]),
      'rules[4] (board-implicated-officer): id "board-implicated-officer" is used more than once',
    ],
    [
      'a fallback id that repeats a rule id',
      { ...policy, fallback: { ...policy.fallback, id: 'audit-committee-legal-implicated' } },
      'fallback (audit-committee-legal-implicated): id "audit-committee-legal-implicated" is used more than once',
    ],
    [
      'an unknown role',
      withRules([
        { ...ruleAt(0), when: { implicatedRoleIn: ['director', 'ceo' as PartyRole] } },
        ...policy.rules.slice(1),
      ]),
      'rules[0] (board-implicated-officer): implicatedRoleIn has unknown role "ceo"',
    ],
    [
      'an unknown concern type in a rule',
      withRules([
        ...policy.rules.slice(0, 1),
        {
          ...ruleAt(1),
          when: {
            concernTypeIn: ['accounting', 'internal_controls', 'auditing', 'payroll' as never],
          },
        },
        ...policy.rules.slice(2),
      ]),
      'rules[1] (audit-committee-financial-reporting): concernTypeIn has unknown concern type "payroll"',
    ],
    [
      'an unknown route',
      withRules([...policy.rules, { ...ruleAt(2), id: 'hr', routeTo: 'hr' as Route }]),
      'rules[4] (hr): unknown route "hr"',
    ],
    [
      'an unknown related case route',
      withRules([
        ...policy.rules.slice(0, 3),
        { ...ruleAt(3), when: { relatedCaseRouteIn: ['hr' as Route] } },
      ]),
      'rules[3] (audit-committee-retaliation-followup): relatedCaseRouteIn has unknown route "hr"',
    ],
    [
      'an empty explanation',
      withRules([{ ...ruleAt(0), explanation: '  ' }, ...policy.rules.slice(1)]),
      'rules[0] (board-implicated-officer): explanation is empty',
    ],
    [
      'an empty fallback explanation',
      { ...policy, fallback: { ...policy.fallback, explanation: '' } },
      'fallback (general-counsel-default): explanation is empty',
    ],
    [
      'a rule without conditions',
      withRules([
        ...policy.rules,
        { id: 'catch-all', routeTo: 'general_counsel', explanation: 'x', when: {} },
      ]),
      'rules[4] (catch-all): has no conditions, so it would match every report',
    ],
    [
      'a condition that can never hold',
      withRules([...policy.rules, { ...ruleAt(0), id: 'never', when: { implicatedRoleIn: [] } }]),
      'rules[4] (never): implicatedRoleIn is empty, so the rule can never match',
    ],
    [
      'a missing concern type',
      {
        ...policy,
        concernTypes: policy.concernTypes.filter((type) => type.code !== 'competition'),
      },
      'concern type "competition" is missing',
    ],
    [
      'a concern type defined twice',
      {
        ...policy,
        concernTypes: [
          ...policy.concernTypes,
          must(policy.concernTypes[0], 'the first concern type'),
        ],
      },
      'concernTypes[17] (accounting): concern type "accounting" is defined more than once',
    ],
    [
      'an unknown concern type',
      {
        ...policy,
        concernTypes: [
          ...policy.concernTypes,
          { ...must(policy.concernTypes[0], 'the first concern type'), code: 'payroll' as never },
        ],
      },
      'concernTypes[17] (payroll): unknown concern type "payroll"',
    ],
    [
      'an empty label',
      {
        ...policy,
        concernTypes: policy.concernTypes.map((type) =>
          type.code === 'other' ? { ...type, label: '' } : type,
        ),
      },
      'concernTypes[16] (other): label is empty',
    ],
    [
      'a default route the rules contradict',
      {
        ...policy,
        concernTypes: policy.concernTypes.map((type) =>
          type.code === 'auditing' ? { ...type, defaultRoute: 'general_counsel' as const } : type,
        ),
      },
      'concern type "auditing": default route is "general_counsel" but the rules send it to "audit_committee" (rule audit-committee-financial-reporting) when nobody is implicated',
    ],
    [
      'an effective date that is not a date',
      { ...policy, effectiveFrom: '2026-02-30' },
      'effectiveFrom "2026-02-30" is not a date (YYYY-MM-DD)',
    ],
    ['an empty version', { ...policy, version: ' ' }, 'version is empty'],
  ])('reports %s', (_name, candidate, problem) => {
    expect(validatePolicy(candidate)).toEqual([problem]);
  });
});

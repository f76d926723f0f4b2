import { CODE_OF_CONDUCT_POLICY } from './policies/code-of-conduct.2026-11.policy.js';
import { concernTypeCatalogue, route } from './route.js';
import {
  CONCERN_TYPES,
  type ConcernType,
  type PartyRole,
  type Route,
  type RouteOptions,
  type RoutingInput,
} from './routing.types.js';

const policy = CODE_OF_CONDUCT_POLICY;

function sut(input: RoutingInput, options?: RouteOptions) {
  return route(policy, input, options);
}

// Written out from product.md §3 rather than read from the policy, so the test checks the policy.
const defaultRoutes: [ConcernType, Route][] = [
  ['accounting', 'audit_committee'],
  ['internal_controls', 'audit_committee'],
  ['auditing', 'audit_committee'],
  ['disclosure', 'general_counsel'],
  ['insider_trading', 'general_counsel'],
  ['conflict_of_interest', 'general_counsel'],
  ['improper_payments', 'general_counsel'],
  ['gifts_entertainment', 'general_counsel'],
  ['discrimination_harassment', 'general_counsel'],
  ['health_safety', 'general_counsel'],
  ['confidential_information', 'general_counsel'],
  ['competition', 'general_counsel'],
  ['government_dealings', 'general_counsel'],
  ['records_retention', 'general_counsel'],
  ['company_assets', 'general_counsel'],
  ['retaliation', 'general_counsel'],
  ['other', 'general_counsel'],
];

describe(route.name, () => {
  it('covers every concern type in the defaults table', () => {
    expect(defaultRoutes.map(([concernType]) => concernType)).toEqual([...CONCERN_TYPES]);
  });

  it.each(defaultRoutes)('routes %s to %s when nobody is implicated', (concernType, expected) => {
    expect(sut({ concernType, implicatedRoles: [] }).routedTo).toBe(expected);
  });

  // One row per rule: the smallest input that fires it.
  it.each<[ConcernType, Route, string, string, Omit<RoutingInput, 'concernType'>]>([
    [
      'other',
      'board',
      'board-implicated-officer',
      'a director is implicated',
      { implicatedRoles: ['director'] },
    ],
    [
      'other',
      'board',
      'board-implicated-officer',
      'an executive officer is implicated',
      { implicatedRoles: ['executive_officer'] },
    ],
    [
      'accounting',
      'audit_committee',
      'audit-committee-financial-reporting',
      'nobody is implicated',
      { implicatedRoles: [] },
    ],
    [
      'internal_controls',
      'audit_committee',
      'audit-committee-financial-reporting',
      'nobody is implicated',
      { implicatedRoles: [] },
    ],
    [
      'auditing',
      'audit_committee',
      'audit-committee-financial-reporting',
      'nobody is implicated',
      { implicatedRoles: [] },
    ],
    [
      'other',
      'audit_committee',
      'audit-committee-legal-implicated',
      'the general counsel is implicated',
      { implicatedRoles: ['general_counsel'] },
    ],
    [
      'other',
      'audit_committee',
      'audit-committee-legal-implicated',
      'legal is implicated',
      { implicatedRoles: ['legal'] },
    ],
    [
      'retaliation',
      'audit_committee',
      'audit-committee-retaliation-followup',
      'the related case is with the audit committee',
      { implicatedRoles: [], relatedCaseRoute: 'audit_committee' },
    ],
    [
      'other',
      'general_counsel',
      'general-counsel-default',
      'no rule matches',
      { implicatedRoles: [] },
    ],
  ])('routes %s to %s by rule %s when %s', (concernType, routedTo, ruleId, _when, rest) => {
    expect(sut({ concernType, ...rest })).toMatchObject({ routedTo, ruleId });
  });

  it.each<[string, RoutingInput, Route, string]>([
    [
      'routes accounting to board when a director is implicated',
      { concernType: 'accounting', implicatedRoles: ['director'] },
      'board',
      'board-implicated-officer',
    ],
    [
      'routes other to board when an executive officer and the general counsel are implicated',
      { concernType: 'other', implicatedRoles: ['general_counsel', 'executive_officer'] },
      'board',
      'board-implicated-officer',
    ],
    [
      'routes discrimination_harassment to audit_committee when the general counsel is implicated',
      { concernType: 'discrimination_harassment', implicatedRoles: ['general_counsel'] },
      'audit_committee',
      'audit-committee-legal-implicated',
    ],
    [
      'routes accounting to audit_committee by the financial-reporting rule when legal is implicated',
      { concernType: 'accounting', implicatedRoles: ['legal'] },
      'audit_committee',
      'audit-committee-financial-reporting',
    ],
    [
      'routes retaliation to audit_committee when the related case is with the audit committee',
      { concernType: 'retaliation', implicatedRoles: [], relatedCaseRoute: 'audit_committee' },
      'audit_committee',
      'audit-committee-retaliation-followup',
    ],
    [
      // See the comment on the rule: a Board case implicates someone the General Counsel reports to.
      'routes retaliation to audit_committee when the related case is with the board',
      { concernType: 'retaliation', implicatedRoles: ['employee'], relatedCaseRoute: 'board' },
      'audit_committee',
      'audit-committee-retaliation-followup',
    ],
    [
      'routes retaliation to general_counsel when the related case is with the general counsel',
      { concernType: 'retaliation', implicatedRoles: [], relatedCaseRoute: 'general_counsel' },
      'general_counsel',
      'general-counsel-default',
    ],
    [
      'routes retaliation to general_counsel when there is no related case',
      { concernType: 'retaliation', implicatedRoles: ['employee'] },
      'general_counsel',
      'general-counsel-default',
    ],
    [
      'routes retaliation to board when a director is implicated, whatever the related case',
      {
        concernType: 'retaliation',
        implicatedRoles: ['director'],
        relatedCaseRoute: 'audit_committee',
      },
      'board',
      'board-implicated-officer',
    ],
    [
      'routes other to general_counsel when only a related case route is given',
      { concernType: 'other', implicatedRoles: [], relatedCaseRoute: 'audit_committee' },
      'general_counsel',
      'general-counsel-default',
    ],
  ])('%s', (_name, input, routedTo, ruleId) => {
    expect(sut(input)).toMatchObject({ routedTo, ruleId });
  });

  const notChangingTheRoute: PartyRole[] = [
    'employee',
    'contractor',
    'cfo',
    'finance',
    'third_party',
    'unknown',
  ];
  it.each(
    notChangingTheRoute.flatMap((role) =>
      defaultRoutes.map(([concernType, expected]) => [concernType, expected, role] as const),
    ),
  )('routes %s to %s when a %s is implicated', (concernType, expected, role) => {
    expect(sut({ concernType, implicatedRoles: [role] }).routedTo).toBe(expected);
  });

  it.each<[Route, string, RouteOptions | undefined]>([
    ['audit_committee', 'no board committee is configured', undefined],
    ['audit_committee', 'the options leave the board committee out', {}],
    [
      'audit_committee',
      'the audit committee is the board committee',
      { boardCommittee: 'audit_committee' },
    ],
    ['board', 'the board handles its own cases', { boardCommittee: 'board' }],
  ])('hands a board case to %s when %s', (handledBy, _when, options) => {
    expect(sut({ concernType: 'other', implicatedRoles: ['director'] }, options)).toMatchObject({
      routedTo: 'board',
      handledBy,
    });
  });

  it.each<[ConcernType, Route]>([
    ['accounting', 'audit_committee'],
    ['other', 'general_counsel'],
  ])(
    'hands %s to %s, the route itself, when the board handles its own cases',
    (concernType, to) => {
      expect(sut({ concernType, implicatedRoles: [] }, { boardCommittee: 'board' }).handledBy).toBe(
        to,
      );
    },
  );

  it('records the rule, its explanation and the policy version with the decision', () => {
    expect(sut({ concernType: 'auditing', implicatedRoles: ['employee'] })).toEqual({
      routedTo: 'audit_committee',
      handledBy: 'audit_committee',
      ruleId: 'audit-committee-financial-reporting',
      explanation:
        'The Code of Business Conduct sends accounting, internal-control and auditing matters to the Audit Committee.',
      policyVersion: '2026-11.1',
    });
  });

  it('records the fallback with its explanation when no rule matches', () => {
    expect(sut({ concernType: 'health_safety', implicatedRoles: [] })).toEqual({
      routedTo: 'general_counsel',
      handledBy: 'general_counsel',
      ruleId: 'general-counsel-default',
      explanation: policy.fallback.explanation,
      policyVersion: '2026-11.1',
    });
    expect(policy.fallback.explanation).toMatch(/jointly with the CFO/);
  });

  it.each([...policy.rules.map((rule) => rule.id), policy.fallback.id])(
    'explains rule %s in one sentence citing the Code',
    (id) => {
      const entry = [...policy.rules, policy.fallback].find((rule) => rule.id === id);
      expect(entry?.explanation).toMatch(/^The Code of Business Conduct [^.]+\.$/);
    },
  );

  it('throws for a concern type the policy does not define', () => {
    expect(() => sut({ concernType: 'bribery' as ConcernType, implicatedRoles: [] })).toThrow(
      /Unknown concern type "bribery" for routing policy 2026-11.1/,
    );
  });

  it('throws for an unknown implicated role', () => {
    expect(() =>
      sut({ concernType: 'other', implicatedRoles: ['employee', 'ceo' as PartyRole] }),
    ).toThrow(/Unknown implicated role "ceo"/);
  });

  it('throws for an unknown related case route', () => {
    expect(() =>
      sut({ concernType: 'retaliation', implicatedRoles: [], relatedCaseRoute: 'hr' as Route }),
    ).toThrow(/Unknown related case route "hr"/);
  });

  it('throws for an unknown board committee', () => {
    expect(() =>
      sut(
        { concernType: 'other', implicatedRoles: [] },
        { boardCommittee: 'nominating' as RouteOptions['boardCommittee'] },
      ),
    ).toThrow(/Unknown board committee "nominating"/);
  });

  it('does not modify its input', () => {
    const implicatedRoles: PartyRole[] = ['legal', 'director'];
    sut({ concernType: 'accounting', implicatedRoles });
    expect(implicatedRoles).toEqual(['legal', 'director']);
  });
});

describe(concernTypeCatalogue.name, () => {
  const catalogue = concernTypeCatalogue(policy);

  it('lists the 17 concern types in the order of the Code', () => {
    expect(catalogue.map((entry) => entry.code)).toEqual([...CONCERN_TYPES]);
  });

  it.each(defaultRoutes)('lists %s with route %s', (concernType, expected) => {
    const entry = catalogue.find((candidate) => candidate.code === concernType);
    expect(entry?.route).toBe(expected);
    expect(entry?.route).toBe(sut({ concernType, implicatedRoles: [] }).routedTo);
  });

  it('gives every entry a label, description and Code section a client can display', () => {
    for (const entry of catalogue) {
      expect(entry.label).not.toBe('');
      expect(entry.description).not.toBe('');
      expect(entry.codeSection).not.toBe('');
    }
  });

  it('uses the Code section names of the table', () => {
    expect(catalogue.find((entry) => entry.code === 'auditing')?.codeSection).toBe(
      'Dealing with auditors',
    );
    expect(catalogue.find((entry) => entry.code === 'confidential_information')?.codeSection).toBe(
      'Protecting information; Handling nonpublic information of others',
    );
  });
});

import { type Route } from '../routing/routing.types.js';
import {
  allowedOnPurgedCase,
  approvalState,
  CASE_ACTIONS,
  canAct,
  canRecordIntake,
  canSee,
  type CaseAccessFacts,
  type CaseAction,
  type CaseVisibility,
  matchesVisibility,
  requiredApprovers,
  STAFF_ROLES,
  type StaffRole,
  type Viewer,
  visibleRoutesFor,
} from './access-policy.js';

const VIEWER_ID = 'staff-viewer';
const OTHER_ID = 'staff-other';

/** The four shapes a case can take: its route and, for the Board, who handles it. */
const shapes = {
  'general counsel case': { routedTo: 'general_counsel', handledBy: 'general_counsel' },
  'audit committee case': { routedTo: 'audit_committee', handledBy: 'audit_committee' },
  'board case handled by the audit committee': { routedTo: 'board', handledBy: 'audit_committee' },
  'board case handled by the board': { routedTo: 'board', handledBy: 'board' },
} as const satisfies Record<string, { routedTo: Route; handledBy: Route }>;
type Shape = keyof typeof shapes;
const SHAPES = Object.keys(shapes) as Shape[];

function caseFacts(
  shape: Shape,
  { assigned = false, recused = false }: { assigned?: boolean; recused?: boolean } = {},
): CaseAccessFacts {
  return {
    ...shapes[shape],
    assigneeIds: assigned ? [OTHER_ID, VIEWER_ID] : [OTHER_ID],
    recusedStaffIds: recused ? [VIEWER_ID] : ['staff-someone-else'],
  };
}

const viewer = (role: StaffRole): Viewer => ({ id: VIEWER_ID, role });

// product.md §1 and issue 4, written out: who sees which case when neither assigned nor recused.
// Investigators see a case only when assigned, whatever its route; that column is handled below.
const seesUnassigned: Record<StaffRole, Record<Shape, boolean>> = {
  general_counsel: {
    'general counsel case': true,
    'audit committee case': false,
    'board case handled by the audit committee': false,
    'board case handled by the board': false,
  },
  cfo: {
    'general counsel case': true,
    'audit committee case': false,
    'board case handled by the audit committee': false,
    'board case handled by the board': false,
  },
  audit_committee: {
    'general counsel case': false,
    'audit committee case': true,
    'board case handled by the audit committee': true,
    'board case handled by the board': false,
  },
  board: {
    'general counsel case': false,
    'audit committee case': false,
    'board case handled by the audit committee': true,
    'board case handled by the board': true,
  },
  investigator: {
    'general counsel case': false,
    'audit committee case': false,
    'board case handled by the audit committee': false,
    'board case handled by the board': false,
  },
  hr: {
    'general counsel case': false,
    'audit committee case': false,
    'board case handled by the audit committee': false,
    'board case handled by the board': false,
  },
  admin: {
    'general counsel case': false,
    'audit committee case': false,
    'board case handled by the audit committee': false,
    'board case handled by the board': false,
  },
};

function expectedToSee(role: StaffRole, shape: Shape, assigned: boolean, recused: boolean) {
  if (recused) return false;
  // Assignment is what lets an investigator in; it grants nothing to the other roles.
  return role === 'investigator' ? assigned : seesUnassigned[role][shape];
}

const cells = STAFF_ROLES.flatMap((role) =>
  SHAPES.flatMap((shape) =>
    [false, true].flatMap((assigned) =>
      [false, true].map((recused) => ({
        role,
        shape,
        assigned,
        recused,
        sees: expectedToSee(role, shape, assigned, recused),
      })),
    ),
  ),
);

describe(canSee.name, () => {
  it('covers every role, case shape, assignment and recusal: 7 × 4 × 2 × 2 cells', () => {
    expect(cells).toHaveLength(112);
  });

  it.each(cells)(
    'lets $role see a $shape: $sees (assigned: $assigned, recused: $recused)',
    ({ role, shape, assigned, recused, sees }) => {
      expect(canSee(viewer(role), caseFacts(shape, { assigned, recused }))).toBe(sees);
    },
  );

  it.each(cells)(
    'filters a list for $role exactly as canSee decides a $shape (assigned: $assigned, recused: $recused)',
    ({ role, shape, assigned, recused }) => {
      const facts = caseFacts(shape, { assigned, recused });
      // The SQL filter plus the mandatory recusal condition.
      const listed =
        matchesVisibility(visibleRoutesFor(viewer(role)), VIEWER_ID, facts) &&
        !facts.recusedStaffIds.includes(VIEWER_ID);
      expect(listed).toBe(canSee(viewer(role), facts));
    },
  );

  it('hides a case from a recused investigator who is also assigned', () => {
    expect(
      canSee(
        viewer('investigator'),
        caseFacts('general counsel case', { assigned: true, recused: true }),
      ),
    ).toBe(false);
  });

  it('throws for an unknown role instead of guessing', () => {
    expect(() =>
      canSee({ id: VIEWER_ID, role: 'ceo' as StaffRole }, caseFacts('general counsel case')),
    ).toThrow(/Unknown staff role "ceo"/);
  });
});

describe(visibleRoutesFor.name, () => {
  it.each<[StaffRole, CaseVisibility]>([
    [
      'general_counsel',
      { routes: ['general_counsel'], boardHandledBy: null, assignedOnly: false, none: false },
    ],
    [
      'cfo',
      { routes: ['general_counsel'], boardHandledBy: null, assignedOnly: false, none: false },
    ],
    [
      'audit_committee',
      {
        routes: ['audit_committee', 'board'],
        boardHandledBy: 'audit_committee',
        assignedOnly: false,
        none: false,
      },
    ],
    ['board', { routes: ['board'], boardHandledBy: null, assignedOnly: false, none: false }],
    [
      'investigator',
      {
        routes: ['general_counsel', 'audit_committee', 'board'],
        boardHandledBy: null,
        assignedOnly: true,
        none: false,
      },
    ],
    ['hr', { routes: [], boardHandledBy: null, assignedOnly: false, none: true }],
    ['admin', { routes: [], boardHandledBy: null, assignedOnly: false, none: true }],
  ])('gives %s the filter %j', (role, expected) => {
    expect(visibleRoutesFor(viewer(role))).toEqual(expected);
  });
});

const ALL_CASE_ACTIONS = CASE_ACTIONS.filter((action) => action !== 'staff_record_intake');
const EVERYTHING = new Set<CaseAction>(ALL_CASE_ACTIONS);
const NOTHING = new Set<CaseAction>();
const withoutHolds = new Set(
  ALL_CASE_ACTIONS.filter((action) => action !== 'place_hold' && action !== 'release_hold'),
);

const actScenarios: [string, StaffRole, CaseAccessFacts, Set<CaseAction>][] = [
  [
    'the general counsel on a general counsel case',
    'general_counsel',
    caseFacts('general counsel case'),
    EVERYTHING,
  ],
  ['the CFO on a general counsel case', 'cfo', caseFacts('general counsel case'), withoutHolds],
  [
    'the audit committee on its case',
    'audit_committee',
    caseFacts('audit committee case'),
    EVERYTHING,
  ],
  [
    'the audit committee on a board case it handles',
    'audit_committee',
    caseFacts('board case handled by the audit committee'),
    EVERYTHING,
  ],
  [
    'a director on a board case the audit committee handles',
    'board',
    caseFacts('board case handled by the audit committee'),
    new Set(['view']),
  ],
  [
    'a director on a board case the board handles',
    'board',
    caseFacts('board case handled by the board'),
    EVERYTHING,
  ],
  [
    'the audit committee on a board case the board handles',
    'audit_committee',
    caseFacts('board case handled by the board'),
    NOTHING,
  ],
  [
    'the general counsel on an audit committee case',
    'general_counsel',
    caseFacts('audit committee case'),
    NOTHING,
  ],
  [
    'the CFO on a board case',
    'cfo',
    caseFacts('board case handled by the audit committee'),
    NOTHING,
  ],
  [
    'an assigned investigator',
    'investigator',
    caseFacts('audit committee case', { assigned: true }),
    new Set(['view', 'add_note', 'add_party', 'message_reporter']),
  ],
  ['an investigator not assigned', 'investigator', caseFacts('audit committee case'), NOTHING],
  [
    'a recused general counsel',
    'general_counsel',
    caseFacts('general counsel case', { recused: true }),
    NOTHING,
  ],
  [
    'a recused audit committee member',
    'audit_committee',
    caseFacts('board case handled by the audit committee', { recused: true }),
    NOTHING,
  ],
  [
    'a recused assigned investigator',
    'investigator',
    caseFacts('general counsel case', { assigned: true, recused: true }),
    NOTHING,
  ],
  ['HR', 'hr', caseFacts('general counsel case'), NOTHING],
  ['the admin', 'admin', caseFacts('general counsel case'), NOTHING],
];

describe(canAct.name, () => {
  it.each(
    actScenarios.flatMap(([who, role, facts, allowed]) =>
      ALL_CASE_ACTIONS.map((action) => [who, action, allowed.has(action), role, facts] as const),
    ),
  )('lets %s %s: %s', (_who, action, allowed, role, facts) => {
    expect(canAct(viewer(role), action, facts)).toBe(allowed);
  });

  it.each<[StaffRole, boolean]>([
    ['general_counsel', true],
    ['cfo', true],
    ['audit_committee', true],
    ['board', true],
    ['investigator', false],
    ['hr', false],
    ['admin', false],
  ])('lets %s record a report received by letter or phone: %s', (role, allowed) => {
    expect(canRecordIntake(viewer(role))).toBe(allowed);
    expect(canAct(viewer(role), 'staff_record_intake', caseFacts('audit committee case'))).toBe(
      allowed,
    );
  });
});

describe(allowedOnPurgedCase.name, () => {
  it.each(CASE_ACTIONS.map((action) => [action, action === 'view' || action === 'view_audit']))(
    'allows %s on a purged case: %s',
    (action, allowed) => {
      expect(allowedOnPurgedCase(action)).toBe(allowed);
    },
  );
});

describe(requiredApprovers.name, () => {
  it.each<[string, StaffRole[], () => StaffRole[]]>([
    [
      'general counsel cases',
      ['general_counsel', 'cfo'],
      () => requiredApprovers('general_counsel'),
    ],
    ['audit committee cases', ['audit_committee'], () => requiredApprovers('audit_committee')],
    [
      'board cases the audit committee handles',
      ['audit_committee'],
      () => requiredApprovers('board', 'audit_committee'),
    ],
    ['board cases the board handles', ['board'], () => requiredApprovers('board', 'board')],
  ])('requires approval for %s by %j', (_cases, expected, sut) => {
    expect(sut()).toEqual(expected);
  });

  it('throws for a board case without the handling body, rather than guess it', () => {
    const sut = requiredApprovers as (routedTo: Route) => StaffRole[];
    expect(() => sut('board')).toThrow(/needs handledBy/);
  });

  it('throws for a board case handled by a body that cannot handle it', () => {
    expect(() => requiredApprovers('board', 'general_counsel')).toThrow(/cannot be handled/);
  });
});

describe(approvalState.name, () => {
  const gc = { staffId: 'gc-1', role: 'general_counsel' } as const;
  const legal = { staffId: 'gc-2', role: 'general_counsel' } as const;
  const cfo = { staffId: 'cfo-1', role: 'cfo' } as const;
  const ac = { staffId: 'ac-1', role: 'audit_committee' } as const;
  const jointly: StaffRole[] = ['general_counsel', 'cfo'];

  it.each([
    ['nobody has approved a general counsel case', jointly, [], false, ['general_counsel', 'cfo']],
    ['only the general counsel has approved', jointly, [gc], false, ['cfo']],
    ['only the CFO has approved', jointly, [cfo], false, ['general_counsel']],
    ['two Legal staff but no CFO have approved', jointly, [gc, legal], false, ['cfo']],
    ['the general counsel and the CFO have approved', jointly, [gc, cfo], true, []],
    ['the CFO and then the general counsel have approved', jointly, [cfo, gc], true, []],
    ['one audit committee member has approved', ['audit_committee'], [ac], true, []],
    [
      'nobody has approved an audit committee case',
      ['audit_committee'],
      [],
      false,
      ['audit_committee'],
    ],
  ] as const)(
    'reports which roles are missing when %s',
    (_when, required, approvals, complete, missingRoles) => {
      expect(approvalState(required, approvals)).toEqual({ ok: true, complete, missingRoles });
    },
  );

  it.each([
    ['the general counsel approves twice', jointly, [gc, gc]],
    [
      'one person approves as general counsel and as CFO',
      jointly,
      [gc, { staffId: gc.staffId, role: 'cfo' }],
    ],
    ['an audit committee member approves twice', ['audit_committee'], [ac, ac]],
  ] as const)('refuses the second approval when %s', (_when, required, approvals) => {
    expect(approvalState(required, approvals)).toMatchObject({ ok: false, code: 'same_approver' });
  });

  it('refuses an approval by a role the determination does not need', () => {
    expect(
      approvalState(['audit_committee'], [{ staffId: 'inv-1', role: 'investigator' }]),
    ).toMatchObject({ ok: false, code: 'role_not_required' });
  });
});

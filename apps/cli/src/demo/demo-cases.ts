import type {
  ActionRequest,
  CaseStatus,
  Channel,
  ConcernType,
  DismissalReason,
  Finding,
  PartyRole,
  PersonDescription,
} from '@candor/domain';
import type { DemoStaffKey } from './demo-staff.js';

// The demo's cases, drawn from the kind of company in ../shared/policy: a listed SEC registrant
// with quarterly earnings releases, insiders who file Form 4s, an acquisition abroad, a security
// conference. Every person named here is fictional. Each case is a report as it arrived and then
// what its handlers did, step by step; the seed plays the steps through the domain services.

/** What one handler (or the reporter) does to the case, in order. */
export type DemoStep =
  | {
      readonly do: 'move';
      readonly to: CaseStatus;
      readonly by: DemoStaffKey;
      readonly reason?: string;
      readonly dismissalReason?: DismissalReason;
    }
  | { readonly do: 'assign'; readonly investigator: DemoStaffKey; readonly by: DemoStaffKey }
  | {
      readonly do: 'note';
      readonly body: string;
      readonly by: DemoStaffKey;
      readonly kind?: 'note' | 'interview';
      /** A correction of the previous note of this case (notes are append-only). */
      readonly correctsPrevious?: boolean;
    }
  | { readonly do: 'message'; readonly body: string; readonly by: DemoStaffKey }
  | { readonly do: 'reporter_message'; readonly body: string }
  | { readonly do: 'hold'; readonly matter: string; readonly by: DemoStaffKey }
  | {
      readonly do: 'outcome';
      readonly finding: Finding;
      readonly summary: string;
      readonly by: DemoStaffKey;
      readonly approvedBy?: DemoStaffKey;
    }
  | {
      readonly do: 'action';
      readonly action: ActionRequest;
      readonly by: DemoStaffKey;
      readonly approvedBy?: DemoStaffKey;
    }
  | { readonly do: 'protect'; readonly person: PersonDescription; readonly by: DemoStaffKey }
  | { readonly do: 'reveal'; readonly justification: string; readonly by: DemoStaffKey }
  | {
      readonly do: 'implicate';
      readonly person: { readonly name: string; readonly role: PartyRole };
      readonly by: DemoStaffKey;
    }
  /** The reporter reports retaliation from the follow-up page: a new case linked to this one. */
  | { readonly do: 'retaliation'; readonly description: string };

export interface DemoReport {
  readonly concernType: ConcernType;
  readonly title: string;
  readonly description: string;
  /** Days before the seed runs. */
  readonly occurredDaysAgo?: number;
  readonly location?: string;
  readonly reporter?: { readonly name: string; readonly email?: string; readonly phone?: string };
  readonly implicated?: ReadonlyArray<{ readonly name?: string; readonly role: PartyRole }>;
  readonly witnesses?: ReadonlyArray<{ readonly name: string; readonly contact?: string }>;
  readonly files?: ReadonlyArray<{ readonly name: string; readonly content: string }>;
}

export interface DemoCase {
  readonly report: DemoReport;
  /** A report that came by letter, phone, email or in person, recorded by this staff member. */
  readonly recorded?: { readonly channel: Exclude<Channel, 'web'>; readonly by: DemoStaffKey };
  readonly steps: readonly DemoStep[];
}

/** A date (YYYY-MM-DD) so many days after the seed runs. */
function inDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

const ack = (by: DemoStaffKey): DemoStep => ({ do: 'move', to: 'acknowledged', by });
const triage = (by: DemoStaffKey): DemoStep[] => [ack(by), { do: 'move', to: 'triage', by }];
const investigate = (by: DemoStaffKey): DemoStep[] => [
  ...triage(by),
  { do: 'move', to: 'investigating', by },
];

export const DEMO_CASES: readonly DemoCase[] = [
  // --- Audit Committee: financial reporting, controls, auditors, and Legal implicated ----------
  {
    report: {
      concernType: 'accounting',
      title: 'Q2 renewals booked before customers signed',
      description:
        'In the last week of June, sales operations booked three multi-year subscription renewals as Q2 revenue ' +
        'although the customers only signed between July 6 and July 9. The order dates in the billing system were ' +
        'changed back to June 30 after the fact. Without them we would have missed the revenue guidance that the ' +
        'earnings release on August 2 said we beat. I have attached the order list with the original and changed dates.',
      occurredDaysAgo: 150,
      location: 'Sales operations, Foster City',
      implicated: [{ name: 'Kevin Walsh', role: 'finance' }],
      files: [
        {
          name: 'renewals-june.csv',
          content:
            'order,customer,signed,booked\nSO-88412,Northwind Logistics,July 6,June 30\n' +
            'SO-88417,Helios Retail,July 8,June 30\nSO-88421,Quarry Bank,July 9,June 30\n',
        },
      ],
    },
    steps: [
      ...investigate('acChair'),
      { do: 'assign', investigator: 'investigator1', by: 'acChair' },
      { do: 'hold', matter: 'Q2 revenue recognition review', by: 'acChair' },
      {
        do: 'message',
        body: 'Thank you for the order list. Do you know who asked for the dates to be changed, and was it by email or in person?',
        by: 'acChair',
      },
      {
        do: 'reporter_message',
        body: 'It was asked for on a call on July 10. The follow-up email came from the revenue operations mailbox.',
      },
      {
        do: 'note',
        body: 'Billing audit trail confirms the three order dates were edited on July 10 by a revenue-operations service account.',
        by: 'investigator1',
      },
      {
        do: 'note',
        body: 'Correction: four orders were edited, not three (SO-88430 as well, $212k).',
        by: 'investigator1',
        correctsPrevious: true,
      },
    ],
  },
  {
    report: {
      concernType: 'internal_controls',
      title: 'Manual journal entries raised and approved by the same person',
      description:
        'Since the finance system upgrade, one senior accountant both raises and approves manual journal entries over ' +
        '$250,000. At quarter end there were eleven such entries, several reversing accruals.',
      occurredDaysAgo: 25,
      implicated: [{ role: 'finance' }],
    },
    steps: [...triage('acMember')],
  },
  {
    report: {
      concernType: 'auditing',
      title: 'Asked to keep the MSSP contract amendment from the auditors',
      description:
        "Before the auditors' interim review I was told not to include the amendment to the managed-security-provider " +
        'contract in the binder, because it changes how the contract should be accounted for.',
      reporter: { name: 'Alicia Moreno', email: 'alicia.moreno@example.com' },
      implicated: [{ role: 'finance' }],
    },
    steps: [ack('acChair')],
  },
  {
    report: {
      concernType: 'accounting',
      title: 'Deferred revenue moved to improve the non-GAAP margin',
      description:
        'A reclassification between deferred revenue and cost of revenue was made in the last days of the quarter. ' +
        'It has no effect on GAAP totals but raises the non-GAAP gross margin shown in the release.',
      implicated: [{ role: 'finance' }],
    },
    steps: [],
  },
  {
    report: {
      concernType: 'accounting',
      title: 'Maintenance work capitalised as development',
      description:
        'Engineering hours spent on maintenance of the existing scanner were coded to the new cloud platform project ' +
        'and capitalised.',
      occurredDaysAgo: 120,
      implicated: [{ role: 'finance' }],
    },
    steps: [
      ...investigate('acChair'),
      {
        do: 'note',
        body: 'Sample of 40 timesheets: 9 maintenance tickets coded to the capitalised project.',
        by: 'acChair',
      },
      {
        do: 'outcome',
        finding: 'partially_substantiated',
        summary: 'Some maintenance hours were capitalised; no sign that it was deliberate.',
        by: 'acChair',
      },
      {
        do: 'action',
        action: {
          kind: 'corrective',
          measure: 'training',
          owner: 'Controller',
          description: 'Capitalisation policy training for engineering managers.',
          dueDate: inDays(60),
        },
        by: 'acChair',
      },
      { do: 'move', to: 'resolved', by: 'acChair' },
    ],
  },
  {
    report: {
      concernType: 'internal_controls',
      title: 'Shared administrator password for the billing system',
      description:
        'The billing system administrator password is shared by five people and written on the team wiki.',
      occurredDaysAgo: 200,
      implicated: [{ role: 'employee' }],
    },
    steps: [
      ...investigate('acMember'),
      {
        do: 'outcome',
        finding: 'substantiated',
        summary: 'Confirmed; personal accounts with single sign-on replace the shared password.',
        by: 'acMember',
      },
      {
        do: 'action',
        action: {
          kind: 'corrective',
          measure: 'control_fix',
          owner: 'IT security',
          description: 'Remove the shared account; enforce single sign-on.',
          dueDate: inDays(30),
        },
        by: 'acMember',
      },
      { do: 'move', to: 'resolved', by: 'acMember' },
      { do: 'move', to: 'closed', by: 'acMember' },
    ],
  },
  {
    report: {
      concernType: 'gifts_entertainment',
      title: 'Law firm paid for a weekend in Napa for a Legal team member',
      description:
        'A law firm pitching for the patent litigation paid for a weekend in Napa for a senior member of our Legal ' +
        'department, including a wine tasting that cost about $1,800. The firm was hired two weeks later.',
      occurredDaysAgo: 30,
      location: 'Napa, California',
      implicated: [{ name: 'Rachel Stone', role: 'legal' }],
    },
    steps: [...triage('acChair')],
  },
  {
    report: {
      concernType: 'auditing',
      title: 'Auditors not told about the MSSP amendment',
      description:
        'The amendment to the managed-security-provider contract was kept from the auditors.',
      implicated: [{ role: 'finance' }],
    },
    steps: [
      ...triage('acChair'),
      {
        do: 'note',
        body: 'Same facts as the named report about the MSSP amendment; handled there.',
        by: 'acChair',
      },
      { do: 'move', to: 'dismissed', dismissalReason: 'duplicate', by: 'acChair' },
    ],
  },

  // --- The Board (a director or an executive officer implicated), handled by its committee ----
  {
    report: {
      concernType: 'insider_trading',
      title: "Director's family trust sold shares before the forecast cut",
      description:
        'A trust controlled by one of our directors sold about 45,000 shares on the 14th and 15th at around $115 a share ' +
        '(the Form 4 was filed on the 18th). I sat in the forecast review on the 12th where the fourth-quarter pipeline ' +
        'shortfall was presented to the board committee. As far as I know the sales were not under a 10b5-1 plan.',
      occurredDaysAgo: 18,
      implicated: [{ name: 'Robert Vance', role: 'director' }],
    },
    steps: [
      ...investigate('acChair'),
      { do: 'hold', matter: 'Trading window review, October', by: 'acChair' },
      { do: 'assign', investigator: 'investigator2', by: 'acChair' },
      {
        do: 'note',
        body: 'Obtained the broker confirmations and the trading-window calendar; the window closed on the 1st.',
        by: 'investigator2',
        kind: 'interview',
      },
    ],
  },
  {
    report: {
      concernType: 'disclosure',
      title: "'Normalized' growth in the release left out the MSSP contract without saying so",
      description:
        'The earnings release gave a normalized revenue growth of 18% that excludes the managed-security-provider ' +
        'contract and currency effects. The release does not say how much each exclusion contributed.',
    },
    steps: [
      ...triage('gc'),
      {
        do: 'note',
        body: 'Drafts show the wording was approved by the CEO over the disclosure committee objection.',
        by: 'gc',
      },
      {
        do: 'implicate',
        person: { name: 'Chief Executive Officer', role: 'executive_officer' },
        by: 'gc',
      },
    ],
  },
  {
    report: {
      concernType: 'conflict_of_interest',
      title: "COO's spouse's firm won the data centre cabling contract",
      description:
        "The data centre cabling contract went to a firm owned by the chief operating officer's spouse. The other two " +
        'bids were lower and the relationship was not declared.',
      implicated: [{ name: 'Laura Kim', role: 'executive_officer' }],
    },
    steps: [ack('acMember')],
  },

  // --- The General Counsel and the CFO --------------------------------------------------------
  {
    report: {
      concernType: 'discrimination_harassment',
      title: 'Remarks about my accent in every team meeting',
      description:
        'My manager makes remarks about my accent in our weekly meetings and left me out of the team offsite. ' +
        'Lee Park was in most of those meetings.',
      occurredDaysAgo: 60,
      location: 'Product marketing, Foster City',
      reporter: { name: 'Nadia Haddad', email: 'nadia.haddad@example.com' },
      implicated: [{ name: 'Mark Delaney', role: 'employee' }],
      witnesses: [{ name: 'Lee Park', contact: 'lee.park@example.com' }],
    },
    steps: [
      ...investigate('gc'),
      { do: 'assign', investigator: 'investigator1', by: 'gc' },
      {
        do: 'note',
        body: 'Interviewed Lee Park: confirms the remarks in at least four meetings since June.',
        by: 'investigator1',
        kind: 'interview',
      },
      {
        do: 'message',
        body: 'We have spoken to a witness. Could you tell us the dates of the meetings you remember best?',
        by: 'investigator1',
      },
      {
        do: 'reporter_message',
        body: 'June 3, June 17 and July 8. On July 8 it was in front of the whole team.',
      },
      { do: 'protect', person: { name: 'Lee Park', email: 'lee.park@example.com' }, by: 'gc' },
      {
        do: 'outcome',
        finding: 'substantiated',
        summary: 'The remarks happened as reported, in front of the team, over several months.',
        by: 'gc',
      },
      {
        do: 'action',
        action: {
          kind: 'disciplinary',
          measure: 'written_reprimand',
          subject: 'Mark Delaney',
          description: 'Written reprimand and removal from people management pending training.',
        },
        by: 'gc',
      },
      {
        do: 'retaliation',
        description:
          'Since I reported, I was taken off the Pune integration project and my mid-year rating was lowered ' +
          'without any conversation.',
      },
    ],
  },
  {
    report: {
      concernType: 'improper_payments',
      title: 'Cash paid to speed up customs clearance for the Pune office',
      description:
        'To clear the servers for the new Pune office, a local agent was paid in cash to "expedite" customs. ' +
        'The payment was booked as freight.',
      occurredDaysAgo: 50,
      location: 'Pune, India',
      implicated: [{ role: 'third_party' }, { role: 'employee' }],
    },
    steps: [
      ...investigate('gc'),
      { do: 'assign', investigator: 'investigator2', by: 'gc' },
      {
        do: 'note',
        body: 'Freight invoices from the agent: two of them have no shipment reference.',
        by: 'investigator2',
      },
    ],
  },
  {
    report: {
      concernType: 'health_safety',
      title: 'Fire exits blocked in the lab',
      description:
        'Both fire exits of the hardware lab on the second floor have been blocked by pallets of returned appliances ' +
        'for three weeks.',
      location: 'Hardware lab, building 2',
      reporter: { name: 'Samuel Osei', phone: '+1 650 555 0142' },
    },
    steps: [
      ...investigate('gc'),
      {
        do: 'reveal',
        justification:
          'The fire marshal requires the name of the employee who saw the blocked exits, to take a statement before the inspection.',
        by: 'gc',
      },
      {
        do: 'outcome',
        finding: 'substantiated',
        summary: 'Exits were blocked; cleared the same day.',
        by: 'gc',
        approvedBy: 'cfo',
      },
      {
        do: 'action',
        action: {
          kind: 'corrective',
          measure: 'process_change',
          owner: 'Facilities',
          description: 'Returned appliances go to the warehouse, never the lab.',
          dueDate: inDays(21),
        },
        by: 'gc',
      },
      { do: 'move', to: 'resolved', by: 'gc' },
      { do: 'move', to: 'closed', by: 'gc' },
      {
        do: 'message',
        body: 'The exits were cleared and the storage rule changed. Thank you.',
        by: 'gc',
      },
    ],
  },
  {
    report: {
      concernType: 'confidential_information',
      title: 'Customer vulnerability reports taken to a competitor',
      description:
        'A sales engineer who left last month downloaded the vulnerability scan reports of our ten largest customers ' +
        'the week before leaving and is now at a competitor.',
      implicated: [{ role: 'employee' }],
    },
    steps: [...triage('legal')],
  },
  {
    report: {
      concernType: 'competition',
      title: 'Pricing discussed with a competitor at the security conference',
      description:
        'At the conference in Las Vegas, our regional sales director and his counterpart at a competitor discussed ' +
        "next year's list prices over dinner. The caller heard it at the table.",
      location: 'Las Vegas',
      implicated: [{ role: 'employee' }, { role: 'third_party' }],
    },
    recorded: { channel: 'phone', by: 'legal' },
    steps: [],
  },
  {
    report: {
      concernType: 'government_dealings',
      title: 'Former agency official hired as consultant during the bid',
      description:
        'For the federal authorization bid we hired as a consultant a former official who still advises the agency ' +
        'evaluating our bid.',
      implicated: [{ role: 'third_party' }],
    },
    steps: [ack('gc')],
  },
  {
    report: {
      concernType: 'records_retention',
      title: 'Chat messages deleted after the litigation hold notice',
      description:
        'After the hold notice for the patent case, a product manager deleted a chat channel about the feature at issue.',
      occurredDaysAgo: 12,
      implicated: [{ role: 'employee' }],
    },
    steps: [
      ...investigate('legal'),
      { do: 'hold', matter: 'Patent litigation preservation', by: 'gc' },
      { do: 'assign', investigator: 'investigator1', by: 'legal' },
    ],
  },
  {
    report: {
      concernType: 'company_assets',
      title: 'Personal travel charged as customer visits',
      description:
        'A regional manager has charged family holidays as customer visits for two years; the hotels are in resorts ' +
        'where we have no customers.',
      implicated: [{ role: 'employee' }],
    },
    steps: [
      ...investigate('gc'),
      { do: 'assign', investigator: 'investigator2', by: 'gc' },
      {
        do: 'note',
        body: 'Expense review: $38,400 of personal travel over 26 months.',
        by: 'investigator2',
      },
      {
        do: 'outcome',
        finding: 'substantiated',
        summary: 'Personal travel was charged to the company over two years.',
        by: 'gc',
        approvedBy: 'cfo',
      },
      {
        do: 'action',
        action: {
          kind: 'disciplinary',
          measure: 'termination',
          subject: 'the regional manager',
          description: 'Employment ended; repayment sought.',
        },
        by: 'gc',
        approvedBy: 'cfo',
      },
      { do: 'move', to: 'resolved', by: 'gc' },
    ],
  },
  {
    report: {
      concernType: 'conflict_of_interest',
      title: "Treasury RFP steered to the CFO's brother-in-law's firm",
      description:
        'The treasury management RFP was written so that only one firm could meet it. That firm is owned by the ' +
        'brother-in-law of our CFO, Daniel Okafor, who chose the evaluation criteria himself.',
      implicated: [{ name: 'Daniel Okafor', role: 'cfo' }],
    },
    steps: [...triage('gc')],
  },
  {
    report: {
      concernType: 'other',
      title: 'Parking spaces given to managers first',
      description: 'The new parking allocation gives managers the spaces closest to the door.',
    },
    steps: [
      ...triage('gc'),
      { do: 'move', to: 'dismissed', dismissalReason: 'outside_code', by: 'gc' },
      {
        do: 'message',
        body: 'Parking is a facilities matter outside the Code; we have passed your comment to Facilities.',
        by: 'gc',
      },
    ],
  },
  {
    report: {
      concernType: 'discrimination_harassment',
      title: 'Comments at the sales kick-off',
      description: 'There were inappropriate comments at the sales kick-off.',
    },
    steps: [
      ...triage('legal'),
      {
        do: 'message',
        body: 'Can you tell us who made the comments, to whom, and when?',
        by: 'legal',
      },
      { do: 'move', to: 'dismissed', dismissalReason: 'insufficient_information', by: 'legal' },
      {
        do: 'reporter_message',
        body: 'Sorry for the delay. It was the regional VP, to two new hires, at the dinner on the first evening.',
      },
      {
        do: 'move',
        to: 'reopened',
        reason: 'The reporter has now named the person and the occasion.',
        by: 'legal',
      },
    ],
  },
  {
    report: {
      concernType: 'health_safety',
      title: 'Server room door propped open at night',
      description:
        'The server room door in building 3 is propped open every night for the cleaners.',
      location: 'Building 3',
    },
    steps: [
      ...investigate('gc'),
      {
        do: 'outcome',
        finding: 'substantiated',
        summary: 'Door alarm added; cleaners badge in.',
        by: 'gc',
        approvedBy: 'cfo',
      },
      { do: 'move', to: 'resolved', by: 'gc' },
      { do: 'move', to: 'closed', by: 'gc' },
      { do: 'reporter_message', body: 'It is happening again since the alarm was fitted.' },
      {
        do: 'move',
        to: 'reopened',
        reason: 'The reporter says the door is propped open again.',
        by: 'gc',
      },
    ],
  },
  {
    report: {
      concernType: 'disclosure',
      title: 'Letter: guidance raised while bookings were falling',
      description:
        'Letter received at the registered office: the writer says the guidance raise in the release was made while ' +
        'the sales team already knew bookings were falling.',
    },
    recorded: { channel: 'mail', by: 'legal' },
    steps: [],
  },
  {
    report: {
      concernType: 'company_assets',
      title: 'Laptops from returned stock sold online',
      description:
        'Laptops from the returned-equipment cage are being sold on an auction site; two still have our asset tags.',
      implicated: [{ role: 'employee' }],
    },
    steps: [],
  },
  {
    report: {
      concernType: 'improper_payments',
      title: 'Email: reseller asks for a "marketing fee" paid to an official',
      description:
        'Forwarded by the channel team: a reseller for a state agency deal asks for a 4% marketing fee to be paid to ' +
        'a consultancy owned by the procurement officer.',
      implicated: [{ role: 'third_party' }],
    },
    recorded: { channel: 'email', by: 'gc' },
    steps: [],
  },
  {
    report: {
      concernType: 'insider_trading',
      title: 'Engineer bought call options a week before the release',
      description:
        'An engineer on the release-readiness team bought call options a week before the earnings release and ' +
        'talked about it at lunch.',
      implicated: [{ role: 'employee' }],
    },
    steps: [ack('legal')],
  },
  {
    report: {
      concernType: 'other',
      title: 'Customer contracts sent from personal email',
      description:
        'A manager asks the team to send contract drafts to customers from personal email accounts to "move faster".',
      implicated: [{ role: 'employee' }],
    },
    steps: [],
  },
];

/** HR's adverse-action checks, once the cases exist: one stays for review, one is decided. */
export const DEMO_RETALIATION_CHECKS: ReadonlyArray<{
  readonly employee: PersonDescription;
  readonly action: string;
  readonly effectiveInDays: number;
  readonly decision?: {
    readonly by: DemoStaffKey;
    readonly decision: 'cleared' | 'blocked' | 'escalated';
    readonly reason: string;
  };
}> = [
  {
    employee: { name: 'Lee Park', email: 'lee.park@example.com' },
    action: 'transfer',
    effectiveInDays: 14,
  },
  {
    employee: { name: 'Nadia Haddad', email: 'nadia.haddad@example.com' },
    action: 'negative_review',
    effectiveInDays: 7,
    decision: {
      by: 'gc',
      decision: 'blocked',
      reason:
        'The employee reported a manager in an open case; the rating change needs an independent review first.',
    },
  },
];

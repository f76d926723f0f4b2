import type { RoutingPolicy } from '../routing.types.js';

/**
 * The Code of Business Conduct's concern types and routing rules (product.md §3), as the first
 * versioned policy document. Later versions are new files, never edits of this one: stored
 * decisions name the version they came from, and that version must keep meaning what it meant.
 */
export const CODE_OF_CONDUCT_POLICY: RoutingPolicy = {
  version: '2026-11.1',
  effectiveFrom: '2026-11-01',
  concernTypes: [
    {
      code: 'accounting',
      label: 'Accounting or financial reporting',
      description: 'Questionable accounting or financial reporting',
      codeSection: 'Financial Reporting',
      defaultRoute: 'audit_committee',
    },
    {
      code: 'internal_controls',
      label: 'Internal controls',
      description: 'Weak, missing or circumvented internal controls',
      codeSection: 'Financial Reporting',
      defaultRoute: 'audit_committee',
    },
    {
      code: 'auditing',
      label: 'Auditing matters',
      description: 'Auditing matters; improper influence on auditors',
      codeSection: 'Dealing with auditors',
      defaultRoute: 'audit_committee',
    },
    {
      code: 'disclosure',
      label: 'Public disclosure',
      description: 'Materially misleading public disclosure',
      codeSection: 'Public communications',
      defaultRoute: 'general_counsel',
    },
    {
      code: 'insider_trading',
      label: 'Insider trading',
      description: 'Trading or tipping on nonpublic information',
      codeSection: 'Prohibition on insider trading',
      defaultRoute: 'general_counsel',
    },
    {
      code: 'conflict_of_interest',
      label: 'Conflict of interest',
      description: 'Conflicts, related-party transactions, corporate opportunities, loans',
      codeSection: 'Avoiding conflicts of interests',
      defaultRoute: 'general_counsel',
    },
    {
      code: 'improper_payments',
      label: 'Improper payments',
      description: 'Bribery, kickbacks, FCPA, payments to officials',
      codeSection: 'Improper payments; Working with governments',
      defaultRoute: 'general_counsel',
    },
    {
      code: 'gifts_entertainment',
      label: 'Gifts and entertainment',
      description: 'Gifts and entertainment',
      codeSection: 'Gifts and entertainment',
      defaultRoute: 'general_counsel',
    },
    {
      code: 'discrimination_harassment',
      label: 'Discrimination or harassment',
      description: 'Discrimination or harassment',
      codeSection: 'No discrimination or harassment',
      defaultRoute: 'general_counsel',
    },
    {
      code: 'health_safety',
      label: 'Health and safety',
      description: 'Health and safety',
      codeSection: 'Health and safety',
      defaultRoute: 'general_counsel',
    },
    {
      code: 'confidential_information',
      label: 'Confidential information',
      description: 'Misuse of nonpublic information of the company or of others',
      codeSection: 'Protecting information; Handling nonpublic information of others',
      defaultRoute: 'general_counsel',
    },
    {
      code: 'competition',
      label: 'Competition and antitrust',
      description: 'Antitrust and unfair competition',
      codeSection: 'Free and fair competition',
      defaultRoute: 'general_counsel',
    },
    {
      code: 'government_dealings',
      label: 'Government dealings',
      description: 'Government contracts, lobbying, political contributions, trade restrictions',
      codeSection: 'Working with governments',
      defaultRoute: 'general_counsel',
    },
    {
      code: 'records_retention',
      label: 'Records and retention',
      description: 'Destroying or altering records, legal-hold breaches',
      codeSection: 'Maintaining and managing records',
      defaultRoute: 'general_counsel',
    },
    {
      code: 'company_assets',
      label: 'Company assets',
      description: 'Theft, loss or misuse of company assets',
      codeSection: 'Safeguarding company assets',
      defaultRoute: 'general_counsel',
    },
    {
      code: 'retaliation',
      label: 'Retaliation',
      description: 'Reprisal against a reporter or someone who helped an investigation',
      codeSection: 'Reporting violations',
      defaultRoute: 'general_counsel',
    },
    {
      code: 'other',
      label: 'Other',
      description: 'Any other violation of the Code, law or policy',
      // The Code's table has no section here ("—"); API clients get a phrase they can show as is.
      codeSection: 'Any other violation of the Code, law or policy',
      defaultRoute: 'general_counsel',
    },
  ],
  rules: [
    {
      id: 'board-implicated-officer',
      routeTo: 'board',
      explanation:
        'The Code of Business Conduct sends concerns that implicate a director or an executive officer to the Board, which investigates them itself or through its designated committee.',
      when: { implicatedRoleIn: ['director', 'executive_officer'] },
    },
    {
      id: 'audit-committee-financial-reporting',
      routeTo: 'audit_committee',
      explanation:
        'The Code of Business Conduct sends accounting, internal-control and auditing matters to the Audit Committee.',
      when: { concernTypeIn: ['accounting', 'internal_controls', 'auditing'] },
    },
    {
      id: 'audit-committee-legal-implicated',
      routeTo: 'audit_committee',
      explanation:
        'The Code of Business Conduct sends concerns that implicate the General Counsel or the legal department to the Audit Committee, so that Legal never investigates itself.',
      when: { implicatedRoleIn: ['general_counsel', 'legal'] },
    },
    {
      // product.md rule 4 names only cases the Audit Committee handles. A retaliation report about
      // a Board case must not fall through to the General Counsel either: the original case
      // implicates a director or executive officer, to whom the General Counsel reports. The Audit
      // Committee is the Board's designated committee by default and is independent of management
      // in every deployment, so it takes these too. Sending them to the full Board when the Board
      // handles its own cases would need a sixth rule; the reporter can still implicate a director
      // or officer in the retaliation report itself, and rule 1 then sends it to the Board.
      id: 'audit-committee-retaliation-followup',
      routeTo: 'audit_committee',
      explanation:
        'The Code of Business Conduct sends retaliation over a case before the Audit Committee or the Board to the Audit Committee, which is independent of the management the original case concerns.',
      when: { concernTypeIn: ['retaliation'], relatedCaseRouteIn: ['audit_committee', 'board'] },
    },
  ],
  fallback: {
    id: 'general-counsel-default',
    routeTo: 'general_counsel',
    explanation:
      'The Code of Business Conduct sends this concern to the General Counsel, who investigates it jointly with the CFO.',
  },
};

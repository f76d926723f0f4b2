import type { ConcernType } from '@candor/domain';

/**
 * How the concern types are grouped on the first question: by the major sections of the Code of
 * Business Conduct (its table of contents), so that a reporter finds their concern where the Code
 * they signed puts it. Presentation only: which body receives each type is the routing policy's.
 */
export const CONCERN_GROUPS = [
  { group: 'financialReporting', types: ['accounting', 'internal_controls', 'auditing'] },
  { group: 'publicCommunications', types: ['disclosure'] },
  {
    group: 'companyAssets',
    types: ['insider_trading', 'confidential_information', 'records_retention', 'company_assets'],
  },
  { group: 'conflicts', types: ['conflict_of_interest'] },
  {
    group: 'customersSuppliersCompetitors',
    types: ['improper_payments', 'gifts_entertainment', 'competition'],
  },
  { group: 'governments', types: ['government_dealings'] },
  { group: 'conduct', types: ['discrimination_harassment', 'health_safety'] },
  { group: 'reporting', types: ['retaliation'] },
  { group: 'other', types: ['other'] },
] as const satisfies ReadonlyArray<{ group: string; types: readonly ConcernType[] }>;

import { canDo, type NonCaseAction, type Viewer } from '@candor/domain';
import type { MessageKey } from '@candor/platform';

/** One entry of the console's navigation, shown only to whoever canDo its action. */
export interface StaffNavEntry {
  readonly id: StaffNavId;
  readonly href: string;
  readonly action: NonCaseAction;
  readonly label: MessageKey;
}

export type StaffNavId =
  'queue' | 'retaliationChecks' | 'retaliationReviews' | 'boardReport' | 'audit' | 'admin';

/**
 * The console's areas and where they live. The page behind each entry asks the domain service,
 * which asks canDo again: the navigation only spares people links they could not follow.
 */
export const STAFF_NAV: readonly StaffNavEntry[] = [
  { id: 'queue', href: '/staff', action: 'cases.list', label: 'staffConsole.nav.queue' },
  {
    id: 'retaliationChecks',
    href: '/staff/retaliation/checks',
    action: 'retaliation.check',
    label: 'staffConsole.nav.retaliationChecks',
  },
  {
    id: 'retaliationReviews',
    href: '/staff/retaliation/reviews',
    action: 'retaliation.review',
    label: 'staffConsole.nav.retaliationReviews',
  },
  {
    id: 'boardReport',
    href: '/staff/board-report',
    action: 'board_report.read',
    label: 'staffConsole.nav.boardReport',
  },
  { id: 'audit', href: '/staff/audit', action: 'audit.verify', label: 'staffConsole.nav.audit' },
  { id: 'admin', href: '/staff/admin', action: 'staff.list', label: 'staffConsole.nav.admin' },
];

export function navFor(viewer: Pick<Viewer, 'role'>): StaffNavEntry[] {
  return STAFF_NAV.filter((entry) => canDo(viewer, entry.action));
}

/** Where a signed-in person lands: the queue, or the first area their role has (HR, admin). */
export function homeFor(viewer: Pick<Viewer, 'role'>): string {
  return navFor(viewer)[0]?.href ?? '/staff';
}

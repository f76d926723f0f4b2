import type { CaseConsoleView, CaseDetailService, StaffPrincipal } from '@candor/domain';
import type { MessageKey, Translator } from '@candor/platform';
import type { FieldError } from '../../common/components.js';
import type { PageContext } from '../../common/page-context.js';

type Detail = Awaited<ReturnType<CaseDetailService['detail']>>;
/** The case as the JSON API returns it, when it still has its content. */
export type CaseDetail = Exclude<Detail, { purgedAt: unknown }>;
/** What retention keeps of a purged case. */
export type CaseTombstone = Extract<Detail, { purgedAt: unknown }>;

export function hasContent(detail: Detail): detail is CaseDetail {
  return !('purgedAt' in detail);
}

export interface ProtectedPeopleList {
  reporterProtected: boolean;
  protectedUntil: Date | null;
  people: Array<{
    id: string;
    name: string | null;
    contact: string | null;
    employeeId: string | null;
    kind: string;
    addedAt: Date;
  }>;
}

/** The forms of the case page: each has its own fields, so an error shows in the right place. */
export const CASE_FORMS = [
  'transition',
  'dismiss',
  'reopen',
  'assign',
  'implicated',
  'note',
  'recommendation',
  'message',
  'evidence',
  'outcome',
  'action',
  'protected',
  'hold',
  'release',
] as const;
export type CaseForm = (typeof CASE_FORMS)[number];

/** A form sent back with what was typed and what is wrong with it. */
export interface FormState {
  readonly form: CaseForm;
  readonly errors: readonly FieldError[];
  readonly values: Readonly<Record<string, string>>;
}

/** The notices shown once after a successful form (Post/Redirect/Get: `?done=<key>`). */
export const DONE_NOTICES = [
  'acknowledged',
  'status',
  'assigned',
  'implicated',
  'rerouted',
  'note',
  'recommendation',
  'message',
  'files',
  'outcome',
  'action',
  'approved',
  'effective',
  'protectedPerson',
  'holdPlaced',
  'holdReleased',
] as const;
export type DoneNotice = (typeof DONE_NOTICES)[number];

export function isDoneNotice(value: unknown): value is DoneNotice {
  return typeof value === 'string' && (DONE_NOTICES as readonly string[]).includes(value);
}

export interface CasePageProps {
  ctx: PageContext;
  viewer: StaffPrincipal;
  detail: CaseDetail;
  console: CaseConsoleView;
  protectedPeople: ProtectedPeopleList;
  done?: DoneNotice;
  state?: FormState;
}

/**
 * A catalogue label for a value that comes from the database (a status, a role): the label when
 * the catalogue has one, otherwise the value itself, never a raw key.
 */
export function label(t: Translator, group: string, value: string | null | undefined): string {
  if (!value) return '';
  const key = `staffCase.${group}.${value}`;
  const found = t.t(key as MessageKey);
  return found === key ? value : found;
}

/** The concern type's label, as the reporter chose it on the report form. */
export function concernLabel(t: Translator, type: string): string {
  const key = `concerns.types.${type}.label`;
  const found = t.t(key as MessageKey);
  return found === key ? type : found;
}

/** The value typed into a field of `form`, when that form is the one sent back. */
export function typed(state: FormState | undefined, form: CaseForm, name: string): string {
  return state?.form === form ? (state.values[name] ?? '') : '';
}

export function errorsOf(state: FormState | undefined, form: CaseForm): readonly FieldError[] {
  return state?.form === form ? state.errors : [];
}

export function casePath(reference: string, rest = ''): string {
  return `/staff/cases/${reference}${rest}`;
}

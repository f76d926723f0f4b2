// The vocabulary of outcomes and actions (product.md §4), shared by case management and the board
// report so that both count the same values.

export const FINDINGS = [
  'substantiated',
  'partially_substantiated',
  'unsubstantiated',
  'insufficient_information',
] as const;
export type Finding = (typeof FINDINGS)[number];

/** Interim measures (such as suspension during the investigation) are recorded as actions too. */
export const ACTION_KINDS = ['disciplinary', 'corrective', 'interim'] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

/** The disciplinary measures the Code names, plus `other` for its "any other disciplinary action". */
export const DISCIPLINARY_MEASURES = [
  'oral_reprimand',
  'written_reprimand',
  'suspension_with_pay',
  'suspension_without_pay',
  'termination',
  'other',
] as const;
export type DisciplinaryMeasure = (typeof DISCIPLINARY_MEASURES)[number];

/** The measures each kind of action may record; the board report counts every one of them. */
export const ACTION_MEASURES: Readonly<Record<ActionKind, readonly string[]>> = {
  disciplinary: DISCIPLINARY_MEASURES,
  corrective: ['control_fix', 'training', 'process_change', 'other'],
  interim: ['suspension_pending_investigation', 'other'],
};

// Small-count suppression with complementary suppression over one calendar year, so that no
// published figure of any period of that year, nor any sum or difference of them, shows that a
// suppressed count holds a case (issue 14). Pure and deterministic: the same units give the same
// pattern.
//
// The year is 17 periods (periodsOfYear: the year, four quarters, twelve months). Each unit (a
// case) sits in one month and contributes counts to figures (`counts`: figure key → how many); a
// figure's value in a period is the sum over the units in it, so a quarter is the sum of its
// months, and the year of its quarters.
//
// Every count from 1 to threshold−1 is sensitive. For each sensitive figure the algorithm builds a
// *witness*: edits to the units (give a case another case's attributes, exchange the attributes of
// two cases in different periods, recode one attribute that nothing else depends on, such as an
// action's measure, or, for the count of cases itself, move a case to another month) after which
// that figure is 0, and withholds every published figure the edits change. The edited year is
// another history that would publish exactly the same figures, so the published figures cannot
// show that the count is not 0. Witnesses use whole attribute sets of real cases, so they also
// respect the links between figures that a reader may know (a case still `received` has not been
// acknowledged; an overdue case is counted in its route). For every count other than the number of
// cases, the witness keeps the number of cases of every period (and, for a part of a figure, such
// as a measure of a kind of action, that figure): even a reader who knows that a case exists in a
// period cannot tell which bucket it is in. Among the possible witnesses the cheapest is chosen,
// counting the figures it would newly withhold, a month's cheaper than a quarter's, a quarter's
// cheaper than the year's.

import { must } from '@candor/platform/checks/must.js';

export const PERIODS_PER_YEAR = 17;

const MONTH_PERIODS = Array.from(
  { length: 12 },
  (_, month) => [5 + month, 1 + Math.floor(month / 3), 0] as const,
);

/** The year (0), quarter (1–4) and month (5–16) periods a month (0–11) belongs to. */
export function periodsOfMonth(month: number): readonly [number, number, number] {
  const periods = MONTH_PERIODS[month];
  if (periods === undefined) throw new RangeError(`A month is 0 to 11, got ${month}`);
  return periods;
}

export function periodLevel(period: number): 'year' | 'quarter' | 'month' {
  return period === 0 ? 'year' : period <= 4 ? 'quarter' : 'month';
}

export interface DisclosureUnit {
  /** 0–11. */
  readonly month: number;
  /** Figure key → this unit's contribution; the total key counts 1 for every unit. */
  readonly counts: Readonly<Record<string, number>>;
}

export interface DisclosureOptions {
  /** Counts from 1 to threshold−1 are withheld. */
  readonly threshold: number;
  /** The figure counting the units themselves (the number of cases). */
  readonly totalKey: string;
  /**
   * Figures that are never shown but can be read off two shown ones (cases not yet acknowledged:
   * all cases minus acknowledged ones). They are protected like shown figures; withholding either
   * of the shown figures they are read from hides them.
   */
  readonly isHidden: (key: string) => boolean;
  /**
   * The figure a key is one part of (an action's measure is part of its kind's count); the
   * witness keeps it when it can, so that knowing one such action exists does not tell which
   * part it is in. Defaults to the total.
   */
  readonly parentOf?: (key: string) => string | undefined;
  /**
   * Keys a unit's count under `key` could be under instead without changing anything else about
   * the unit (another measure of the same kind, another finding): a witness may recode it.
   */
  readonly alternativesOf?: (key: string) => readonly string[];
}

export type WitnessEdit =
  /** The two units exchange their attributes; each keeps its month. */
  | { readonly kind: 'swap'; readonly unit: number; readonly with: number }
  /** The unit takes the attributes of another unit (which is unchanged); it keeps its month. */
  | { readonly kind: 'relabel'; readonly unit: number; readonly as: number }
  /** The unit, attributes and all, is received in another month of the year. */
  | { readonly kind: 'move'; readonly unit: number; readonly toMonth: number }
  /** The unit is not there at all (only for a year that has fewer cases than the threshold). */
  | { readonly kind: 'remove'; readonly unit: number }
  /** What the unit counts under `from` it counts under `to` instead (see alternativesOf). */
  | { readonly kind: 'recode'; readonly unit: number; readonly from: string; readonly to: string };

export interface Witness {
  readonly period: number;
  readonly key: string;
  /** True when the edits keep the number of units of every period. */
  readonly keepsTotals: boolean;
  /** True when they also keep the key's parent figure (parentOf) in every period. */
  readonly keepsParent: boolean;
  readonly edits: readonly WitnessEdit[];
}

export interface YearProtection {
  /** Exact values: `values[period].get(key)`, absent for 0. */
  readonly values: ReadonlyArray<ReadonlyMap<string, number>>;
  /** Withheld shown figures, as figureId(period, key). */
  readonly suppressed: ReadonlySet<string>;
  /** One per sensitive figure, for verification. */
  readonly witnesses: readonly Witness[];
}

export function figureId(period: number, key: string): string {
  return `${period}|${key}`;
}

/** Withholding a year figure loses more than a quarter's, a quarter's more than a month's. */
const LEVEL_COST = { year: 9, quarter: 3, month: 1 } as const;
const PERIOD_COST = Array.from(
  { length: PERIODS_PER_YEAR },
  (_, period) => LEVEL_COST[periodLevel(period)],
);

/** A unit's counts over interned figure keys, sorted by key number. */
interface Vector {
  readonly keys: Int32Array;
  readonly values: Int32Array;
}

/** The figure keys on which two vectors differ. */
function differingKeys(a: Vector, b: Vector): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.keys.length || j < b.keys.length) {
    // Past its end a vector reads as the greatest key, so the other one's keys come first.
    const ka = a.keys[i] ?? Number.MAX_SAFE_INTEGER;
    const kb = b.keys[j] ?? Number.MAX_SAFE_INTEGER;
    if (ka === kb) {
      if (a.values[i] !== b.values[j]) out.push(ka);
      i += 1;
      j += 1;
    } else if (ka < kb) {
      out.push(ka);
      i += 1;
    } else {
      out.push(kb);
      j += 1;
    }
  }
  return out;
}

function without(periods: readonly number[], others: readonly number[]): number[] {
  return periods.filter((period) => !others.includes(period));
}

/** The periods an edit changes, and the figure keys it changes in each. */
function editChanges(
  units: readonly DisclosureUnit[],
  vectors: readonly Vector[],
  keyIndex: ReadonlyMap<string, number>,
  edit: WitnessEdit,
): { periods: number[]; keys: readonly number[] } {
  const own = periodsOfMonth(must(units[edit.unit], 'a unit of the year').month);
  const vector = must(vectors[edit.unit], 'the vector of a unit');
  switch (edit.kind) {
    case 'swap': {
      const theirs = periodsOfMonth(must(units[edit.with], 'a unit of the year').month);
      return {
        periods: [...without(own, theirs), ...without(theirs, own)],
        keys: differingKeys(vector, must(vectors[edit.with], 'the vector of a unit')),
      };
    }
    case 'relabel':
      return {
        periods: [...own],
        keys: differingKeys(vector, must(vectors[edit.as], 'the vector of a unit')),
      };
    case 'move': {
      const target = periodsOfMonth(edit.toMonth);
      return {
        periods: [...without(own, target), ...without(target, own)],
        keys: Array.from(vector.keys),
      };
    }
    case 'remove':
      return { periods: [...own], keys: Array.from(vector.keys) };
    case 'recode':
      return {
        periods: [...own],
        keys: [keyIndex.get(edit.from) ?? -1, keyIndex.get(edit.to) ?? -1],
      };
  }
}

/** The exact change an edit makes to each figure, for the final check of a witness. */
function addEditDelta(
  units: readonly DisclosureUnit[],
  edit: WitnessEdit,
  delta: Map<string, number>,
): void {
  const add = (
    periods: readonly number[],
    counts: Readonly<Record<string, number>>,
    sign: number,
  ) => {
    for (const period of periods) {
      for (const [key, value] of Object.entries(counts)) {
        const id = figureId(period, key);
        delta.set(id, (delta.get(id) ?? 0) + sign * value);
      }
    }
  };
  const unit = must(units[edit.unit], 'a unit of the year');
  const own = periodsOfMonth(unit.month);
  switch (edit.kind) {
    case 'swap': {
      const other = must(units[edit.with], 'a unit of the year');
      const theirs = periodsOfMonth(other.month);
      add(without(own, theirs), unit.counts, -1);
      add(without(own, theirs), other.counts, 1);
      add(without(theirs, own), other.counts, -1);
      add(without(theirs, own), unit.counts, 1);
      return;
    }
    case 'relabel':
      add(own, unit.counts, -1);
      add(own, must(units[edit.as], 'a unit of the year').counts, 1);
      return;
    case 'move': {
      const target = periodsOfMonth(edit.toMonth);
      add(without(own, target), unit.counts, -1);
      add(without(target, own), unit.counts, 1);
      return;
    }
    case 'remove':
      add(own, unit.counts, -1);
      return;
    case 'recode': {
      const moved = unit.counts[edit.from] ?? 0;
      add(own, { [edit.from]: moved }, -1);
      add(own, { [edit.to]: moved }, 1);
      return;
    }
  }
}

/**
 * Chooses which figures of a year to withhold: every count from 1 to threshold−1, and with each
 * the cheapest set of other figures (months before quarters before the year) that gives it a
 * witness (see the comment at the top of this file).
 */
export function protectYear(
  units: readonly DisclosureUnit[],
  options: DisclosureOptions,
): YearProtection {
  const { threshold, totalKey, isHidden } = options;
  const parentOf = options.parentOf ?? (() => undefined);
  const alternativesOf = options.alternativesOf ?? (() => []);
  if (!Number.isInteger(threshold) || threshold < 1) {
    throw new RangeError(`The suppression threshold must be a positive integer, got ${threshold}`);
  }
  for (const unit of units) {
    if (!Number.isInteger(unit.month) || unit.month < 0 || unit.month > 11) {
      throw new RangeError(`A unit's month must be 0 to 11, got ${unit.month}`);
    }
    if (unit.counts[totalKey] !== 1) {
      throw new RangeError(`Every unit must count 1 under "${totalKey}"`);
    }
  }

  // Figure keys as numbers, in sorted order so that the result does not depend on the order in
  // which keys happen to appear.
  const present = new Set(
    units.flatMap((unit) =>
      Object.entries(unit.counts)
        .filter(([, value]) => value !== 0)
        .map(([key]) => key),
    ),
  );
  const keyNames = [
    ...new Set([...present, ...[...present].flatMap((key) => alternativesOf(key))]),
  ].sort();
  const keyIndex = new Map(keyNames.map((key, index) => [key, index]));
  const keyCount = keyNames.length;
  const hidden = keyNames.map((key) => isHidden(key));
  const vectors: Vector[] = units.map((unit) => {
    const entries = Object.entries(unit.counts)
      .filter(([, value]) => value !== 0)
      .map(([key, value]) => [keyIndex.get(key) ?? -1, value] as const)
      .sort(([a], [b]) => a - b);
    return {
      keys: Int32Array.from(entries.map(([key]) => key)),
      values: Int32Array.from(entries.map(([, value]) => value)),
    };
  });

  const value = new Int32Array(PERIODS_PER_YEAR * keyCount);
  units.forEach((unit, index) => {
    const { keys, values } = must(vectors[index], 'the vector of a unit');
    for (const period of periodsOfMonth(unit.month)) {
      keys.forEach((key, i) => {
        const figure = period * keyCount + key;
        value[figure] =
          must(value[figure], 'a figure of the year') + must(values[i], 'a count of the vector');
      });
    }
  });
  const withheld = new Uint8Array(PERIODS_PER_YEAR * keyCount);
  const sensitive: number[] = [];
  for (let period = 0; period < PERIODS_PER_YEAR; period += 1) {
    for (let key = 0; key < keyCount; key += 1) {
      const v = must(value[period * keyCount + key], 'a figure of the year');
      if (v > 0 && v < threshold) {
        sensitive.push(period * keyCount + key);
        if (!hidden[key]) withheld[period * keyCount + key] = 1;
      }
    }
  }

  const cost = (periods: readonly number[], keys: readonly number[]): number => {
    let total = 0;
    for (const key of keys) {
      if (hidden[key]) continue;
      for (const period of periods) {
        if (!withheld[period * keyCount + key]) {
          total += must(PERIOD_COST[period], 'the cost of a period');
        }
      }
    }
    return total;
  };
  const withhold = (periods: readonly number[], keys: readonly number[]): void => {
    for (const key of keys) {
      if (hidden[key]) continue;
      for (const period of periods) withheld[period * keyCount + key] = 1;
    }
  };

  // One representative per distinct set of attributes (and month, for exchanges): exchanging with
  // either of two identical cases changes the same figures.
  const signatures = vectors.map((vector) => `${vector.keys.join(',')}|${vector.values.join(',')}`);
  const representatives = new Map<string, [number, ...number[]]>();
  signatures.forEach((signature, index) => {
    const group = representatives.get(signature);
    if (group) group.push(index);
    else representatives.set(signature, [index]);
  });
  const groups = [...representatives.values()];
  const totalIndex = keyIndex.get(totalKey) ?? -1;
  const countOf = (unit: number, key: number) => {
    const { keys, values } = must(vectors[unit], 'the vector of a unit');
    const i = keys.indexOf(key);
    return i === -1 ? 0 : must(values[i], 'a count of the vector');
  };
  const has = (unit: number, key: number) => countOf(unit, key) !== 0;
  const inPeriod = (unit: number, period: number) => {
    const periods = periodsOfMonth(must(units[unit], 'a unit of the year').month);
    return periods[0] === period || periods[1] === period || periods[2] === period;
  };
  const unitsByPeriod = Array.from({ length: PERIODS_PER_YEAR }, (_, period) =>
    units.map((_, index) => index).filter((index) => inPeriod(index, period)),
  );

  const witnesses: Witness[] = [];
  for (const figure of sensitive) {
    const period = Math.floor(figure / keyCount);
    const key = figure % keyCount;
    const keyName = must(keyNames[key], 'a key name');
    const contributing = must(unitsByPeriod[period], 'the units of a period').filter((index) =>
      has(index, key),
    );
    const edits: WitnessEdit[] = [];
    const used = new Set<number>(contributing);
    const parentName = parentOf(keyName);
    const parent = parentName === undefined ? totalIndex : (keyIndex.get(parentName) ?? totalIndex);
    let keepsTotals = true;
    let keepsParent = true;
    for (const index of contributing) {
      const exchanges = (keepParent: boolean): WitnessEdit[] => {
        const candidates: WitnessEdit[] = [];
        if (key === totalIndex) return candidates;
        for (const alternative of alternativesOf(keyName)) {
          candidates.push({ kind: 'recode', unit: index, from: keyName, to: alternative });
        }
        for (const group of groups) {
          if (has(group[0], key)) continue;
          if (keepParent && countOf(group[0], parent) !== countOf(index, parent)) continue;
          // A relabelling copies the other case's attributes as they are, so any case will do;
          // an exchange changes the other case too, so each may take part in one only.
          candidates.push({ kind: 'relabel', unit: index, as: group[0] });
          let months = 0;
          for (const other of group) {
            if (used.has(other)) continue;
            const bit = 1 << must(units[other], 'a unit of the year').month;
            if (!(months & bit) && !inPeriod(other, period)) {
              months |= bit;
              candidates.push({ kind: 'swap', unit: index, with: other });
            }
          }
        }
        return candidates;
      };
      let candidates = exchanges(true);
      if (candidates.length === 0 && parent !== totalIndex) {
        keepsParent = false;
        candidates = exchanges(false);
      }
      if (candidates.length === 0) {
        // Every other case of the year shares the attribute (or this is the count of cases
        // itself): the witness moves the case out of the period, or out of the year.
        keepsTotals = false;
        keepsParent = false;
        if (period === 0) {
          candidates.push({ kind: 'remove', unit: index });
        } else {
          for (let month = 0; month < 12; month += 1) {
            if (!periodsOfMonth(month).includes(period)) {
              candidates.push({ kind: 'move', unit: index, toMonth: month });
            }
          }
        }
      }
      let best:
        { edit: WitnessEdit; changes: ReturnType<typeof editChanges>; cost: number } | undefined;
      for (const edit of candidates) {
        const changes = editChanges(units, vectors, keyIndex, edit);
        const editCost = cost(changes.periods, changes.keys);
        if (!best || editCost < best.cost) best = { edit, changes, cost: editCost };
        if (editCost === 0) break;
      }
      // candidates is never empty: a move or a removal is always possible.
      const chosen = best as NonNullable<typeof best>;
      edits.push(chosen.edit);
      if (chosen.edit.kind === 'swap') used.add(chosen.edit.with);
      withhold(chosen.changes.periods, chosen.changes.keys);
    }
    const delta = new Map<string, number>();
    for (const edit of edits) addEditDelta(units, edit, delta);
    const exact = must(value[figure], 'a figure of the year');
    if (exact + (delta.get(figureId(period, keyName)) ?? 0) !== 0) {
      throw new Error(`internal: the witness for ${keyName} in period ${period} does not clear it`);
    }
    witnesses.push({ period, key: keyName, keepsTotals, keepsParent, edits });
  }

  const suppressed = new Set<string>();
  const values = Array.from({ length: PERIODS_PER_YEAR }, () => new Map<string, number>());
  values.forEach((periodValues, period) => {
    keyNames.forEach((keyName, key) => {
      if (withheld[period * keyCount + key]) suppressed.add(figureId(period, keyName));
      const v = must(value[period * keyCount + key], 'a figure of the year');
      if (v !== 0) periodValues.set(keyName, v);
    });
  });
  return { values, suppressed, witnesses };
}

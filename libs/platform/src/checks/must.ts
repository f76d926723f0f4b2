/**
 * A value the code around it knows is there though its type says it may not be: the first part of
 * a `split`, the row a test has just inserted, an element at an index the loop bounds. Returns it,
 * or throws naming what was missing, so that a wrong belief fails loudly, where it is held, instead
 * of running on with `undefined`.
 */
export function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`expected ${what}, found nothing`);
  return value;
}

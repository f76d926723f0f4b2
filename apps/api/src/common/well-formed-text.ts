import { BadRequestException } from '@nestjs/common';

// A NUL character, or a UTF-16 surrogate without its partner. PostgreSQL refuses NUL in text
// (a 500 on the login email), and an unpaired surrogate has no UTF-8 form: it was stored as U+FFFD,
// or threw inside validators (a 500 on "\ud800@x.io").
const UNPAIRED_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export function isWellFormedText(text: string): boolean {
  return !text.includes('\u0000') && !UNPAIRED_SURROGATE.test(text);
}

/**
 * The one rule for text a client sends: every string of a body or query, keys included, at any
 * depth (the JSON parser bounds the depth). Returns where the first offending string is.
 */
export function findIllFormedText(value: unknown, path = ''): string | undefined {
  if (typeof value === 'string') return isWellFormedText(value) ? undefined : path || 'the value';
  if (value === null || typeof value !== 'object') return undefined;
  for (const [key, item] of Object.entries(value)) {
    if (!isWellFormedText(key)) return path ? `a field name in ${path}` : 'a field name';
    const found = findIllFormedText(item, path ? `${path}.${key}` : key);
    if (found) return found;
  }
  return undefined;
}

export function assertWellFormedText(value: unknown): void {
  const where = findIllFormedText(value);
  if (where) {
    throw new BadRequestException([
      `${where} contains a character that is not allowed (a NUL character or an unpaired surrogate)`,
    ]);
  }
}

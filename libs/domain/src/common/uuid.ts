const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Whether an id taken from a URL or a form can name a row at all. Services answer "not found" to
 * anything else before it reaches PostgreSQL, whose uuid cast would fail the whole statement.
 */
export function isUuid(id: string): boolean {
  return UUID.test(id);
}

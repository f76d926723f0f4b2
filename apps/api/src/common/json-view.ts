/**
 * What JSON.stringify makes of a value of type T, as far as the API's responses go: a Date becomes
 * its ISO text, readonly is dropped. A route that passes a domain object through declares its
 * response DTO as the return type and wraps the object in asJson, so the compiler checks that the
 * DTO (and so the OpenAPI document) still describes what the domain returns.
 */
export type JsonView<T> = T extends Date
  ? string
  : T extends readonly (infer Item)[]
    ? JsonView<Item>[]
    : T extends object
      ? { -readonly [K in keyof T]: JsonView<T[K]> }
      : T;

/** The value itself, typed as what it becomes once serialized (see JsonView). */
export function asJson<T>(value: T): JsonView<T> {
  return value as JsonView<T>;
}

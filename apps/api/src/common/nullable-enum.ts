import type { ApiPropertyOptions } from '@nestjs/swagger';

/**
 * A string from `values`, or null. OpenAPI 3.0 checks `enum` before `nullable`, so null must be
 * one of the values too, or validators refuse it.
 */
export function nullableEnum(values: readonly string[], description?: string): ApiPropertyOptions {
  return {
    type: String,
    nullable: true,
    enum: [...values, null] as string[],
    ...(description === undefined ? {} : { description }),
  };
}

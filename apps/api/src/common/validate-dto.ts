import { BadRequestException, ValidationError } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { VALIDATION_OPTIONS } from './request-validation.pipe.js';
import { assertWellFormedText } from './well-formed-text.js';

/** The global pipe's rules, for bodies a controller assembles itself (multipart). */
export async function validateDto<T extends object>(type: new () => T, plain: unknown): Promise<T> {
  if (typeof plain !== 'object' || plain === null || Array.isArray(plain)) {
    throw new BadRequestException('request body must be a JSON object');
  }
  assertWellFormedText(plain);
  const { instance, errors } = await checkDto(type, plain);
  if (errors.length > 0) throw new BadRequestException(flatten(errors));
  return instance;
}

/**
 * The same rules, answering every failure as data: the pages turn each one into a message
 * beside its field instead of a 400.
 */
export async function checkDto<T extends object>(
  type: new () => T,
  plain: object,
): Promise<{ instance: T; errors: ValidationError[] }> {
  const instance = plainToInstance(type, plain);
  const errors = await validate(instance, VALIDATION_OPTIONS);
  return { instance, errors };
}

/**
 * Each failed constraint as a path (`implicated.0.role`), the top-level field the path starts
 * with (`implicated`), and the constraint's name (`isIn`).
 */
export function failedConstraints(
  errors: readonly ValidationError[],
): Array<{ field: string; path: string[]; constraint: string }> {
  return errors.flatMap((error) =>
    constraintsUnder(error, []).map((failure) => ({ field: error.property, ...failure })),
  );
}

function constraintsUnder(
  error: ValidationError,
  prefix: readonly string[],
): Array<{ path: string[]; constraint: string }> {
  const path = [...prefix, error.property];
  return [
    ...Object.keys(error.constraints ?? {}).map((constraint) => ({ path, constraint })),
    ...(error.children ?? []).flatMap((child) => constraintsUnder(child, path)),
  ];
}

function flatten(errors: ValidationError[], prefix = ''): string[] {
  return errors.flatMap((error) => {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) =>
      prefix && !message.startsWith(path) ? `${path}: ${message}` : message,
    );
    return [...own, ...flatten(error.children ?? [], path)];
  });
}

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
  const instance = plainToInstance(type, plain);
  const errors = await validate(instance, VALIDATION_OPTIONS);
  if (errors.length > 0) throw new BadRequestException(flatten(errors));
  return instance;
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

import {
  ArgumentMetadata,
  Injectable,
  ValidationPipe,
  ValidationPipeOptions,
} from '@nestjs/common';
import { assertWellFormedText } from './well-formed-text.js';

/** How every body and query is validated, by the global pipe and by validateDto (multipart). */
export const VALIDATION_OPTIONS = {
  whitelist: true,
  forbidNonWhitelisted: true,
  forbidUnknownValues: true,
} as const satisfies ValidationPipeOptions;

/**
 * The global pipe: the well-formed-text rule on every body and query (before any validator sees
 * a string), then the DTO's class-validator rules.
 */
@Injectable()
export class RequestValidationPipe extends ValidationPipe {
  constructor() {
    super({ ...VALIDATION_OPTIONS, transform: true, stopAtFirstError: false });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' || metadata.type === 'query') assertWellFormedText(value);
    return super.transform(value, metadata) as Promise<unknown>;
  }
}

import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiProperty, ApiPropertyOptional, ApiResponse } from '@nestjs/swagger';
import type { ErrorBody } from './error-body.js';

/** The one error shape of the API (api.md), as the OpenAPI document describes it. */
export class ErrorResponseDto implements ErrorBody {
  @ApiProperty({ type: 'integer', example: 404 }) statusCode!: number;
  @ApiProperty({ description: 'the reason phrase of statusCode', example: 'Not Found' })
  error!: string;
  @ApiProperty({
    oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
    description: 'what went wrong; for validation, one message per field error',
    example: 'not found',
  })
  message!: string | string[];
  @ApiPropertyOptional({
    type: [String],
    description: 'on a 409 for a workflow move: the statuses the case may move to instead',
  })
  allowed?: readonly string[];
}

/** The 4xx answers the API gives, with what each means here (api.md). */
const ERROR_DESCRIPTIONS = {
  400: 'malformed or invalid request (unknown body fields included)',
  401: 'missing, expired or wrong credentials (a generic message)',
  404: 'not found, or a case the caller may not see (existence is never disclosed)',
  409: 'conflicts with the current state',
  413: 'the body or a file is over the limit',
  415: 'unsupported content type',
  429: 'too many attempts: wait for Retry-After seconds',
} as const;

export type ErrorStatus = keyof typeof ERROR_DESCRIPTIONS;

/** Documents the given error answers of a route (or of every route of a controller). */
export function ApiErrorResponses(...statuses: ErrorStatus[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ApiExtraModels(ErrorResponseDto),
    ...statuses.map((status) =>
      ApiResponse({ status, description: ERROR_DESCRIPTIONS[status], type: ErrorResponseDto }),
    ),
  );
}

/**
 * A refusal the caller can act on. The HTTP layer maps the kind to a status; the message is shown
 * to the client as is, so it never contains report content, identities or receipts.
 */
export type DomainErrorKind =
  | 'invalid' // 400
  | 'unauthenticated' // 401, one generic message
  | 'not_found' // 404, also for cases the caller may not see
  | 'conflict' // 409
  | 'too_large' // 413
  | 'unsupported_media' // 415
  | 'rate_limited'; // 429, with retryAfterSeconds

export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    message: string,
    readonly details: { retryAfterSeconds?: number; allowed?: readonly string[] } = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const CASE_NOT_FOUND = 'case not found';

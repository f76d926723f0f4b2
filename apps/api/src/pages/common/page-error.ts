/**
 * A refusal of a page request that has its own error page: a forged or stale form, a filled-in
 * honeypot. The exception filter renders it as a 400 page; nothing was done.
 */
export type PageErrorKind = 'bad_request' | 'honeypot';

export class PageError extends Error {
  constructor(readonly kind: PageErrorKind) {
    super(kind === 'honeypot' ? 'a field that must stay empty was filled in' : 'bad form');
    this.name = 'PageError';
  }
}

import { createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { appConfigOf } from '@candor/platform';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { PageCookies } from './cookies.js';
import { field, type FormFields } from './form-body.js';
import { PageError } from './page-error.js';

/** The hidden field every page form carries. */
export const CSRF_FIELD = '_csrf';
/** A field hidden from people; bots that fill in every field give themselves away. */
export const HONEYPOT_FIELD = 'website';

const COOKIE_BYTES = 16;
const COOKIE_SHAPE = /^[A-Za-z0-9_-]{22}$/;

/**
 * Double-submit CSRF protection that identifies nobody: a random value in a SameSite=Strict
 * cookie, and in each form an HMAC of it under a key derived from the server's secret. A
 * cross-site form carries neither the cookie nor a token that matches it. The value is not stored
 * anywhere on the server and says nothing about who holds it.
 */
@Injectable()
export class CsrfService {
  private readonly key: Buffer;
  readonly cookies: PageCookies;

  constructor(configService: ConfigService) {
    const config = appConfigOf(configService);
    this.key = Buffer.from(
      hkdfSync('sha256', config.secrets.jwtSecret, Buffer.alloc(0), 'candor-page-csrf', 32),
    );
    this.cookies = new PageCookies(config.nodeEnv === 'production');
  }

  /** The token for this browser's forms, setting the cookie it is bound to when there is none. */
  token(request: FastifyRequest, reply: FastifyReply): string {
    let value = this.cookies.read(request, 'csrf');
    if (!value || !COOKIE_SHAPE.test(value)) {
      value = randomBytes(COOKIE_BYTES).toString('base64url');
      this.cookies.set(reply, 'csrf', value);
    }
    return this.sign(value);
  }

  /**
   * Refuses a form without the cookie, with a token that does not match it, or with the honeypot
   * filled in. A forged form gets the same "bad request" page as any other broken form.
   */
  verify(request: FastifyRequest, fields: FormFields): void {
    const value = this.cookies.read(request, 'csrf');
    const sent = Buffer.from(field(fields, CSRF_FIELD));
    if (!value || !COOKIE_SHAPE.test(value)) throw new PageError('bad_request');
    const expected = Buffer.from(this.sign(value));
    if (sent.length !== expected.length || !timingSafeEqual(sent, expected)) {
      throw new PageError('bad_request');
    }
    if (field(fields, HONEYPOT_FIELD) !== '') throw new PageError('honeypot');
  }

  private sign(value: string): string {
    return createHmac('sha256', this.key).update(value).digest('base64url');
  }
}

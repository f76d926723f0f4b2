import {
  type Cipher,
  createCipheriv,
  hkdfSync,
  randomFillSync,
  timingSafeEqual,
} from 'node:crypto';
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

/** One AES block: the cookie's random value, and the token made from it. */
const BLOCK = 16;
/** Fresh cookie values made at once: one call for the random bytes and one for their tokens. */
const BATCH = 256;
/**
 * 16 bytes in base64url, as the encoder writes them: 21 characters, then one whose last four bits
 * are zero. Another last character would decode to the same 16 bytes; it is refused, so that each
 * value has exactly one spelling.
 */
const VALUE_SHAPE = /^[A-Za-z0-9_-]{21}[AQgw]$/;

/**
 * Double-submit CSRF protection that identifies nobody: a random value in a SameSite=Strict
 * cookie, and in each form a token made from it under a key derived from the server's secret. A
 * cross-site form carries neither the cookie nor a token that matches it. The value is not stored
 * anywhere on the server and says nothing about who holds it.
 *
 * The token is the value (16 bytes) enciphered with AES-256 under that key: a block cipher on one
 * block is a pseudorandom permutation, and so a MAC for messages of exactly one block, as secure
 * for this as the HMAC it replaces, and without the key no one can make the token of a value. It
 * is far cheaper: one cipher serves every request (ECB over whole blocks keeps no state from one
 * block to the next), and the values of new visitors are made 256 at a time, their random bytes
 * with one call and their tokens with another. HMAC and a call for random bytes for each page of
 * each new visitor were a sixth of what serving the report form's first page cost.
 */
@Injectable()
export class CsrfService {
  private readonly cipher: Cipher;
  private readonly values = Buffer.alloc(BLOCK * BATCH);
  private readonly tokens = Buffer.alloc(BLOCK * BATCH);
  /** How many of `values` (and `tokens`) have been handed out; a value is handed out once. */
  private used = BATCH;
  readonly cookies: PageCookies;

  constructor(configService: ConfigService) {
    const config = appConfigOf(configService);
    const key = Buffer.from(
      hkdfSync('sha256', config.secrets.jwtSecret, Buffer.alloc(0), 'candor-page-csrf-aes', 32),
    );
    this.cipher = createCipheriv('aes-256-ecb', key, null).setAutoPadding(false);
    this.cookies = new PageCookies(config.nodeEnv === 'production');
  }

  /** The token for this browser's forms, setting the cookie it is bound to when there is none. */
  token(request: FastifyRequest, reply: FastifyReply): string {
    const value = this.cookies.read(request, 'csrf');
    if (value && VALUE_SHAPE.test(value)) return this.tokenOf(value);
    if (this.used === BATCH) this.refill();
    const start = this.used * BLOCK;
    this.used += 1;
    this.cookies.set(reply, 'csrf', this.values.toString('base64url', start, start + BLOCK));
    return this.tokens.toString('base64url', start, start + BLOCK);
  }

  /**
   * Refuses a form without the cookie, with a token that does not match it, or with the honeypot
   * filled in. A forged form gets the same "bad request" page as any other broken form.
   */
  verify(request: FastifyRequest, fields: FormFields): void {
    const value = this.cookies.read(request, 'csrf');
    const sent = Buffer.from(field(fields, CSRF_FIELD));
    if (!value || !VALUE_SHAPE.test(value)) throw new PageError('bad_request');
    const expected = Buffer.from(this.tokenOf(value));
    if (sent.length !== expected.length || !timingSafeEqual(sent, expected)) {
      throw new PageError('bad_request');
    }
    if (field(fields, HONEYPOT_FIELD) !== '') throw new PageError('honeypot');
  }

  /** The token of a value of VALUE_SHAPE. */
  private tokenOf(value: string): string {
    return this.encipher(Buffer.from(value, 'base64url')).toString('base64url');
  }

  private refill(): void {
    randomFillSync(this.values);
    this.encipher(this.values).copy(this.tokens);
    this.used = 0;
  }

  /** Whole blocks only: a partial one would stay in the cipher and shift every later token. */
  private encipher(blocks: Buffer): Buffer {
    if (blocks.length === 0 || blocks.length % BLOCK !== 0) {
      throw new Error('the CSRF cipher takes whole 16-byte blocks only');
    }
    return this.cipher.update(blocks);
  }
}

import { randomUUID, webcrypto } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { errors, jwtVerify, SignJWT } from 'jose';
import { appConfigOf } from '../config/config.module.js';

/** Who a token is for: a reporter's receipt session, or a signed-in staff member. */
export type TokenAudience = 'reporter' | 'staff';

export interface IssuedToken {
  readonly token: string;
  readonly tokenId: string;
  readonly expiresAt: Date;
}

export interface VerifiedToken {
  readonly subject: string;
  readonly tokenId: string;
  readonly expiresAt: Date;
}

const ISSUER = 'candor';
/** Bounds the memory of the verified-token memo: the oldest entry goes first. */
const VERIFIED_TOKENS_KEPT = 10_000;

/**
 * Short-lived HS256 tokens signed with JWT_SECRET. A reporter token names only the case (never the
 * reporter); a staff token names the staff member. Revocation (staff sign-out) is the caller's:
 * it keeps a deny-list of token ids.
 */
@Injectable()
export class AccessTokenService {
  /**
   * Imported once: given raw bytes, jose imports a WebCrypto key on every sign and verify, which
   * was a tenth of the CPU of a signed-in request.
   */
  private readonly key: Promise<webcrypto.CryptoKey>;
  /**
   * Tokens whose signature and claims have been verified, by audience and token text, until they
   * expire. A staff session sends the same token with every request, and WebCrypto's HMAC, a job
   * on the thread pool, was a tenth of the API's CPU on the triage list. Only a token that passed
   * verification is kept, and its expiry is checked again on every use; revocation stays the
   * caller's deny-list, consulted on every request as before.
   */
  private readonly verified = new Map<string, VerifiedToken>();

  constructor(configService: ConfigService) {
    const secret = new Uint8Array(appConfigOf(configService).secrets.jwtSecret);
    this.key = webcrypto.subtle.importKey('raw', secret, { name: 'HMAC', hash: 'SHA-256' }, false, [
      'sign',
      'verify',
    ]);
  }

  async issue(
    audience: TokenAudience,
    subject: string,
    ttlSeconds: number,
    now = new Date(),
  ): Promise<IssuedToken> {
    const tokenId = randomUUID();
    const issuedAt = Math.floor(now.getTime() / 1000);
    const expiresAt = new Date((issuedAt + ttlSeconds) * 1000);
    const token = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setIssuer(ISSUER)
      .setAudience(`${ISSUER}:${audience}`)
      .setSubject(subject)
      .setJti(tokenId)
      .setIssuedAt(issuedAt)
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(await this.key);
    return { token, tokenId, expiresAt };
  }

  /** The token's claims, or undefined for anything invalid, expired or meant for another audience. */
  async verify(
    audience: TokenAudience,
    token: string,
    now = new Date(),
  ): Promise<VerifiedToken | undefined> {
    const key = `${audience} ${token}`;
    const known = this.verified.get(key);
    if (known !== undefined) {
      if (known.expiresAt.getTime() > now.getTime()) return known;
      this.verified.delete(key);
      return undefined;
    }
    const verified = await this.verifySignedToken(audience, token, now);
    if (verified !== undefined) {
      // Map order is insertion order: the first key is the oldest.
      if (this.verified.size >= VERIFIED_TOKENS_KEPT) {
        this.verified.delete(this.verified.keys().next().value as string);
      }
      this.verified.set(key, verified);
    }
    return verified;
  }

  private async verifySignedToken(
    audience: TokenAudience,
    token: string,
    now: Date,
  ): Promise<VerifiedToken | undefined> {
    try {
      const { payload } = await jwtVerify(token, await this.key, {
        issuer: ISSUER,
        audience: `${ISSUER}:${audience}`,
        algorithms: ['HS256'],
        currentDate: now,
      });
      if (!payload.sub || !payload.jti || !payload.exp) return undefined;
      // Frozen: the memo hands this one object to every request that shows the token.
      return Object.freeze({
        subject: payload.sub,
        tokenId: payload.jti,
        expiresAt: new Date(payload.exp * 1000),
      });
    } catch (error) {
      if (error instanceof errors.JOSEError) return undefined;
      throw error;
    }
  }
}

import { randomBytes } from 'node:crypto';
import type { ConfigService } from '@nestjs/config';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CSRF_FIELD, CsrfService, HONEYPOT_FIELD } from './csrf.service.js';
import { PageError } from './page-error.js';

function service(secret = randomBytes(32)): CsrfService {
  const config = { get: () => ({ secrets: { jwtSecret: secret }, nodeEnv: 'test' }) };
  return new CsrfService(config as unknown as ConfigService);
}

/** A browser's side: the csrf cookie it was given, if any, as the next request's Cookie header. */
class Browser {
  cookie: string | undefined;

  request(): FastifyRequest {
    return {
      headers: this.cookie === undefined ? {} : { cookie: `candor-csrf=${this.cookie}` },
    } as unknown as FastifyRequest;
  }

  reply(): FastifyReply {
    const reply = {
      header: (name: string, value: string) => {
        if (name === 'set-cookie') this.cookie = /^candor-csrf=([^;]*);/.exec(value)?.[1];
        return reply;
      },
    };
    return reply as unknown as FastifyReply;
  }

  token(csrf: CsrfService): string {
    return csrf.token(this.request(), this.reply());
  }

  verify(csrf: CsrfService, token: string, honeypot = ''): void {
    csrf.verify(this.request(), { [CSRF_FIELD]: token, [HONEYPOT_FIELD]: honeypot });
  }
}

function refusal(check: () => void): string | undefined {
  try {
    check();
    return undefined;
  } catch (error) {
    if (error instanceof PageError) return error.kind;
    throw error;
  }
}

describe(CsrfService.name, () => {
  it('gives a new browser a cookie and a token bound to it, and the same token again later', () => {
    const csrf = service();
    const browser = new Browser();
    const token = browser.token(csrf);
    expect(browser.cookie).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(token).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(token).not.toBe(browser.cookie);
    const cookie = browser.cookie;
    expect(browser.token(csrf)).toBe(token);
    expect(browser.cookie).toBe(cookie);
    expect(refusal(() => browser.verify(csrf, token))).toBeUndefined();
  });

  it('gives every new browser its own value, across many batches of them', () => {
    const csrf = service();
    const cookies = new Set<string>();
    const tokens = new Set<string>();
    for (let i = 0; i < 1000; i += 1) {
      const browser = new Browser();
      const token = browser.token(csrf);
      cookies.add(browser.cookie ?? '');
      tokens.add(token);
      expect(refusal(() => browser.verify(csrf, token))).toBeUndefined();
    }
    expect(cookies.size).toBe(1000);
    expect(tokens.size).toBe(1000);
  });

  it("refuses another browser's token, a changed token, no token and no cookie", () => {
    const csrf = service();
    const mine = new Browser();
    const theirs = new Browser();
    const token = mine.token(csrf);
    const other = theirs.token(csrf);
    expect(refusal(() => mine.verify(csrf, other))).toBe('bad_request');
    const last = token.at(-1) === 'A' ? 'B' : 'A';
    expect(refusal(() => mine.verify(csrf, `${token.slice(0, -1)}${last}`))).toBe('bad_request');
    expect(refusal(() => mine.verify(csrf, ''))).toBe('bad_request');
    expect(refusal(() => new Browser().verify(csrf, token))).toBe('bad_request');
  });

  it('refuses a token made under another secret', () => {
    const secret = randomBytes(32);
    const browser = new Browser();
    const token = browser.token(service(secret));
    expect(refusal(() => browser.verify(service(secret), token))).toBeUndefined();
    expect(refusal(() => browser.verify(service(), token))).toBe('bad_request');
  });

  it('replaces a cookie that is not one of its values, and refuses forms that carry one', () => {
    const csrf = service();
    const browser = new Browser();
    const token = browser.token(csrf);
    const cookie = browser.cookie ?? '';
    // The same 16 bytes spelled with another last character: not a value this service gives out.
    browser.cookie = `${cookie.slice(0, -1)}${cookie.at(-1) === 'A' ? 'B' : 'R'}`;
    expect(refusal(() => browser.verify(csrf, token))).toBe('bad_request');
    for (const bad of ['short', 'x'.repeat(23), `${cookie.slice(0, -1)}!`]) {
      browser.cookie = bad;
      const fresh = browser.token(csrf);
      expect(browser.cookie).not.toBe(bad);
      expect(refusal(() => browser.verify(csrf, fresh))).toBeUndefined();
    }
  });

  it('refuses a form whose honeypot was filled in, even with a good token', () => {
    const csrf = service();
    const browser = new Browser();
    const token = browser.token(csrf);
    expect(refusal(() => browser.verify(csrf, token, 'https://spam.example'))).toBe('honeypot');
  });
});

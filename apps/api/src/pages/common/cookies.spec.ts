import { serialize } from 'cookie';
import type { FastifyReply } from 'fastify';
import { PageCookies } from './cookies.js';

function recordingReply(): { reply: FastifyReply; headers: string[] } {
  const headers: string[] = [];
  const reply = {
    header(name: string, value: string) {
      if (name === 'set-cookie') headers.push(value);
      return reply;
    },
  } as unknown as FastifyReply;
  return { reply, headers };
}

describe(PageCookies.name, () => {
  it('names cookies __Host- and marks them Secure in production, without any expiry', () => {
    const { reply, headers } = recordingReply();
    new PageCookies(true).set(reply, 'session', 'token');
    expect(headers).toEqual([
      '__Host-candor-session=token; Path=/; HttpOnly; Secure; SameSite=Strict',
    ]);
  });

  it('uses plain names over the http of development and tests', () => {
    const { reply, headers } = recordingReply();
    new PageCookies(false).set(reply, 'draft', 'id.key');
    expect(headers).toEqual(['candor-draft=id.key; Path=/; HttpOnly; SameSite=Strict']);
  });

  it('clears a cookie by expiring it at once', () => {
    const { reply, headers } = recordingReply();
    new PageCookies(true).clear(reply, 'session');
    expect(headers[0]).toMatch(
      /^__Host-candor-session=; Path=\/; Expires=Thu, 01 Jan 1970 00:00:00 GMT/,
    );
  });

  it.each([
    ['a base64url value', 'AbC-_1234567890abcdefg'],
    ['a draft handle', 'id.key'],
    ['a language', 'de'],
    ['an empty value', ''],
    ['characters a cookie value cannot hold', 'a b;c,d"e\\f=é'],
  ])('writes %s exactly as the cookie package serializes it', (_what, value) => {
    for (const secure of [true, false]) {
      const { reply, headers } = recordingReply();
      const cookies = new PageCookies(secure);
      cookies.set(reply, 'csrf', value);
      expect(headers).toEqual([
        serialize(cookies.name('csrf'), value, {
          httpOnly: true,
          sameSite: 'strict',
          path: '/',
          secure,
        }),
      ]);
    }
  });

  it('clears each cookie with the line the cookie package writes for an expired one', () => {
    for (const secure of [true, false]) {
      const { reply, headers } = recordingReply();
      const cookies = new PageCookies(secure);
      cookies.clear(reply, 'draft');
      expect(headers).toEqual([
        serialize(cookies.name('draft'), '', {
          httpOnly: true,
          sameSite: 'strict',
          path: '/',
          secure,
          expires: new Date(0),
        }),
      ]);
    }
  });
});

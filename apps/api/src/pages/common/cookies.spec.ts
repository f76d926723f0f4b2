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
});

import { parse, serialize } from 'cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * What each cookie of the pages holds. None outlives the browser; none on the reporter's side
 * identifies anyone (the staff session cookie is a staff member's own, signed-in session).
 */
export type PageCookie =
  /** The chosen language (`de`), when one was chosen. */
  | 'lang'
  /** A random value the CSRF token of every form is bound to. */
  | 'csrf'
  /** Draft id and key of an unsent report (the server holds only ciphertext). */
  | 'draft'
  /** The reporter's 15-minute receipt session (the token ReporterChannelService issued). */
  | 'session'
  /** Id and key of a one-time result (a retaliation report's receipt) waiting to be shown. */
  | 'result'
  /** A staff member's console session (StaffSessionService's opaque token; the row decides). */
  | 'staff';

/** Each request's Cookie header, parsed; gone with the request. */
const PARSED = new WeakMap<FastifyRequest, Record<string, string | undefined>>();

/**
 * Cookie names and attributes. HttpOnly, SameSite=Strict and Path=/ always; no Expires or Max-Age,
 * so the browser forgets them when it closes. In production they are Secure and `__Host-`
 * prefixed, which the browser only accepts over https from this very host.
 */
export class PageCookies {
  private readonly prefix: string;

  constructor(private readonly secure: boolean) {
    this.prefix = secure ? '__Host-candor-' : 'candor-';
  }

  name(cookie: PageCookie): string {
    return `${this.prefix}${cookie}`;
  }

  read(request: FastifyRequest, cookie: PageCookie): string | undefined {
    const header = request.headers.cookie;
    if (!header) return undefined;
    // A page reads two to four cookies: the header is parsed once per request.
    let parsed = PARSED.get(request);
    if (parsed === undefined) {
      parsed = parse(header);
      PARSED.set(request, parsed);
    }
    const value = parsed[this.name(cookie)];
    return value === undefined || value === '' ? undefined : value;
  }

  set(reply: FastifyReply, cookie: PageCookie, value: string): void {
    void reply.header(
      'set-cookie',
      serialize(this.name(cookie), value, {
        httpOnly: true,
        sameSite: 'strict',
        path: '/',
        secure: this.secure,
      }),
    );
  }

  clear(reply: FastifyReply, cookie: PageCookie): void {
    void reply.header(
      'set-cookie',
      serialize(this.name(cookie), '', {
        httpOnly: true,
        sameSite: 'strict',
        path: '/',
        secure: this.secure,
        expires: new Date(0),
      }),
    );
  }
}

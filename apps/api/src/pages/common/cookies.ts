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

/** What every cookie of the pages says besides its name and value. */
const ATTRIBUTES = { httpOnly: true, sameSite: 'strict', path: '/' } as const;

/** How one cookie is set and cleared: the same text every time but for the value. */
interface CookieLines {
  readonly name: string;
  /** `name=`: the value and then `suffix` follow. */
  readonly prefix: string;
  /** `; Path=/; HttpOnly; …`: the attributes. */
  readonly suffix: string;
  /** The whole line that expires the cookie at once. */
  readonly clear: string;
}

/** Every PageCookie, once (the Record makes the compiler check that none is missing). */
const COOKIES = Object.keys({
  lang: true,
  csrf: true,
  draft: true,
  session: true,
  result: true,
  staff: true,
} satisfies Record<PageCookie, true>) as PageCookie[];

/**
 * Cookie names and attributes. HttpOnly, SameSite=Strict and Path=/ always; no Expires or Max-Age,
 * so the browser forgets them when it closes. In production they are Secure and `__Host-`
 * prefixed, which the browser only accepts over https from this very host.
 *
 * The `cookie` package writes each line once, at start-up, with an empty value; a line is then
 * that text with the value put in, encoded as `serialize` encodes it (encodeURIComponent, whose
 * output is always a valid cookie value). Serializing every time checked the same name and the
 * same attributes again on every page a reporter loaded.
 */
export class PageCookies {
  private readonly lines: ReadonlyMap<PageCookie, CookieLines>;

  constructor(secure: boolean) {
    const prefix = secure ? '__Host-candor-' : 'candor-';
    const options = { ...ATTRIBUTES, secure };
    this.lines = new Map(
      COOKIES.map((cookie) => {
        const name = `${prefix}${cookie}`;
        const empty = serialize(name, '', options);
        return [
          cookie,
          {
            name,
            prefix: `${name}=`,
            suffix: empty.slice(name.length + 1),
            clear: serialize(name, '', { ...options, expires: new Date(0) }),
          },
        ];
      }),
    );
  }

  name(cookie: PageCookie): string {
    return this.linesOf(cookie).name;
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
    const lines = this.linesOf(cookie);
    void reply.header('set-cookie', `${lines.prefix}${encodeURIComponent(value)}${lines.suffix}`);
  }

  clear(reply: FastifyReply, cookie: PageCookie): void {
    void reply.header('set-cookie', this.linesOf(cookie).clear);
  }

  private linesOf(cookie: PageCookie): CookieLines {
    const lines = this.lines.get(cookie);
    if (lines === undefined) throw new Error(`unknown page cookie ${cookie}`);
    return lines;
  }
}

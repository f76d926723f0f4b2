import request from 'supertest';
import { must } from '@candor/platform';
import { totpCode, type TestStaff } from './staff.js';
import type { TestApp } from './test-app.js';

/** The CSRF token of the first console or page form in an HTML answer. */
export function csrfOf(html: string): string {
  return /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';
}

/** `name=value` pairs of a response's Set-Cookie headers (attributes dropped). */
export function cookiesOf(res: { headers: Record<string, unknown> }): Record<string, string> {
  const raw = res.headers['set-cookie'];
  const list = Array.isArray(raw) ? (raw as string[]) : typeof raw === 'string' ? [raw] : [];
  return Object.fromEntries(
    list.map((cookie) => {
      const pair = must(cookie.split(';')[0], 'a name=value pair');
      const at = pair.indexOf('=');
      return [pair.slice(0, at), decodeURIComponent(pair.slice(at + 1))];
    }),
  );
}

export function cookieHeader(cookies: Record<string, string>): string {
  return Object.entries(cookies)
    .map(([name, value]) => `${name}=${value}`)
    .join('; ');
}

export interface ConsoleSession {
  /** The Cookie header that carries the session (and the sign-in form's CSRF cookie). */
  readonly cookie: string;
  readonly staffCookie: string;
}

/**
 * Signs a staff member in through the console's sign-in page, as a browser would: the form's
 * CSRF cookie and token, then email, password and a TOTP code (`offsetSteps` periods ahead, since
 * each code is accepted once).
 */
export async function consoleSignIn(
  sut: TestApp,
  staff: Pick<TestStaff, 'email' | 'password' | 'totpSecret'>,
  offsetSteps = 1,
): Promise<ConsoleSession> {
  const http = request(sut.app.getHttpServer());
  const form = await http.get('/staff/sign-in');
  const formCookies = cookiesOf(form);
  const res = await request(sut.app.getHttpServer())
    .post('/staff/sign-in')
    .set('cookie', cookieHeader(formCookies))
    .type('form')
    .send({
      _csrf: csrfOf(form.text),
      email: staff.email,
      password: staff.password,
      otp: await totpCode(staff.totpSecret, offsetSteps),
    });
  if (res.status !== 303) throw new Error(`console sign-in failed: ${res.status}`);
  const staffCookie = cookiesOf(res)['candor-staff'];
  if (!staffCookie) throw new Error('console sign-in set no session cookie');
  return {
    cookie: cookieHeader({ ...formCookies, 'candor-staff': staffCookie }),
    staffCookie,
  };
}

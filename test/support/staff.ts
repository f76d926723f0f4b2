import { generate } from 'otplib';
import request from 'supertest';
import { StaffService, StaffSessionCache } from '@candor/domain';
import type { TestApp } from './test-app.js';

export type StaffRoleName =
  'general_counsel' | 'cfo' | 'audit_committee' | 'board' | 'investigator' | 'hr' | 'admin';

export interface TestStaff {
  id: string;
  email: string;
  name: string;
  role: StaffRoleName;
  password: string;
  totpSecret: string;
  /** A live access token (signed in once, with a real TOTP code). */
  token: string;
}

let counter = 0;

/** A TOTP code for `secret`, `offsetSteps` periods from now (codes are single-use per step). */
export async function totpCode(secret: string, offsetSteps = 0): Promise<string> {
  return generate({ secret, epoch: Math.floor(Date.now() / 1000) + offsetSteps * 30 });
}

/**
 * Creates a staff member with the operator's own service (what `staff:create --password` calls; the
 * command itself is tested in staff-administration) and signs them in through the API with their
 * password and a real TOTP code. In the test process, not a CLI process: a CLI start costs about
 * 2.5 s of CPU, and the suites create some two hundred people.
 */
export async function createStaff(
  sut: TestApp,
  role: StaffRoleName,
  options: { name?: string; email?: string; chair?: boolean } = {},
): Promise<TestStaff> {
  counter += 1;
  const name = options.name ?? `${role.replace('_', ' ')} ${counter}`;
  const email = options.email ?? `${role}.${counter}.${Date.now().toString(36)}@candor.example`;
  const password = `Test-password-${counter}-long-enough`;
  const created = await sut.app
    .get(StaffService, { strict: false })
    .create({ email, name, role, isChair: options.chair }, { password });
  if (!created.totpSecret) throw new Error(`staff:create gave ${email} no TOTP secret`);
  const token = await signIn(sut, email, password, created.totpSecret);
  return { id: created.id, email, name, role, password, totpSecret: created.totpSecret, token };
}

export async function signIn(
  sut: TestApp,
  email: string,
  password: string,
  totpSecret: string,
  offsetSteps = 0,
): Promise<string> {
  const res = await request(sut.app.getHttpServer())
    .post('/api/v1/auth/login')
    .send({ email, password, otp: await totpCode(totpSecret, offsetSteps) });
  if (res.status !== 200)
    throw new Error(`sign-in failed: ${res.status} ${JSON.stringify(res.body)}`);
  return (res.body as { accessToken: string }).accessToken;
}

/** `Authorization` header for a staff member. */
export function bearer(staff: { token: string }): [string, string] {
  return ['authorization', `Bearer ${staff.token}`];
}

/**
 * After a test changed sessions or accounts in SQL, behind the services' back (ageing a session,
 * say): what every API process remembers of sessions is dropped, exactly as after the services'
 * own changes (StaffSessionCache.changed), so the next request reads the rows the test wrote.
 */
export async function sessionsChangedBehindTheApp(sut: TestApp): Promise<void> {
  await sut.app.get(StaffSessionCache, { strict: false }).changed();
}

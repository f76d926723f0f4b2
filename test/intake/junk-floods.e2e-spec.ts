import type { InjectOptions } from 'fastify';
import { DomainError, IntakeService, REPORTER, ReporterChannelService } from '@candor/domain';
import type { ReportSubmission } from '@candor/domain';
import { anonymousReport, EXECUTABLE } from '../support/factories.js';
import { multipartBody } from '../support/http-client.js';
import { bearer, createStaff } from '../support/staff.js';
import { startTestApp, TestApp } from '../support/test-app.js';

/** Requests through the real stack, `parallel` at a time; the statuses, in order. */
async function flood(
  sut: TestApp,
  count: number,
  build: (i: number) => InjectOptions,
  parallel = 25,
): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < count; i += parallel) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(parallel, count - i) }, (_, j) => sut.app.inject(build(i + j))),
    );
    statuses.push(...batch.map((res) => res.statusCode));
  }
  return statuses;
}

const tally = (statuses: number[]) =>
  statuses.reduce<Record<number, number>>((all, s) => ({ ...all, [s]: (all[s] ?? 0) + 1 }), {});

/** Bodies that can never be a receipt sign-in: each is refused by validation. */
const JUNK_SESSIONS: unknown[] = [
  {},
  { receipt: 42 },
  { receipt: null },
  { receipt: ['AAAA'] },
  { receipt: 'A'.repeat(129) },
  { receipt: 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF', extra: true },
];

/** Bodies that can never be a report. */
const JUNK_REPORTS: unknown[] = [
  {},
  { concernType: 'nope' },
  anonymousReport({ anonymous: 'yes' }),
  anonymousReport({ title: '' }),
  anonymousReport({ ipAddress: '198.51.100.7' }),
  anonymousReport({ implicated: [{ role: 'pope' }] }),
];

const submit = (body: unknown): InjectOptions => ({
  method: 'POST',
  url: '/api/v1/intake/reports',
  payload: body as Record<string, unknown>,
});
const signIn = (body: unknown): InjectOptions => ({
  method: 'POST',
  url: '/api/v1/reporter/session',
  payload: body as Record<string, unknown>,
});

describe('reporter routes under a flood of junk', () => {
  let sut: TestApp;
  /** Made before any flood, so that each test shows what its own flood does. */
  let holder: { reference: string; receipt: string };
  let session: { reference: string; token: string };

  beforeAll(async () => {
    sut = await startTestApp();
    const report = async () =>
      (await sut.app.inject(submit(anonymousReport()))).json<{
        reference: string;
        receipt: string;
      }>();
    holder = await report();
    const signedIn = await report();
    const res = await sut.app.inject(signIn({ receipt: signedIn.receipt }));
    session = { reference: signedIn.reference, token: res.json<{ token: string }>().token };
  });
  afterAll(() => sut.close());

  it('still takes a real report after 310 malformed ones, which are refused and never counted', async () => {
    const statuses = await flood(sut, 310, (i) => submit(JUNK_REPORTS[i % JUNK_REPORTS.length]));
    expect(tally(statuses)).toEqual({ 400: 310 });

    const real = await sut.app.inject(submit(anonymousReport()));
    expect(real.statusCode).toBe(201);
    expect(real.json()).toMatchObject({ reference: expect.stringMatching(/^CND-/) });
  });

  it('still signs in a real receipt after 1,250 malformed sign-in bodies', async () => {
    const statuses = await flood(sut, 1250, (i) => signIn(JUNK_SESSIONS[i % JUNK_SESSIONS.length]));
    expect(tally(statuses)).toEqual({ 400: 1250 });

    const res = await sut.app.inject(signIn({ receipt: holder.receipt }));
    expect(res.statusCode).toBe(200);
    const view = await sut.app.inject({
      method: 'GET',
      url: '/api/v1/reporter/case',
      headers: { authorization: `Bearer ${res.json().token}` },
    });
    expect(view.statusCode).toBe(200);
    expect(view.json().reference).toBe(holder.reference);
  });

  it('still serves a reporter session after 1,250 requests without a valid token', async () => {
    const statuses = await flood(sut, 1250, (i) => ({
      method: i % 2 ? 'GET' : 'POST',
      url: i % 2 ? '/api/v1/reporter/case' : '/api/v1/reporter/messages',
      headers: i % 3 ? { authorization: 'Bearer forged.token.value' } : {},
      payload: i % 2 ? undefined : { body: 'hello?' },
    }));
    expect(tally(statuses)).toEqual({ 401: 1250 });

    const view = await sut.app.inject({
      method: 'GET',
      url: '/api/v1/reporter/case',
      headers: { authorization: `Bearer ${session.token}` },
    });
    expect(view.statusCode).toBe(200);
    expect(view.json().reference).toBe(session.reference);
  });

  it('lists the concern types to everybody, however many ask: the list costs no more than a refusal would', async () => {
    const statuses = await flood(sut, 1250, () => ({
      method: 'GET',
      url: '/api/v1/intake/concern-types',
    }));
    expect(tally(statuses)).toEqual({ 200: 1250 });
  });
});

describe('the intake limit', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await startTestApp({ INTAKE_REPORTS_PER_MINUTE: '3' });
  });
  afterAll(() => sut.close());

  it('counts only the reports it takes: junk and refused files leave the budget to real reporters', async () => {
    const junk = await flood(sut, 60, (i) => ({
      method: 'POST',
      url: '/api/v1/intake/reports',
      payload: JUNK_REPORTS[i % JUNK_REPORTS.length] as Record<string, unknown>,
    }));
    expect(tally(junk)).toEqual({ 400: 60 });
    for (let i = 0; i < 3; i += 1) {
      const form = multipartBody({ report: JSON.stringify(anonymousReport()) }, [
        { name: 'evidence.pdf', content: EXECUTABLE },
      ]);
      const refused = await sut.app.inject({
        method: 'POST',
        url: '/api/v1/intake/reports',
        headers: { 'content-type': form.contentType },
        payload: form.body,
      });
      expect(refused.statusCode).toBe(415);
    }

    const accepted: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      accepted.push(
        (
          await sut.app.inject({
            method: 'POST',
            url: '/api/v1/intake/reports',
            payload: anonymousReport(),
          })
        ).statusCode,
      );
    }
    expect(accepted).toEqual([201, 201, 201]);
  });

  it('refuses reports past the limit with 429 and Retry-After, and audits the limit engaging once', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      const res = await sut.app.inject({
        method: 'POST',
        url: '/api/v1/intake/reports',
        payload: anonymousReport(),
      });
      statuses.push(res.statusCode);
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
      expect(Number(res.headers['retry-after'])).toBeLessThanOrEqual(60);
      expect(res.json()).toEqual({
        statusCode: 429,
        error: 'Too Many Requests',
        message: 'too many reports right now, try again in a minute',
      });
    }
    expect(statuses).toEqual([429, 429, 429]);
    expect(await sut.db.query(`SELECT count(*)::int AS n FROM cases`)).toEqual([{ n: 3 }]);
    const engaged = await sut.db.query(
      `SELECT actor_type, detail FROM audit_log WHERE action = 'intake.throttled'`,
    );
    expect(engaged).toEqual([{ actor_type: 'system', detail: { reportsPerMinute: 3 } }]);
  });

  it('applies the same limit to a report handed to the intake service directly, as the pages do', async () => {
    const submission: ReportSubmission = {
      channel: 'web',
      concernType: 'accounting',
      title: 'Q2 revenue booked before delivery',
      description: 'Orders were recognised before the goods left the warehouse.',
      anonymous: true,
      implicated: [],
      witnesses: [],
      files: [],
    };
    const refusal = await sut.app
      .get(IntakeService)
      .submit(submission, REPORTER)
      .catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(DomainError);
    expect(refusal).toMatchObject({
      kind: 'rate_limited',
      details: { retryAfterSeconds: expect.any(Number) },
    });
  });

  it('never counts or refuses reports that staff record from a letter or a call', async () => {
    const counsel = await createStaff(sut, 'general_counsel');
    const res = await sut.app.inject({
      method: 'POST',
      url: '/api/v1/cases',
      headers: Object.fromEntries([bearer(counsel)]),
      payload: { ...anonymousReport(), channel: 'phone' },
    });
    expect(res.statusCode).toBe(201);
  });
});

describe('receipt sign-in through the reporter channel service, as the pages call it', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await startTestApp({ RECEIPT_FAILURES_PER_MINUTE: '3' });
  });
  afterAll(() => sut.close());

  it('refuses wrong receipts with the same 429 once they are throttled, and still lets the holder in', async () => {
    const created = await sut.app.inject({
      method: 'POST',
      url: '/api/v1/intake/reports',
      payload: anonymousReport(),
    });
    const channel = sut.app.get(ReporterChannelService);
    const outcomes: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      outcomes.push(
        await channel.signIn(`QQQQ-QQQQ-QQQQ-QQQQ-QQQQ-QQQ${i}`).then(
          () => 'signed in',
          (error: DomainError) => error.kind,
        ),
      );
    }
    expect(outcomes).toEqual([
      'unauthenticated',
      'unauthenticated',
      'unauthenticated',
      'rate_limited',
      'rate_limited',
    ]);
    const session = await channel.signIn(created.json().receipt);
    expect(session.token).toEqual(expect.any(String));
  });
});

describe('a receipt session', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await startTestApp();
  });
  afterAll(() => sut.close());

  async function session(): Promise<string> {
    const created = await sut.app.inject({
      method: 'POST',
      url: '/api/v1/intake/reports',
      payload: anonymousReport(),
    });
    const signedIn = await sut.app.inject({
      method: 'POST',
      url: '/api/v1/reporter/session',
      payload: { receipt: created.json().receipt },
    });
    return signedIn.json().token as string;
  }

  it('is limited to 60 requests a minute for its case, which limits nobody else', async () => {
    const [busy, other] = [await session(), await session()];
    const statuses = await flood(
      sut,
      61,
      () => ({
        method: 'GET',
        url: '/api/v1/reporter/case',
        headers: { authorization: `Bearer ${busy}` },
      }),
      10,
    );
    expect(statuses).toEqual([...Array<number>(60).fill(200), 429]);
    const refused = await sut.app.inject({
      method: 'GET',
      url: '/api/v1/reporter/case',
      headers: { authorization: `Bearer ${busy}` },
    });
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);

    const unaffected = await sut.app.inject({
      method: 'GET',
      url: '/api/v1/reporter/case',
      headers: { authorization: `Bearer ${other}` },
    });
    expect(unaffected.statusCode).toBe(200);
  });
});

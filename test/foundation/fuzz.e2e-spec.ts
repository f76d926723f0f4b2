import fc from 'fast-check';
import { Client } from 'pg';
import request from 'supertest';
import { MAX_JSON_DEPTH } from '../../apps/api/src/common/json-depth.js';
import { rowCounts } from '../support/counts.js';
import { anonymousReport, namedReport, PDF } from '../support/factories.js';
import {
  describeRequest,
  FuzzContext,
  FuzzRequest,
  OpenApiDocument,
  requestArb,
  Route,
  routeKey,
  routesOf,
  schemaDepth,
  Seed,
} from '../support/fuzz-requests.js';
import { eventually, spawnApp, Spawned } from '../support/processes.js';
import { bearer, createStaff, signIn } from '../support/staff.js';
import { startTestApp, TestApp } from '../support/test-app.js';

// At least this many requests per run, spread evenly over the routes of the OpenAPI document
// (FUZZ_RUNS=20000 for a longer hunt).
const TOTAL_RUNS = Number(process.env.FUZZ_RUNS ?? 2_000);
// Replay a failure with FUZZ_SEED=<the seed printed with it>.
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
// Refusals of bad input, which must leave no row behind.
const BAD_INPUT = new Set([400, 413, 415]);
// How many times each route answered each status (FUZZ_VERBOSE=1 prints it).
const answers: Record<string, Record<number, number>> = {};

describe('every route under generated input', () => {
  let sut: TestApp;
  let worker: Spawned | undefined;
  let document: OpenApiDocument;
  let context: FuzzContext;
  let logoutContext: FuzzContext;
  // One connection for the two counts around each request (TestDatabase.query opens one per call).
  let counter: Client;
  const counts = () =>
    rowCounts({
      query: async <T>(sql: string) => (await counter.query(sql)).rows as T[],
    });

  beforeAll(async () => {
    sut = await startTestApp({
      INTAKE_REPORTS_PER_MINUTE: '100000',
      RECEIPT_FAILURES_PER_MINUTE: '100000',
    });
    // GET /health/worker waits for a worker: run the real one, as a deployment does.
    worker = spawnApp('worker', [], sut.env);
    const http = () => request(sut.app.getHttpServer());
    const [counsel, committee, hr, investigator] = await Promise.all([
      createStaff(sut, 'general_counsel'),
      createStaff(sut, 'audit_committee'),
      createStaff(sut, 'hr'),
      createStaff(sut, 'investigator'),
    ]);
    // Logging out ends the session it is sent with: that route gets a second session of its own.
    const leaving = await signIn(sut, hr.email, hr.password, hr.totpSecret, 1);
    const named = await http()
      .post('/api/v1/intake/reports')
      .field('report', JSON.stringify(namedReport()))
      .attach('files', PDF, 'evidence.pdf');
    const anonymous = await http().post('/api/v1/intake/reports').send(anonymousReport());
    expect([named.status, anonymous.status]).toEqual([201, 201]);
    const reporterTokens = await Promise.all(
      [named, anonymous].map(async (created) => {
        const res = await http()
          .post('/api/v1/reporter/session')
          .send({ receipt: created.body.receipt });
        return res.body.token as string;
      }),
    );
    const detail = await http()
      .get(`/api/v1/cases/${named.body.reference}`)
      .set(...bearer(counsel));
    const check = await http()
      .post('/api/v1/retaliation/checks')
      .set(...bearer(hr))
      .send({
        employee: { name: 'Dana Whitfield', email: 'dana.whitfield@example.com' },
        action: 'termination',
        effectiveDate: '2026-09-01',
      });
    expect([detail.status, check.status]).toEqual([200, 201]);
    const ids = (list: Array<{ id: string }> | undefined) => (list ?? []).map((x) => x.id);
    const reviews = await sut.db.query<{ id: string }>(`SELECT id FROM retaliation_reviews`);
    context = {
      pathValues: {
        reference: [named.body.reference, anonymous.body.reference],
        partyId: ids(detail.body.parties),
        fileId: ids(detail.body.files),
        id: [check.body.id, ...ids(reviews)],
      },
      tokens: {
        reporter: reporterTokens,
        staff: [counsel, committee, hr, investigator].map((s) => s.token),
      },
      seeds: seedsFor({
        receipt: named.body.receipt,
        reference: named.body.reference,
        investigatorId: investigator.id,
        credentials: { email: hr.email, password: hr.password },
      }),
    };
    logoutContext = { ...context, tokens: { ...context.tokens, staff: [leaving] } };
    document = (await http().get('/api/docs-json')).body as OpenApiDocument;
    counter = new Client({ connectionString: sut.db.ownerUrl });
    await counter.connect();
    await eventually('the worker', async () => (await http().get('/health/worker')).ok, 30_000);
  });
  afterAll(async () => {
    await counter?.end();
    worker?.proc.kill('SIGKILL');
    await worker?.exited();
    await sut.close();
  });

  it(`answers no request with a 5xx, over ${TOTAL_RUNS} requests across every route`, async () => {
    const routes = routesOf(document);
    expect(routes.length).toBeGreaterThan(30);
    // A seed for a route that no longer exists would silently stop being used.
    expect(
      Object.keys(context.seeds).filter((key) => !routes.some((r) => routeKey(r) === key)),
    ).toEqual([]);
    const runsPerRoute = Math.ceil(TOTAL_RUNS / routes.length);
    const failures: string[] = [];
    let sent = 0;
    for (const [index, route] of routes.entries()) {
      const arb = requestArb(document, route, isLogout(route) ? logoutContext : context);
      for (const generated of fc.sample(arb, { numRuns: runsPerRoute, seed: SEED + index })) {
        const failure = await check(generated, route);
        sent += 1;
        if (failure) failures.push(`${route.method} ${route.path}: ${failure}`);
      }
    }
    expect(sent).toBeGreaterThanOrEqual(TOTAL_RUNS);
    if (process.env.FUZZ_VERBOSE) {
      console.log(
        Object.entries(answers)
          .map(([k, v]) => `${k} ${JSON.stringify(v)}`)
          .join('\n'),
      );
    }
    expect({ seed: SEED, failures: failures.slice(0, 20), count: failures.length }).toEqual({
      seed: SEED,
      failures: [],
      count: 0,
    });
    // Most routes must have been reached past validation at least once, or the generator has
    // degenerated into sending nothing but bad input.
    const served = Object.values(answers).filter((byStatus) =>
      Object.keys(byStatus).some((status) => Number(status) < 300),
    );
    expect(served.length).toBeGreaterThanOrEqual(20);
  }, 180_000);

  it('allows exactly the nesting depth that the deepest documented body needs', () => {
    const depths = routesOf(document).flatMap((route) =>
      route.body ? [schemaDepth(document, route.body.schema)] : [],
    );
    expect(Math.max(...depths)).toBe(MAX_JSON_DEPTH);
  });

  async function check(sent: FuzzRequest, route: Route): Promise<string | undefined> {
    const before = await counts();
    const res = await sut.app.inject({
      method: sent.method as 'GET',
      url: sent.url,
      headers: sent.headers,
      payload: sent.payload,
    });
    const key = routeKey(route);
    (answers[key] ??= {})[res.statusCode] = (answers[key][res.statusCode] ?? 0) + 1;
    const said = `${res.statusCode} ${res.body.slice(0, 200)} for ${describeRequest(sent)}`;
    if (res.statusCode >= 500) return said;
    if (res.statusCode >= 400) {
      const body = safeJson(res.body);
      if (body?.statusCode !== res.statusCode || typeof body.error !== 'string')
        return `not the API's error shape: ${said}`;
    }
    if (BAD_INPUT.has(res.statusCode)) {
      const after = await counts();
      if (JSON.stringify(after) !== JSON.stringify(before))
        return `rows left behind (${JSON.stringify(before)} → ${JSON.stringify(after)}): ${said}`;
    }
    return undefined;
  }
});

function isLogout(route: Route): boolean {
  return route.path === '/api/v1/auth/logout';
}

/** A valid request for each route that takes input (see FuzzContext.seeds). */
function seedsFor(known: {
  receipt: string;
  reference: string;
  investigatorId: string;
  credentials: { email: string; password: string };
}): Record<string, Seed> {
  const onCase = '/api/v1/cases/{reference}';
  return {
    'POST /api/v1/intake/reports': { body: namedReport() },
    'POST /api/v1/reporter/session': { body: { receipt: known.receipt } },
    'POST /api/v1/reporter/messages': { body: { body: 'I can send the side letters.' } },
    'POST /api/v1/reporter/retaliation': {
      body: { description: 'My badge stopped working the day after I reported.' },
    },
    'POST /api/v1/auth/login': { body: { ...known.credentials, otp: '123456' } },
    'GET /api/v1/cases': { query: { status: 'received', limit: '10' } },
    'POST /api/v1/cases': { body: { ...namedReport(), channel: 'mail' } },
    [`POST ${onCase}/transitions`]: { body: { to: 'acknowledged' } },
    [`POST ${onCase}/assignments`]: { body: { userId: known.investigatorId } },
    [`POST ${onCase}/implicated`]: { body: { name: 'Sam Ortega', role: 'employee' } },
    [`POST ${onCase}/parties/{partyId}/staff-match`]: { body: { decision: 'clear' } },
    [`POST ${onCase}/notes`]: { body: { body: 'Called the distributor.', kind: 'note' } },
    [`POST ${onCase}/messages`]: { body: { body: 'Thank you: we are looking into it.' } },
    [`POST ${onCase}/outcome`]: {
      body: { finding: 'substantiated', summary: 'The side letters existed.' },
    },
    [`POST ${onCase}/actions`]: {
      body: {
        kind: 'corrective',
        measure: 'training',
        owner: 'Finance',
        dueDate: '2027-03-31',
        description: 'Revenue recognition training for the sales office.',
      },
    },
    [`POST ${onCase}/approvals`]: {
      body: { subjectType: 'outcome', subjectId: '7d9c3c57-2f1e-4a43-9a4e-0c8f3f6f7a11' },
    },
    'GET /api/v1/board-reports': { query: { from: '2026-01-01', to: '2027-01-01' } },
    [`POST ${onCase}/legal-hold`]: { body: { matter: 'SEC inquiry HO-14421' } },
    [`POST ${onCase}/legal-hold/release`]: {
      body: { releaseNote: 'The inquiry closed without action.' },
    },
    [`POST ${onCase}/identity-reveal`]: {
      body: { justification: 'We must interview the reporter about the side letters in person.' },
    },
    [`POST ${onCase}/protected-people`]: {
      body: { name: 'Lee Park', email: 'lee.park@example.com' },
    },
    'GET /api/v1/audit/events': { query: { case: known.reference, limit: '10' } },
    'POST /api/v1/retaliation/checks': {
      body: {
        employee: { name: 'Lee Park', email: 'lee.park@example.com' },
        action: 'termination',
        effectiveDate: '2026-09-01',
      },
    },
    'POST /api/v1/retaliation/reviews/{id}/decision': {
      body: { decision: 'cleared', reason: 'The transfer was planned before the report.' },
    },
  };
}

function safeJson(text: string): { statusCode?: number; error?: unknown } | undefined {
  try {
    return JSON.parse(text) as { statusCode?: number; error?: unknown };
  } catch {
    return undefined;
  }
}

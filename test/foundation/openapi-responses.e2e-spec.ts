import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import ajvFormats from 'ajv-formats';
import request from 'supertest';
import { namedReport, PDF } from '../support/factories.js';
import { bearer, createStaff, TestStaff, totpCode } from '../support/staff.js';
import { startTestApp, TestApp } from '../support/test-app.js';

const DOCUMENT = join(import.meta.dirname, '..', '..', 'apps', 'api', 'openapi.json');

interface OpenApiResponse {
  content?: Record<string, { schema?: unknown }>;
}
interface OpenApiDocument {
  paths: Record<string, Record<string, { responses?: Record<string, OpenApiResponse> }>>;
  components: { schemas: Record<string, unknown> };
}

/**
 * The document leaves response objects open, so that a client tolerates a field added later. This
 * test closes them: every object schema that lists its properties and says nothing of others gets
 * `additionalProperties: false`, so a route that returns a field its DTO does not declare fails
 * here. (Open objects, like an audit entry's `detail`, say `additionalProperties: true`.)
 */
function closed(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(closed);
  if (schema === null || typeof schema !== 'object') return schema;
  const copy = Object.fromEntries(
    Object.entries(schema).map(([key, value]) => [
      key,
      // Property names are keys, not schemas: only their values are walked.
      key === 'properties'
        ? Object.fromEntries(
            Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, closed(v)]),
          )
        : closed(value),
    ]),
  );
  if ('properties' in copy && !('additionalProperties' in copy)) copy.additionalProperties = false;
  return copy;
}

/** Validators of the documented JSON responses, by `METHOD path status`. */
function responseValidators(document: OpenApiDocument) {
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajvFormats.default(ajv);
  ajv.addSchema({ $id: 'openapi.json', components: closed(document.components) });
  const compiled = new Map<string, ValidateFunction>();
  return (method: string, path: string, status: number): ValidateFunction => {
    const key = `${method} ${path} ${status}`;
    const known = compiled.get(key);
    if (known) return known;
    const schema =
      document.paths[path]?.[method]?.responses?.[String(status)]?.content?.['application/json']
        ?.schema;
    if (schema === undefined) throw new Error(`${key}: no JSON response schema is documented`);
    const validate = ajv.compile(
      JSON.parse(
        JSON.stringify(closed(schema)).replaceAll('"#/components/', '"openapi.json#/components/'),
      ) as object,
    );
    compiled.set(key, validate);
    return validate;
  };
}

describe('the documented response schemas (apps/api/openapi.json)', () => {
  const document = JSON.parse(readFileSync(DOCUMENT, 'utf8')) as OpenApiDocument;
  const validatorOf = responseValidators(document);

  /** Fails with the validator's findings when `body` is not what `path` documents for `status`. */
  function expectDocumented(
    method: string,
    path: string,
    res: { status: number; body: unknown },
    status: number,
  ): void {
    expect(res.status).toBe(status);
    const validate = validatorOf(method, path, status);
    if (!validate(res.body)) {
      throw new Error(
        `${method.toUpperCase()} ${path} ${status} does not match its documented schema: ${JSON.stringify(
          validate.errors?.map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`),
        )}`,
      );
    }
  }

  describe('the validator itself', () => {
    const validate = () => validatorOf('post', '/api/v1/auth/login', 200);
    const good = { accessToken: 'token', expiresAt: '2026-01-01T00:00:00.000Z' };

    it('accepts a body with exactly the documented fields', () => {
      expect(validate()(good)).toBe(true);
    });
    it('refuses a field the DTO does not declare', () => {
      expect(validate()({ ...good, extra: 1 })).toBe(false);
    });
    it('refuses a body that lacks a required field', () => {
      expect(validate()({ accessToken: 'token' })).toBe(false);
    });
    it('refuses null where the DTO does not allow it, and a value outside an enum', () => {
      const list = validatorOf('get', '/api/v1/cases', 200);
      expect(list({ items: [], nextCursor: null })).toBe(true);
      expect(validatorOf('get', '/api/v1/reporter/case', 200)({ reference: null })).toBe(false);
      const check = validatorOf('post', '/api/v1/retaliation/checks', 201);
      expect(check({ id: '5c9a0f0e-8d5f-4f5e-9a51-0a4a1f6c2b11', result: 'clear' })).toBe(true);
      expect(check({ id: '5c9a0f0e-8d5f-4f5e-9a51-0a4a1f6c2b11', result: 'maybe' })).toBe(false);
    });
  });

  it('documents a success schema for every JSON route, and the error shape', () => {
    const bodiless = new Set([
      'post /api/v1/auth/logout 204',
      'post /api/v1/reporter/messages 201',
      'post /api/v1/cases/{reference}/messages 201',
    ]);
    const missing: string[] = [];
    for (const [path, operations] of Object.entries(document.paths)) {
      if (!path.startsWith('/api/v1/')) continue;
      for (const [method, operation] of Object.entries(operations)) {
        for (const [status, response] of Object.entries(operation.responses ?? {})) {
          const key = `${method} ${path} ${status}`;
          if (status.startsWith('2') && !response.content && !bodiless.has(key)) missing.push(key);
          if (status.startsWith('4')) {
            const schema = response.content?.['application/json']?.schema;
            if (JSON.stringify(schema) !== '{"$ref":"#/components/schemas/ErrorResponseDto"}')
              missing.push(key);
          }
        }
      }
    }
    expect(missing).toEqual([]);
  });

  describe('what the routes answer', () => {
    let sut: TestApp;
    let gc: TestStaff;
    let cfo: TestStaff;
    let hr: TestStaff;
    let investigator: TestStaff;
    let reference: string;
    let receipt: string;
    let reporterToken: string;

    beforeAll(async () => {
      sut = await startTestApp();
      [gc, cfo, hr, investigator] = await Promise.all([
        createStaff(sut, 'general_counsel'),
        createStaff(sut, 'cfo'),
        createStaff(sut, 'hr'),
        createStaff(sut, 'investigator'),
      ]);
    });
    afterAll(() => sut.close());

    const http = () => request(sut.app.getHttpServer());
    const staffPost = (who: TestStaff, path: string, body: object) =>
      http()
        .post(path)
        .set(...bearer(who))
        .send(body);
    const staffGet = (who: TestStaff, path: string, query: Record<string, string> = {}) =>
      http()
        .get(path)
        .query(query)
        .set(...bearer(who));

    it('the reporter side: intake, session, case, attachments, retaliation', async () => {
      expectDocumented(
        'get',
        '/api/v1/intake/concern-types',
        await http().get('/api/v1/intake/concern-types'),
        200,
      );
      const created = await http().post('/api/v1/intake/reports').send(namedReport());
      expectDocumented('post', '/api/v1/intake/reports', created, 201);
      ({ reference, receipt } = created.body as { reference: string; receipt: string });

      const session = await http().post('/api/v1/reporter/session').send({ receipt });
      expectDocumented('post', '/api/v1/reporter/session', session, 200);
      reporterToken = (session.body as { token: string }).token;
      const asReporter = ['authorization', `Bearer ${reporterToken}`] as const;

      const message = await http()
        .post('/api/v1/reporter/messages')
        .set(...asReporter)
        .send({ body: 'One more detail: the side letters are in the blue binder.' });
      expect(message.status).toBe(201);
      const attached = await http()
        .post('/api/v1/reporter/attachments')
        .set(...asReporter)
        .attach('files', PDF, 'side-letter.pdf');
      expectDocumented('post', '/api/v1/reporter/attachments', attached, 201);
      expectDocumented(
        'get',
        '/api/v1/reporter/case',
        await http()
          .get('/api/v1/reporter/case')
          .set(...asReporter),
        200,
      );
      expectDocumented(
        'post',
        '/api/v1/reporter/retaliation',
        await http()
          .post('/api/v1/reporter/retaliation')
          .set(...asReporter)
          .send({ description: 'Since my report I have been left out of every client meeting.' }),
        201,
      );
      expectDocumented(
        'post',
        '/api/v1/reporter/session',
        await http().post('/api/v1/reporter/session').send({ receipt: 'NOT-A-REAL-RECEIPT' }),
        401,
      );
    });

    it('staff sign-in and the case list and detail', async () => {
      expectDocumented(
        'post',
        '/api/v1/auth/login',
        await http()
          .post('/api/v1/auth/login')
          .send({ email: gc.email, password: gc.password, otp: await totpCode(gc.totpSecret, 1) }),
        200,
      );
      expectDocumented('get', '/api/v1/cases', await staffGet(gc, '/api/v1/cases'), 200);
      expectDocumented(
        'get',
        '/api/v1/cases/{reference}',
        await staffGet(gc, `/api/v1/cases/${reference}`),
        200,
      );
      expectDocumented(
        'get',
        '/api/v1/cases/{reference}',
        await staffGet(hr, `/api/v1/cases/${reference}`),
        404,
      );
      expectDocumented('get', '/api/v1/cases', await http().get('/api/v1/cases'), 401);
    });

    it('working the case: transitions, assignment, notes, messages, files, parties', async () => {
      const transitions = '/api/v1/cases/{reference}/transitions';
      for (const to of ['acknowledged', 'triage', 'investigating']) {
        expectDocumented(
          'post',
          transitions,
          await staffPost(gc, `/api/v1/cases/${reference}/transitions`, { to }),
          200,
        );
      }
      expectDocumented(
        'post',
        transitions,
        await staffPost(gc, `/api/v1/cases/${reference}/transitions`, { to: 'closed' }),
        409,
      );
      expectDocumented(
        'post',
        '/api/v1/cases/{reference}/assignments',
        await staffPost(gc, `/api/v1/cases/${reference}/assignments`, { userId: investigator.id }),
        201,
      );
      const note = await staffPost(gc, `/api/v1/cases/${reference}/notes`, {
        body: 'Asked Finance for the distributor contracts.',
      });
      expectDocumented('post', '/api/v1/cases/{reference}/notes', note, 201);
      expectDocumented(
        'post',
        '/api/v1/cases/{reference}/notes',
        await staffPost(gc, `/api/v1/cases/${reference}/notes`, { body: 'x', extra: true }),
        400,
      );
      const message = await staffPost(gc, `/api/v1/cases/${reference}/messages`, {
        body: 'Thank you: we are looking into it.',
      });
      expect(message.status).toBe(201);
      expectDocumented(
        'post',
        '/api/v1/cases/{reference}/files',
        await http()
          .post(`/api/v1/cases/${reference}/files`)
          .set(...bearer(gc))
          .attach('files', PDF, 'contract.pdf'),
        201,
      );
      expectDocumented(
        'post',
        '/api/v1/cases/{reference}/implicated',
        await staffPost(gc, `/api/v1/cases/${reference}/implicated`, {
          name: 'Morgan Diaz',
          role: 'employee',
        }),
        201,
      );
      expectDocumented(
        'post',
        '/api/v1/cases/{reference}/protected-people',
        await staffPost(gc, `/api/v1/cases/${reference}/protected-people`, {
          name: 'Robin Hale',
          email: 'robin.hale@example.com',
        }),
        201,
      );
      expectDocumented(
        'get',
        '/api/v1/cases/{reference}/protected-people',
        await staffGet(gc, `/api/v1/cases/${reference}/protected-people`),
        200,
      );
    });

    it('determinations: outcome, action, approval; then the full case', async () => {
      const outcome = await staffPost(gc, `/api/v1/cases/${reference}/outcome`, {
        finding: 'substantiated',
        summary: 'The remarks were made and repeated after a warning.',
      });
      expectDocumented('post', '/api/v1/cases/{reference}/outcome', outcome, 201);
      expectDocumented(
        'post',
        '/api/v1/cases/{reference}/approvals',
        await staffPost(cfo, `/api/v1/cases/${reference}/approvals`, {
          subjectType: 'outcome',
          subjectId: (outcome.body as { id: string }).id,
        }),
        201,
      );
      expectDocumented(
        'post',
        '/api/v1/cases/{reference}/actions',
        await staffPost(gc, `/api/v1/cases/${reference}/actions`, {
          kind: 'corrective',
          measure: 'training',
          owner: 'People team',
          description: 'Respect-at-work training for the team',
          dueDate: '2030-01-31',
        }),
        201,
      );
      // Everything above now shows in the case: notes, messages, files, parties, outcome, action.
      expectDocumented(
        'get',
        '/api/v1/cases/{reference}',
        await staffGet(gc, `/api/v1/cases/${reference}`),
        200,
      );
    });

    it('safeguards: legal hold, identity reveal', async () => {
      expectDocumented(
        'post',
        '/api/v1/cases/{reference}/legal-hold',
        await staffPost(gc, `/api/v1/cases/${reference}/legal-hold`, {
          matter: 'EEOC charge 410-2026-0001',
        }),
        201,
      );
      expectDocumented(
        'post',
        '/api/v1/cases/{reference}/legal-hold/release',
        await staffPost(gc, `/api/v1/cases/${reference}/legal-hold/release`, {
          releaseNote: 'The charge was withdrawn on counsel advice.',
        }),
        200,
      );
      expectDocumented(
        'post',
        '/api/v1/cases/{reference}/identity-reveal',
        await staffPost(gc, `/api/v1/cases/${reference}/identity-reveal`, {
          justification: 'The EEOC charge requires us to name the complainant in our response.',
        }),
        200,
      );
    });

    it('oversight and HR: audit events and verify, board report, retaliation check', async () => {
      expectDocumented(
        'get',
        '/api/v1/audit/events',
        await staffGet(gc, '/api/v1/audit/events', { case: reference }),
        200,
      );
      expectDocumented(
        'get',
        '/api/v1/audit/verify',
        await staffGet(gc, '/api/v1/audit/verify'),
        200,
      );
      expectDocumented(
        'get',
        '/api/v1/board-reports',
        await staffGet(gc, '/api/v1/board-reports', {
          period: String(new Date().getUTCFullYear()),
        }),
        200,
      );
      expectDocumented(
        'get',
        '/api/v1/board-reports',
        await staffGet(gc, '/api/v1/board-reports', { period: '2026-W1' }),
        400,
      );
      const check = await staffPost(hr, '/api/v1/retaliation/checks', {
        employee: { name: 'Robin Hale', email: 'robin.hale@example.com' },
        action: 'termination',
        effectiveDate: '2030-09-01',
      });
      expectDocumented('post', '/api/v1/retaliation/checks', check, 201);
      expectDocumented(
        'get',
        '/api/v1/retaliation/checks/{id}',
        await staffGet(hr, `/api/v1/retaliation/checks/${(check.body as { id: string }).id}`),
        200,
      );
      expectDocumented(
        'get',
        '/api/v1/retaliation/reviews',
        await staffGet(gc, '/api/v1/retaliation/reviews'),
        200,
      );
    });
  });
});

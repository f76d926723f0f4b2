import { Validator } from '@seriousme/openapi-schema-validator';
import request from 'supertest';
import { ProbeModule } from '../support/probe.module.js';
import { startTestApp, TestApp } from '../support/test-app.js';

const SECURITY_HEADERS = [
  'content-security-policy',
  'x-content-type-options',
  'x-frame-options',
  'referrer-policy',
  'cross-origin-opener-policy',
];

describe('HTTP pipeline', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await startTestApp({ BODY_LIMIT_BYTES: '8192' }, [ProbeModule]);
  });
  afterAll(() => sut.close());

  const http = () => request(sut.app.getHttpServer());

  it('accepts a valid body', async () => {
    const res = await http().post('/api/v1/test-probe').send({ text: 'hello' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ length: 5 });
  });

  it('refuses an unknown body field with 400 and the error shape', async () => {
    const res = await http().post('/api/v1/test-probe').send({ text: 'hello', admin: true });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: ['property admin should not exist'],
    });
  });

  it('refuses a missing field with a message naming it', async () => {
    const res = await http().post('/api/v1/test-probe').send({});
    expect(res.status).toBe(400);
    expect(res.body.error).toBe('Bad Request');
    expect(res.body.message).toEqual(expect.arrayContaining([expect.stringContaining('text')]));
  });

  it('answers 413 with the error shape for a body over the limit', async () => {
    const res = await http()
      .post('/api/v1/test-probe')
      .set('content-type', 'application/json')
      .send(JSON.stringify({ text: 'x'.repeat(20_000) }));
    expect(res.status).toBe(413);
    expect(res.body).toEqual({
      statusCode: 413,
      error: 'Payload Too Large',
      message: expect.any(String),
    });
  });

  it('answers 400 with the error shape for malformed JSON', async () => {
    const res = await http()
      .post('/api/v1/test-probe')
      .set('content-type', 'application/json')
      .send('{"text": ');
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: expect.any(String),
    });
  });

  it.each([
    ['4,000 nested arrays', '['.repeat(4000) + ']'.repeat(4000)],
    ['1,300 nested objects in a field', `{"text":${'{"a":'.repeat(1300)}1${'}'.repeat(1300)}}`],
    ['one level deeper than any body needs', '{"text":[{"a":[]}]}'],
  ])('refuses %s with 400 before parsing it', async (_what, body) => {
    const res = await http()
      .post('/api/v1/test-probe')
      .set('content-type', 'application/json')
      .send(body);
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: 'request body nests objects and arrays too deeply (at most 3 levels)',
    });
  });

  it('refuses a text/plain body with 415: only JSON is documented', async () => {
    const res = await http()
      .post('/api/v1/test-probe')
      .set('content-type', 'text/plain')
      .send('hello');
    expect(res.status).toBe(415);
    expect(res.body).toEqual({
      statusCode: 415,
      error: 'Unsupported Media Type',
      message: expect.any(String),
    });
  });

  it('answers 404 with the error shape for an unknown route', async () => {
    const res = await http().get('/api/v1/nothing-here');
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ statusCode: 404, error: 'Not Found' });
  });

  it.each([
    ['a health check', () => http().get('/health')],
    ['the OpenAPI document', () => http().get('/api/docs-json')],
    ['a validation error', () => http().post('/api/v1/test-probe').send({ nope: 1 })],
    ['an unknown route', () => http().get('/nope')],
    [
      'an oversized body',
      () =>
        http()
          .post('/api/v1/test-probe')
          .send({ text: 'y'.repeat(20_000) }),
    ],
  ])('sets the security headers and Cache-Control: no-store on %s', async (_what, send) => {
    const res = await send();
    for (const header of SECURITY_HEADERS) expect(res.headers[header]).toBeDefined();
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['cross-origin-resource-policy']).toBe('same-origin');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['x-powered-by']).toBeUndefined();
    // web.md: HSTS in production over https only (security-headers.spec.ts), never on plain http.
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });

  it('serves a valid OpenAPI document at /api/docs-json and the UI at /api/docs', async () => {
    const res = await http().get('/api/docs-json');
    expect(res.status).toBe(200);
    const document = res.body as { openapi: string; paths: Record<string, unknown> };
    expect(document.openapi).toMatch(/^3\./);
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/health']));
    const validation = await new Validator().validate(structuredClone(document));
    expect(validation.errors).toBeUndefined();
    expect(validation.valid).toBe(true);
    const ui = await http().get('/api/docs');
    expect(ui.status).toBe(200);
    expect(ui.text).toContain('swagger');
  });

  it('answers /health with 200 when PostgreSQL and Redis answer', async () => {
    const res = await http().get('/health');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: 'ok',
      details: { database: { status: 'up' }, redis: { status: 'up' } },
    });
  });
});

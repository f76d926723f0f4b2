import request from 'supertest';
import { rowCounts } from '../support/counts.js';
import { anonymousReport, EXECUTABLE, namedReport, PDF } from '../support/factories.js';
import { bearer, createStaff, TestStaff } from '../support/staff.js';
import { startTestApp, TestApp } from '../support/test-app.js';

type Send = (http: ReturnType<typeof request>) => request.Test;

const json =
  (body: unknown): Send =>
  (http) =>
    http.post('/api/v1/intake/reports').send(body as object);
const raw =
  (contentType: string, body: string | Buffer): Send =>
  (http) =>
    // Written as bytes: superagent would otherwise serialize a Buffer as JSON.
    http
      .post('/api/v1/intake/reports')
      .set('content-type', contentType)
      .serialize((b: unknown) => b as string)
      .send(body);
const multipart =
  (fields: Record<string, string>, files: Array<[string, Buffer]>): Send =>
  (http) => {
    let req = http.post('/api/v1/intake/reports');
    for (const [name, value] of Object.entries(fields)) req = req.field(name, value);
    for (const [name, content] of files) req = req.attach('files', content, name);
    return req;
  };
const reportFields = (overrides: Record<string, unknown> = {}) => ({
  report: JSON.stringify(anonymousReport(overrides)),
});

describe('bad input to intake', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await startTestApp();
  });
  afterAll(() => sut.close());

  it.each<[string, Send, number, RegExp]>([
    [
      'an unknown concern type',
      json(anonymousReport({ concernType: 'tax_fraud' })),
      400,
      /concernType must be one of/,
    ],
    [
      'an empty description',
      json(anonymousReport({ description: '' })),
      400,
      /description must not be empty/,
    ],
    [
      'an oversized description',
      json(anonymousReport({ description: 'x'.repeat(20_001) })),
      400,
      /description must be shorter than or equal to 20000/,
    ],
    ['an invalid date', json(anonymousReport({ occurredAt: '2026-02-30' })), 400, /occurredAt/],
    [
      'a date in the future',
      json(anonymousReport({ occurredAt: '2999-01-01' })),
      400,
      /occurredAt must be a date between 1900 and now/,
    ],
    [
      'an unknown role',
      json(anonymousReport({ implicated: [{ role: 'janitor' }] })),
      400,
      /role must be one of/,
    ],
    [
      'too many implicated people',
      json(anonymousReport({ implicated: Array(21).fill({ role: 'employee' }) })),
      400,
      /implicated must contain no more than 20/,
    ],
    [
      'an identity on an anonymous report',
      json(anonymousReport({ reporter: { name: 'X', email: 'x@example.com' } })),
      400,
      /reporter must not be given on an anonymous report/,
    ],
    [
      'a named report without identity',
      json(namedReport({ reporter: undefined })),
      400,
      /reporter \(name plus email or phone\) is required/,
    ],
    [
      'a named report with neither email nor phone',
      json(namedReport({ reporter: { name: 'Dana' } })),
      400,
      /email or phone|phone number/,
    ],
    [
      'an unknown field',
      json(anonymousReport({ ipAddress: '10.0.0.1' })),
      400,
      /property ipAddress should not exist/,
    ],
    [
      'anonymous given as a string',
      json(anonymousReport({ anonymous: 'yes' })),
      400,
      /anonymous must be a boolean/,
    ],
    [
      'a list nested in the implicated list',
      json(anonymousReport({ implicated: [[{ role: 'finance' }]] })),
      400,
      /too deeply/,
    ],
    [
      'an empty list in place of an implicated person',
      json(anonymousReport({ implicated: [[]] })),
      400,
      /each item of implicated must be an object/,
    ],
    [
      'a list nested in the witness list',
      json(namedReport({ witnesses: [[{ name: 'w' }]] })),
      400,
      /too deeply/,
    ],
    [
      'a list and a null in place of witnesses',
      json(namedReport({ witnesses: [[], null] })),
      400,
      /each item of witnesses must be an object/,
    ],
    [
      'a list in place of the reporter',
      json(namedReport({ reporter: [] })),
      400,
      /reporter must be an object/,
    ],
    [
      'an unpaired surrogate in an email',
      json(namedReport({ reporter: { name: 'Dana Whitfield', email: '\ud800@x.io' } })),
      400,
      /reporter.email contains a character that is not allowed/,
    ],
    [
      'a NUL character in the title',
      json(anonymousReport({ title: 'Q2 revenue\u0000' })),
      400,
      /title contains a character that is not allowed/,
    ],
    [
      'an unpaired surrogate in a witness name sent as a multipart field',
      multipart(
        { ...reportFields({ witnesses: undefined }), witnesses: '[{"name":"\\udc00"}]' },
        [],
      ),
      400,
      /witnesses.0.name contains a character that is not allowed/,
    ],
    ['malformed JSON', raw('application/json', '{"concernType": '), 400, /JSON/],
    ['a text/plain body', raw('text/plain', 'hello'), 415, /unsupported/i],
    [
      'non-UTF-8 text',
      raw(
        'application/json',
        Buffer.concat([Buffer.from('{"title":"'), Buffer.from([0xc3, 0x28]), Buffer.from('"}')]),
      ),
      400,
      /UTF-8/,
    ],
    [
      'a huge JSON body',
      json(anonymousReport({ description: 'y'.repeat(400_000) })),
      413,
      /too large/i,
    ],
    [
      'a disallowed file type',
      multipart(reportFields(), [['evidence.pdf', EXECUTABLE]]),
      415,
      /file 1/,
    ],
    ['an empty file', multipart(reportFields(), [['empty.txt', Buffer.alloc(0)]]), 400, /file 1/],
    [
      'eleven files',
      multipart(
        reportFields(),
        Array.from({ length: 11 }, (_, i): [string, Buffer] => [`f${i}.pdf`, PDF]),
      ),
      413,
      /10 files/,
    ],
    [
      'a malformed multipart body',
      raw(
        'multipart/form-data; boundary=xyz',
        '--xyz\r\nContent-Disposition: form-data; name="report"\r\n\r\n{"a":',
      ),
      400,
      /multipart|JSON/,
    ],
    [
      'invalid JSON in a multipart field',
      multipart({ report: '{not json' }, []),
      400,
      /field report must be JSON/,
    ],
    [
      'JSON nested 5,000 deep',
      raw('application/json', '['.repeat(5000) + ']'.repeat(5000)),
      400,
      /request body nests objects and arrays too deeply/,
    ],
    [
      'a report field nested 5,000 deep',
      multipart({ report: '['.repeat(5000) + ']'.repeat(5000) }, []),
      400,
      /field report nests objects and arrays too deeply/,
    ],
    [
      'an implicated field nested 5,000 deep',
      multipart(
        {
          ...reportFields({ implicated: undefined }),
          implicated: '['.repeat(5000) + ']'.repeat(5000),
        },
        [],
      ),
      400,
      /field implicated nests objects and arrays too deeply \(at most 2 levels\)/,
    ],
    [
      'a file under another field name',
      (http) =>
        http
          .post('/api/v1/intake/reports')
          .field('report', JSON.stringify(anonymousReport()))
          .attach('evidence', PDF, 'a.pdf'),
      400,
      /send files as "files"/,
    ],
  ])('refuses %s with its 4xx and leaves no rows behind', async (_what, send, status, message) => {
    const before = await rowCounts(sut.db);
    const res = await send(request(sut.app.getHttpServer()));
    expect(res.status).toBe(status);
    expect(res.body).toMatchObject({ statusCode: status, error: expect.any(String) });
    expect([res.body.message].flat().join(' | ')).toMatch(message);
    expect(await rowCounts(sut.db)).toEqual(before);
  });

  it('refuses a file over 25 MiB with 413 and leaves no rows behind', async () => {
    const before = await rowCounts(sut.db);
    const big = Buffer.alloc(25 * 1024 * 1024 + 1, 0x41);
    const res = await multipart(reportFields(), [['big.txt', big]])(
      request(sut.app.getHttpServer()),
    );
    expect(res.status).toBe(413);
    expect(await rowCounts(sut.db)).toEqual(before);
  });

  it('never echoes what was sent in an error message', async () => {
    const res = await request(sut.app.getHttpServer())
      .post('/api/v1/intake/reports')
      .send(anonymousReport({ concernType: 'SECRET-CANARY-VALUE', title: '' }));
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).not.toContain('SECRET-CANARY-VALUE');
  });
});

describe('bad input to staff routes', () => {
  let sut: TestApp;
  let counsel: TestStaff;
  let hr: TestStaff;
  let reference: string;

  beforeAll(async () => {
    sut = await startTestApp();
    counsel = await createStaff(sut, 'general_counsel');
    hr = await createStaff(sut, 'hr');
    const created = await request(sut.app.getHttpServer())
      .post('/api/v1/intake/reports')
      .send(namedReport());
    expect(created.body.routedTo).toBe('general_counsel');
    reference = created.body.reference as string;
  });
  afterAll(() => sut.close());

  const cursor = (d: string) =>
    Buffer.from(JSON.stringify({ d, r: 'CND-2026-000001' })).toString('base64url');

  it.each<[string, (http: ReturnType<typeof request>) => request.Test, RegExp]>([
    [
      'a list in place of the reporter of a recorded report',
      (http) =>
        http
          .post('/api/v1/cases')
          .set(...bearer(counsel))
          .send(namedReport({ reporter: [], channel: 'mail' })),
      /reporter must be an object/,
    ],
    [
      'an adverse action effective in year 0',
      (http) =>
        http
          .post('/api/v1/retaliation/checks')
          .set(...bearer(hr))
          .send({
            employee: { name: 'Lee Park' },
            action: 'termination',
            effectiveDate: '0000-01-01',
          }),
      /effectiveDate must be a date, YYYY-MM-DD, from 1900-01-01 to 2999-12-31/,
    ],
    [
      'a NUL character in an employee email',
      (http) =>
        http
          .post('/api/v1/retaliation/checks')
          .set(...bearer(hr))
          .send({
            employee: { name: 'Lee Park', email: 'lee\u0000@example.com' },
            action: 'termination',
            effectiveDate: '2026-09-01',
          }),
      /employee.email contains a character that is not allowed/,
    ],
    [
      'a corrective action due in year 0',
      (http) =>
        http
          .post(`/api/v1/cases/${reference}/actions`)
          .set(...bearer(counsel))
          .send({ kind: 'corrective', measure: 'training', owner: 'Ops', dueDate: '0000-01-01' }),
      /dueDate must be a date/,
    ],
    [
      'a cursor dated before the year -100000',
      (http) =>
        http
          .get('/api/v1/cases')
          .query({ cursor: cursor('-100000-01-01T00:00:00.000Z') })
          .set(...bearer(counsel)),
      /cursor is malformed/,
    ],
    [
      'a cursor dated in year 0',
      (http) =>
        http
          .get('/api/v1/cases')
          .query({ cursor: cursor('0000-01-01T00:00:00.000Z') })
          .set(...bearer(counsel)),
      /cursor is malformed/,
    ],
    [
      'an unknown field beside evidence files',
      (http) =>
        http
          .post(`/api/v1/cases/${reference}/files`)
          .set(...bearer(counsel))
          .field('note', 'from the meeting')
          .attach('files', PDF, 'minutes.pdf'),
      /unexpected field "note": send only "files"/,
    ],
    [
      'a NUL character in a query',
      (http) =>
        http
          .get('/api/v1/cases')
          .query({ q: 'side\u0000letters' })
          .set(...bearer(counsel)),
      /q contains a character that is not allowed/,
    ],
  ])('refuses %s with 400 and leaves no rows behind', async (_what, send, message) => {
    const before = await rowCounts(sut.db);
    const res = await send(request(sut.app.getHttpServer()));
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
    expect([res.body.message].flat().join(' | ')).toMatch(message);
    expect(await rowCounts(sut.db)).toEqual(before);
  });
});

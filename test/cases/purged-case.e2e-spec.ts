import request from 'supertest';
import { RetentionService } from '@candor/domain';
import { anonymousReport } from '../support/factories.js';
import { bearer, createStaff, TestStaff } from '../support/staff.js';
import { startTestApp, TestApp } from '../support/test-app.js';

describe('a case purged after its retention period', () => {
  let sut: TestApp;
  let gc: TestStaff;
  let reference: string;
  let reporterToken: string;

  beforeAll(async () => {
    sut = await startTestApp();
    gc = await createStaff(sut, 'general_counsel');
    const http = request(sut.app.getHttpServer());
    const created = await http
      .post('/api/v1/intake/reports')
      .send(anonymousReport({ concernType: 'health_safety', implicated: [] }));
    reference = created.body.reference as string;
    reporterToken = (
      await http.post('/api/v1/reporter/session').send({ receipt: created.body.receipt })
    ).body.token as string;
    await sut.db.query(
      `UPDATE cases SET status = 'closed', closed_at = now() - interval '8 years', finding = 'unsubstantiated' WHERE reference = $1`,
      [reference],
    );
    const run = await sut.app.get(RetentionService).run({});
    expect(run.purged.map((p) => p.reference)).toContain(reference);
  });
  afterAll(() => sut.close());

  const http = () => request(sut.app.getHttpServer());

  it('shows handlers its tombstone (reference, dates, route, concern type, finding) and no content', async () => {
    const res = await http()
      .get(`/api/v1/cases/${reference}`)
      .set(...bearer(gc));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      reference,
      purged: true,
      concernType: 'health_safety',
      routedTo: 'general_counsel',
      finding: 'unsubstantiated',
    });
    expect(res.body.title).toBeUndefined();
    expect(res.body.description).toBeUndefined();
  });

  it('refuses any change with 409', async () => {
    const res = await http()
      .post(`/api/v1/cases/${reference}/notes`)
      .set(...bearer(gc))
      .send({ body: 'late note' });
    expect(res.status).toBe(409);
    expect(res.body.message).toMatch(/purged/);
  });

  it('answers a reporter session that outlived the purge with 404, not an error', async () => {
    const res = await http()
      .get('/api/v1/reporter/case')
      .set('authorization', `Bearer ${reporterToken}`);
    expect(res.status).toBe(404);
  });
});

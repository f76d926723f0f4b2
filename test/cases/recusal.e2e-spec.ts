import request from 'supertest';
import { anonymousReport } from '../support/factories.js';
import { bearer, createStaff, TestStaff } from '../support/staff.js';
import { startTestApp, TestApp } from '../support/test-app.js';

describe('recusal', () => {
  let sut: TestApp;
  let gc: TestStaff;
  let cfo: TestStaff;

  beforeAll(async () => {
    sut = await startTestApp();
    gc = await createStaff(sut, 'general_counsel');
    cfo = await createStaff(sut, 'cfo', { name: 'Priya Raman' });
  });
  afterAll(() => sut.close());

  const http = () => request(sut.app.getHttpServer());
  async function report(body: Record<string, unknown>) {
    const res = await http().post('/api/v1/intake/reports').send(body);
    expect(res.status).toBe(201);
    return res.body as { reference: string; receipt: string; routedTo: string };
  }
  const sees = async (who: TestStaff, reference: string) =>
    (
      await http()
        .get(`/api/v1/cases/${reference}`)
        .set(...bearer(who))
    ).status === 200;
  const listed = async (who: TestStaff, reference: string) =>
    (
      (
        await http()
          .get('/api/v1/cases')
          .query({ q: reference })
          .set(...bearer(who))
      ).body.items as unknown[]
    ).length > 0;

  it('recuses the CFO from a case implicating "the CFO" by role alone, without a name', async () => {
    const created = await report(
      anonymousReport({ concernType: 'company_assets', implicated: [{ role: 'cfo' }] }),
    );
    expect(created.routedTo).toBe('general_counsel');
    expect(await sees(gc, created.reference)).toBe(true);
    expect(await sees(cfo, created.reference)).toBe(false);
    expect(await listed(cfo, created.reference)).toBe(false);
  });

  it('recuses the CFO when the name given is misspelled but the role is right', async () => {
    const created = await report(
      anonymousReport({
        concernType: 'company_assets',
        implicated: [{ name: 'Pria Ramen', role: 'cfo' }],
      }),
    );
    expect(await sees(cfo, created.reference)).toBe(false);
  });

  it('recuses every staff member who shares the implicated name', async () => {
    const first = await createStaff(sut, 'investigator', { name: 'Sam Ortega' });
    const second = await createStaff(sut, 'investigator', { name: 'Sam Ortega' });
    const created = await report(
      anonymousReport({
        concernType: 'company_assets',
        implicated: [{ name: 'Sam Ortega', role: 'employee' }],
      }),
    );
    for (const namesake of [first, second]) {
      const res = await http()
        .post(`/api/v1/cases/${created.reference}/assignments`)
        .set(...bearer(gc))
        .send({ userId: namesake.id });
      expect(res.status).toBe(400);
      expect(res.body.message).toMatch(/recused/);
    }
  });

  it('keeps the people recused from a case recused from the retaliation report made from it', async () => {
    const created = await report(
      anonymousReport({
        concernType: 'company_assets',
        implicated: [{ name: 'Priya Raman', role: 'cfo' }],
      }),
    );
    const session = await http()
      .post('/api/v1/reporter/session')
      .send({ receipt: created.receipt });
    const retaliation = await http()
      .post('/api/v1/reporter/retaliation')
      .set('authorization', `Bearer ${session.body.token}`)
      .send({ description: 'My expense approvals were suddenly all rejected.' });
    expect(retaliation.status).toBe(201);
    expect(await sees(gc, retaliation.body.reference)).toBe(true);
    expect(await sees(cfo, retaliation.body.reference)).toBe(false);
    expect(await listed(cfo, retaliation.body.reference)).toBe(false);
  });
});

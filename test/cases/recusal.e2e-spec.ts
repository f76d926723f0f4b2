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

  it('names the oldest account of an implicated name, at intake and when added later alike', async () => {
    await createStaff(sut, 'investigator', { name: 'Lee Quinn' });
    const oldest = await createStaff(sut, 'investigator', { name: 'Lee Quinn' });
    // Created second, yet made the older account just before each match (which also moves its row
    // after its namesake's): the match follows account age, not the order rows happen to be in.
    const makeOldest = () =>
      sut.db.query(`UPDATE staff SET created_at = created_at - interval '1 day' WHERE id = $1`, [
        oldest.id,
      ]);
    const matchedIn = async (reference: string) => {
      const detail = await http()
        .get(`/api/v1/cases/${reference}`)
        .set(...bearer(gc));
      expect(detail.status).toBe(200);
      return (detail.body.parties as Array<{ staffId: string | null; staffMatch: string }>)
        .filter((p) => p.staffMatch === 'automatic')
        .map((p) => p.staffId);
    };

    await makeOldest();
    const atIntake = await report(
      anonymousReport({
        concernType: 'company_assets',
        implicated: [{ name: 'Lee Quinn', role: 'employee' }],
      }),
    );
    expect(await matchedIn(atIntake.reference)).toEqual([oldest.id]);

    const later = await report(anonymousReport({ concernType: 'company_assets', implicated: [] }));
    await makeOldest();
    const added = await http()
      .post(`/api/v1/cases/${later.reference}/implicated`)
      .set(...bearer(gc))
      .send({ name: 'Lee Quinn', role: 'employee' });
    expect(added.status).toBe(201);
    expect(await matchedIn(later.reference)).toEqual([oldest.id]);
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

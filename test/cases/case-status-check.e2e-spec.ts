import pg from 'pg';
import request from 'supertest';
import { CASE_STATUSES } from '@candor/domain';
import { anonymousReport } from '../support/factories.js';
import { startTestApp, TestApp } from '../support/test-app.js';

describe('the database keeps cases.status in the workflow list', () => {
  let sut: TestApp;
  let reference: string;

  beforeAll(async () => {
    sut = await startTestApp();
    const created = await request(sut.app.getHttpServer())
      .post('/api/v1/intake/reports')
      .send(anonymousReport({ concernType: 'health_safety', implicated: [] }));
    expect(created.status).toBe(201);
    reference = created.body.reference as string;
  });
  afterAll(() => sut.close());

  const statusOf = async () =>
    (
      await sut.db.query<{ status: string }>(`SELECT status FROM cases WHERE reference = $1`, [
        reference,
      ])
    )[0]?.status;

  it('refuses a raw UPDATE to a status the workflow does not know, from the application role too', async () => {
    await expect(
      sut.db.query(`UPDATE cases SET status = 'archived' WHERE reference = $1`, [reference]),
    ).rejects.toMatchObject({ code: '23514', constraint: 'cases_status_check' });

    const app = new pg.Client({ connectionString: sut.db.appUrl });
    await app.connect();
    try {
      await expect(
        app.query(`UPDATE cases SET status = 'Closed' WHERE reference = $1`, [reference]),
      ).rejects.toMatchObject({ code: '23514', constraint: 'cases_status_check' });
    } finally {
      await app.end();
    }
    expect(await statusOf()).toBe('received');
  });

  it('allows exactly the statuses of CASE_STATUSES', async () => {
    const [row] = await sut.db.query<{ definition: string }>(
      `SELECT pg_get_constraintdef(oid) AS definition FROM pg_constraint WHERE conname = 'cases_status_check'`,
    );
    const allowed = [...(row?.definition ?? '').matchAll(/'([a-z_]+)'::text/g)].map((m) => m[1]);
    expect([...allowed].sort()).toEqual([...CASE_STATUSES].sort());
    for (const status of CASE_STATUSES) {
      await sut.db.query(`UPDATE cases SET status = $2 WHERE reference = $1`, [reference, status]);
      expect(await statusOf()).toBe(status);
    }
  });
});

import request from 'supertest';
import { anonymousReport } from '../support/factories.js';
import { bearer, createStaff, StaffRoleName, TestStaff } from '../support/staff.js';
import { startTestApp, TestApp } from '../support/test-app.js';

type Cell = 'sees' | '404';

/**
 * Who may see which case, through the real HTTP stack: the role × route matrix of product.md §1,
 * for both the list and the detail (which must always agree).
 */
describe('case access by role and route', () => {
  let sut: TestApp;
  const staff: Partial<Record<StaffRoleName | 'assigned_investigator', TestStaff>> = {};
  const cases: Record<'general_counsel' | 'audit_committee' | 'board', string> = {
    general_counsel: '',
    audit_committee: '',
    board: '',
  };

  beforeAll(async () => {
    sut = await startTestApp();
    const http = request(sut.app.getHttpServer());
    for (const role of [
      'general_counsel',
      'cfo',
      'audit_committee',
      'board',
      'investigator',
      'hr',
      'admin',
    ] as const) {
      staff[role] = await createStaff(sut, role);
    }
    staff.assigned_investigator = await createStaff(sut, 'investigator');
    const submit = async (body: Record<string, unknown>) =>
      (await http.post('/api/v1/intake/reports').send(body)).body as {
        reference: string;
        routedTo: string;
      };
    const gc = await submit(
      anonymousReport({ concernType: 'improper_payments', implicated: [{ role: 'employee' }] }),
    );
    const ac = await submit(anonymousReport({ concernType: 'accounting' }));
    const board = await submit(
      anonymousReport({
        concernType: 'insider_trading',
        implicated: [{ role: 'executive_officer' }],
      }),
    );
    expect([gc.routedTo, ac.routedTo, board.routedTo]).toEqual([
      'general_counsel',
      'audit_committee',
      'board',
    ]);
    Object.assign(cases, {
      general_counsel: gc.reference,
      audit_committee: ac.reference,
      board: board.reference,
    });
    for (const reference of Object.values(cases)) {
      const res = await request(sut.app.getHttpServer())
        .post(`/api/v1/cases/${reference}/assignments`)
        .set(
          ...bearer(reference === gc.reference ? staff.general_counsel! : staff.audit_committee!),
        )
        .send({ userId: staff.assigned_investigator.id });
      expect(res.status).toBe(201);
    }
  });
  afterAll(() => sut.close());

  // The Board's designated committee is the Audit Committee (the default), so it handles Board cases.
  const MATRIX: Array<[StaffRoleName | 'assigned_investigator', Record<keyof typeof cases, Cell>]> =
    [
      ['general_counsel', { general_counsel: 'sees', audit_committee: '404', board: '404' }],
      ['cfo', { general_counsel: 'sees', audit_committee: '404', board: '404' }],
      ['audit_committee', { general_counsel: '404', audit_committee: 'sees', board: 'sees' }],
      ['board', { general_counsel: '404', audit_committee: '404', board: 'sees' }],
      ['investigator', { general_counsel: '404', audit_committee: '404', board: '404' }],
      [
        'assigned_investigator',
        { general_counsel: 'sees', audit_committee: 'sees', board: 'sees' },
      ],
      ['hr', { general_counsel: '404', audit_committee: '404', board: '404' }],
      ['admin', { general_counsel: '404', audit_committee: '404', board: '404' }],
    ];

  it.each(
    MATRIX.flatMap(([role, row]) =>
      (Object.keys(row) as Array<keyof typeof cases>).map(
        (route) => [role, route, row[route]] as const,
      ),
    ),
  )('%s on a %s case: %s', async (role, route, expected) => {
    const http = request(sut.app.getHttpServer());
    const who = staff[role]!;
    const detail = await http.get(`/api/v1/cases/${cases[route]}`).set(...bearer(who));
    expect(detail.status).toBe(expected === 'sees' ? 200 : 404);
    if (expected === '404')
      expect(detail.body).toEqual({
        statusCode: 404,
        error: 'Not Found',
        message: 'case not found',
      });
    const list = await http
      .get('/api/v1/cases')
      .query({ limit: 100 })
      .set(...bearer(who));
    expect(list.status).toBe(200);
    const references = (list.body.items as Array<{ reference: string }>).map((i) => i.reference);
    expect(references.includes(cases[route])).toBe(expected === 'sees');
  });

  it('answers 404, not 403, for an unknown or malformed reference', async () => {
    const http = request(sut.app.getHttpServer());
    expect(
      (await http.get('/api/v1/cases/CND-2026-999999').set(...bearer(staff.general_counsel!)))
        .status,
    ).toBe(404);
    expect(
      (await http.get('/api/v1/cases/not-a-reference').set(...bearer(staff.general_counsel!)))
        .status,
    ).toBe(404);
  });

  it('answers 401 without a token or with a forged one', async () => {
    const http = request(sut.app.getHttpServer());
    expect((await http.get('/api/v1/cases')).status).toBe(401);
    expect((await http.get('/api/v1/cases').set('authorization', 'Bearer a.b.c')).status).toBe(401);
  });
});

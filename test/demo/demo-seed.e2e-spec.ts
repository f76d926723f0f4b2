import request from 'supertest';
import { CASE_STATUSES, handlingRoles, type Route, STAFF_ROLES } from '@candor/domain';
import { must } from '@candor/platform';
import { runToEnd } from '../support/processes.js';
import { signIn } from '../support/staff.js';
import { startTestApp, TestApp } from '../support/test-app.js';

interface SeededStaff {
  role: string;
  name: string;
  email: string;
  password: string;
  totpSecret: string;
  otpauthUri: string;
}

interface SeededCase {
  reference: string;
  status: string;
  routedTo: Route;
  handledBy: Route;
  receipt: string;
}

describe('demo:seed', () => {
  let sut: TestApp;
  let staff: SeededStaff[];
  let cases: SeededCase[];
  /** Every reference each signed-in account lists through GET /api/v1/cases. */
  const listed = new Map<string, { staff: SeededStaff; token: string; references: Set<string> }>();

  const http = () => request(sut.app.getHttpServer());

  beforeAll(async () => {
    sut = await startTestApp();
    const { code, output } = await runToEnd('cli', ['demo:seed'], sut.env, 120_000);
    expect(code).toBe(0);
    const lines = output
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    staff = lines.flatMap((l) => (l.staff ? [l.staff as SeededStaff] : []));
    cases = lines.flatMap((l) => (l.case ? [l.case as SeededCase] : []));
    for (const person of staff.filter((s) => !['hr', 'admin'].includes(s.role))) {
      const token = await signIn(sut, person.email, person.password, person.totpSecret);
      const references = new Set<string>();
      let cursor: string | undefined;
      do {
        const res = await http()
          .get('/api/v1/cases')
          .query({ limit: 100, ...(cursor ? { cursor } : {}) })
          .set('authorization', `Bearer ${token}`);
        expect(res.status).toBe(200);
        for (const item of res.body.items as Array<{ reference: string }>) {
          references.add(item.reference);
        }
        cursor = res.body.nextCursor ?? undefined;
      } while (cursor);
      listed.set(person.email, { staff: person, token, references });
    }
  }, 180_000);
  afterAll(() => sut.close());

  it('creates staff for every role with their sign-in details', () => {
    expect(new Set(staff.map((s) => s.role))).toEqual(new Set(STAFF_ROLES));
    for (const person of staff) {
      expect(person.password.length).toBeGreaterThanOrEqual(20);
      expect(person.otpauthUri).toBe(
        `otpauth://totp/Candor:${encodeURIComponent(person.email)}?secret=${person.totpSecret}&issuer=Candor`,
      );
    }
    // Every case-handling account signed in through the JSON API in beforeAll.
    expect(listed.size).toBe(staff.length - 2);
  });

  it('creates a few dozen cases covering every status, each visible to its handling body', () => {
    expect(cases.length).toBeGreaterThanOrEqual(24);
    expect(new Set(cases.map((c) => c.status))).toEqual(new Set(CASE_STATUSES));
    expect(new Set(cases.map((c) => c.routedTo))).toEqual(
      new Set(['general_counsel', 'audit_committee', 'board']),
    );
    for (const c of cases) {
      const body = handlingRoles(c);
      const seenBy = [...listed.values()].filter(
        (l) => body.includes(l.staff.role as never) && l.references.has(c.reference),
      );
      expect({ reference: c.reference, seenByBody: seenBy.length > 0 }).toEqual({
        reference: c.reference,
        seenByBody: true,
      });
    }
  });

  it('recuses the CFO from the case that implicates him, everywhere', async () => {
    const cfo = [...listed.values()].find((l) => l.staff.role === 'cfo');
    const gc = [...listed.values()].find((l) => l.staff.name === 'Grace Whitfield');
    const [implicating] = await sut.db.query<{ reference: string }>(
      `SELECT c.reference FROM cases c JOIN case_parties p ON p.case_id = c.id
         JOIN staff s ON s.id = p.staff_id WHERE s.role = 'cfo'`,
    );
    expect(implicating).toBeDefined();
    const { reference } = must(implicating, 'a case implicating the CFO');
    expect(cfo?.references.has(reference)).toBe(false);
    expect(gc?.references.has(reference)).toBe(true);
    const res = await http()
      .get(`/api/v1/cases/${reference}`)
      .set('authorization', `Bearer ${cfo?.token}`);
    expect(res.status).toBe(404);
  });

  it('plays the set pieces a first look needs through the real services', async () => {
    const [facts] = await sut.db.query<Record<string, number>>(
      `SELECT
         (SELECT count(*)::int FROM case_messages WHERE sender = 'reporter') AS reporter_messages,
         (SELECT count(*)::int FROM case_messages WHERE sender = 'handler' AND kind = 'message') AS handler_messages,
         (SELECT count(*)::int FROM case_notes) AS notes,
         (SELECT count(*)::int FROM case_notes WHERE corrects_note_id IS NOT NULL) AS corrections,
         (SELECT count(*)::int FROM case_assignments) AS assignments,
         (SELECT count(*)::int FROM legal_holds WHERE released_at IS NULL) AS holds,
         (SELECT count(*)::int FROM case_outcomes WHERE effective_at IS NULL) AS pending_outcomes,
         (SELECT count(*)::int FROM case_actions WHERE effective_at IS NULL) AS pending_actions,
         (SELECT count(*)::int FROM case_files) AS files,
         (SELECT count(*)::int FROM cases WHERE related_case_id IS NOT NULL) AS retaliation_reports,
         (SELECT count(*)::int FROM case_routings WHERE trigger <> 'intake') AS reroutes,
         (SELECT count(*)::int FROM cases WHERE channel <> 'web') AS recorded_by_staff,
         (SELECT count(*)::int FROM retaliation_reviews WHERE status = 'pending') AS pending_reviews,
         (SELECT count(*)::int FROM outbox) AS notifications`,
    );
    for (const [fact, count] of Object.entries(must(facts, 'the facts'))) {
      expect({ fact, present: count > 0 }).toEqual({ fact, present: true });
    }
    // Audit entries are written by the services, with the staff member who acted.
    const [acts] = await sut.db.query<{ staffActs: number }>(
      `SELECT count(*)::int AS "staffActs" FROM audit_log WHERE actor_type = 'staff' AND case_reference IS NOT NULL`,
    );
    expect(must(acts, 'a count of staff acts').staffActs).toBeGreaterThan(50);
  });

  it('leaves an audit chain that verifies', async () => {
    const { code, output } = await runToEnd('cli', ['audit:verify'], sut.env);
    expect(code).toBe(0);
    expect(JSON.parse(output.trim())).toMatchObject({ valid: true });
  });

  it('refuses to run a second time, or in production, and changes nothing', async () => {
    const [before] = await sut.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM cases`);
    const again = await runToEnd('cli', ['demo:seed'], sut.env);
    expect(again.code).toBe(1);
    expect(again.output).toMatch(/already has 10 staff account\(s\)/);
    const production = await runToEnd('cli', ['demo:seed'], { ...sut.env, NODE_ENV: 'production' });
    expect(production.code).toBe(1);
    expect(production.output).toMatch(/refuses to run with NODE_ENV=production/);
    const [after] = await sut.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM cases`);
    expect(must(after, 'a count after').n).toBe(must(before, 'a count before').n);
  });
});

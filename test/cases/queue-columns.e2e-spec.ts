import request from 'supertest';
import { CaseListService } from '@candor/domain';
import { anonymousReport } from '../support/factories.js';
import { bearer, createStaff, type TestStaff } from '../support/staff.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * The console queue's own columns, beside the list's: who is assigned (by name) and how many
 * reporter messages arrived since the handling side last wrote. They are kept on the case row by
 * triggers (migration QueueColumns); this holds them to their plain definition, case by case, as
 * assignments come and go and messages arrive.
 */
describe("the queue's assignees and unread messages", () => {
  let sut: TestApp;
  let gc: TestStaff;
  let investigators: TestStaff[];

  beforeAll(async () => {
    sut = await startTestApp();
    gc = await createStaff(sut, 'general_counsel', { name: 'Alex Morgan' });
    investigators = [
      await createStaff(sut, 'investigator', { name: 'Zoe Quinn' }),
      await createStaff(sut, 'investigator', { name: 'Casey Hart' }),
    ];
  });
  afterAll(() => sut.close());

  const http = () => request(sut.app.getHttpServer());

  async function reportWith(
    steps: Array<'reporter' | 'handler'>,
    assignees: TestStaff[],
  ): Promise<string> {
    const created = await http()
      .post('/api/v1/intake/reports')
      .send(anonymousReport({ concernType: 'gifts_entertainment' }));
    expect(created.status).toBe(201);
    const { reference, receipt } = created.body as { reference: string; receipt: string };
    const session = await http().post('/api/v1/reporter/session').send({ receipt });
    const token = (session.body as { token: string }).token;
    for (const [index, sender] of steps.entries()) {
      const sent =
        sender === 'reporter'
          ? await http()
              .post('/api/v1/reporter/messages')
              .set('authorization', `Bearer ${token}`)
              .send({ body: `message ${index}` })
          : await http()
              .post(`/api/v1/cases/${reference}/messages`)
              .set(...bearer(gc))
              .send({ body: `reply ${index}` });
      expect(sent.status).toBe(201);
    }
    for (const investigator of assignees) {
      const assigned = await http()
        .post(`/api/v1/cases/${reference}/assignments`)
        .set(...bearer(gc))
        .send({ userId: investigator.id });
      expect(assigned.status).toBe(201);
    }
    return reference;
  }

  it('shows each case its assignees by name and the reporter messages since the last reply', async () => {
    const [zoe, casey] = investigators as [TestStaff, TestStaff];
    const cases = {
      [await reportWith(['reporter', 'reporter'], [zoe, casey])]: {
        names: ['Casey Hart', 'Zoe Quinn'],
        unread: 2,
      },
      [await reportWith(['reporter', 'handler', 'reporter', 'reporter', 'reporter'], [zoe])]: {
        names: ['Zoe Quinn'],
        unread: 3,
      },
      [await reportWith(['reporter', 'reporter', 'handler'], [])]: { names: [], unread: 0 },
      [await reportWith([], [])]: { names: [], unread: 0 },
    };

    const queue = await sut.app
      .get(CaseListService)
      .queue({ id: gc.id, role: 'general_counsel' }, { limit: 25 });
    const shown = Object.fromEntries(
      queue.items.map((item) => [
        item.reference,
        { names: item.assignees.map((person) => person.name), unread: item.unreadReporterMessages },
      ]),
    );
    expect(shown).toEqual(cases);

    // The same figures from their definition, one case at a time, straight from the tables.
    const defined = await sut.db.query<{ reference: string; names: string[]; unread: number }>(
      `SELECT c.reference,
              coalesce((SELECT array_agg(s.name ORDER BY s.name, s.id)
                          FROM case_assignments a JOIN staff s ON s.id = a.staff_id
                         WHERE a.case_id = c.id), '{}') AS names,
              (SELECT count(*)::int FROM case_messages m
                WHERE m.case_id = c.id AND m.sender = 'reporter'
                  AND m.created_at > coalesce((SELECT max(r.created_at) FROM case_messages r
                                                WHERE r.case_id = c.id AND r.sender = 'handler'),
                                              '-infinity')) AS unread
         FROM cases c`,
    );
    expect(
      Object.fromEntries(
        defined.map((row) => [row.reference, { names: row.names, unread: row.unread }]),
      ),
    ).toEqual(cases);
  });

  it('drops an assignee recused by being implicated, and a reply clears the unread count', async () => {
    const [zoe, casey] = investigators as [TestStaff, TestStaff];
    const reference = await reportWith(['reporter', 'reporter'], [zoe, casey]);
    const shown = async () => {
      const queue = await sut.app
        .get(CaseListService)
        .queue({ id: gc.id, role: 'general_counsel' }, { limit: 25 });
      const item = queue.items.find((candidate) => candidate.reference === reference);
      return (
        item && { names: item.assignees.map((p) => p.name), unread: item.unreadReporterMessages }
      );
    };
    expect(await shown()).toEqual({ names: ['Casey Hart', 'Zoe Quinn'], unread: 2 });

    const implicated = await http()
      .post(`/api/v1/cases/${reference}/implicated`)
      .set(...bearer(gc))
      .send({ name: 'Zoe Quinn', role: 'employee', staffId: zoe.id });
    expect(implicated.status).toBe(201);
    const replied = await http()
      .post(`/api/v1/cases/${reference}/messages`)
      .set(...bearer(gc))
      .send({ body: 'Thank you, we are looking into it.' });
    expect(replied.status).toBe(201);

    expect(await shown()).toEqual({ names: ['Casey Hart'], unread: 0 });
  });

  it('pages the same cases in the same order as the list', async () => {
    const viewer = { id: gc.id, role: 'general_counsel' } as const;
    const service = sut.app.get(CaseListService);
    const list = await service.list(viewer, { limit: 2 });
    const queue = await service.queue(viewer, { limit: 2 });
    expect(queue.items.map((item) => item.reference)).toEqual(
      list.items.map((item) => item.reference),
    );
    expect(queue.nextCursor).toBe(list.nextCursor);
    const cursor = list.nextCursor ?? undefined;
    const nextList = await service.list(viewer, { limit: 2, cursor });
    const nextQueue = await service.queue(viewer, { limit: 2, cursor });
    expect(nextQueue.items.map((item) => item.reference)).toEqual(
      nextList.items.map((item) => item.reference),
    );
  });
});

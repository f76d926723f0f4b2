import { Client } from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { LegalHoldsService, RetentionService } from '@candor/domain';
import { must } from '@candor/platform';
import { anonymousReport, namedReport } from '../support/factories.js';
import { runToEnd } from '../support/processes.js';
import { bearer, createStaff, TestStaff } from '../support/staff.js';
import { startTestApp, TestApp } from '../support/test-app.js';
import { auditOf, closeCase, report, ReportedCase, yearsAgo } from './case-fixtures.js';

describe(LegalHoldsService.name, () => {
  let sut: TestApp;
  let counsel: TestStaff;
  let cfo: TestStaff;
  let committee: TestStaff;

  const http = () => request(sut.app.getHttpServer());
  const place = (
    staff: TestStaff,
    reference: string,
    body: unknown = { matter: 'SEC inquiry HO-14421' },
  ) =>
    http()
      .post(`/api/v1/cases/${reference}/legal-hold`)
      .set(...bearer(staff))
      .send(body as object);
  const release = (staff: TestStaff, reference: string, body: unknown) =>
    http()
      .post(`/api/v1/cases/${reference}/legal-hold/release`)
      .set(...bearer(staff))
      .send(body as object);

  beforeAll(async () => {
    sut = await startTestApp();
    counsel = await createStaff(sut, 'general_counsel');
    cfo = await createStaff(sut, 'cfo');
    committee = await createStaff(sut, 'audit_committee', { chair: true });
  });
  afterAll(() => sut.close());

  describe('placing and releasing', () => {
    let gcCase: ReportedCase;
    let acCase: ReportedCase;

    beforeAll(async () => {
      gcCase = await report(sut, namedReport());
      acCase = await report(sut, anonymousReport());
    });

    it('lets the General Counsel hold a General Counsel case, once, audited and notified', async () => {
      const res = await place(counsel, gcCase.reference);
      expect(res.status).toBe(201);
      expect(res.body).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        matter: 'SEC inquiry HO-14421',
        placedBy: counsel.id,
        placedAt: expect.any(String),
        releasedBy: null,
        releasedAt: null,
      });
      const again = await place(counsel, gcCase.reference);
      expect(again.status).toBe(409);
      expect(again.body.message).toBe('this case is already on legal hold');

      const entries = (await auditOf(sut, gcCase.reference)).filter((e) =>
        e.action.startsWith('legal_hold'),
      );
      expect(entries).toEqual([
        expect.objectContaining({
          action: 'legal_hold.placed',
          actor_id: counsel.id,
          detail: { holdId: res.body.id },
        }),
      ]);
      const events = await sut.db.query(
        `SELECT event, payload FROM outbox WHERE case_id = $1 AND event LIKE 'case.legal_hold%'`,
        [gcCase.id],
      );
      expect(events).toEqual([
        { event: 'case.legal_hold_placed', payload: { holdId: res.body.id, placedBy: counsel.id } },
      ]);
    });

    it('answers 404 to the CFO, who handles the case but may not hold it, and to the Audit Committee', async () => {
      for (const staff of [cfo, committee]) {
        expect((await place(staff, gcCase.reference)).status).toBe(404);
        expect(
          (await release(staff, gcCase.reference, { releaseNote: 'Matter closed.' })).status,
        ).toBe(404);
      }
      expect((await place(counsel, acCase.reference)).status).toBe(404);
    });

    it('lets the Audit Committee hold its own case', async () => {
      expect((await place(committee, acCase.reference, { matter: 'Auditor inquiry' })).status).toBe(
        201,
      );
    });

    it('refuses a blank matter and unknown fields with 400', async () => {
      const other = await report(sut, namedReport());
      expect((await place(counsel, other.reference, { matter: '   ' })).status).toBe(400);
      expect((await place(counsel, other.reference, {})).status).toBe(400);
      expect((await place(counsel, other.reference, { matter: 'x', until: '2030' })).status).toBe(
        400,
      );
      const holds = await sut.db.query(`SELECT 1 FROM legal_holds WHERE case_id = $1`, [other.id]);
      expect(holds).toEqual([]);
    });

    it('refuses in the database to delete anything of a held case, even to the application role', async () => {
      const app = new Client({ connectionString: sut.db.appUrl });
      await app.connect();
      try {
        await expect(
          app.query(`DELETE FROM case_parties WHERE case_id = $1`, [gcCase.id]),
        ).rejects.toMatchObject({ code: '55006', message: expect.stringMatching(/legal hold/) });
        await expect(
          app.query(`UPDATE cases SET purged_at = now(), title_enc = NULL WHERE id = $1`, [
            gcCase.id,
          ]),
        ).rejects.toMatchObject({ code: '55006' });
      } finally {
        await app.end();
      }
    });

    it('records a refused change in its own transaction, so the entry survives the rollback', async () => {
      const holds = sut.app.get(LegalHoldsService);
      const before = (await auditOf(sut, gcCase.reference)).length;
      await expect(
        sut.app
          .get(DataSource)
          .transaction((tx) =>
            holds.assertNotHeld(tx, gcCase.id, 'note.deleted', { type: 'staff', id: counsel.id }),
          ),
      ).rejects.toMatchObject({ kind: 'conflict' });
      const after = await auditOf(sut, gcCase.reference);
      expect(after).toHaveLength(before + 1);
      expect(after[after.length - 1]).toMatchObject({
        action: 'legal_hold.blocked',
        actor_id: counsel.id,
        detail: { attemptedAction: 'note.deleted', holdId: expect.any(String) },
      });
    });

    it('refuses a release without a written note with 400, and releases with one', async () => {
      for (const body of [{}, { releaseNote: '' }, { releaseNote: '   ' }, { releaseNote: 42 }]) {
        const res = await release(counsel, gcCase.reference, body);
        expect(res.status).toBe(400);
        expect(res.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
      }
      const [held] = await sut.db.query(`SELECT released_at FROM legal_holds WHERE case_id = $1`, [
        gcCase.id,
      ]);
      expect(must(held, 'the hold').released_at).toBeNull();

      const res = await release(counsel, gcCase.reference, {
        releaseNote: 'The SEC closed its inquiry on 3 March; preservation is no longer required.',
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ releasedBy: counsel.id, releasedAt: expect.any(String) });
      const [row] = await sut.db.query<{ release_note_enc: Buffer }>(
        `SELECT release_note_enc FROM legal_holds WHERE case_id = $1`,
        [gcCase.id],
      );
      expect(must(row, 'the hold').release_note_enc.toString('latin1')).not.toContain('SEC closed');
      expect((await release(counsel, gcCase.reference, { releaseNote: 'Again.' })).status).toBe(
        409,
      );
      const actions = (await auditOf(sut, gcCase.reference)).map((e) => e.action);
      expect(actions.filter((a) => a.startsWith('legal_hold'))).toEqual([
        'legal_hold.placed',
        'legal_hold.blocked',
        'legal_hold.released',
      ]);
      // A new hold may follow a release.
      expect((await place(counsel, gcCase.reference, { matter: 'Second matter' })).status).toBe(
        201,
      );
    });
  });

  describe(RetentionService.name, () => {
    let held: ReportedCase;
    let twin: ReportedCase;
    let recent: ReportedCase;

    beforeAll(async () => {
      held = await report(sut, namedReport({ title: 'Held twin' }));
      twin = await report(sut, namedReport({ title: 'Unheld twin' }));
      recent = await report(sut, namedReport({ title: 'Closed last year' }));
      for (const c of [held, twin]) {
        await sut.db.query(
          `INSERT INTO case_notes (id, case_id, author_id, body_enc, created_at) VALUES (gen_random_uuid(), $1, $2, '\\x00', now())`,
          [c.id, counsel.id],
        );
        await sut.db.query(
          `INSERT INTO case_outcomes (id, case_id, finding, summary_enc, recorded_by, recorded_at)
           VALUES (gen_random_uuid(), $1, 'substantiated', '\\x00', $2, now())`,
          [c.id, counsel.id],
        );
        await closeCase(sut, c.id, yearsAgo(7, 30));
      }
      await closeCase(sut, recent.id, yearsAgo(1));
      expect((await place(counsel, held.reference, { matter: 'Doe v. Company' })).status).toBe(201);
    });

    it('lists what would go without changing anything on a dry run', async () => {
      const before = await sut.db.query(`SELECT count(*)::int AS n FROM case_messages`);
      const { code, output } = await runToEnd('cli', ['retention:run', '--dry-run'], sut.env);
      expect(code).toBe(0);
      const result = JSON.parse(output.trim());
      expect(result).toMatchObject({
        dryRun: true,
        purged: [{ reference: twin.reference, closedAt: expect.any(String) }],
        held: [{ reference: held.reference, closedAt: expect.any(String) }],
      });
      expect(await sut.db.query(`SELECT count(*)::int AS n FROM case_messages`)).toEqual(before);
      const [row] = await sut.db.query(`SELECT purged_at FROM cases WHERE id = $1`, [twin.id]);
      expect(must(row, 'the twin').purged_at).toBeNull();
    });

    it('purges the unheld twin down to a tombstone and keeps the held one whole', async () => {
      const { code, output } = await runToEnd('cli', ['retention:run'], sut.env);
      expect(code).toBe(0);
      expect(JSON.parse(output.trim())).toMatchObject({
        dryRun: false,
        purged: [{ reference: twin.reference }],
        held: [{ reference: held.reference }],
      });

      const [tombstone] = await sut.db.query(
        `SELECT reference, concern_type, routed_to, status, finding, received_at, closed_at, purged_at,
                title_enc, description_enc, receipt_hash, data_key_wrapped, title_terms
           FROM cases WHERE id = $1`,
        [twin.id],
      );
      expect(tombstone).toMatchObject({
        reference: twin.reference,
        concern_type: 'discrimination_harassment',
        routed_to: 'general_counsel',
        status: 'closed',
        finding: 'substantiated',
        received_at: expect.any(Date),
        closed_at: expect.any(Date),
        purged_at: expect.any(Date),
        title_enc: null,
        description_enc: null,
        receipt_hash: null,
        data_key_wrapped: null,
        title_terms: [],
      });
      const left = async (c: ReportedCase) =>
        (
          await sut.db.query<Record<string, number>>(
            `SELECT (SELECT count(*)::int FROM case_messages WHERE case_id = $1) AS messages,
                    (SELECT count(*)::int FROM case_reporters WHERE case_id = $1) AS reporters,
                    (SELECT count(*)::int FROM case_parties WHERE case_id = $1) AS parties,
                    (SELECT count(*)::int FROM case_notes WHERE case_id = $1) AS notes,
                    (SELECT count(*)::int FROM case_outcomes WHERE case_id = $1 AND summary_enc IS NOT NULL) AS summaries`,
            [c.id],
          )
        )[0];
      expect(await left(twin)).toEqual({
        messages: 0,
        reporters: 0,
        parties: 0,
        notes: 0,
        summaries: 0,
      });
      expect(await left(held)).toEqual({
        messages: 0,
        reporters: 1,
        parties: 2,
        notes: 1,
        summaries: 1,
      });
      const [heldRow] = await sut.db.query(`SELECT purged_at, title_enc FROM cases WHERE id = $1`, [
        held.id,
      ]);
      const kept = must(heldRow, 'the held case');
      expect(kept.purged_at).toBeNull();
      expect(kept.title_enc).toBeInstanceOf(Buffer);
      const [untouched] = await sut.db.query(`SELECT purged_at FROM cases WHERE id = $1`, [
        recent.id,
      ]);
      expect(must(untouched, 'the recent case').purged_at).toBeNull();

      expect((await auditOf(sut, twin.reference)).at(-1)).toMatchObject({
        action: 'case.purged',
        actor_type: 'system',
        detail: { reporter: 1, parties: 2, notes: 1, messages: 0, files: 0 },
      });
      expect((await auditOf(sut, held.reference)).at(-1)).toMatchObject({
        action: 'legal_hold.blocked',
        detail: { attemptedAction: 'retention.purge' },
      });
      // The receipt of a purged case opens nothing any more.
      const signIn = await http().post('/api/v1/reporter/session').send({ receipt: twin.receipt });
      expect(signIn.status).toBe(401);
    });

    it('keeps the audit chain valid across the purge', async () => {
      const verify = await http()
        .get('/api/v1/audit/verify')
        .set(...bearer(committee));
      expect(verify.status).toBe(200);
      expect(verify.body).toMatchObject({ valid: true });
    });

    it('purges the held case once its hold is released, and refuses a hold on a purged case', async () => {
      expect(
        (await release(counsel, held.reference, { releaseNote: 'Doe v. Company settled.' })).status,
      ).toBe(200);
      const result = await sut.app.get(RetentionService).run();
      expect(result.purged.map((c) => c.reference)).toEqual([held.reference]);
      expect(result.held).toEqual([]);
      expect((await place(counsel, held.reference, { matter: 'Too late' })).status).toBe(409);
      const verify = await http()
        .get('/api/v1/audit/verify')
        .set(...bearer(counsel));
      expect(verify.body).toMatchObject({ valid: true });
    });
  });
});

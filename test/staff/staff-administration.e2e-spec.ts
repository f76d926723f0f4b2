import request from 'supertest';
import { CaseCipherService, must } from '@candor/platform';
import {
  DomainError,
  STAFF_ROLES,
  StaffAdministrationService,
  StaffEnrolmentService,
  StaffSessionService,
  type Viewer,
} from '@candor/domain';
import { bearer, createStaff, signIn, totpCode, type TestStaff } from '../support/staff.js';
import { startTestApp, TestApp } from '../support/test-app.js';

describe(StaffAdministrationService.name, () => {
  let app: TestApp;
  let sut: StaffAdministrationService;
  let admin: TestStaff;
  let adminViewer: Viewer;

  beforeAll(async () => {
    app = await startTestApp({ PUBLIC_BASE_URL: 'https://candor.example' });
    sut = app.app.get(StaffAdministrationService);
    admin = await createStaff(app, 'admin');
    adminViewer = { id: admin.id, role: 'admin' };
  });
  afterAll(() => app.close());

  const http = () => request(app.app.getHttpServer());

  /** The token of the link the worker would email, read back the way the worker does. */
  async function emailedToken(staffId: string): Promise<string> {
    const [pending] = await app.db.query<{ id: string }>(
      `SELECT e.id FROM staff_enrolments e
         JOIN outbox o ON o.event = 'staff.enrolment' AND o.payload->>'enrolmentId' = e.id::text
        WHERE e.staff_id = $1 AND e.completed_at IS NULL AND e.revoked_at IS NULL`,
      [staffId],
    );
    const { id } = must(pending, `an emailed enrolment of ${staffId}`);
    const [row] = await app.db.query<{ token_enc: Buffer }>(
      `SELECT token_enc FROM staff_enrolments WHERE id = $1`,
      [id],
    );
    return app.app
      .get(CaseCipherService)
      .openSystemSecret('staff_enrolments', 'token', id, must(row, 'the enrolment').token_enc);
  }

  it('answers 404 to every role but admin, for every action', async () => {
    const someone = await createStaff(app, 'investigator');
    for (const role of STAFF_ROLES.filter((r) => r !== 'admin')) {
      const viewer: Viewer = { id: someone.id, role };
      const attempts = [
        sut.list(viewer),
        sut.get(viewer, someone.id),
        sut.create(viewer, { email: `x.${role}@candor.example`, name: 'X', role: 'admin' }),
        sut.disable(viewer, admin.id),
        sut.enable(viewer, admin.id),
        sut.resetSecondFactor(viewer, admin.id),
        sut.setNotificationMode(viewer, admin.id, 'daily_digest'),
      ];
      for (const attempt of attempts) {
        await expect(attempt).rejects.toMatchObject({ kind: 'not_found', message: 'not found' });
      }
    }
    const [created] = await app.db.query(`SELECT 1 FROM staff WHERE email LIKE 'x.%'`);
    expect(created).toBeUndefined();
  });

  it('creates an account that waits for its holder, with the link sent by email and the admin as the actor', async () => {
    const { account, enrolment } = await sut.create(adminViewer, {
      email: ' Tomas.Reyes@Candor.example ',
      name: 'Tomás Reyes',
      role: 'general_counsel',
    });
    expect(account).toMatchObject({
      email: 'tomas.reyes@candor.example',
      name: 'Tomás Reyes',
      role: 'general_counsel',
      status: 'enrolment_pending',
      enrolled: false,
      notificationMode: 'immediate',
      enrolment: { kind: 'account', expired: false },
    });
    expect(enrolment).toEqual({
      staffId: account.id,
      kind: 'account',
      expiresAt: account.enrolment?.expiresAt,
    });
    expect(JSON.stringify(enrolment)).not.toMatch(/token|url/i);
    const outbox = await app.db.query(
      `SELECT 1 FROM outbox WHERE event = 'staff.enrolment' AND payload->>'staffId' = $1`,
      [account.id],
    );
    expect(outbox).toHaveLength(1);
    const audit = await app.db.query<{ action: string; actor_id: string }>(
      `SELECT action, actor_id FROM audit_log WHERE detail->>'staffId' = $1 ORDER BY seq`,
      [account.id],
    );
    expect(audit).toEqual([
      { action: 'staff.created', actor_id: admin.id },
      { action: 'staff.enrolment_issued', actor_id: admin.id },
    ]);

    await expect(
      sut.create(adminViewer, { email: 'tomas.reyes@candor.example', name: 'T', role: 'cfo' }),
    ).rejects.toThrow('a staff member with email tomas.reyes@candor.example already exists');
    await expect(
      sut.create(adminViewer, { email: 'nobody', name: 'N', role: 'cfo' }),
    ).rejects.toThrow('email must be an email address');
    await expect(
      sut.create(adminViewer, { email: 'ceo@candor.example', name: 'N', role: 'ceo' }),
    ).rejects.toThrow(/^role must be one of: general_counsel, cfo/);
  });

  it('lists every account with what administration needs and nothing about cases', async () => {
    const cfo = await createStaff(app, 'cfo');
    const list = await sut.list(adminViewer);
    const listed = list.find((s) => s.id === cfo.id);
    expect(listed).toEqual({
      id: cfo.id,
      email: cfo.email,
      name: cfo.name,
      role: 'cfo',
      isChair: false,
      notificationMode: 'immediate',
      status: 'active',
      disabled: false,
      enrolled: true,
      enrolment: null,
      createdAt: expect.any(Date),
    });
    expect(list.map((s) => s.id)).toContain(admin.id);
  });

  it('disables an account (its sessions end at once) and enables it again, but never its own', async () => {
    const gc = await createStaff(app, 'general_counsel');
    const browser = await app.app.get(StaffSessionService).signIn({
      email: gc.email,
      password: gc.password,
      otp: await totpCode(gc.totpSecret, 1),
      client: 'test-client',
    });
    expect(await sut.disable(adminViewer, gc.id)).toMatchObject({
      status: 'disabled',
      disabled: true,
    });
    await expect(
      app.app.get(StaffSessionService).authenticate(browser.cookieValue),
    ).resolves.toBeUndefined();
    expect(
      (
        await http()
          .get('/api/v1/cases')
          .set(...bearer(gc))
      ).status,
    ).toBe(401);

    expect(await sut.enable(adminViewer, gc.id)).toMatchObject({ status: 'active' });
    await expect(app.app.get(StaffSessionService).open(gc.id)).resolves.toMatchObject({
      staffId: gc.id,
    });

    await expect(sut.disable(adminViewer, admin.id)).rejects.toThrow(
      'you cannot disable your own account',
    );
    await expect(sut.disable(adminViewer, '00000000-0000-0000-0000-000000000000')).rejects.toThrow(
      'staff member not found',
    );
    await expect(sut.disable(adminViewer, 'not-an-id')).rejects.toBeInstanceOf(DomainError);
  });

  it('resets a second factor: the old one stops working, and a link sets up a new one with the same password', async () => {
    const investigator = await createStaff(app, 'investigator');
    const sent = await sut.resetSecondFactor(adminViewer, investigator.id);
    expect(sent).toMatchObject({ staffId: investigator.id, kind: 'second_factor' });
    expect(
      (
        await http()
          .get('/api/v1/cases')
          .set(...bearer(investigator))
      ).status,
    ).toBe(401);
    await expect(
      signIn(app, investigator.email, investigator.password, investigator.totpSecret, 1),
    ).rejects.toThrow('sign-in failed: 401');
    expect(await sut.get(adminViewer, investigator.id)).toMatchObject({
      status: 'enrolment_pending',
      enrolled: false,
      enrolment: { kind: 'second_factor' },
    });

    const enrolments = app.app.get(StaffEnrolmentService);
    const token = await emailedToken(investigator.id);
    await expect(enrolments.open(token)).resolves.toMatchObject({ nextStep: 'second_factor' });
    await expect(enrolments.setPassword(token, 'a brand new passphrase here')).rejects.toThrow(
      'this link sets up a second factor only',
    );
    const { secret } = await enrolments.secondFactor(token);
    expect(secret).not.toBe(investigator.totpSecret);
    await enrolments.confirm(token, await totpCode(secret));
    await expect(
      signIn(app, investigator.email, investigator.password, secret, 1),
    ).resolves.toBeDefined();
    expect(await sut.get(adminViewer, investigator.id)).toMatchObject({
      status: 'active',
      enrolment: null,
    });
  });

  it('leaves one live link when two resets arrive at once', async () => {
    const board = await createStaff(app, 'board');
    const both = await Promise.all([
      sut.resetSecondFactor(adminViewer, board.id),
      sut.resetSecondFactor(adminViewer, board.id),
    ]);
    expect(both.map((b) => b.kind)).toEqual(['second_factor', 'second_factor']);
    const live = await app.db.query(
      `SELECT 1 FROM staff_enrolments WHERE staff_id = $1 AND completed_at IS NULL AND revoked_at IS NULL`,
      [board.id],
    );
    expect(live).toHaveLength(1);
  });

  it('changes how someone is notified', async () => {
    const chair = await createStaff(app, 'audit_committee', { chair: true });
    await expect(
      sut.setNotificationMode(adminViewer, chair.id, 'daily_digest'),
    ).resolves.toMatchObject({ notificationMode: 'daily_digest' });
    await expect(sut.setNotificationMode(adminViewer, chair.id, 'hourly')).rejects.toThrow(
      'mode must be immediate or daily_digest',
    );
    const [audit] = await app.db.query<{ actor_id: string; detail: unknown }>(
      `SELECT actor_id, detail FROM audit_log WHERE action = 'staff.notification_mode_changed'`,
    );
    expect(audit).toEqual({
      actor_id: admin.id,
      detail: { staffId: chair.id, mode: 'daily_digest' },
    });
  });
});

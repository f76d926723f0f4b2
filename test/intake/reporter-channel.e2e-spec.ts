import exifr from 'exifr';
import { Redis } from 'ioredis';
import request from 'supertest';
import { CaseCipherService, must } from '@candor/platform';
import { rowCounts } from '../support/counts.js';
import { anonymousReport, namedReport, PDF, photoWithLocation } from '../support/factories.js';
import { startTestApp, TestApp } from '../support/test-app.js';
import { SHARED_REDIS_URL } from '../support/test-env.js';

describe('the reporter channel', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await startTestApp({ RECEIPT_FAILURES_PER_MINUTE: '1000' });
  });
  afterAll(() => sut.close());

  const http = () => request(sut.app.getHttpServer());
  async function report(body: Record<string, unknown>) {
    const res = await http().post('/api/v1/intake/reports').send(body);
    expect(res.status).toBe(201);
    return res.body as { reference: string; receipt: string; routedTo: string };
  }
  async function signIn(receipt: string): Promise<string> {
    const res = await http().post('/api/v1/reporter/session').send({ receipt });
    expect(res.status).toBe(200);
    expect(Date.parse(res.body.expiresAt) - Date.now()).toBeLessThanOrEqual(15 * 60 * 1000);
    return res.body.token as string;
  }

  it('exchanges messages with the receipt, typed with or without dashes and in any case', async () => {
    const created = await report(anonymousReport());
    const token = await signIn(created.receipt.toLowerCase().replace(/-/g, ' '));
    const sent = await http()
      .post('/api/v1/reporter/messages')
      .set('authorization', `Bearer ${token}`)
      .send({ body: 'I can send the side letters.' });
    expect(sent.status).toBe(201);

    const view = await http().get('/api/v1/reporter/case').set('authorization', `Bearer ${token}`);
    expect(view.status).toBe(200);
    expect(view.body).toMatchObject({
      reference: created.reference,
      status: 'received',
      routedTo: 'audit_committee',
      acknowledgedAt: null,
      messages: [{ from: 'reporter', body: 'I can send the side letters.' }],
      attachments: [],
    });
    const audit = await sut.db.query(
      `SELECT action FROM audit_log WHERE case_reference = $1 ORDER BY seq`,
      [created.reference],
    );
    expect(audit.map((a) => a.action)).toEqual([
      'case.created',
      'reporter.signed_in',
      'message.sent',
      'case.viewed',
    ]);
  });

  it('keeps a second receipt to its own case', async () => {
    const first = await report(anonymousReport({ title: 'First case' }));
    const second = await report(anonymousReport({ title: 'Second case' }));
    const firstToken = await signIn(first.receipt);
    await http()
      .post('/api/v1/reporter/messages')
      .set('authorization', `Bearer ${firstToken}`)
      .send({ body: 'only for the first case' });

    const secondToken = await signIn(second.receipt);
    const view = await http()
      .get('/api/v1/reporter/case')
      .set('authorization', `Bearer ${secondToken}`);
    expect(view.body.reference).toBe(second.reference);
    expect(view.body.messages).toEqual([]);
  });

  it('answers a wrong receipt with one generic 401, and a missing or forged token with 401', async () => {
    const wrong = await http()
      .post('/api/v1/reporter/session')
      .send({ receipt: 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF' });
    const malformed = await http().post('/api/v1/reporter/session').send({ receipt: 'hello' });
    for (const res of [wrong, malformed]) {
      expect(res.status).toBe(401);
      expect(res.body).toEqual({
        statusCode: 401,
        error: 'Unauthorized',
        message: 'receipt not recognised',
      });
    }
    expect((await http().get('/api/v1/reporter/case')).status).toBe(401);
    expect(
      (await http().get('/api/v1/reporter/case').set('authorization', 'Bearer abc.def.ghi')).status,
    ).toBe(401);
    const failures = await sut.db.query(
      `SELECT actor_type, actor_id, case_reference FROM audit_log WHERE action = 'reporter.sign_in_failed'`,
    );
    expect(failures.length).toBeGreaterThanOrEqual(2);
    expect(failures[0]).toEqual({ actor_type: 'reporter', actor_id: null, case_reference: null });
  });

  it('links a retaliation report to its case, routed by rule 4 when the first case is the Audit Committee’s', async () => {
    const first = await report(anonymousReport());
    const token = await signIn(first.receipt);
    const res = await http()
      .post('/api/v1/reporter/retaliation')
      .set('authorization', `Bearer ${token}`)
      .send({ description: 'Since my report I was moved off the audit team.' });
    expect(res.status).toBe(201);
    expect(res.body.reference).toMatch(/^CND-/);
    expect(res.body.receipt).not.toBe(first.receipt);

    const [linked] = await sut.db.query(
      `SELECT n.concern_type, n.routed_to, r.rule_id, o.reference AS related
         FROM cases n JOIN cases o ON o.id = n.related_case_id JOIN case_routings r ON r.case_id = n.id
        WHERE n.reference = $1`,
      [res.body.reference],
    );
    expect(linked).toEqual({
      concern_type: 'retaliation',
      routed_to: 'audit_committee',
      rule_id: 'audit-committee-retaliation-followup',
      related: first.reference,
    });
    const newToken = await signIn(res.body.receipt);
    expect(
      (await http().get('/api/v1/reporter/case').set('authorization', `Bearer ${newToken}`)).body
        .reference,
    ).toBe(res.body.reference);
  });

  it('carries a named reporter’s identity, still encrypted, onto the retaliation case', async () => {
    const first = await report(namedReport());
    const token = await signIn(first.receipt);
    const res = await http()
      .post('/api/v1/reporter/retaliation')
      .set('authorization', `Bearer ${token}`)
      .send({ description: 'I was demoted.' });
    expect(res.status).toBe(201);
    const rows = await sut.db.query(
      `SELECT r.name_enc FROM case_reporters r JOIN cases c ON c.id = r.case_id WHERE c.reference = $1`,
      [res.body.reference],
    );
    expect(rows).toHaveLength(1);
    const nameEnc = must(rows[0], 'the reporter').name_enc as Buffer;
    expect(nameEnc.toString('latin1')).not.toContain('Dana');
  });

  it('strips location and camera data from a photo, keeps other files as sent, and lists both', async () => {
    const photo = await photoWithLocation();
    const original = await exifr.parse(photo, { gps: true });
    expect(original).toMatchObject({ Make: 'CanaryCam' });
    expect(original.latitude).toBeCloseTo(40.74, 1);

    const created = await http()
      .post('/api/v1/intake/reports')
      .field('report', JSON.stringify(anonymousReport()))
      .attach('files', photo, 'IMG_2041.jpg')
      .attach('files', PDF, 'side-letter.pdf');
    expect(created.status).toBe(201);

    const cipher = sut.app.get(CaseCipherService);
    const [stored] = await sut.db.query<{
      id: string;
      data_key_id: string;
      master_key_id: string;
      data_key_wrapped: Buffer;
    }>(`SELECT id, data_key_id, master_key_id, data_key_wrapped FROM cases WHERE reference = $1`, [
      created.body.reference,
    ]);
    const row = must(stored, 'the case');
    const key = cipher.openCaseKey({
      dataKeyId: row.data_key_id,
      masterKeyId: row.master_key_id,
      wrapped: row.data_key_wrapped,
    });
    const files = await sut.db.query<{
      id: string;
      media_type: string;
      metadata_removed: boolean;
      content_enc: Buffer;
      name_enc: Buffer;
    }>(
      `SELECT id, media_type, metadata_removed, content_enc, name_enc FROM case_files WHERE case_id = $1 ORDER BY media_type`,
      [row.id],
    );
    expect(files.map((f) => [f.media_type, f.metadata_removed])).toEqual([
      ['application/pdf', false],
      ['image/jpeg', true],
    ]);
    const [pdf, jpeg] = files;
    const keptPdf = must(pdf, 'the stored PDF');
    const keptPhoto = must(jpeg, 'the stored photo');
    const storedPhoto = key.open('case_files', 'content', keptPhoto.id, keptPhoto.content_enc);
    const cleaned = (await exifr.parse(storedPhoto, { gps: true, xmp: true, iptc: true })) ?? {};
    expect(cleaned.latitude).toBeUndefined();
    expect(cleaned.longitude).toBeUndefined();
    expect(cleaned.Make).toBeUndefined();
    expect(cleaned.Artist).toBeUndefined();
    expect(keptPhoto.content_enc.toString('latin1')).not.toContain('CanaryCam');
    expect(key.open('case_files', 'content', keptPdf.id, keptPdf.content_enc).equals(PDF)).toBe(
      true,
    );

    const token = await signIn(created.body.receipt);
    const view = await http().get('/api/v1/reporter/case').set('authorization', `Bearer ${token}`);
    const attachments = view.body.attachments as Array<{ name: string }>;
    expect(attachments.map((a) => a.name).sort()).toEqual(['IMG_2041.jpg', 'side-letter.pdf']);
  });

  it('lets the reporter add files later', async () => {
    const created = await report(anonymousReport());
    const token = await signIn(created.receipt);
    const res = await http()
      .post('/api/v1/reporter/attachments')
      .set('authorization', `Bearer ${token}`)
      .attach('files', PDF, 'ledger.pdf');
    expect(res.status).toBe(201);
    const view = await http().get('/api/v1/reporter/case').set('authorization', `Bearer ${token}`);
    expect(view.body.attachments).toEqual([
      { id: expect.any(String), name: 'ledger.pdf', size: PDF.length },
    ]);
  });

  it('keeps a closed case readable but refuses writes after the 30-day window', async () => {
    const created = await report(anonymousReport());
    const token = await signIn(created.receipt);
    await sut.db.query(
      `UPDATE cases SET status = 'closed', closed_at = now() - interval '31 days' WHERE reference = $1`,
      [created.reference],
    );
    const before = await rowCounts(sut.db);
    const res = await http()
      .post('/api/v1/reporter/messages')
      .set('authorization', `Bearer ${token}`)
      .send({ body: 'anyone there?' });
    expect(res.status).toBe(409);
    expect(res.body.message).toMatch(/can no longer receive messages/);
    expect((await rowCounts(sut.db)).case_messages).toBe(before.case_messages);
    const view = await http().get('/api/v1/reporter/case').set('authorization', `Bearer ${token}`);
    expect(view.status).toBe(200);
    expect(view.body.status).toBe('closed');
  });
});

describe('receipt throttling', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await startTestApp({ RECEIPT_FAILURES_PER_MINUTE: '5' });
  });
  afterAll(() => sut.close());

  it('answers 429 with Retry-After once too many wrong receipts arrive from anywhere', async () => {
    const http = () => request(sut.app.getHttpServer());
    const statuses: number[] = [];
    for (let i = 0; i < 7; i += 1) {
      const res = await http()
        .post('/api/v1/reporter/session')
        .send({ receipt: `ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZ${i}` });
      statuses.push(res.status);
      if (res.status === 429) {
        expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
        expect(Number(res.headers['retry-after'])).toBeLessThanOrEqual(60);
      }
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5)).toEqual([429, 429]);

    const throttled = await sut.db.query(
      `SELECT actor_type, detail FROM audit_log WHERE action = 'reporter.sign_in_throttled'`,
    );
    expect(throttled).toEqual([{ actor_type: 'system', detail: { failuresPerMinute: 5 } }]);
  });

  it('keeps refusing wrong receipts for the rest of the window, even when Redis forgets the count', async () => {
    const redis = new Redis(SHARED_REDIS_URL);
    try {
      const keys = await redis.keys(`${sut.env.REDIS_PREFIX}:rl:receipt*`);
      expect(keys.length).toBeGreaterThan(0);
      await redis.del(...keys);
    } finally {
      redis.disconnect();
    }
    const res = await request(sut.app.getHttpServer())
      .post('/api/v1/reporter/session')
      .send({ receipt: 'WWWW-WWWW-WWWW-WWWW-WWWW-WWWW' });
    expect(res.status).toBe(429);
  });

  it('lets the holder of a real receipt in while wrong ones are being refused', async () => {
    const http = () => request(sut.app.getHttpServer());
    const created = await http().post('/api/v1/intake/reports').send(anonymousReport());
    expect(created.status).toBe(201);
    for (let i = 0; i < 6; i += 1) {
      await http()
        .post('/api/v1/reporter/session')
        .send({ receipt: `YYYY-YYYY-YYYY-YYYY-YYYY-YYY${i}` });
    }
    const wrong = await http()
      .post('/api/v1/reporter/session')
      .send({ receipt: 'XXXX-XXXX-XXXX-XXXX-XXXX-XXXX' });
    expect(wrong.status).toBe(429);

    const holder = await http()
      .post('/api/v1/reporter/session')
      .send({ receipt: created.body.receipt });
    expect(holder.status).toBe(200);
    expect(typeof holder.body.token).toBe('string');
    const view = await http()
      .get('/api/v1/reporter/case')
      .set('authorization', `Bearer ${holder.body.token}`);
    expect(view.body.reference).toBe(created.body.reference);
  });
});

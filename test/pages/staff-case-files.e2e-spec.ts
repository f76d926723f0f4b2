import exifr from 'exifr';
import request from 'supertest';
import { must } from '@candor/platform';
import { anonymousReport, EXECUTABLE, PDF, photoWithLocation } from '../support/factories.js';
import { bearer, createStaff, type TestStaff } from '../support/staff.js';
import { type ConsoleSession, consoleSignIn, csrfOf } from '../support/staff-console.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** The error summary's messages, in order, as a person reads them at the top of the page. */
function summaryOf(html: string): string[] {
  const summary = /<div class="error-summary"[\s\S]*?<\/ul>/.exec(html)?.[0] ?? '';
  return [...summary.matchAll(/<a href="#([^"]+)">([^<]*)<\/a>/g)].map(
    ([, id, text]) => `${id}: ${text}`,
  );
}

/** The body of a download as bytes, whatever its type. */
function bytes(test: request.Test): request.Test {
  return test.buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (chunk: Buffer) => chunks.push(chunk));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  });
}

/** What an upload may have written: the case's file rows and its file audit entries. */
async function fileRecord(sut: TestApp, reference: string): Promise<unknown[]> {
  const files = await sut.db.query<{ count: string }>(
    `SELECT count(*) FROM case_files f JOIN cases c ON c.id = f.case_id WHERE c.reference = $1`,
    [reference],
  );
  const audit = await sut.db.query<{ action: string }>(
    `SELECT action FROM audit_log WHERE case_reference = $1 AND action LIKE 'file.%' ORDER BY seq`,
    [reference],
  );
  return [must(files[0], 'a count of files').count, audit.map((row) => row.action)];
}

/**
 * The case page's "Add evidence files" form: a plain multipart form with the session's token, on
 * the JSON files route's service call, limits and audit entry; refusals answer with the page, its
 * error summary and the JSON route's status, writing nothing.
 */
describe('evidence files through the case page', () => {
  let sut: TestApp;
  let gc: TestStaff;
  let director: TestStaff;
  let session: ConsoleSession;
  let reference: string;
  let csrf: string;
  beforeAll(async () => {
    sut = await startTestApp();
    gc = await createStaff(sut, 'general_counsel');
    director = await createStaff(sut, 'board');
    session = await consoleSignIn(sut, gc);
    const created = await http()
      .post('/api/v1/intake/reports')
      .send(anonymousReport({ concernType: 'gifts_entertainment' }));
    reference = (created.body as { reference: string }).reference;
    const page = await http().get(`/staff/cases/${reference}`).set('Cookie', session.cookie);
    expect(page.text).toContain('Add evidence files');
    expect(page.text).toContain('enctype="multipart/form-data"');
    // The limits as the domain sets them.
    expect(page.text).toContain('At most 10 files at a time, each 25 MB or smaller.');
    csrf = csrfOf(page.text);
  });
  afterAll(() => sut.close());
  const http = () => request(sut.app.getHttpServer());

  /** The form as a browser sends it: the token first, then the chosen files. */
  function upload(files: Array<[string, Buffer]>, token = csrf, cookie = session.cookie) {
    let req = http()
      .post(`/staff/cases/${reference}/files`)
      .set('Cookie', cookie)
      .field('_csrf', token);
    for (const [name, content] of files) req = req.attach('files', content, name);
    return req;
  }

  it('adds the chosen files and lists them, the photo without its metadata, the PDF as sent', async () => {
    const photo = await photoWithLocation();
    const r = await upload([
      ['minutes.pdf', PDF],
      ['IMG_2041.jpg', photo],
    ]);
    expect([r.status, r.headers.location]).toEqual([
      303,
      `/staff/cases/${reference}?done=files#files`,
    ]);
    const page = await http()
      .get(must(r.headers.location, 'a redirect'))
      .set('Cookie', session.cookie);
    expect(page.text).toContain('The files are added to the case.');
    const links = [
      ...page.text.matchAll(/<a href="(\/staff\/cases\/[^"]+\/files\/[^"]+)" download>([^<]*)/g),
    ].map(
      ([, href, text]) =>
        [
          must(href, 'the link of a download'),
          must(text, 'the text of a download').replace(/^Download\s*/, ''),
        ] as const,
    );
    expect(links.map(([, name]) => name).sort()).toEqual(['IMG_2041.jpg', 'minutes.pdf']);
    expect(page.text).toContain('Metadata removed');
    const download = (name: string) =>
      bytes(
        http()
          .get(links.find(([, n]) => n === name)![0])
          .set('Cookie', session.cookie),
      );
    const pdf = await download('minutes.pdf');
    expect(pdf.status).toBe(200);
    expect(Buffer.compare(pdf.body as Buffer, PDF)).toBe(0);
    const jpeg = await download('IMG_2041.jpg');
    expect(await exifr.gps(jpeg.body as Buffer).catch(() => undefined)).toBeUndefined();
    // The JSON route's audit entry, one for the upload, and one per download.
    expect(await fileRecord(sut, reference)).toEqual([
      '2',
      ['file.added', 'file.downloaded', 'file.downloaded'],
    ]);
    const [added] = await sut.db.query<{ actor_type: string; detail: { by: string } }>(
      `SELECT actor_type, detail FROM audit_log WHERE case_reference = $1 AND action = 'file.added'`,
      [reference],
    );
    const entry = must(added, 'the file.added entry');
    expect([entry.actor_type, entry.detail.by]).toEqual(['staff', 'staff']);
  });

  it('refuses a wrong type, too many, too large or no file with the page, its error summary and the JSON route’s status, writing nothing', async () => {
    const before = await fileRecord(sut, reference);
    const tooMany = Array.from({ length: 11 }, (_, i): [string, Buffer] => [`page-${i}.pdf`, PDF]);
    const tooLarge = Buffer.concat([PDF, Buffer.alloc(25 * 1024 * 1024)]);
    const refusals: Array<[string, Array<[string, Buffer]>, number, string]> = [
      [
        'wrong type',
        [['payroll.pdf', EXECUTABLE]],
        415,
        'evidence-files: payroll.pdf: This type of file is not accepted. You can send PDF, JPEG, PNG, GIF or WebP images, plain text or CSV, Word, Excel, PowerPoint or OpenDocument files, and emails (.eml, .msg).',
      ],
      ['too many', tooMany, 413, 'evidence-files: Add at most 10 files at a time'],
      [
        'too large',
        [['scan.pdf', tooLarge]],
        413,
        'evidence-files: Each file must be 25 MB or smaller',
      ],
      ['no file', [], 400, 'evidence-files: Select a file to add'],
    ];
    for (const [what, files, status, message] of refusals) {
      const r = await upload(files);
      expect([what, r.status, summaryOf(r.text)]).toEqual([what, status, [message]]);
      expect(r.text).toContain('There is a problem');
      expect(r.text).toContain('id="evidence-files-error"');
      if (files.length > 0) {
        // The JSON files route answers the same upload with the same status.
        let json = http()
          .post(`/api/v1/cases/${reference}/files`)
          .set(...bearer(gc));
        for (const [name, content] of files) json = json.attach('files', content, name);
        expect([what, (await json).status]).toEqual([what, status]);
      }
    }
    expect(await fileRecord(sut, reference)).toEqual(before);
  });

  it('refuses the form without this session’s token, writing nothing', async () => {
    const before = await fileRecord(sut, reference);
    for (const token of ['forged', '']) {
      const r = await upload([['minutes.pdf', PDF]], token);
      expect(r.status).toBe(400);
      expect(r.headers['content-type']).toContain('text/html');
      expect(r.text).not.toContain('Add evidence files');
    }
    // An upload stopped at the size limit is checked with the token sent before the file.
    const stopped = await upload([['scan.pdf', Buffer.alloc(26 * 1024 * 1024)]], 'forged');
    expect(stopped.status).toBe(400);
    expect(stopped.text).not.toContain('There is a problem');
    expect(await fileRecord(sut, reference)).toEqual(before);
  });

  it('offers no form to a director who may only read a Board case, and answers their upload 404', async () => {
    const created = await http()
      .post('/api/v1/intake/reports')
      .send(
        anonymousReport({
          concernType: 'insider_trading',
          implicated: [{ role: 'executive_officer' }],
        }),
      );
    const board = (created.body as { reference: string; routedTo: string }).reference;
    expect((created.body as { routedTo: string }).routedTo).toBe('board');
    const own = await consoleSignIn(sut, director);
    const page = await http().get(`/staff/cases/${board}`).set('Cookie', own.cookie);
    expect(page.status).toBe(200);
    expect(page.text).not.toContain('Add evidence files');
    expect(page.text).not.toContain(`/staff/cases/${board}/files"`);
    const r = await http()
      .post(`/staff/cases/${board}/files`)
      .set('Cookie', own.cookie)
      .field('_csrf', csrfOf(page.text))
      .attach('files', PDF, 'minutes.pdf');
    expect(r.status).toBe(404);
    expect(await fileRecord(sut, board)).toEqual(['0', []]);
    // As the JSON route does.
    const json = await http()
      .post(`/api/v1/cases/${board}/files`)
      .set(...bearer(director))
      .attach('files', PDF, 'minutes.pdf');
    expect(json.status).toBe(404);
  });
});

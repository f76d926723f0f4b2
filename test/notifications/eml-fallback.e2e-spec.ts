import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { MailTransport } from '@candor/platform';
import { anonymousReport } from '../support/factories.js';
import { eventually, ROOT, spawnApp, Spawned } from '../support/processes.js';
import { startTestApp, TestApp } from '../support/test-app.js';
import { insertStaff, StaffRow, submitReport } from './notification-fixtures.js';

describe(`${MailTransport.name} without SMTP_URL`, () => {
  let sut: TestApp;
  let worker: Spawned | undefined;
  let mailDir: string;
  let chair: StaffRow;

  beforeAll(async () => {
    sut = await startTestApp();
    mailDir = join(ROOT, sut.env.MAIL_DIR);
    chair = await insertStaff(sut, 'audit_committee', { chair: true });
  });
  afterAll(async () => {
    worker?.proc.kill('SIGKILL');
    await worker?.exited();
    await sut.close();
    await rm(mailDir, { recursive: true, force: true });
  });

  it('writes each email as an .eml file named by its Message-ID under MAIL_DIR and logs the path', async () => {
    worker = spawnApp('worker', [], { ...sut.env, LOG_LEVEL: 'info' });
    const { reference } = await submitReport(sut, anonymousReport());
    const files = await eventually(
      'the .eml files (the case and the audit head)',
      async () => {
        const names = await readdir(mailDir).catch(() => []);
        return names.length >= 2 && names;
      },
      15_000,
    );
    const contents = await Promise.all(files.map((f) => readFile(join(mailDir, f), 'utf8')));
    const caseMail = contents.find((c) =>
      c.includes('Subject: Candor: a case needs your attention'),
    );
    expect(caseMail).toContain(`To: ${chair.email}`);
    expect(caseMail).toContain(reference);
    for (const file of files) expect(file).toMatch(/^_[0-9a-f-]{36}\.[0-9a-f]{20}_candor_\.eml$/);
    await eventually('the logged path', () =>
      Promise.resolve((worker as Spawned).output().includes(`email written to ${mailDir}/`)),
    );
  });
});

import request from 'supertest';
import { must } from '@candor/platform';
import type { TestApp } from '../support/test-app.js';

export interface ReportedCase {
  id: string;
  reference: string;
  receipt: string;
  routedTo: string;
}

/** Submits a report through the public intake and looks up the new case's id. */
export async function report(sut: TestApp, body: Record<string, unknown>): Promise<ReportedCase> {
  const res = await request(sut.app.getHttpServer()).post('/api/v1/intake/reports').send(body);
  if (res.status !== 201)
    throw new Error(`intake failed: ${res.status} ${JSON.stringify(res.body)}`);
  const [row] = await sut.db.query<{ id: string }>(`SELECT id FROM cases WHERE reference = $1`, [
    res.body.reference,
  ]);
  return {
    id: must(row, `case ${res.body.reference}`).id,
    reference: res.body.reference as string,
    receipt: res.body.receipt as string,
    routedTo: res.body.routedTo as string,
  };
}

/**
 * Closes a case as of `closedAt` (owner SQL: the workflow would stamp the current time, and
 * retention and protection are about cases closed long ago).
 */
export async function closeCase(
  sut: TestApp,
  caseId: string,
  closedAt: Date,
  finding: string | null = 'substantiated',
): Promise<void> {
  await sut.db.query(
    `UPDATE cases SET status = 'closed', acknowledged_at = received_at, resolved_at = $2, closed_at = $2,
            finding = $3, next_due_at = NULL WHERE id = $1`,
    [caseId, closedAt, finding],
  );
}

export function yearsAgo(years: number, days = 0): Date {
  const date = new Date();
  date.setUTCFullYear(date.getUTCFullYear() - years);
  date.setUTCDate(date.getUTCDate() - days);
  return date;
}

export function monthsAgo(months: number): Date {
  const date = new Date();
  date.setUTCMonth(date.getUTCMonth() - months);
  return date;
}

/** A session token for the reporter holding `receipt`. */
export async function reporterToken(sut: TestApp, receipt: string): Promise<string> {
  const res = await request(sut.app.getHttpServer())
    .post('/api/v1/reporter/session')
    .send({ receipt });
  if (res.status !== 200) throw new Error(`reporter sign-in failed: ${res.status}`);
  return res.body.token as string;
}

/** Audit entries of a case (owner SQL), oldest first. */
export async function auditOf(
  sut: TestApp,
  reference: string,
): Promise<
  Array<{
    action: string;
    actor_type: string;
    actor_id: string | null;
    detail: Record<string, unknown>;
    occurred_at: Date;
  }>
> {
  return sut.db.query(
    `SELECT action, actor_type, actor_id::text AS actor_id, detail, occurred_at
       FROM audit_log WHERE case_reference = $1 ORDER BY audit_log.seq`,
    [reference],
  );
}

import { newTestService, type UnitHarness } from '../../../../test/unit-harness/index.js';
import type { Viewer } from '../access/access-policy.js';
import { AuditEventsService } from '../audit/audit-events.service.js';
import { CaseDetailService } from '../cases/case-detail.service.js';
import { CaseCorrespondenceService } from '../cases/case-correspondence.service.js';
import { CaseDeterminationsService } from '../cases/case-determinations.service.js';
import { CaseWorkflowService } from '../cases/case-workflow.service.js';
import { LegalHoldsService } from '../legal-hold/legal-holds.service.js';
import { ProtectedPeopleService } from '../retaliation/protected-people.service.js';
import { RetentionService } from './retention.service.js';

// The purge (product.md §8): a case closed longer ago than the retention period is purged, one
// case per transaction, unless it is on legal hold; what remains is a tombstone (reference, dates,
// route, status, finding) whose content can no longer be opened. Exercised through the services'
// public methods on the in-memory database (no PostgreSQL).

const DAY = 24 * 60 * 60 * 1000;
const YEAR = 365.25 * DAY;

describe('purging cases at the end of their retention period', () => {
  let harness: UnitHarness;
  let sut: RetentionService;
  let gc: Viewer;
  let cfo: Viewer;

  beforeEach(() => {
    ({ sut, harness } = newTestService(RetentionService));
    gc = harness.given.staff('general_counsel');
    cfo = harness.given.staff('cfo');
  });

  /** Far enough that a case closed today is past the default seven years. */
  const eightYearsLater = () => harness.clock.advance(8 * YEAR);
  const workflow = () => harness.get(CaseWorkflowService);
  const detail = (viewer: Viewer, reference: string) =>
    harness.get(CaseDetailService).detail(viewer, reference);

  /** A named report with a witness, worked through to a finding and closed today. */
  async function closedCase(): Promise<string> {
    const { reference } = await harness.given.report({
      concernType: 'improper_payments',
      anonymous: false,
      reporter: { name: 'Jordan Reyes', email: 'jordan@example.test' },
      implicated: [{ name: 'Casey Hart', role: 'employee' }],
      witnesses: [{ name: 'Sam Lee', contact: 'sam@example.test' }],
    });
    for (const to of ['acknowledged', 'triage', 'investigating'] as const) {
      await workflow().transition(gc, reference, { to });
    }
    const correspondence = harness.get(CaseCorrespondenceService);
    await correspondence.addNote(gc, reference, { body: 'Interviewed the treasurer.' });
    await correspondence.messageReporter(gc, reference, 'Thank you, we are looking into it.');
    const determinations = harness.get(CaseDeterminationsService);
    const outcome = await determinations.recordOutcome(gc, reference, {
      finding: 'substantiated',
      summary: 'Payments confirmed by bank records.',
    });
    await determinations.approve(cfo, reference, 'outcome', outcome.id);
    await harness.get(ProtectedPeopleService).add(gc, reference, { name: 'Robin Diaz' });
    await workflow().transition(gc, reference, { to: 'resolved' });
    await workflow().transition(gc, reference, { to: 'closed' });
    return reference;
  }

  it('purges a case closed before the retention period and leaves its tombstone', async () => {
    const reference = await closedCase();
    const before = harness.caseRow(reference);
    const audited = harness.auditFromHere();

    eightYearsLater();
    const run = await sut.run();

    expect(run.purged).toEqual([{ reference, closedAt: before.closedAt?.toISOString() }]);
    expect(run.held).toEqual([]);
    expect(await detail(gc, reference)).toEqual({
      reference,
      status: 'closed',
      purged: true,
      purgedAt: expect.any(Date),
      channel: 'mail',
      concernType: 'improper_payments',
      routedTo: 'general_counsel',
      handledBy: 'general_counsel',
      receivedAt: before.receivedAt,
      acknowledgedAt: before.acknowledgedAt,
      closedAt: before.closedAt,
      dismissalReason: null,
      finding: 'substantiated',
      routing: [expect.objectContaining({ trigger: 'intake', ruleId: 'general-counsel-default' })],
    });
    expect(audited()[0]).toEqual(
      expect.objectContaining({
        action: 'case.purged',
        actorType: 'system',
        actorId: null,
        caseReference: reference,
        detail: {
          messages: 2, // the acknowledgement and the handler's message
          files: 0,
          notes: 1,
          reporter: 1,
          parties: 3, // the implicated employee nobody was matched to, the witness, the helper
          retentionCutoff: run.cutoff,
        },
      }),
    );
  });

  it('shreds the content: no text, no identity, no key to open what a copy may still hold', async () => {
    const reference = await closedCase();
    const { id } = harness.caseRow(reference);

    eightYearsLater();
    await sut.run();

    const { db } = harness;
    expect(harness.caseRow(reference)).toMatchObject({
      titleEnc: null,
      descriptionEnc: null,
      titleTerms: [],
      receiptHash: null,
      dataKeyWrapped: null,
      status: 'closed',
      finding: 'substantiated',
    });
    const ofCase = (row: { caseId: string }) => row.caseId === id;
    expect(db.caseMessages.where(ofCase)).toEqual([]);
    expect(db.caseNotes.where(ofCase)).toEqual([]);
    expect(db.caseReporters.where(ofCase)).toEqual([]);
    expect(db.caseParties.where(ofCase)).toEqual([]);
    expect(db.caseOutcomes.where(ofCase)).toEqual([
      expect.objectContaining({ finding: 'substantiated', summaryEnc: null }),
    ]);
  });

  it('keeps an implicated staff member recused from the tombstone, and nothing else of them', async () => {
    const investigator = harness.given.staff('investigator', { name: 'Casey Hart' });
    const reference = await closedCase();

    eightYearsLater();
    await sut.run();

    expect(harness.db.caseParties.all()).toEqual([
      expect.objectContaining({
        kind: 'implicated',
        staffId: investigator.id,
        nameEnc: null,
        nameIndex: null,
      }),
    ]);
    await expect(detail(investigator, reference)).rejects.toMatchObject({ kind: 'not_found' });
  });

  it('refuses every change to a purged case; its tombstone and audit trail stay readable', async () => {
    const reference = await closedCase();
    eightYearsLater();
    await sut.run();
    const refused = {
      kind: 'conflict',
      message: 'this case was purged after its retention period: only its tombstone remains',
    };

    await expect(
      workflow().transition(gc, reference, { to: 'reopened', reason: 'New evidence' }),
    ).rejects.toMatchObject(refused);
    await expect(
      workflow().addImplicated(gc, reference, { name: 'Someone', role: 'employee' }),
    ).rejects.toMatchObject(refused);
    await expect(
      harness.get(CaseCorrespondenceService).addNote(gc, reference, { body: 'Late note.' }),
    ).rejects.toMatchObject(refused);
    expect(await detail(cfo, reference)).toMatchObject({ purged: true, reference });
    const trail = await harness.get(AuditEventsService).listForCase(cfo, reference, { limit: 200 });
    expect(trail.items.map((e) => e.action)).toEqual(
      expect.arrayContaining(['case.created', 'outcome.effective', 'case.purged']),
    );
  });

  it('keeps a case on legal hold, and records the refused purge even though its transaction rolls back', async () => {
    const reference = await closedCase();
    const hold = await harness.get(LegalHoldsService).place(gc, reference, 'Litigation 2031-17');
    const audited = harness.auditFromHere();

    eightYearsLater();
    const run = await sut.run();

    expect(run.purged).toEqual([]);
    expect(run.held).toEqual([{ reference, closedAt: expect.any(String) }]);
    expect(harness.caseRow(reference)).toMatchObject({ purgedAt: null, finding: 'substantiated' });
    expect(await detail(gc, reference)).toMatchObject({
      title: 'A report',
      notes: [expect.objectContaining({ body: 'Interviewed the treasurer.' })],
    });
    expect(audited().filter((e) => e.action !== 'case.viewed')).toEqual([
      expect.objectContaining({
        action: 'legal_hold.blocked',
        actorType: 'system',
        caseReference: reference,
        detail: { holdId: hold.id, attemptedAction: 'retention.purge' },
      }),
    ]);
  });

  it('purges a held case once the hold is released', async () => {
    const reference = await closedCase();
    await harness.get(LegalHoldsService).place(gc, reference, 'Litigation 2031-17');
    eightYearsLater();
    await sut.run();
    await harness.get(LegalHoldsService).release(gc, reference, 'Settled.');

    const run = await sut.run();

    expect(run.purged.map((c) => c.reference)).toEqual([reference]);
    expect(harness.caseRow(reference).purgedAt).not.toBeNull();
  });

  it('leaves open cases and cases closed within the period alone, and a dry run changes nothing', async () => {
    const closed = await closedCase();
    const open = await harness.given.report();
    const held = await closedCase();
    await harness.get(LegalHoldsService).place(gc, held, 'Regulator inquiry');
    const audited = harness.auditFromHere();

    // Seven years less two days on, nothing closed today is due yet; a year on, it is.
    harness.clock.advance(7 * YEAR - 2 * DAY);
    expect(await sut.run()).toMatchObject({ purged: [], held: [] });
    harness.clock.advance(YEAR);
    const dry = await sut.run({ dryRun: true });

    expect(dry.dryRun).toBe(true);
    expect(dry.purged.map((c) => c.reference)).toEqual([closed]);
    expect(dry.held.map((c) => c.reference)).toEqual([held]);
    expect(audited()).toEqual([]);
    for (const reference of [closed, open.reference, held]) {
      expect(harness.caseRow(reference).purgedAt).toBeNull();
    }
  });

  it('purges a dismissed case like a closed one', async () => {
    const { reference } = await harness.given.report();
    for (const to of ['acknowledged', 'triage'] as const) {
      await workflow().transition(gc, reference, { to });
    }
    await workflow().transition(gc, reference, { to: 'dismissed', dismissalReason: 'duplicate' });

    eightYearsLater();
    const run = await sut.run();

    expect(run.purged.map((c) => c.reference)).toEqual([reference]);
    expect(await detail(gc, reference)).toMatchObject({
      purged: true,
      status: 'dismissed',
      dismissalReason: 'duplicate',
    });
  });
});

import { newTestService, type UnitHarness } from '../../../../test/unit-harness/index.js';
import type { Viewer } from '../access/access-policy.js';
import { CaseDetailService } from './case-detail.service.js';
import { CaseDeterminationsService } from './case-determinations.service.js';
import { CaseWorkflowService } from './case-workflow.service.js';

// Joint determination (product.md §4): on a General Counsel case a finding and a disciplinary
// action take effect only once the General Counsel AND the CFO have approved; elsewhere the
// handling body's approval suffices, and recording counts as the recorder's approval. Exercised
// through the services' public methods on the in-memory database (no PostgreSQL).

describe('joint approval of findings and disciplinary actions', () => {
  let harness: UnitHarness;
  let sut: CaseDeterminationsService;
  let gc: Viewer;
  let cfo: Viewer;
  let reference: string;

  beforeEach(async () => {
    ({ sut, harness } = newTestService(CaseDeterminationsService));
    gc = harness.given.staff('general_counsel');
    cfo = harness.given.staff('cfo');
    ({ reference } = await harness.given.report({ concernType: 'improper_payments' }));
    harness.given.status(reference, 'investigating');
  });

  /** The case's determinations as a handler sees them. */
  async function shown(viewer: Viewer) {
    const view = await harness.get(CaseDetailService).detail(viewer, reference);
    if ('purged' in view) throw new Error('the case was purged');
    return {
      finding: view.finding,
      outcomes: view.outcomes.map((o) => ({
        finding: o.finding,
        effective: o.effective,
        approvals: o.approvals,
      })),
      actions: view.actions.map((a) => ({
        measure: a.measure,
        effective: a.effective,
        approvals: a.approvals,
      })),
    };
  }

  it('keeps a General Counsel finding pending until the CFO approves it too', async () => {
    const audited = harness.auditFromHere();

    const recorded = await sut.recordOutcome(gc, reference, {
      finding: 'substantiated',
      summary: 'Payments confirmed by bank records.',
    });

    expect(recorded.effective).toBe(false);
    expect(await shown(cfo)).toMatchObject({
      finding: null,
      outcomes: [
        {
          finding: 'substantiated',
          effective: false,
          approvals: [{ staffId: gc.id, role: 'general_counsel' }],
        },
      ],
    });
    expect(audited().filter((e) => e.action !== 'case.viewed')).toEqual([
      expect.objectContaining({
        action: 'outcome.recorded',
        actorId: gc.id,
        caseReference: reference,
        detail: { outcomeId: recorded.id, finding: 'substantiated' },
      }),
      expect.objectContaining({
        action: 'outcome.approved',
        actorId: gc.id,
        detail: { subjectId: recorded.id, role: 'general_counsel', missingRoles: ['cfo'] },
      }),
    ]);

    const audited2 = harness.auditFromHere();
    expect(await sut.approve(cfo, reference, 'outcome', recorded.id)).toEqual({ effective: true });

    expect(await shown(gc)).toMatchObject({
      finding: 'substantiated',
      outcomes: [
        {
          effective: true,
          approvals: [
            { staffId: gc.id, role: 'general_counsel' },
            { staffId: cfo.id, role: 'cfo' },
          ],
        },
      ],
    });
    expect(audited2().map((e) => [e.action, e.actorId, e.detail])).toEqual([
      ['outcome.approved', cfo.id, { subjectId: recorded.id, role: 'cfo', missingRoles: [] }],
      ['outcome.effective', cfo.id, { subjectId: recorded.id }],
      ['case.viewed', gc.id, {}],
    ]);
  });

  it('names who is awaited: a second General Counsel does not stand in for the CFO', async () => {
    const secondGc = harness.given.staff('general_counsel');
    const audited = harness.auditFromHere();

    const recorded = await sut.recordOutcome(gc, reference, {
      finding: 'partially_substantiated',
      summary: 'Two of three payments confirmed.',
    });
    expect(await sut.approve(secondGc, reference, 'outcome', recorded.id)).toEqual({
      effective: false,
    });
    expect(await sut.approve(cfo, reference, 'outcome', recorded.id)).toEqual({ effective: true });

    expect(
      audited()
        .filter((e) => e.action === 'outcome.approved')
        .map((e) => [e.actorId, e.detail.missingRoles]),
    ).toEqual([
      [gc.id, ['cfo']],
      [secondGc.id, ['cfo']],
      [cfo.id, []],
    ]);
  });

  it('awaits the General Counsel when the CFO records the finding', async () => {
    const audited = harness.auditFromHere();

    const recorded = await sut.recordOutcome(cfo, reference, {
      finding: 'insufficient_information',
      summary: 'Nothing to go on.',
    });

    expect(recorded.effective).toBe(false);
    expect(audited().find((e) => e.action === 'outcome.approved')?.detail).toEqual({
      subjectId: recorded.id,
      role: 'cfo',
      missingRoles: ['general_counsel'],
    });
  });

  it('refuses a second approval by the same person and writes nothing for it', async () => {
    const recorded = await sut.recordOutcome(gc, reference, {
      finding: 'substantiated',
      summary: 'Confirmed.',
    });
    const audited = harness.auditFromHere();

    await expect(sut.approve(gc, reference, 'outcome', recorded.id)).rejects.toMatchObject({
      kind: 'conflict',
      message: 'you have already approved this; the other required approver must approve it',
    });

    expect(audited()).toEqual([]);
    expect(harness.db.approvals.all()).toHaveLength(1);
    expect((await shown(gc)).outcomes).toMatchObject([{ effective: false }]);
  });

  it('refuses to approve what has already taken effect', async () => {
    const recorded = await sut.recordOutcome(gc, reference, {
      finding: 'unsubstantiated',
      summary: 'No evidence.',
    });
    await sut.approve(cfo, reference, 'outcome', recorded.id);
    const thirdApprover = harness.given.staff('cfo');

    await expect(
      sut.approve(thirdApprover, reference, 'outcome', recorded.id),
    ).rejects.toMatchObject({
      kind: 'conflict',
      message: 'this outcome has already taken effect',
    });
  });

  it('holds a disciplinary action for the other approver, but lets corrective and interim measures take effect at once', async () => {
    const discipline = await sut.recordAction(cfo, reference, {
      kind: 'disciplinary',
      measure: 'termination',
      subject: 'Logistics manager',
    });
    const corrective = await sut.recordAction(gc, reference, {
      kind: 'corrective',
      measure: 'control_fix',
      owner: 'Head of Treasury',
      dueDate: '2027-03-31',
    });
    const interim = await sut.recordAction(gc, reference, {
      kind: 'interim',
      measure: 'suspension_pending_investigation',
      subject: 'Logistics manager',
    });

    expect([discipline.effective, corrective.effective, interim.effective]).toEqual([
      false,
      true,
      true,
    ]);
    // Corrective and interim measures need nobody's approval: none is recorded.
    expect(
      harness.db.approvals
        .all()
        .filter((a) => a.subjectId === corrective.id || a.subjectId === interim.id),
    ).toEqual([]);

    expect(await sut.approve(gc, reference, 'action', discipline.id)).toEqual({ effective: true });
    expect((await shown(gc)).actions.find((a) => a.measure === 'termination')).toEqual({
      measure: 'termination',
      effective: true,
      approvals: [
        { staffId: cfo.id, role: 'cfo' },
        { staffId: gc.id, role: 'general_counsel' },
      ],
    });
  });

  it('refuses a finding before the investigation, writing nothing', async () => {
    harness.given.status(reference, 'triage');
    const audited = harness.auditFromHere();

    await expect(
      sut.recordOutcome(gc, reference, { finding: 'substantiated', summary: 'Too early.' }),
    ).rejects.toMatchObject({ kind: 'conflict' });

    expect(audited()).toEqual([]);
    expect(harness.db.caseOutcomes.all()).toEqual([]);
  });

  it('lets the Audit Committee decide its own cases with one approval', async () => {
    const ac = harness.given.staff('audit_committee');
    const financial = await harness.given.report({ concernType: 'accounting' });
    harness.given.status(financial.reference, 'investigating');

    const recorded = await sut.recordOutcome(ac, financial.reference, {
      finding: 'substantiated',
      summary: 'Revenue recognised early.',
    });

    expect(recorded.effective).toBe(true);
    expect(harness.caseRow(financial.reference).finding).toBe('substantiated');
    // The General Counsel and the CFO have no part in it.
    await expect(
      sut.approve(cfo, financial.reference, 'outcome', recorded.id),
    ).rejects.toMatchObject({ kind: 'not_found' });
  });

  it('leaves a Board case the Audit Committee handles to the committee: a director is informed, not deciding', async () => {
    const ac = harness.given.staff('audit_committee');
    const director = harness.given.staff('board');
    const officer = await harness.given.report({
      concernType: 'conflict_of_interest',
      implicated: [{ role: 'executive_officer' }],
    });
    expect(officer.routedTo).toBe('board');
    harness.given.status(officer.reference, 'investigating');
    const discipline = await sut.recordAction(ac, officer.reference, {
      kind: 'disciplinary',
      measure: 'written_reprimand',
      subject: 'The executive officer',
    });

    expect(discipline.effective).toBe(true);
    await expect(
      sut.recordOutcome(director, officer.reference, { finding: 'substantiated', summary: 'x' }),
    ).rejects.toMatchObject({ kind: 'not_found' });
  });

  it('counts no approval of a body that no longer decides the case after a re-route', async () => {
    const ac = harness.given.staff('audit_committee');
    const recorded = await sut.recordOutcome(gc, reference, {
      finding: 'substantiated',
      summary: 'Confirmed.',
    });
    // Legal turns out to be implicated: the case goes to the Audit Committee.
    await harness
      .get(CaseWorkflowService)
      .addImplicated(cfo, reference, { name: 'Someone in Legal', role: 'legal' });
    const audited = harness.auditFromHere();

    expect(await sut.approve(ac, reference, 'outcome', recorded.id)).toEqual({ effective: true });

    expect(audited().find((e) => e.action === 'outcome.approved')?.detail).toEqual({
      subjectId: recorded.id,
      role: 'audit_committee',
      missingRoles: [],
    });
    // The General Counsel's and CFO's part in the case has ended with the re-route.
    await expect(sut.approve(cfo, reference, 'outcome', recorded.id)).rejects.toMatchObject({
      kind: 'not_found',
    });
  });
});

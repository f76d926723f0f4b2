import { newTestService, type UnitHarness } from '../../../../test/unit-harness/index.js';
import type { Viewer } from '../access/access-policy.js';
import { OutboxEvent } from '../notifications/outbox.js';
import { CaseDetailService } from './case-detail.service.js';
import { CaseWorkflowService } from './case-workflow.service.js';

// Re-routing (product.md §3): when staff add an implicated person, the case is routed again with
// everyone implicated; a change of route is recorded with its rule, audited, notified, and takes
// effect for access at once. Exercised through the workflow service's public methods on the
// in-memory database (no PostgreSQL).

describe('re-routing when an implicated person is added', () => {
  let harness: UnitHarness;
  let sut: CaseWorkflowService;
  let gc: Viewer;
  let ac: Viewer;
  let reference: string;

  function setUp(options: Parameters<typeof newTestService>[1] = {}) {
    ({ sut, harness } = newTestService(CaseWorkflowService, options));
    gc = harness.given.staff('general_counsel');
    ac = harness.given.staff('audit_committee');
  }

  async function generalCounselCase(): Promise<string> {
    const created = await harness.given.report({
      concernType: 'conflict_of_interest',
      implicated: [{ role: 'employee' }],
    });
    expect(created.routedTo).toBe('general_counsel');
    harness.given.status(created.reference, 'triage');
    return created.reference;
  }

  const routing = async (viewer: Viewer) => {
    const view = await harness.get(CaseDetailService).detail(viewer, reference);
    return view.routing.map((r) => [r.trigger, r.routedTo, r.handledBy, r.ruleId]);
  };

  const outboxEvents = () => harness.db.outbox.all().map((e) => e.event);

  describe('with the default board committee', () => {
    beforeEach(async () => {
      setUp();
      reference = await generalCounselCase();
    });

    it('sends the case to the Board, handled by the Audit Committee, when an executive officer is implicated', async () => {
      const audited = harness.auditFromHere();

      const decision = await sut.addImplicated(gc, reference, {
        name: 'R. Castillo',
        role: 'executive_officer',
      });

      expect(decision).toMatchObject({
        routedTo: 'board',
        handledBy: 'audit_committee',
        rerouted: true,
        ruleId: 'board-implicated-officer',
      });
      expect(decision.explanation).toMatch(/director or an executive officer/);
      expect(harness.caseRow(reference)).toMatchObject({
        routedTo: 'board',
        handledBy: 'audit_committee',
      });
      expect(audited().map((e) => [e.action, e.actorId, e.detail])).toEqual([
        [
          'case.rerouted',
          gc.id,
          {
            from: 'general_counsel',
            to: 'board',
            handledBy: 'audit_committee',
            ruleId: 'board-implicated-officer',
            policyVersion: '2026-11.1',
          },
        ],
        [
          'party.added',
          gc.id,
          { kind: 'implicated', role: 'executive_officer', recusedStaffId: null },
        ],
      ]);
      expect(outboxEvents()).toEqual([OutboxEvent.CaseCreated, OutboxEvent.CaseRerouted]);
    });

    it('moves access with the route at once: the General Counsel loses the case, the committee has it with its history', async () => {
      await sut.addImplicated(gc, reference, { name: 'R. Castillo', role: 'director' });

      await expect(harness.get(CaseDetailService).detail(gc, reference)).rejects.toMatchObject({
        kind: 'not_found',
      });
      expect(await routing(ac)).toEqual([
        ['intake', 'general_counsel', 'general_counsel', 'general-counsel-default'],
        ['reroute', 'board', 'audit_committee', 'board-implicated-officer'],
      ]);
      // A director sees a Board case even when the committee handles it, but does not act on it.
      const director = harness.given.staff('board');
      expect(await routing(director)).toHaveLength(2);
      await expect(
        sut.addImplicated(director, reference, { name: 'Someone', role: 'employee' }),
      ).rejects.toMatchObject({ kind: 'not_found' });
    });

    it('sends the case to the Audit Committee when Legal is implicated, so that Legal never investigates itself', async () => {
      const decision = await sut.addImplicated(gc, reference, {
        name: 'Counsel in Legal',
        role: 'legal',
      });

      expect(decision).toMatchObject({
        routedTo: 'audit_committee',
        handledBy: 'audit_committee',
        rerouted: true,
        ruleId: 'audit-committee-legal-implicated',
      });
      expect(harness.caseRow(reference)).toMatchObject({
        routedTo: 'audit_committee',
        handledBy: 'audit_committee',
      });
      await expect(harness.get(CaseDetailService).detail(gc, reference)).rejects.toMatchObject({
        kind: 'not_found',
      });
      expect(await routing(ac)).toEqual([
        ['intake', 'general_counsel', 'general_counsel', 'general-counsel-default'],
        ['reroute', 'audit_committee', 'audit_committee', 'audit-committee-legal-implicated'],
      ]);
    });

    it('keeps the route when the new person changes nothing, and records no re-route', async () => {
      const audited = harness.auditFromHere();

      const decision = await sut.addImplicated(gc, reference, {
        name: 'A contractor',
        role: 'contractor',
      });

      expect(decision).toMatchObject({
        routedTo: 'general_counsel',
        handledBy: 'general_counsel',
        rerouted: false,
        ruleId: 'general-counsel-default',
      });
      expect(audited().map((e) => e.action)).toEqual(['party.added']);
      expect(outboxEvents()).toEqual([OutboxEvent.CaseCreated]);
      expect(await routing(gc)).toHaveLength(1);
    });

    it('lets the Board rule win over the Audit Committee rules', async () => {
      const accounting = await harness.given.report({ concernType: 'accounting' });
      expect(accounting.routedTo).toBe('audit_committee');

      const decision = await sut.addImplicated(ac, accounting.reference, {
        name: 'The CFO',
        role: 'executive_officer',
      });

      expect(decision).toMatchObject({ routedTo: 'board', ruleId: 'board-implicated-officer' });
      // The committee is the Board's designated committee: it keeps the case.
      expect(decision.handledBy).toBe('audit_committee');
    });

    it('recuses and unassigns a staff member named as implicated', async () => {
      const investigator = harness.given.staff('investigator');
      await sut.assign(gc, reference, investigator.id);
      const audited = harness.auditFromHere();

      const decision = await sut.addImplicated(gc, reference, {
        name: investigator.name,
        role: 'employee',
        staffId: investigator.id,
      });

      expect(decision.rerouted).toBe(false);
      expect(audited().map((e) => [e.action, e.detail])).toEqual([
        ['party.added', { kind: 'implicated', role: 'employee', recusedStaffId: investigator.id }],
      ]);
      await expect(
        harness.get(CaseDetailService).detail(investigator, reference),
      ).rejects.toMatchObject({ kind: 'not_found' });
      const view = await harness.get(CaseDetailService).detail(gc, reference);
      expect('assignments' in view && view.assignments).toEqual([]);
    });

    it('matches an implicated person to a staff member by name and recuses them', async () => {
      const cfo = harness.given.staff('cfo', { name: 'Alex Morgan' });

      await sut.addImplicated(gc, reference, { name: '  alex MORGAN ', role: 'employee' });

      const view = await harness.get(CaseDetailService).detail(gc, reference);
      expect('parties' in view && view.parties.at(-1)).toMatchObject({
        name: '  alex MORGAN ',
        staffId: cfo.id,
        staffMatch: 'automatic',
      });
      await expect(harness.get(CaseDetailService).detail(cfo, reference)).rejects.toMatchObject({
        kind: 'not_found',
      });
    });

    it('refuses an unknown staff id and leaves the case as it was', async () => {
      const audited = harness.auditFromHere();

      await expect(
        sut.addImplicated(gc, reference, {
          name: 'R. Castillo',
          role: 'executive_officer',
          staffId: '00000000-0000-4000-8000-000000000000',
        }),
      ).rejects.toMatchObject({ kind: 'invalid', message: 'staffId is not a staff member' });

      expect(audited()).toEqual([]);
      expect(harness.caseRow(reference).routedTo).toBe('general_counsel');
      expect(harness.db.caseParties.all()).toHaveLength(1);
    });
  });

  describe('with the Board handling its own cases', () => {
    beforeEach(async () => {
      setUp({ config: { boardCommittee: 'board' } });
      reference = await generalCounselCase();
    });

    it('gives the case to the full Board, and the Audit Committee does not see it', async () => {
      const director = harness.given.staff('board');

      const decision = await sut.addImplicated(gc, reference, {
        name: 'A director',
        role: 'director',
      });

      expect(decision).toMatchObject({ routedTo: 'board', handledBy: 'board', rerouted: true });
      expect(harness.db.audit.all().find((e) => e.action === 'case.rerouted')?.detail).toEqual(
        expect.objectContaining({ to: 'board', handledBy: 'board' }),
      );
      expect(await routing(director)).toEqual([
        ['intake', 'general_counsel', 'general_counsel', 'general-counsel-default'],
        ['reroute', 'board', 'board', 'board-implicated-officer'],
      ]);
      await expect(harness.get(CaseDetailService).detail(ac, reference)).rejects.toMatchObject({
        kind: 'not_found',
      });
    });
  });
});

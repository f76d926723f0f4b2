import { newTestService, type UnitHarness } from '../../../../test/unit-harness/index.js';
import type { Viewer } from '../access/access-policy.js';
import { CaseWorkflowService } from '../cases/case-workflow.service.js';
import { OutboxEvent } from '../notifications/outbox.js';
import { ProtectedPeopleService } from './protected-people.service.js';
import { RetaliationChecksService } from './retaliation-checks.service.js';
import { RetaliationReviewsService } from './retaliation-reviews.service.js';

// The retaliation review chain (product.md §6): HR checks a planned adverse action; on a protected
// person (or at random) the answer is `review_required` and the handling body's Legal contact gets
// a review task, which they decide (cleared, blocked or escalated) with a reason. HR learns the
// answer and the decision, never which case or whether there is one. Exercised through the
// services' public methods on the in-memory database (no PostgreSQL).

const termination = (employee: { name: string; email?: string; employeeId?: string }) => ({
  employee,
  action: 'termination',
  effectiveDate: '2027-01-15',
});

describe('the retaliation review chain', () => {
  let harness: UnitHarness;
  let sut: RetaliationChecksService;
  let hr: Viewer;
  let gc: Viewer & { name: string };
  let legal: Viewer;
  let cfo: Viewer;

  /** `randomReviewRate`: the share of unprotected people sent to review anyway. */
  function setUp(randomReviewRate = 0) {
    ({ sut, harness } = newTestService(RetaliationChecksService, {
      config: { retaliationRandomReviewRate: randomReviewRate },
    }));
    hr = harness.given.staff('hr');
    gc = harness.given.staff('general_counsel');
    legal = harness.given.staff('general_counsel');
    cfo = harness.given.staff('cfo');
  }

  const reviews = () => harness.get(RetaliationReviewsService);

  /** A General Counsel case whose named reporter is Jordan Reyes. */
  async function reportByJordan(): Promise<string> {
    const { reference } = await harness.given.report({
      anonymous: false,
      reporter: { name: 'Jordan Reyes', email: 'jordan.reyes@example.test' },
    });
    return reference;
  }

  describe('a check on a protected person', () => {
    let reference: string;

    beforeEach(async () => {
      setUp();
      reference = await reportByJordan();
    });

    it('needs a review by the Legal contacts of the handling body, and tells HR nothing more', async () => {
      const audited = harness.auditFromHere();

      const check = await sut.submit(
        hr,
        termination({ name: 'Jordan Reyes', email: 'Jordan.Reyes@example.test' }),
      );

      expect(check).toEqual({ id: expect.any(String), result: 'review_required' });
      expect(await sut.status(hr, check.id)).toEqual({
        id: check.id,
        result: 'review_required',
        reviewStatus: 'pending',
      });
      // The General Counsel's people may place holds on a General Counsel case; the CFO may not.
      const [review] = harness.db.retaliationReviews.all();
      expect(review).toMatchObject({ reviewerIds: [gc.id, legal.id], status: 'pending' });
      expect(harness.db.outbox.all().at(-1)).toMatchObject({
        event: OutboxEvent.RetaliationReviewRequired,
        caseId: null,
        payload: { reviewId: review?.id, reviewerIds: [gc.id, legal.id] },
      });
      expect(audited()).toEqual([
        expect.objectContaining({
          action: 'retaliation.check_submitted',
          actorId: hr.id,
          caseReference: null,
          detail: { checkId: check.id, adverseAction: 'termination', result: 'review_required' },
        }),
      ]);
      expect(await reviews().listFor(cfo)).toEqual([]);
    });

    it('shows the reviewer the case and the person; the decision reaches HR and the other reviewer', async () => {
      const check = await sut.submit(
        hr,
        termination({ name: 'Jordan Reyes', email: 'jordan.reyes@example.test' }),
      );

      const [task] = await reviews().listFor(gc);
      expect(task).toMatchObject({
        checkId: check.id,
        status: 'pending',
        adverseAction: 'termination',
        effectiveDate: '2027-01-15',
        employee: { name: 'Jordan Reyes', email: 'jordan.reyes@example.test' },
        match: 'strong',
        matchedCases: 1,
        caseReference: reference,
      });
      const audited = harness.auditFromHere();

      const decided = await reviews().decide(
        gc,
        task?.id ?? '',
        'blocked',
        'Named reporter on an open case.',
      );

      expect(decided).toMatchObject({
        status: 'blocked',
        decidedBy: gc.id,
        reason: 'Named reporter on an open case.',
      });
      expect(audited()).toEqual([
        expect.objectContaining({
          action: 'retaliation.review_decided',
          actorId: gc.id,
          detail: { reviewId: task?.id, checkId: check.id, decision: 'blocked' },
        }),
      ]);
      expect(await sut.status(hr, check.id)).toMatchObject({ reviewStatus: 'blocked' });
      expect(await sut.listOwn(hr)).toEqual([
        expect.objectContaining({
          id: check.id,
          employeeName: 'Jordan Reyes',
          action: 'termination',
          result: 'review_required',
          reviewStatus: 'blocked',
        }),
      ]);
      expect(await reviews().listFor(legal)).toEqual([
        expect.objectContaining({ status: 'blocked', reason: 'Named reporter on an open case.' }),
      ]);
      await expect(
        reviews().decide(legal, task?.id ?? '', 'cleared', 'Looks fine to me.'),
      ).rejects.toMatchObject({
        kind: 'conflict',
        message: 'this review was already decided: blocked',
      });
    });

    it.each(['cleared', 'escalated'] as const)(
      'records a review %s, and HR sees it so',
      async (decision) => {
        const check = await sut.submit(hr, termination({ name: 'Jordan Reyes' }));
        const [task] = await reviews().listFor(legal);

        await reviews().decide(legal, task?.id ?? '', decision, 'Reason given in writing.');

        expect(await sut.status(hr, check.id)).toMatchObject({ reviewStatus: decision });
        expect(await reviews().listFor(gc)).toEqual([
          expect.objectContaining({ status: decision, decidedBy: legal.id }),
        ]);
      },
    );

    it('refuses a decision that is not one, or has no reason, and writes nothing', async () => {
      await sut.submit(hr, termination({ name: 'Jordan Reyes' }));
      const [task] = await reviews().listFor(gc);
      const audited = harness.auditFromHere();

      await expect(reviews().decide(gc, task?.id ?? '', 'approved', 'Fine.')).rejects.toMatchObject(
        { kind: 'invalid' },
      );
      await expect(reviews().decide(gc, task?.id ?? '', 'cleared', '   ')).rejects.toMatchObject({
        kind: 'invalid',
      });

      expect(audited()).toEqual([]);
      expect(harness.db.retaliationReviews.all()).toEqual([
        expect.objectContaining({ status: 'pending', decidedBy: null }),
      ]);
    });

    it('takes the task from a reviewer implicated in the case since it was opened', async () => {
      await sut.submit(hr, termination({ name: 'Jordan Reyes' }));
      const [task] = await reviews().listFor(gc);
      await harness
        .get(CaseWorkflowService)
        .addImplicated(legal, reference, { name: gc.name, role: 'employee', staffId: gc.id });

      expect(await reviews().listFor(gc)).toEqual([]);
      await expect(
        reviews().decide(gc, task?.id ?? '', 'cleared', 'Nothing to see.'),
      ).rejects.toMatchObject({ kind: 'not_found' });
      expect(
        await reviews().decide(legal, task?.id ?? '', 'blocked', 'The reporter is protected.'),
      ).toMatchObject({ status: 'blocked' });
    });
  });

  describe('who reviews', () => {
    beforeEach(() => setUp());

    it('gives a check on a witness of an Audit Committee case to the committee chair, matched by name alone', async () => {
      const member = harness.given.staff('audit_committee');
      const chair = harness.given.staff('audit_committee', { isChair: true });
      const { reference } = await harness.given.report({
        concernType: 'accounting',
        witnesses: [{ name: 'Sam Lee', contact: 'sam.lee@example.test' }],
      });

      const check = await sut.submit(hr, termination({ name: 'sam  LEE' }));

      expect(check.result).toBe('review_required');
      expect(await reviews().listFor(chair)).toEqual([
        expect.objectContaining({ match: 'weak', caseReference: reference }),
      ]);
      expect(await reviews().listFor(member)).toEqual([]);
      expect(await reviews().listFor(gc)).toEqual([]);
    });

    it('protects a helper a handler added, matched by employee id however it is written', async () => {
      const { reference } = await harness.given.report();
      await harness.get(ProtectedPeopleService).add(gc, reference, {
        name: 'Robin Diaz',
        employeeId: 'E-01234',
      });

      const check = await sut.submit(hr, termination({ name: 'R. Diaz', employeeId: 'e 01234' }));

      expect(check.result).toBe('review_required');
      expect(await reviews().listFor(gc)).toEqual([
        expect.objectContaining({ match: 'strong', caseReference: reference }),
      ]);
    });
  });

  describe('how long protection lasts', () => {
    const MONTH = 30.5 * 24 * 60 * 60 * 1000;

    it('protects the reporter of a closed case for 24 months after it closed, then no longer', async () => {
      setUp(0);
      const reference = await reportByJordan();
      const workflow = harness.get(CaseWorkflowService);
      for (const to of ['acknowledged', 'triage'] as const) {
        await workflow.transition(gc, reference, { to });
      }
      await workflow.transition(gc, reference, { to: 'dismissed', dismissalReason: 'duplicate' });

      harness.clock.advance(23 * MONTH);
      expect((await sut.submit(hr, termination({ name: 'Jordan Reyes' }))).result).toBe(
        'review_required',
      );
      harness.clock.advance(2 * MONTH);
      expect((await sut.submit(hr, termination({ name: 'Jordan Reyes' }))).result).toBe('clear');
    });
  });

  describe('a check on someone nobody protects', () => {
    it('is clear, with no task, no notification and nothing to review', async () => {
      setUp(0);
      await reportByJordan();
      const events = harness.db.outbox.all().length;

      const check = await sut.submit(hr, termination({ name: 'Pat Quinn' }));

      expect(check.result).toBe('clear');
      expect(await sut.status(hr, check.id)).toMatchObject({ reviewStatus: 'not_required' });
      expect(harness.db.retaliationReviews.all()).toEqual([]);
      expect(harness.db.outbox.all()).toHaveLength(events);
    });

    it('goes to Legal for review when drawn at random, looking to HR like any other', async () => {
      setUp(1);

      const check = await sut.submit(hr, termination({ name: 'Pat Quinn' }));

      expect(check).toEqual({ id: expect.any(String), result: 'review_required' });
      expect(await reviews().listFor(gc)).toEqual([
        expect.objectContaining({ match: 'none', matchedCases: 0, caseReference: null }),
      ]);
      expect(harness.db.outbox.all().at(-1)).toMatchObject({
        event: OutboxEvent.RetaliationReviewRequired,
        caseId: null,
        payload: { reviewerIds: [gc.id, legal.id] },
      });
    });
  });

  describe('who may use it', () => {
    beforeEach(() => setUp());

    it('answers anyone but HR as if there were no such thing', async () => {
      await expect(sut.submit(gc, termination({ name: 'Pat Quinn' }))).rejects.toMatchObject({
        kind: 'not_found',
      });
      const check = await sut.submit(hr, termination({ name: 'Pat Quinn' }));
      const otherHr = harness.given.staff('hr');
      await expect(sut.status(otherHr, check.id)).rejects.toMatchObject({ kind: 'not_found' });
    });
  });
});

import { Body, Controller, Get, Param, Post, Query, Req, Res, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import {
  AuditEvents,
  CASE_STATUSES,
  CaseConsole,
  CaseDetailService,
  CaseRecordKeepingService,
  CaseWorkflowService,
  DomainError,
  FINDINGS,
  IdentityReveal,
  identityNoticeText,
  JUSTIFICATION_LIMITS,
  justificationProblem,
  LEGAL_HOLD_LIMITS,
  LegalHolds,
  PARTY_ROLES,
  ProtectedPeople,
  REPORT_LIMITS,
} from '@candor/domain';
import type { CaseStatus, Finding, PartyRole, StaffPrincipal } from '@candor/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { ReferenceParam } from '../../../cases/reference.pipe.js';
import { ActionDto } from '../../../cases/dto/case-commands.dto.js';
import { checkDto, failedConstraints } from '../../../common/validate-dto.js';
import { PersonDto } from '../../../retaliation/dto/retaliation.dto.js';
import type { FieldError } from '../../common/components.js';
import { field, type FormFields } from '../../common/form-body.js';
import { AcceptsForm } from '../../common/page-context.js';
import { PageError } from '../../common/page-error.js';
import { redirect, sendPage } from '../../common/render.js';
import { text } from '../../reporter/report/report-steps.js';
import { AuditTrailPage } from './audit-trail.page.js';
import { CasePage } from './case.page.js';
import {
  type CaseForm,
  casePath,
  type DoneNotice,
  hasContent,
  isDoneNotice,
  label,
} from './case-view.js';
import { IdentityConfirmPage, IdentityFormPage, IdentityRevealedPage } from './identity.page.js';
import { type StaffPageContext, StaffPages } from '../common/staff-pages.service.js';
import { StaffPageGuard, StaffViewer } from '../common/staff-session.guard.js';
import { TombstonePage } from './tombstone.page.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TEXT_MAX = REPORT_LIMITS.descriptionMax;

/** A form that did not pass: shown again with its errors and what was typed. */
class FormRefused extends Error {
  constructor(
    readonly form: CaseForm,
    readonly errors: FieldError[],
    readonly status = 400,
  ) {
    super('form refused');
  }
}

/**
 * The case page of the staff console and every action on it, each a plain form (CSRF, then
 * Post/Redirect/Get), on the services the JSON case routes call: CaseAccess decides on every
 * request, a case the viewer may not see is the same 404 page as one that does not exist, and
 * reading the case writes its audit entry as the JSON read does.
 */
@ApiExcludeController()
@UseGuards(StaffPageGuard)
@Controller('staff/cases')
export class StaffCaseController {
  constructor(
    private readonly staffPages: StaffPages,
    private readonly cases: CaseConsole,
    private readonly detail: CaseDetailService,
    private readonly workflow: CaseWorkflowService,
    private readonly records: CaseRecordKeepingService,
    private readonly holds: LegalHolds,
    private readonly identity: IdentityReveal,
    private readonly protectedPeople: ProtectedPeople,
    private readonly auditEvents: AuditEvents,
  ) {}

  @Get(':reference')
  async show(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @StaffViewer() viewer: StaffPrincipal,
    @ReferenceParam() reference: string,
    @Query('done') done?: string,
  ): Promise<FastifyReply> {
    const ctx = this.staffPages.context(request, reply);
    return this.showCase(ctx, reply, viewer, reference, {
      done: isDoneNotice(done) ? done : undefined,
    });
  }

  @Get(':reference/audit')
  async audit(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @StaffViewer() viewer: StaffPrincipal,
    @ReferenceParam() reference: string,
    @Query('cursor') cursor?: string,
  ): Promise<FastifyReply> {
    const ctx = this.staffPages.context(request, reply);
    const page = await this.auditEvents.listForCase(viewer, reference, {
      cursor: typeof cursor === 'string' ? cursor : undefined,
    });
    const names = await this.cases.staffNamesOf(
      page.items.flatMap((item) =>
        item.actorType === 'staff' && item.actorId ? [item.actorId] : [],
      ),
    );
    return sendPage(
      reply,
      h(AuditTrailPage, { ctx, viewer, reference, page, names, first: !cursor }),
    );
  }

  @Get(':reference/files/:fileId')
  async download(
    @Res() reply: FastifyReply,
    @StaffViewer() viewer: StaffPrincipal,
    @ReferenceParam() reference: string,
    @Param('fileId') fileId: string,
  ): Promise<FastifyReply> {
    if (!UUID.test(fileId)) throw new DomainError('not_found', 'file not found');
    const file = await this.records.downloadFile(viewer, reference, fileId);
    return reply
      .header('Content-Type', file.mediaType)
      .header(
        'Content-Disposition',
        `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`,
      )
      .send(file.content);
  }

  @Post(':reference/transitions')
  @AcceptsForm()
  async transition(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @StaffViewer() viewer: StaffPrincipal,
    @ReferenceParam() reference: string,
    @Body() body: FormFields,
  ): Promise<FastifyReply> {
    return this.act(request, reply, viewer, reference, body, async (t) => {
      const to = field(body, 'to');
      if (!(CASE_STATUSES as readonly string[]).includes(to)) throw new PageError('bad_request');
      const form: CaseForm =
        to === 'dismissed' ? 'dismiss' : to === 'reopened' ? 'reopen' : 'transition';
      const reason = text(body, 'reason');
      const dismissalReason = field(body, 'dismissalReason');
      if (to === 'dismissed' && !dismissalReason)
        throw refuse(form, 'dismissal-reason', t.t('staffCase.errors.dismissalReason'));
      if (to === 'reopened' && !reason)
        throw refuse(form, 'reopen-reason', t.t('staffCase.errors.reopenReason'));
      if ((reason?.length ?? 0) > 2000)
        throw refuse(form, 'reopen-reason', t.t('staffCase.errors.reasonTooLong', { max: 2000 }));
      await this.guard(form, to === 'dismissed' ? 'dismissal-reason' : 'status', t, () =>
        this.workflow.transition(viewer, reference, {
          to: to as CaseStatus,
          reason,
          dismissalReason: (dismissalReason || undefined) as never,
        }),
      );
      return { done: to === 'acknowledged' ? 'acknowledged' : 'status', section: 'status' };
    });
  }

  @Post(':reference/assignments')
  @AcceptsForm()
  async assign(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @StaffViewer() viewer: StaffPrincipal,
    @ReferenceParam() reference: string,
    @Body() body: FormFields,
  ): Promise<FastifyReply> {
    return this.act(request, reply, viewer, reference, body, async (t) => {
      const userId = field(body, 'userId');
      if (!UUID.test(userId)) throw refuse('assign', 'assign-user', t.t('staffCase.errors.userId'));
      await this.guard('assign', 'assign-user', t, () =>
        this.workflow.assign(viewer, reference, userId),
      );
      return { done: 'assigned', section: 'assignment' };
    });
  }

  @Post(':reference/implicated')
  @AcceptsForm()
  async implicate(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @StaffViewer() viewer: StaffPrincipal,
    @ReferenceParam() reference: string,
    @Body() body: FormFields,
  ): Promise<FastifyReply> {
    return this.act(request, reply, viewer, reference, body, async (t) => {
      const name = text(body, 'name');
      const role = field(body, 'role');
      const errors: FieldError[] = [];
      if (!name)
        errors.push({ field: 'implicated-name', text: t.t('staffCase.errors.implicatedName') });
      else if (name.length > REPORT_LIMITS.nameMax)
        errors.push({
          field: 'implicated-name',
          text: t.t('staffCase.errors.implicatedNameTooLong', { max: REPORT_LIMITS.nameMax }),
        });
      if (!(PARTY_ROLES as readonly string[]).includes(role))
        errors.push({ field: 'implicated-role', text: t.t('staffCase.errors.implicatedRole') });
      if (errors.length > 0 || !name) throw new FormRefused('implicated', errors);
      const decision = await this.guard('implicated', 'implicated-name', t, () =>
        this.workflow.addImplicated(viewer, reference, { name, role: role as PartyRole }),
      );
      // A re-route may take the case out of this viewer's hands: then it is no longer theirs to see.
      if (!(await this.cases.canView(viewer, reference))) return { away: '/staff?notice=rerouted' };
      return { done: decision.rerouted ? 'rerouted' : 'implicated', section: 'routing' };
    });
  }

  @Post(':reference/notes')
  @AcceptsForm()
  async note(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @StaffViewer() viewer: StaffPrincipal,
    @ReferenceParam() reference: string,
    @Body() body: FormFields,
  ): Promise<FastifyReply> {
    return this.act(request, reply, viewer, reference, body, async (t) => {
      const note = text(body, 'body');
      const kind = field(body, 'kind') === 'interview' ? 'interview' : 'note';
      if (!note) throw refuse('note', 'note-body', t.t('staffCase.errors.noteBody'));
      if (note.length > TEXT_MAX)
        throw refuse('note', 'note-body', t.t('staffCase.errors.noteTooLong', { max: TEXT_MAX }));
      await this.guard('note', 'note-body', t, () =>
        this.records.addNote(viewer, reference, { body: note, kind }),
      );
      return { done: 'note', section: 'notes' };
    });
  }

  /** An investigator's recommended finding: the handling body decides, so it is kept as a note. */
  @Post(':reference/recommendation')
  @AcceptsForm()
  async recommend(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @StaffViewer() viewer: StaffPrincipal,
    @ReferenceParam() reference: string,
    @Body() body: FormFields,
  ): Promise<FastifyReply> {
    return this.act(request, reply, viewer, reference, body, async (t) => {
      const finding = field(body, 'finding');
      const summary = text(body, 'summary');
      const errors: FieldError[] = [];
      if (!(FINDINGS as readonly string[]).includes(finding))
        errors.push({ field: 'recommendation-finding', text: t.t('staffCase.errors.finding') });
      if (!summary)
        errors.push({ field: 'recommendation-summary', text: t.t('staffCase.errors.summary') });
      else if (summary.length > TEXT_MAX - 200)
        errors.push({
          field: 'recommendation-summary',
          text: t.t('staffCase.errors.summaryTooLong', { max: TEXT_MAX - 200 }),
        });
      if (errors.length > 0 || !summary) throw new FormRefused('recommendation', errors);
      const heading = t.t('staffCase.recommendation.noteText', {
        finding: label(t, 'findings', finding),
      });
      await this.guard('recommendation', 'recommendation-summary', t, () =>
        this.records.addNote(viewer, reference, { body: `${heading}\n\n${summary}` }),
      );
      return { done: 'recommendation', section: 'notes' };
    });
  }

  @Post(':reference/messages')
  @AcceptsForm()
  async message(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @StaffViewer() viewer: StaffPrincipal,
    @ReferenceParam() reference: string,
    @Body() body: FormFields,
  ): Promise<FastifyReply> {
    return this.act(request, reply, viewer, reference, body, async (t) => {
      const message = text(body, 'body');
      const max = REPORT_LIMITS.messageMax;
      if (!message) throw refuse('message', 'message-body', t.t('staffCase.errors.messageBody'));
      if (message.length > max)
        throw refuse('message', 'message-body', t.t('staffCase.errors.messageTooLong', { max }));
      await this.guard('message', 'message-body', t, () =>
        this.records.messageReporter(viewer, reference, message),
      );
      return { done: 'message', section: 'messages' };
    });
  }

  @Post(':reference/outcome')
  @AcceptsForm()
  async outcome(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @StaffViewer() viewer: StaffPrincipal,
    @ReferenceParam() reference: string,
    @Body() body: FormFields,
  ): Promise<FastifyReply> {
    return this.act(request, reply, viewer, reference, body, async (t) => {
      const finding = field(body, 'finding');
      const summary = text(body, 'summary');
      const errors: FieldError[] = [];
      if (!(FINDINGS as readonly string[]).includes(finding))
        errors.push({ field: 'outcome-finding', text: t.t('staffCase.errors.finding') });
      if (!summary)
        errors.push({ field: 'outcome-summary', text: t.t('staffCase.errors.summary') });
      else if (summary.length > TEXT_MAX)
        errors.push({
          field: 'outcome-summary',
          text: t.t('staffCase.errors.summaryTooLong', { max: TEXT_MAX }),
        });
      if (errors.length > 0 || !summary) throw new FormRefused('outcome', errors);
      await this.guard(
        'outcome',
        'outcome-finding',
        t,
        () =>
          this.records.recordOutcome(viewer, reference, { finding: finding as Finding, summary }),
        t.t('staffCase.errors.outcomeStatus'),
      );
      return { done: 'outcome', section: 'outcome' };
    });
  }

  @Post(':reference/actions')
  @AcceptsForm()
  async action(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @StaffViewer() viewer: StaffPrincipal,
    @ReferenceParam() reference: string,
    @Body() body: FormFields,
  ): Promise<FastifyReply> {
    return this.act(request, reply, viewer, reference, body, async (t) => {
      const plain = {
        kind: field(body, 'kind'),
        measure: field(body, 'measure'),
        subject: text(body, 'subject'),
        owner: text(body, 'owner'),
        description: text(body, 'description'),
        dueDate: text(body, 'dueDate'),
      };
      const { instance, errors } = await checkDto(ActionDto, plain);
      const fieldOf: Record<string, [string, string]> = {
        kind: ['action-kind', t.t('staffCase.errors.kind')],
        measure: ['action-measure', t.t('staffCase.errors.measure')],
        subject: ['action-subject', t.t('staffCase.errors.tooLong')],
        owner: ['action-owner', t.t('staffCase.errors.tooLong')],
        description: ['action-description', t.t('staffCase.errors.tooLong')],
        dueDate: ['action-due', t.t('staffCase.errors.dueDate')],
      };
      const refused = [...new Set(failedConstraints(errors).map((f) => f.path[0]))].flatMap(
        (name) => (fieldOf[name] ? [{ field: fieldOf[name][0], text: fieldOf[name][1] }] : []),
      );
      if (refused.length > 0) throw new FormRefused('action', refused);
      try {
        await this.records.recordAction(viewer, reference, instance);
      } catch (error) {
        // The domain says which part of the action is missing; the page points at that field.
        if (error instanceof DomainError && error.kind === 'invalid') {
          const m = error.message;
          const [id, message] = m.startsWith('measure')
            ? fieldOf.measure
            : m.includes('subject')
              ? ['action-subject', t.t('staffCase.errors.subject')]
              : m.includes('owner') && !plain.owner
                ? ['action-owner', t.t('staffCase.errors.owner')]
                : fieldOf.dueDate;
          throw refuse('action', id, message);
        }
        throw this.conflict(error, 'action', 'action-kind', t);
      }
      return { done: 'action', section: 'outcome' };
    });
  }

  @Post(':reference/approvals/:subject/:subjectId')
  @AcceptsForm()
  async approve(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @StaffViewer() viewer: StaffPrincipal,
    @ReferenceParam() reference: string,
    @Param('subject') subject: string,
    @Param('subjectId') subjectId: string,
    @Body() body: FormFields,
  ): Promise<FastifyReply> {
    if ((subject !== 'outcome' && subject !== 'action') || !UUID.test(subjectId))
      throw new DomainError('not_found', 'not found');
    return this.act(request, reply, viewer, reference, body, async (t) => {
      let effective = false;
      try {
        effective = (await this.records.approve(viewer, reference, subject, subjectId)).effective;
      } catch (error) {
        if (error instanceof DomainError && error.kind === 'conflict') {
          const same = error.message.includes('already approved');
          throw refuse(
            'outcome',
            'outcome',
            same ? t.t('staffCase.errors.sameApprover') : t.t('staffCase.errors.conflict'),
            409,
          );
        }
        throw error;
      }
      return { done: effective ? 'effective' : 'approved', section: 'outcome' };
    });
  }

  @Post(':reference/protected-people')
  @AcceptsForm()
  async protect(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @StaffViewer() viewer: StaffPrincipal,
    @ReferenceParam() reference: string,
    @Body() body: FormFields,
  ): Promise<FastifyReply> {
    return this.act(request, reply, viewer, reference, body, async (t) => {
      const person = {
        name: text(body, 'name') ?? '',
        email: text(body, 'email'),
        employeeId: text(body, 'employeeId'),
      };
      if (!person.name)
        throw refuse('protected', 'protected-name', t.t('staffCase.errors.protectedName'));
      const { instance, errors } = await checkDto(PersonDto, person);
      if (errors.length > 0)
        throw refuse('protected', 'protected-name', t.t('staffCase.errors.protectedDetails'));
      await this.guard(
        'protected',
        'protected-name',
        t,
        () => this.protectedPeople.add(viewer, reference, instance),
        t.t('staffCase.errors.protectedDetails'),
      );
      return { done: 'protectedPerson', section: 'protected' };
    });
  }

  @Post(':reference/legal-hold')
  @AcceptsForm()
  async placeHold(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @StaffViewer() viewer: StaffPrincipal,
    @ReferenceParam() reference: string,
    @Body() body: FormFields,
  ): Promise<FastifyReply> {
    return this.act(request, reply, viewer, reference, body, async (t) => {
      const matter = text(body, 'matter');
      const max = LEGAL_HOLD_LIMITS.matterMax;
      if (!matter) throw refuse('hold', 'hold-matter', t.t('staffCase.errors.matter'));
      if (matter.length > max)
        throw refuse('hold', 'hold-matter', t.t('staffCase.errors.matterTooLong', { max }));
      await this.guard(
        'hold',
        'hold-matter',
        t,
        () => this.holds.place(viewer, reference, matter),
        undefined,
        t.t('staffCase.errors.alreadyHeld'),
      );
      return { done: 'holdPlaced', section: 'hold' };
    });
  }

  @Post(':reference/legal-hold/release')
  @AcceptsForm()
  async releaseHold(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @StaffViewer() viewer: StaffPrincipal,
    @ReferenceParam() reference: string,
    @Body() body: FormFields,
  ): Promise<FastifyReply> {
    return this.act(request, reply, viewer, reference, body, async (t) => {
      const note = text(body, 'releaseNote');
      const max = LEGAL_HOLD_LIMITS.releaseNoteMax;
      if (!note) throw refuse('release', 'hold-release-note', t.t('staffCase.errors.releaseNote'));
      if (note.length > max)
        throw refuse(
          'release',
          'hold-release-note',
          t.t('staffCase.errors.releaseNoteTooLong', { max }),
        );
      await this.guard(
        'release',
        'hold-release-note',
        t,
        () => this.holds.release(viewer, reference, note),
        undefined,
        t.t('staffCase.errors.notHeld'),
      );
      return { done: 'holdReleased', section: 'hold' };
    });
  }

  @Get(':reference/identity')
  async identityForm(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @StaffViewer() viewer: StaffPrincipal,
    @ReferenceParam() reference: string,
  ): Promise<FastifyReply> {
    await this.mayReveal(viewer, reference);
    const ctx = this.staffPages.context(request, reply);
    return sendPage(reply, h(IdentityFormPage, { ctx, viewer, reference }));
  }

  /** Step one: the justification is checked, and the notice the reporter will read is shown. */
  @Post(':reference/identity/check')
  @AcceptsForm()
  async identityCheck(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @StaffViewer() viewer: StaffPrincipal,
    @ReferenceParam() reference: string,
    @Body() body: FormFields,
  ): Promise<FastifyReply> {
    this.staffPages.verify(viewer, body);
    const { handledBy } = await this.mayReveal(viewer, reference);
    const ctx = this.staffPages.context(request, reply);
    const justification = field(body, 'justification');
    const problem = this.justificationError(ctx, justification);
    if (problem) return this.identityRefused(ctx, reply, viewer, reference, justification, problem);
    return sendPage(
      reply,
      h(IdentityConfirmPage, {
        ctx,
        viewer,
        reference,
        justification,
        notice: identityNoticeText(handledBy, justification),
      }),
    );
  }

  /**
   * Step two: the reveal. The identity is shown in the answer to this POST and nowhere else: it
   * is not kept anywhere a redirect could fetch it from again.
   */
  @Post(':reference/identity')
  @AcceptsForm()
  async reveal(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @StaffViewer() viewer: StaffPrincipal,
    @ReferenceParam() reference: string,
    @Body() body: FormFields,
  ): Promise<FastifyReply> {
    this.staffPages.verify(viewer, body);
    const ctx = this.staffPages.context(request, reply);
    const justification = field(body, 'justification');
    let revealed;
    try {
      revealed = await this.identity.reveal(viewer, reference, justification);
    } catch (error) {
      if (error instanceof DomainError && (error.kind === 'invalid' || error.kind === 'conflict')) {
        const problem =
          error.kind === 'conflict'
            ? ctx.t.t('staffCase.errors.noIdentity')
            : (this.justificationError(ctx, justification) ??
              ctx.t.t('staffCase.errors.justification'));
        return this.identityRefused(
          ctx,
          reply,
          viewer,
          reference,
          justification,
          problem,
          error.kind === 'conflict' ? 409 : 400,
        );
      }
      throw error;
    }
    return sendPage(reply, h(IdentityRevealedPage, { ctx, viewer, reference, revealed }));
  }

  private async mayReveal(viewer: StaffPrincipal, reference: string) {
    const view = await this.cases.view(viewer, reference);
    if (!view.may.reveal_identity || view.anonymous)
      throw new DomainError('not_found', 'case not found');
    return view;
  }

  private justificationError(ctx: StaffPageContext, justification: string): string | undefined {
    const problem = justificationProblem(justification);
    if (!problem) return undefined;
    return justification.trim().length > JUSTIFICATION_LIMITS.max
      ? ctx.t.t('staffCase.errors.justificationTooLong', { max: JUSTIFICATION_LIMITS.max })
      : ctx.t.t('staffCase.errors.justification');
  }

  private identityRefused(
    ctx: StaffPageContext,
    reply: FastifyReply,
    viewer: StaffPrincipal,
    reference: string,
    justification: string,
    problem: string,
    status = 400,
  ): FastifyReply {
    return sendPage(
      reply,
      h(IdentityFormPage, {
        ctx,
        viewer,
        reference,
        justification,
        errors: [{ field: 'justification', text: problem }],
      }),
      status,
    );
  }

  /**
   * One action of the case page: CSRF first, then the step; a refused form is the case page again
   * with the errors and what was typed (nothing was written), success a redirect back to it.
   */
  private async act(
    request: FastifyRequest,
    reply: FastifyReply,
    viewer: StaffPrincipal,
    reference: string,
    body: FormFields,
    step: (
      t: StaffPageContext['t'],
    ) => Promise<{ done: DoneNotice; section: string } | { away: string }>,
  ): Promise<FastifyReply> {
    this.staffPages.verify(viewer, body);
    const ctx = this.staffPages.context(request, reply);
    try {
      const result = await step(ctx.t);
      if ('away' in result) return redirect(reply, result.away);
      return redirect(reply, `${casePath(reference)}?done=${result.done}#${result.section}`);
    } catch (error) {
      if (!(error instanceof FormRefused)) throw error;
      const values = Object.fromEntries(Object.keys(body).map((name) => [name, field(body, name)]));
      return this.showCase(
        ctx,
        reply,
        viewer,
        reference,
        { state: { form: error.form, errors: error.errors, values } },
        error.status,
      );
    }
  }

  /**
   * Runs a domain call, turning its refusals of what was sent into a message beside the field:
   * `invalid` (400) and `conflict` (409, the case changed or is held). Not found stays the 404 page.
   */
  private async guard<T>(
    form: CaseForm,
    fieldId: string,
    t: StaffPageContext['t'],
    run: () => Promise<T>,
    invalidText?: string,
    conflictText?: string,
  ): Promise<T> {
    try {
      return await run();
    } catch (error) {
      if (error instanceof DomainError && error.kind === 'invalid')
        throw refuse(form, fieldId, invalidText ?? t.t('staffCase.errors.conflict'));
      throw this.conflict(error, form, fieldId, t, conflictText);
    }
  }

  private conflict(
    error: unknown,
    form: CaseForm,
    fieldId: string,
    t: StaffPageContext['t'],
    conflictText?: string,
  ): unknown {
    if (!(error instanceof DomainError && error.kind === 'conflict')) return error;
    const held = error.message.includes('legal hold');
    return refuse(
      form,
      fieldId,
      held && !conflictText
        ? t.t('staffCase.errors.held')
        : (conflictText ?? t.t('staffCase.errors.conflict')),
      409,
    );
  }

  private async showCase(
    ctx: StaffPageContext,
    reply: FastifyReply,
    viewer: StaffPrincipal,
    reference: string,
    extra: Pick<Parameters<typeof CasePage>[0], 'done' | 'state'>,
    status = 200,
  ): Promise<FastifyReply> {
    // Access first, without reading content: a case this viewer may not see is simply not found.
    const offered = await this.cases.view(viewer, reference);
    const detail = await this.detail.detail(viewer, reference);
    if (!hasContent(detail)) {
      return sendPage(reply, h(TombstonePage, { ctx, viewer, tombstone: detail }), status);
    }
    const protectedPeople = await this.protectedPeople.list(viewer, reference);
    return sendPage(
      reply,
      h(CasePage, { ctx, viewer, detail, console: offered, protectedPeople, ...extra }),
      status,
    );
  }
}

function refuse(form: CaseForm, fieldId: string, message: string, status = 400): FormRefused {
  return new FormRefused(form, [{ field: fieldId, text: message }], status);
}

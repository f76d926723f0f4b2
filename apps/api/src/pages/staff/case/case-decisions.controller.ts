import { Body, Controller, Param, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { CaseDeterminationsService, CaseWorkflowService, DomainError } from '@candor/domain';
import type { ActionRequest, StaffPrincipal } from '@candor/domain';
import type { Translator } from '@candor/platform';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApprovalDto } from '../../../cases/dto/case-commands.dto.js';
import { ReferenceParam } from '../../../cases/reference.pipe.js';
import { checkDto } from '../../../common/validate-dto.js';
import type { FieldError } from '../../common/components.js';
import { field, type FormFields } from '../../common/form-body.js';
import { AcceptsForm } from '../../common/page-context.js';
import { StaffPageGuard, StaffViewer } from '../common/staff-session.guard.js';
import { CaseFormActions, refusing } from './case-form-actions.service.js';
import {
  actionSpec,
  assignmentSpec,
  outcomeSpec,
  readCaseForm,
  refuse,
  transitionSpec,
} from './case-forms.js';

/**
 * The decisions on a case: where it is in its workflow, who investigates it, what was found and
 * what is done about it, and the approvals a joint determination needs. The same services and
 * DTOs as the JSON transitions, assignments, outcome, actions and approvals routes.
 */
@ApiExcludeController()
@UseGuards(StaffPageGuard)
@Controller('staff/cases')
export class CaseDecisionsPagesController {
  constructor(
    private readonly forms: CaseFormActions,
    private readonly workflow: CaseWorkflowService,
    private readonly determinations: CaseDeterminationsService,
  ) {}

  @Post(':reference/transitions')
  @AcceptsForm()
  async transition(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @StaffViewer() viewer: StaffPrincipal,
    @ReferenceParam() reference: string,
    @Body() body: FormFields,
  ): Promise<FastifyReply> {
    return this.forms.act({ request, reply, viewer, reference, body }, async (t) => {
      const spec = transitionSpec(field(body, 'to'));
      const transition = await readCaseForm(t, spec, body);
      // Dismissing and reopening need a reason: the workflow says so, the page says where.
      const reasonField: FieldError | undefined =
        spec.form === 'dismiss'
          ? { field: 'dismissal-reason', text: t.t('staffCase.errors.dismissalReason') }
          : spec.form === 'reopen'
            ? { field: 'reopen-reason', text: t.t('staffCase.errors.reopenReason') }
            : undefined;
      await refusing(
        t,
        spec.form,
        {
          field: spec.form === 'dismiss' ? 'dismissal-reason' : 'status',
          invalid: reasonField && (() => reasonField),
        },
        () => this.workflow.transition(viewer, reference, transition),
      );
      return {
        done: transition.to === 'acknowledged' ? 'acknowledged' : 'status',
        section: 'status',
      };
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
    return this.forms.act({ request, reply, viewer, reference, body }, async (t) => {
      const { userId } = await readCaseForm(t, assignmentSpec, body);
      await refusing(t, 'assign', { field: 'assign-user' }, () =>
        this.workflow.assign(viewer, reference, userId),
      );
      return { done: 'assigned', section: 'assignment' };
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
    return this.forms.act({ request, reply, viewer, reference, body }, async (t) => {
      const outcome = await readCaseForm(t, outcomeSpec, body);
      await refusing(
        t,
        'outcome',
        { field: 'outcome-finding', invalid: t.t('staffCase.errors.outcomeStatus') },
        () => this.determinations.recordOutcome(viewer, reference, outcome),
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
    return this.forms.act({ request, reply, viewer, reference, body }, async (t) => {
      const action = await readCaseForm(t, actionSpec, body);
      await refusing(
        t,
        'action',
        { field: 'action-kind', invalid: (message) => missingPart(t, message, action) },
        () => this.determinations.recordAction(viewer, reference, action),
      );
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
    // The path names what is approved, as the JSON route's body does: anything else is no page.
    const approval = await checkDto(ApprovalDto, { subjectType: subject, subjectId });
    if (approval.errors.length > 0) throw new DomainError('not_found', 'not found');
    const { subjectType } = approval.instance;
    return this.forms.act({ request, reply, viewer, reference, body }, async (t) => {
      let effective = false;
      try {
        effective = (await this.determinations.approve(viewer, reference, subjectType, subjectId))
          .effective;
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
}

/** The part of an action the domain found missing or wrong, as the field that asks for it. */
function missingPart(t: Translator, message: string, action: ActionRequest): FieldError {
  if (message.startsWith('measure'))
    return { field: 'action-measure', text: t.t('staffCase.errors.measure') };
  if (message.includes('subject'))
    return { field: 'action-subject', text: t.t('staffCase.errors.subject') };
  if (message.includes('owner') && !action.owner)
    return { field: 'action-owner', text: t.t('staffCase.errors.owner') };
  return { field: 'action-due', text: t.t('staffCase.errors.dueDate') };
}

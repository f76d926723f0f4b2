import { Body, Controller, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import {
  CaseConsoleService,
  CaseWorkflowService,
  LegalHoldsService,
  ProtectedPeopleService,
} from '@candor/domain';
import type { StaffPrincipal } from '@candor/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ReferenceParam } from '../../../cases/reference.pipe.js';
import type { FormFields } from '../../common/form-body.js';
import { AcceptsForm } from '../../common/page-context.js';
import { StaffPageGuard, StaffViewer } from '../common/staff-session.guard.js';
import { CaseFormActions, refusing } from './case-form-actions.service.js';
import {
  holdSpec,
  implicatedSpec,
  protectedPersonSpec,
  readCaseForm,
  releaseSpec,
} from './case-forms.js';

/**
 * What protects a case and the people in it: the people it implicates (each one routes the case
 * again and recomputes recusals), the people protected from reprisal, and the legal hold. The
 * same services and DTOs as the JSON implicated, protected-people and legal-hold routes.
 */
@ApiExcludeController()
@UseGuards(StaffPageGuard)
@Controller('staff/cases')
export class CaseSafeguardsPagesController {
  constructor(
    private readonly forms: CaseFormActions,
    private readonly cases: CaseConsoleService,
    private readonly workflow: CaseWorkflowService,
    private readonly holds: LegalHoldsService,
    private readonly protectedPeople: ProtectedPeopleService,
  ) {}

  @Post(':reference/implicated')
  @AcceptsForm()
  async implicate(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @StaffViewer() viewer: StaffPrincipal,
    @ReferenceParam() reference: string,
    @Body() body: FormFields,
  ): Promise<FastifyReply> {
    return this.forms.act({ request, reply, viewer, reference, body }, async (t) => {
      const person = await readCaseForm(t, implicatedSpec, body);
      const decision = await refusing(t, 'implicated', { field: 'implicated-name' }, () =>
        this.workflow.addImplicated(viewer, reference, person),
      );
      // A re-route may take the case out of this viewer's hands: then it is no longer theirs to see.
      if (!(await this.cases.canView(viewer, reference))) return { away: '/staff?notice=rerouted' };
      return { done: decision.rerouted ? 'rerouted' : 'implicated', section: 'routing' };
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
    return this.forms.act({ request, reply, viewer, reference, body }, async (t) => {
      const person = await readCaseForm(t, protectedPersonSpec, body);
      await refusing(
        t,
        'protected',
        { field: 'protected-name', invalid: t.t('staffCase.errors.protectedDetails') },
        () => this.protectedPeople.add(viewer, reference, person),
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
    return this.forms.act({ request, reply, viewer, reference, body }, async (t) => {
      const { matter } = await readCaseForm(t, holdSpec, body);
      await refusing(
        t,
        'hold',
        { field: 'hold-matter', conflict: t.t('staffCase.errors.alreadyHeld') },
        () => this.holds.place(viewer, reference, matter),
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
    return this.forms.act({ request, reply, viewer, reference, body }, async (t) => {
      const { releaseNote } = await readCaseForm(t, releaseSpec, body);
      await refusing(
        t,
        'release',
        { field: 'hold-release-note', conflict: t.t('staffCase.errors.notHeld') },
        () => this.holds.release(viewer, reference, releaseNote),
      );
      return { done: 'holdReleased', section: 'hold' };
    });
  }
}

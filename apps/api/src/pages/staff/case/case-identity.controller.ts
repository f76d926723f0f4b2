import { Body, Controller, Get, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import {
  CaseConsoleService,
  DomainError,
  IdentityRevealService,
  identityNoticeText,
} from '@candor/domain';
import type { StaffPrincipal } from '@candor/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { ReferenceParam } from '../../../cases/reference.pipe.js';
import { field, type FormFields } from '../../common/form-body.js';
import { AcceptsForm } from '../../common/page-context.js';
import { sendPage } from '../../common/render.js';
import { type StaffPageContext, StaffPages } from '../common/staff-pages.service.js';
import { StaffPageGuard, StaffViewer } from '../common/staff-session.guard.js';
import { justificationError } from './case-forms.js';
import { IdentityConfirmPage, IdentityFormPage, IdentityRevealedPage } from './identity.page.js';

/**
 * The identity reveal, a deliberate two-step action on pages of its own: the justification is
 * checked and the notice the reporter will read is shown, then the reveal. The same service and
 * DTO as the JSON identity-reveal route; the reporter is told first, in their inbox.
 */
@ApiExcludeController()
@UseGuards(StaffPageGuard)
@Controller('staff/cases')
export class CaseIdentityPagesController {
  constructor(
    private readonly staffPages: StaffPages,
    private readonly cases: CaseConsoleService,
    private readonly identity: IdentityRevealService,
  ) {}

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
    const problem = await justificationError(ctx.t, justification);
    if (problem) return this.refused(ctx, reply, viewer, reference, justification, problem);
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
            : ((await justificationError(ctx.t, justification)) ??
              ctx.t.t('staffCase.errors.justification'));
        const status = error.kind === 'conflict' ? 409 : 400;
        return this.refused(ctx, reply, viewer, reference, justification, problem, status);
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

  private refused(
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
}

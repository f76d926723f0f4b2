import { Controller, Get, Query, Req, Res, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { AuditEventsService, CaseConsoleService } from '@candor/domain';
import type { StaffPrincipal } from '@candor/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { ReferenceParam } from '../../../cases/reference.pipe.js';
import { sendPage } from '../../common/render.js';
import { StaffPages } from '../common/staff-pages.service.js';
import { StaffPageGuard, StaffViewer } from '../common/staff-session.guard.js';
import { AuditTrailPage } from './audit-trail.page.js';
import { CaseFormActions } from './case-form-actions.service.js';
import { isDoneNotice } from './case-view.js';

/**
 * The case page of the staff console and its audit trail, on the services the JSON case routes
 * call: CaseAccessService decides on every request, a case the viewer may not see is the same 404 page
 * as one that does not exist, and reading the case writes its audit entry as the JSON read does.
 * The page's forms post to the case controllers beside this one (correspondence, decisions,
 * safeguards, identity).
 */
@ApiExcludeController()
@UseGuards(StaffPageGuard)
@Controller('staff/cases')
export class StaffCaseController {
  constructor(
    private readonly staffPages: StaffPages,
    private readonly forms: CaseFormActions,
    private readonly cases: CaseConsoleService,
    private readonly auditEvents: AuditEventsService,
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
    return this.forms.showCase(ctx, reply, viewer, reference, {
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
}

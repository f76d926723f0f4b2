import { Controller, Get, Query, Req, Res, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { canDo, CaseListService, type StaffPrincipal } from '@candor/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { redirect, sendPage } from '../../common/render.js';
import { homeFor } from '../common/staff-nav.js';
import { StaffPages } from '../common/staff-pages.service.js';
import { StaffPageGuard, StaffViewer } from '../common/staff-session.guard.js';
import { QueuePage } from './queue.page.js';

/** `/staff`: the triage queue, the home page of everyone who handles cases. */
@ApiExcludeController()
@Controller('staff')
@UseGuards(StaffPageGuard)
export class QueueController {
  constructor(
    private readonly staffPages: StaffPages,
    private readonly list: CaseListService,
  ) {}

  @Get()
  async queue(
    @StaffViewer() viewer: StaffPrincipal,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Query('cursor') cursor?: string,
  ): Promise<FastifyReply> {
    // HR and administrators see no case: their home is their own area.
    if (!canDo(viewer, 'cases.list')) return redirect(reply, homeFor(viewer));
    const ctx = this.staffPages.context(request, reply);
    const page = await this.list.list(viewer, { cursor: cursor || undefined });
    return sendPage(reply, h(QueuePage, { ctx, page }));
  }
}

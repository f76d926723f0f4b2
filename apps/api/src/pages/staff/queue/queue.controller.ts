import { Controller, Get, Query, Req, Res, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import {
  canDo,
  type CaseListFilters,
  CaseListService,
  DomainError,
  type StaffPrincipal,
} from '@candor/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { CaseListQueryDto } from '../../../cases/dto/case-query.dto.js';
import { checkDto } from '../../../common/validate-dto.js';
import type { FieldError } from '../../common/components.js';
import { redirect, sendPage } from '../../common/render.js';
import { homeFor } from '../common/staff-nav.js';
import { StaffPages } from '../common/staff-pages.service.js';
import { StaffPageGuard, StaffViewer } from '../common/staff-session.guard.js';
import { QUEUE_FILTERS, QueuePage, type QueueQuery } from './queue.page.js';

/**
 * `/staff`: the triage queue, the home page of everyone who handles cases. The filters are a GET
 * form read with the JSON list's own query rules (CaseListQueryDto); the list, counts and access
 * rule are CaseListService's (the list route's service), nothing of its own.
 */
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
    @Query() raw: Record<string, unknown>,
  ): Promise<FastifyReply> {
    // HR and administrators see no case: their home is their own area.
    if (!canDo(viewer, 'cases.list')) return redirect(reply, homeFor(viewer));
    const ctx = this.staffPages.context(request, reply);
    const query: QueueQuery = {};
    for (const name of [...QUEUE_FILTERS, 'cursor'] as const) {
      const value = raw[name];
      if (typeof value === 'string' && value.trim() !== '') query[name] = value.trim();
    }
    const { instance, errors } = await checkDto(CaseListQueryDto, { ...query });
    const fieldErrors: FieldError[] = errors.map((error) => ({
      field: error.property === 'routedTo' ? 'routedTo' : error.property,
      text: ctx.t.t('staffConsole.queue.badFilter'),
    }));
    const filters: CaseListFilters = errors.length > 0 ? {} : instance;
    let queue;
    try {
      queue = await this.list.queue(viewer, { ...filters, limit: 25 });
    } catch (error) {
      // Search words too short to search by: said beside the search box, the rest unfiltered.
      if (!(error instanceof DomainError && error.kind === 'invalid' && filters.q)) throw error;
      fieldErrors.push({ field: 'q', text: ctx.t.t('staffConsole.queue.badSearch') });
      queue = await this.list.queue(viewer, { ...filters, q: undefined, cursor: undefined });
    }
    return sendPage(
      reply,
      h(QueuePage, { ctx, queue, query, errors: fieldErrors, rerouted: raw.notice === 'rerouted' }),
      fieldErrors.length > 0 ? 400 : 200,
    );
  }
}

import { Controller, Get, Req, Res, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { AuditHeadService, AuditVerifierService, type StaffPrincipal } from '@candor/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { RateLimit } from '../../../common/rate-limit/rate-limit.decorator.js';
import { sendPage } from '../../common/render.js';
import { StaffPages } from '../common/staff-pages.service.js';
import { StaffPageGuard, StaffViewer } from '../common/staff-session.guard.js';
import { AuditPage } from './audit.page.js';

/**
 * The audit pages: the same AuditVerifierService as GET /api/v1/audit/verify (its readers, its rate
 * limit), and the head statement `audit:head` prints, for those same readers.
 */
@ApiExcludeController()
@Controller('staff/audit')
@UseGuards(StaffPageGuard)
export class AuditPagesController {
  constructor(
    private readonly staffPages: StaffPages,
    private readonly verifier: AuditVerifierService,
    private readonly heads: AuditHeadService,
  ) {}

  @Get()
  async page(
    @StaffViewer() viewer: StaffPrincipal,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<FastifyReply> {
    const head = await this.heads.currentFor(viewer);
    const ctx = this.staffPages.context(request, reply);
    return sendPage(reply, h(AuditPage, { ctx, head }));
  }

  @Get('verify')
  // The API's budget, shared: walking the whole log is not something to run in a loop.
  @RateLimit({ name: 'audit-verify', points: 20, durationSeconds: 60, scope: 'client' })
  async verify(
    @StaffViewer() viewer: StaffPrincipal,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<FastifyReply> {
    const result = await this.verifier.verifyFor(viewer);
    const head = await this.heads.currentFor(viewer);
    const ctx = this.staffPages.context(request, reply);
    return sendPage(reply, h(AuditPage, { ctx, head, verification: { result, at: new Date() } }));
  }

  @Get('statement.txt')
  async statement(
    @StaffViewer() viewer: StaffPrincipal,
    @Res() reply: FastifyReply,
  ): Promise<FastifyReply> {
    const head = await this.heads.currentFor(viewer);
    return reply
      .status(200)
      .header('Content-Type', 'text/plain; charset=utf-8')
      .header('Content-Disposition', `attachment; filename="candor-audit-head-${head.seq}.txt"`)
      .send(`${head.text}\n`);
  }
}

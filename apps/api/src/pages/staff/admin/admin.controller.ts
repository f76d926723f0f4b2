import { Body, Controller, Get, Param, Post, Query, Req, Res, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import {
  canDo,
  DomainError,
  RoutingPolicyService,
  StaffAdministrationService,
  type StaffPrincipal,
} from '@candor/domain';
import type { Translator } from '@candor/platform';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import type { FieldError } from '../../common/components.js';
import { field, type FormFields } from '../../common/form-body.js';
import { AcceptsForm } from '../../common/page-context.js';
import { redirect, sendPage } from '../../common/render.js';
import { StaffPages } from '../common/staff-pages.service.js';
import { StaffPageGuard, StaffViewer } from '../common/staff-session.guard.js';
import { FailedNotificationsPage } from './failed-notifications.page.js';
import { FailedNotifications } from './failed-notifications.service.js';
import { RoutingPolicyPage } from './routing-policy.page.js';
import {
  ACCOUNT_DONE,
  type AccountDone,
  AccountPage,
  type NewAccountInput,
  NewAccountPage,
  StaffAccountsPage,
} from './staff-accounts.page.js';

/** A bull job id as the queues make them (outbox ids, `<outbox>:<recipient>`): nothing else. */
const JOB_ID = /^[A-Za-z0-9:_-]{1,200}$/;

/**
 * Administration: staff accounts through StaffAdministrationService (canDo before anything, the
 * 404 page for everyone but administrators, every change audited), the routing policy in force, and
 * the failed notifications. No case content is on any of these pages.
 */
@ApiExcludeController()
@Controller('staff/admin')
@UseGuards(StaffPageGuard)
export class AdminPagesController {
  constructor(
    private readonly staffPages: StaffPages,
    private readonly admin: StaffAdministrationService,
    private readonly routing: RoutingPolicyService,
    private readonly failed: FailedNotifications,
  ) {}

  @Get()
  async accounts(
    @StaffViewer() viewer: StaffPrincipal,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<FastifyReply> {
    const accounts = await this.admin.list(viewer);
    const ctx = this.staffPages.context(request, reply);
    return sendPage(reply, h(StaffAccountsPage, { ctx, accounts }));
  }

  @Get('staff/new')
  newAccount(
    @StaffViewer() viewer: StaffPrincipal,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): FastifyReply {
    if (!canDo(viewer, 'staff.create')) throw new DomainError('not_found', 'not found');
    const ctx = this.staffPages.context(request, reply);
    const input: NewAccountInput = { name: '', email: '', role: '', chair: false };
    return sendPage(reply, h(NewAccountPage, { ctx, input, errors: [] }));
  }

  @Post('staff')
  @AcceptsForm()
  async create(
    @StaffViewer() viewer: StaffPrincipal,
    @Body() body: FormFields,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<FastifyReply> {
    this.staffPages.verify(viewer, body);
    const input: NewAccountInput = {
      name: field(body, 'name'),
      email: field(body, 'email'),
      role: field(body, 'role'),
      chair: field(body, 'chair') === 'yes',
    };
    try {
      const { account } = await this.admin.create(viewer, {
        name: input.name,
        email: input.email,
        role: input.role,
        isChair: input.chair,
      });
      return redirect(reply, `/staff/admin/staff/${account.id}?done=created`);
    } catch (error) {
      const ctx = this.staffPages.context(request, reply);
      const errors = createErrors(ctx.t, error);
      return sendPage(reply, h(NewAccountPage, { ctx, input, errors }), 400);
    }
  }

  @Get('staff/:id')
  async account(
    @StaffViewer() viewer: StaffPrincipal,
    @Param('id') id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Query('done') done?: string,
  ): Promise<FastifyReply> {
    const account = await this.admin.get(viewer, id);
    const ctx = this.staffPages.context(request, reply);
    const shown = ACCOUNT_DONE.find((value) => value === done);
    return sendPage(reply, h(AccountPage, { ctx, account, done: shown, errors: [] }));
  }

  @Post('staff/:id/disable')
  @AcceptsForm()
  async disable(
    @StaffViewer() viewer: StaffPrincipal,
    @Param('id') id: string,
    @Body() body: FormFields,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<FastifyReply> {
    this.staffPages.verify(viewer, body);
    try {
      await this.admin.disable(viewer, id);
    } catch (error) {
      if (!(error instanceof DomainError) || error.kind !== 'conflict') throw error;
      const ctx = this.staffPages.context(request, reply);
      const account = await this.admin.get(viewer, id);
      const errors: FieldError[] = [
        { field: 'disable', text: ctx.t.t('staffAdmin.errors.ownAccount'), href: '#main' },
      ];
      return sendPage(reply, h(AccountPage, { ctx, account, errors }), 409);
    }
    return this.done(reply, id, 'disabled');
  }

  @Post('staff/:id/enable')
  @AcceptsForm()
  async enable(
    @StaffViewer() viewer: StaffPrincipal,
    @Param('id') id: string,
    @Body() body: FormFields,
    @Res() reply: FastifyReply,
  ): Promise<FastifyReply> {
    this.staffPages.verify(viewer, body);
    await this.admin.enable(viewer, id);
    return this.done(reply, id, 'enabled');
  }

  @Post('staff/:id/reset-second-factor')
  @AcceptsForm()
  async reset(
    @StaffViewer() viewer: StaffPrincipal,
    @Param('id') id: string,
    @Body() body: FormFields,
    @Res() reply: FastifyReply,
  ): Promise<FastifyReply> {
    this.staffPages.verify(viewer, body);
    await this.admin.resetSecondFactor(viewer, id);
    return this.done(reply, id, 'reset');
  }

  @Post('staff/:id/notification-mode')
  @AcceptsForm()
  async notificationMode(
    @StaffViewer() viewer: StaffPrincipal,
    @Param('id') id: string,
    @Body() body: FormFields,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<FastifyReply> {
    this.staffPages.verify(viewer, body);
    const mode = field(body, 'mode');
    try {
      await this.admin.setNotificationMode(viewer, id, mode);
    } catch (error) {
      if (!(error instanceof DomainError) || error.kind !== 'invalid') throw error;
      const ctx = this.staffPages.context(request, reply);
      const account = await this.admin.get(viewer, id);
      const errors: FieldError[] = [{ field: 'mode', text: ctx.t.t('staffAdmin.errors.mode') }];
      return sendPage(reply, h(AccountPage, { ctx, account, errors, mode }), 400);
    }
    return this.done(reply, id, 'mode');
  }

  @Get('routing')
  routingPolicy(
    @StaffViewer() viewer: StaffPrincipal,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): FastifyReply {
    if (!canDo(viewer, 'routing_policy.read')) throw new DomainError('not_found', 'not found');
    const ctx = this.staffPages.context(request, reply);
    return sendPage(reply, h(RoutingPolicyPage, { ctx, policy: this.routing.current() }));
  }

  @Get('notifications')
  async notifications(
    @StaffViewer() viewer: StaffPrincipal,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Query('retried') retried?: string,
    @Query('gone') gone?: string,
  ): Promise<FastifyReply> {
    const failed = await this.failed.list(viewer);
    const ctx = this.staffPages.context(request, reply);
    const count = retried !== undefined && /^\d{1,6}$/.test(retried) ? Number(retried) : undefined;
    return sendPage(
      reply,
      h(FailedNotificationsPage, { ctx, failed, retried: count, gone: gone === '1' }),
    );
  }

  @Post('notifications/retry')
  @AcceptsForm()
  async retry(
    @StaffViewer() viewer: StaffPrincipal,
    @Body() body: FormFields,
    @Res() reply: FastifyReply,
  ): Promise<FastifyReply> {
    this.staffPages.verify(viewer, body);
    const jobId = field(body, 'jobId');
    const all = field(body, 'all') === 'yes';
    if (!all && !JOB_ID.test(jobId)) throw new DomainError('invalid', 'jobId is not a job id');
    const retried = await this.failed.retry(viewer, all ? 'all' : { jobId });
    return redirect(
      reply,
      retried === 0 && !all
        ? '/staff/admin/notifications?gone=1'
        : `/staff/admin/notifications?retried=${retried}`,
    );
  }

  private done(reply: FastifyReply, id: string, done: AccountDone): FastifyReply {
    return redirect(reply, `/staff/admin/staff/${id}?done=${done}`);
  }
}

/** The domain's refusal of a new account, beside the field it is about. */
function createErrors(t: Translator, error: unknown): FieldError[] {
  if (!(error instanceof DomainError) || (error.kind !== 'invalid' && error.kind !== 'conflict')) {
    throw error;
  }
  if (error.kind === 'conflict') {
    return [{ field: 'email', text: t.t('staffAdmin.errors.emailTaken') }];
  }
  const message = error.message;
  if (message.startsWith('email'))
    return [{ field: 'email', text: t.t('staffAdmin.errors.email') }];
  if (message.startsWith('role')) return [{ field: 'role', text: t.t('staffAdmin.errors.role') }];
  if (message.includes('at most')) {
    return [{ field: 'name', text: t.t('staffAdmin.errors.nameTooLong') }];
  }
  return [{ field: 'name', text: t.t('staffAdmin.errors.name') }];
}

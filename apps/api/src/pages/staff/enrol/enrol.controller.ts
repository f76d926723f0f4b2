import { Body, Controller, Get, Post, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import {
  DomainError,
  EnrolmentLinkError,
  type EnrolmentView,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  PasswordRejected,
  StaffEnrolmentService,
  StaffSessionService,
} from '@candor/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import type { FieldError } from '../../common/components.js';
import { CsrfService } from '../../common/csrf.service.js';
import { field, type FormFields } from '../../common/form-body.js';
import { AcceptsForm, type PageContext, PageService } from '../../common/page-context.js';
import { redirect, sendPage } from '../../common/render.js';
import { homeFor } from '../common/staff-nav.js';
import { StaffPages } from '../common/staff-pages.service.js';
import { EnrolInvalidPage, EnrolPasswordPage, EnrolSecondFactorPage } from './enrol.page.js';

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/**
 * The enrolment link of the email (`/staff/enrol?token=…`, StaffEnrolmentService): choose a
 * password, scan the QR code (or type the key), confirm with a code, and be signed in. Each step
 * is the domain's; the page only shows where the link stands. Post/Redirect/Get back to the link.
 */
@ApiExcludeController()
@Controller('staff/enrol')
export class EnrolController {
  constructor(
    private readonly pages: PageService,
    private readonly staffPages: StaffPages,
    private readonly csrf: CsrfService,
    private readonly enrolment: StaffEnrolmentService,
    private readonly sessions: StaffSessionService,
  ) {}

  @Get()
  async show(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Query('token') token?: string,
  ): Promise<FastifyReply> {
    const ctx = this.pages.context(request, reply);
    const view = await this.open(token);
    if (!view || !token) return sendPage(reply, h(EnrolInvalidPage, { ctx }), 404);
    return this.step(reply, ctx, token, view);
  }

  @Post('password')
  @AcceptsForm()
  async password(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Body() body: FormFields,
  ): Promise<FastifyReply> {
    this.csrf.verify(request, body);
    const ctx = this.pages.context(request, reply);
    const { t } = ctx;
    const token = field(body, 'token');
    const view = await this.open(token);
    if (!view) return sendPage(reply, h(EnrolInvalidPage, { ctx }), 404);
    if (view.nextStep !== 'password') return redirect(reply, this.linkOf(token));
    const password = field(body, 'password');
    const confirm = field(body, 'confirm');
    const errors: FieldError[] = [];
    if (password === '') {
      errors.push({ field: 'password', text: t.t('staffConsole.enrol.errors.passwordMissing') });
    } else if (confirm !== password) {
      errors.push({ field: 'confirm', text: t.t('staffConsole.enrol.errors.mismatch') });
    } else {
      try {
        await this.enrolment.setPassword(token, password);
      } catch (error) {
        if (error instanceof PasswordRejected) {
          errors.push({ field: 'password', text: this.passwordProblem(ctx, error) });
        } else if (error instanceof EnrolmentLinkError) {
          return sendPage(reply, h(EnrolInvalidPage, { ctx }), 404);
        } else {
          throw error;
        }
      }
    }
    if (errors.length > 0) {
      return sendPage(reply, h(EnrolPasswordPage, { ctx, token, view, errors }), 400);
    }
    return redirect(reply, this.linkOf(token));
  }

  @Post('confirm')
  @AcceptsForm()
  async confirm(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Body() body: FormFields,
  ): Promise<FastifyReply> {
    this.csrf.verify(request, body);
    const ctx = this.pages.context(request, reply);
    const { t } = ctx;
    const token = field(body, 'token');
    const view = await this.open(token);
    if (!view) return sendPage(reply, h(EnrolInvalidPage, { ctx }), 404);
    if (view.nextStep !== 'second_factor') return redirect(reply, this.linkOf(token));
    const code = field(body, 'code').replace(/\s+/g, '');
    let error: FieldError | undefined;
    if (code === '') {
      error = { field: 'code', text: t.t('staffConsole.enrol.errors.codeMissing') };
    } else {
      try {
        const { staffId } = await this.enrolment.confirm(token, code);
        const session = await this.sessions.open(staffId);
        this.staffPages.setSessionCookie(reply, session.cookieValue);
        return redirect(reply, homeFor(view));
      } catch (failure) {
        if (failure instanceof EnrolmentLinkError) {
          return sendPage(reply, h(EnrolInvalidPage, { ctx }), 404);
        }
        if (!(failure instanceof DomainError && failure.kind === 'invalid')) throw failure;
        error = { field: 'code', text: t.t('staffConsole.enrol.errors.codeWrong') };
      }
    }
    const setup = await this.enrolment.secondFactor(token);
    return sendPage(
      reply,
      h(EnrolSecondFactorPage, { ctx, token, view, setup, errors: [error] }),
      400,
    );
  }

  private async step(
    reply: FastifyReply,
    ctx: PageContext,
    token: string,
    view: EnrolmentView,
  ): Promise<FastifyReply> {
    if (view.nextStep === 'password') {
      return sendPage(reply, h(EnrolPasswordPage, { ctx, token, view }));
    }
    const setup = await this.enrolment.secondFactor(token);
    return sendPage(reply, h(EnrolSecondFactorPage, { ctx, token, view, setup }));
  }

  /** The link's enrolment, or undefined for any link that cannot be used (one page for all). */
  private async open(token: string | undefined): Promise<EnrolmentView | undefined> {
    if (typeof token !== 'string' || !TOKEN.test(token)) return undefined;
    try {
      return await this.enrolment.open(token);
    } catch (error) {
      if (error instanceof EnrolmentLinkError) return undefined;
      throw error;
    }
  }

  private linkOf(token: string): string {
    return `/staff/enrol?token=${encodeURIComponent(token)}`;
  }

  private passwordProblem(ctx: PageContext, error: PasswordRejected): string {
    const { t } = ctx;
    switch (error.problem) {
      case 'too_short':
        return t.t('staffConsole.enrol.errors.tooShort', { min: PASSWORD_MIN_LENGTH });
      case 'too_long':
        return t.t('staffConsole.enrol.errors.tooLong', { max: PASSWORD_MAX_LENGTH });
      case 'personal':
        return t.t('staffConsole.enrol.errors.personal');
      case 'weak':
        return t.t('staffConsole.enrol.errors.weak');
    }
  }
}

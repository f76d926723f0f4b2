import { Body, Controller, Get, Param, Post, Query, Req, Res, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { DomainError, type StaffPrincipal, StaffSessionService } from '@candor/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { clientKeyOf } from '../../../common/rate-limit/client-key.js';
import { RateLimit } from '../../../common/rate-limit/rate-limit.decorator.js';
import { CsrfService } from '../../common/csrf.service.js';
import { field, type FormFields } from '../../common/form-body.js';
import { AcceptsForm, type PageContext, PageService } from '../../common/page-context.js';
import { redirect, sendPage } from '../../common/render.js';
import { safeNext, StaffPageGuard, StaffViewer } from '../common/staff-session.guard.js';
import { StaffPages } from '../common/staff-pages.service.js';
import { homeFor } from '../common/staff-nav.js';
import { type SignInNotice, StaffSignInPage } from './sign-in.page.js';

const OTP = /^\d{6}$/;
const EMAIL_MAX = 254;
const PASSWORD_MAX = 1024;

/**
 * Sign-in and sign-out of the console. Sign-in is StaffSessionService.signIn: the JSON API's own
 * checks, throttles (per client and account, per client, the paused account) and audit, then a
 * browser session in an HttpOnly, SameSite=Strict cookie without expiry (the row decides: 30
 * minutes idle, 8 hours absolute). Sign-out ends the row at once.
 */
@ApiExcludeController()
@Controller()
export class StaffSignInController {
  constructor(
    private readonly pages: PageService,
    private readonly staffPages: StaffPages,
    private readonly csrf: CsrfService,
    private readonly sessions: StaffSessionService,
  ) {}

  @Get('staff/sign-in')
  async form(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Query('next') next?: string,
    @Query('expired') expired?: string,
    @Query('signed-out') signedOut?: string,
  ): Promise<FastifyReply> {
    const target = safeNext(next);
    const signedIn = await this.signedIn(request);
    if (signedIn) return redirect(reply, target ?? homeFor(signedIn));
    const ctx = this.pages.context(request, reply);
    const notice: SignInNotice | undefined =
      signedOut === '1'
        ? 'signedOut'
        : expired === '1'
          ? 'expired'
          : target
            ? 'required'
            : undefined;
    return sendPage(reply, h(StaffSignInPage, { ctx, next: target, notice }));
  }

  @Post('staff/sign-in')
  @AcceptsForm()
  // The same coarse per-client shield as POST /api/v1/auth/login; the real limits are the service's.
  @RateLimit({ name: 'login', points: 30, durationSeconds: 60, scope: 'client' })
  async signIn(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Body() body: FormFields,
  ): Promise<FastifyReply> {
    this.csrf.verify(request, body);
    const ctx = this.pages.context(request, reply);
    const next = safeNext(field(body, 'next'));
    const email = field(body, 'email').trim();
    const password = field(body, 'password');
    const otp = field(body, 'otp').replace(/\s+/g, '');
    const wellFormed =
      email !== '' &&
      email.length <= EMAIL_MAX &&
      password !== '' &&
      password.length <= PASSWORD_MAX &&
      OTP.test(otp);
    if (!wellFormed) return this.refused(reply, ctx, email, next, 400);
    try {
      const session = await this.sessions.signIn({
        email,
        password,
        otp,
        client: clientKeyOf(request),
      });
      this.staffPages.setSessionCookie(reply, session.cookieValue);
      const principal = await this.sessions.authenticate(session.cookieValue);
      return redirect(reply, next ?? (principal ? homeFor(principal) : '/staff'));
    } catch (error) {
      // One answer for every wrong combination; a throttle (429) gets its own page with the wait.
      if (error instanceof DomainError && error.kind === 'unauthenticated') {
        return this.refused(reply, ctx, email, next, 401);
      }
      throw error;
    }
  }

  @Post('staff/sign-out')
  @AcceptsForm()
  @UseGuards(StaffPageGuard)
  async signOut(
    @StaffViewer() viewer: StaffPrincipal,
    @Res() reply: FastifyReply,
    @Body() body: FormFields,
  ): Promise<FastifyReply> {
    this.staffPages.verify(viewer, body);
    await this.sessions.close(viewer);
    this.staffPages.clearSessionCookie(reply);
    return redirect(reply, '/staff/sign-in?signed-out=1');
  }

  /** The link in every staff email (PUBLIC_BASE_URL/cases/<reference>): the console's case page. */
  @Get('cases/:reference')
  caseLink(@Param('reference') reference: string, @Res() reply: FastifyReply): FastifyReply {
    // The case page (behind sign-in) decides whether the case exists for this person.
    return redirect(reply, `/staff/cases/${encodeURIComponent(reference)}`);
  }

  private async signedIn(request: FastifyRequest): Promise<StaffPrincipal | undefined> {
    const cookie = this.pages.cookies.read(request, 'staff');
    return cookie ? this.sessions.authenticate(cookie) : undefined;
  }

  private refused(
    reply: FastifyReply,
    ctx: PageContext,
    email: string,
    next: string | undefined,
    status: number,
  ): FastifyReply {
    const errors = [{ field: 'email', text: ctx.t.t('staffConsole.signIn.wrong') }];
    return sendPage(
      reply,
      h(StaffSignInPage, { ctx, next, email: email.slice(0, EMAIL_MAX), errors }),
      status,
    );
  }
}

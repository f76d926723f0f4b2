import { setTimeout as sleep } from 'node:timers/promises';
import { Body, Controller, Get, Post, Query, Req, Res } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ApiExcludeController } from '@nestjs/swagger';
import { DomainError, REPORT_LIMITS, ReporterChannelService } from '@candor/domain';
import { AccessTokenService, appConfigOf } from '@candor/platform';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { NoRouteRateLimit } from '../../../common/rate-limit/rate-limit.decorator.js';
import { checkDto } from '../../../common/validate-dto.js';
import {
  ReporterMessageDto,
  ReporterSessionDto,
  RetaliationReportDto,
} from '../../../reporter/dto/reporter.dto.js';
import type { FieldError } from '../../common/components.js';
import { CsrfService } from '../../common/csrf.service.js';
import { field, type FormFields, readUploadForm } from '../../common/form-body.js';
import { AcceptsForm, type PageContext, PageService } from '../../common/page-context.js';
import { PageError } from '../../common/page-error.js';
import { redirect, sendPage } from '../../common/render.js';
import { DraftStore } from '../report/draft-store.service.js';
import { NoticePage, ReceiptPage } from '../report/receipt.page.js';
import { text } from '../report/report-steps.js';
import { CasePage } from './case.page.js';
import { RetaliationPage } from './retaliation.page.js';
import { SignInPage } from './sign-in.page.js';
import { attachmentError, overLimitText } from '../attachment-error.js';

interface Session {
  readonly caseId: string;
  readonly expiresAt: Date;
}

const RECEIPT_WAIT_MS = 15_000;

/**
 * The reporter's follow-up: sign in with the receipt (ReporterChannelService.signIn, with its
 * throttle), then the case, the thread, messages, files and "Report retaliation" through the same
 * service as the JSON reporter API. The session is the service's 15-minute token in an HttpOnly,
 * SameSite=Strict cookie without expiry; it does not slide.
 */
@ApiExcludeController()
@Controller('follow-up')
@NoRouteRateLimit()
export class FollowUpController {
  private readonly writeWindowDays: number;
  private readonly followUpUrl: string;

  constructor(
    private readonly pages: PageService,
    private readonly csrf: CsrfService,
    private readonly channel: ReporterChannelService,
    private readonly tokens: AccessTokenService,
    private readonly results: DraftStore,
    configService: ConfigService,
  ) {
    const config = appConfigOf(configService);
    this.writeWindowDays = config.reporterWriteWindowDays;
    this.followUpUrl = `${config.publicBaseUrl}/follow-up`;
  }

  @Get()
  async signInForm(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Query('signed-out') signedOut?: string,
    @Query('expired') expired?: string,
  ): Promise<FastifyReply> {
    if (await this.session(request)) return redirect(reply, '/follow-up/case');
    const ctx = this.pages.context(request, reply);
    const notice = signedOut === '1' ? 'signedOut' : expired === '1' ? 'expired' : undefined;
    return this.pages.sendCached(reply, ctx, `${notice}`, (page) =>
      h(SignInPage, { ctx: page, notice }),
    );
  }

  @Post()
  @AcceptsForm()
  async signIn(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Body() body: FormFields,
  ): Promise<FastifyReply> {
    this.csrf.verify(request, body);
    const ctx = this.pages.context(request, reply);
    const { t } = ctx;
    const receipt = field(body, 'receipt');
    const { errors } = await checkDto(ReporterSessionDto, { receipt });
    if (receipt.trim() === '' || errors.length > 0) {
      return this.signInError(ctx, reply, t.t('errors.receipt.missing'), 400);
    }
    let token: string;
    try {
      token = (await this.channel.signIn(receipt)).token;
    } catch (error) {
      // One generic answer for any receipt that opens nothing; a throttled one gets the 429 page.
      if (error instanceof DomainError && error.kind === 'unauthenticated') {
        return this.signInError(ctx, reply, t.t('errors.receipt.wrong'), 401);
      }
      throw error;
    }
    this.pages.cookies.set(reply, 'session', token);
    return redirect(reply, '/follow-up/case');
  }

  @Get('case')
  async case(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Query('sent') sent?: string,
    @Query('added') added?: string,
  ): Promise<FastifyReply> {
    const session = await this.session(request);
    if (!session) return this.signedOut(reply);
    const ctx = this.pages.context(request, reply);
    const count = Number(added);
    const done =
      sent === 'message'
        ? ({ kind: 'message' } as const)
        : Number.isInteger(count) && count > 0 && count <= 10
          ? ({ kind: 'files', count } as const)
          : undefined;
    return this.showCase(ctx, reply, session, { done });
  }

  @Post('messages')
  @AcceptsForm()
  async message(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Body() body: FormFields,
  ): Promise<FastifyReply> {
    this.csrf.verify(request, body);
    const session = await this.session(request);
    if (!session) return this.signedOut(reply);
    const ctx = this.pages.context(request, reply);
    const { t } = ctx;
    const message = text(body, 'message');
    const typed = field(body, 'message');
    const { errors } = await checkDto(ReporterMessageDto, { body: message });
    if (message === undefined || errors.length > 0) {
      const error: FieldError = {
        field: 'message',
        text:
          message === undefined
            ? t.t('errors.message.missing')
            : t.t('errors.message.tooLong', { max: REPORT_LIMITS.messageMax }),
      };
      return this.showCase(ctx, reply, session, { errors: [error], message: typed }, 400);
    }
    try {
      await this.channel.postMessage(session.caseId, message);
    } catch (error) {
      if (error instanceof DomainError && error.kind === 'conflict') {
        const closed = { field: 'message', text: t.t('errors.closed') };
        return this.showCase(ctx, reply, session, { errors: [closed], message: typed }, 409);
      }
      throw error;
    }
    return redirect(reply, '/follow-up/case?sent=message#messages');
  }

  @Post('files')
  async files(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<FastifyReply> {
    if (!request.isMultipart()) throw new PageError('bad_request');
    const multipart = await readUploadForm(request);
    const session = await this.session(request);
    if (!session) return this.signedOut(reply);
    const ctx = this.pages.context(request, reply);
    if (multipart.overLimit) {
      const error = { field: 'files', text: overLimitText(ctx.t, multipart.overLimit) };
      return this.showCase(ctx, reply, session, { errors: [error] }, 413);
    }
    this.csrf.verify(request, multipart.fields);
    const chosen = multipart.files;
    if (chosen.length === 0) {
      const error = { field: 'files', text: ctx.t.t('errors.files.missing') };
      return this.showCase(ctx, reply, session, { errors: [error] }, 400);
    }
    let added: number;
    try {
      added = await this.channel.addAttachments(session.caseId, chosen);
    } catch (error) {
      const refusal = attachmentError(ctx.t, error, chosen);
      if (!refusal) throw error;
      return this.showCase(ctx, reply, session, { errors: [refusal.error] }, refusal.status);
    }
    return redirect(reply, `/follow-up/case?added=${added}`);
  }

  @Get('retaliation')
  async retaliationForm(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<FastifyReply> {
    const session = await this.session(request);
    if (!session) return this.signedOut(reply);
    const ctx = this.pages.context(request, reply);
    const view = await this.channel.view(session.caseId);
    const submission = this.results.cookieValue(this.results.create());
    return sendPage(reply, h(RetaliationPage, { ctx, reference: view.reference, submission }));
  }

  @Post('retaliation')
  @AcceptsForm()
  async retaliation(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Body() body: FormFields,
  ): Promise<FastifyReply> {
    this.csrf.verify(request, body);
    const session = await this.session(request);
    if (!session) return this.signedOut(reply);
    const ctx = this.pages.context(request, reply);
    const { t } = ctx;
    const handle = this.results.parseCookie(field(body, 'submission'));
    if (!handle) throw new PageError('bad_request');
    const description = text(body, 'description');
    const { errors } = await checkDto(RetaliationReportDto, { description });
    if (description === undefined || errors.length > 0) {
      const view = await this.channel.view(session.caseId);
      const error: FieldError = {
        field: 'description',
        text:
          description === undefined
            ? t.t('errors.retaliation.missing')
            : t.t('errors.retaliation.tooLong', { max: REPORT_LIMITS.descriptionMax }),
      };
      return sendPage(
        reply,
        h(RetaliationPage, {
          ctx,
          reference: view.reference,
          submission: field(body, 'submission'),
          description: field(body, 'description'),
          errors: [error],
        }),
        400,
      );
    }
    // The result waits, encrypted under the form's own key, for the page that shows it once.
    this.pages.cookies.set(reply, 'result', this.results.cookieValue(handle));
    if (!(await this.results.beginSubmit(handle))) {
      return redirect(reply, '/follow-up/retaliation/receipt');
    }
    let filed: Awaited<ReturnType<ReporterChannelService['reportRetaliation']>>;
    try {
      filed = await this.channel.reportRetaliation(session.caseId, description);
    } catch (error) {
      await this.results.abandonSubmit(handle).catch(() => undefined);
      throw error;
    }
    await this.results.finishSubmit(
      handle,
      {
        reference: filed.reference,
        receipt: filed.receipt,
        routedTo: filed.routedTo,
        acknowledgeBy: filed.acknowledgeBy.toISOString(),
      },
      [],
    );
    return redirect(reply, '/follow-up/retaliation/receipt');
  }

  @Get('retaliation/receipt')
  async retaliationReceipt(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<FastifyReply> {
    const ctx = this.pages.context(request, reply);
    const { t } = ctx;
    const handle = this.results.parseCookie(this.pages.cookies.read(request, 'result'));
    const deadline = Date.now() + RECEIPT_WAIT_MS;
    while (handle) {
      const result = await this.results.takeResult(handle);
      if (result) {
        this.pages.cookies.clear(reply, 'result');
        return sendPage(
          reply,
          h(ReceiptPage, {
            ctx,
            title: t.t('followUp.retaliation.receiptTitle'),
            shown: { ...result, acknowledgeBy: new Date(result.acknowledgeBy) },
            followUpUrl: this.followUpUrl,
          }),
        );
      }
      if ((await this.results.submitState(handle)) !== 'submitting' || Date.now() > deadline) break;
      await sleep(200);
    }
    this.pages.cookies.clear(reply, 'result');
    return sendPage(
      reply,
      h(NoticePage, {
        ctx,
        title: t.t('report.receipt.alreadyShownTitle'),
        texts: [t.t('report.receipt.alreadyShownText')],
        link: { href: '/follow-up/case', text: t.t('layout.followUp') },
      }),
    );
  }

  @Post('sign-out')
  @AcceptsForm()
  signOut(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Body() body: FormFields,
  ): FastifyReply {
    this.csrf.verify(request, body);
    this.pages.cookies.clear(reply, 'session');
    return redirect(reply, '/follow-up?signed-out=1');
  }

  /** The case of the session cookie, or undefined when there is none or it has run out. */
  private async session(request: FastifyRequest): Promise<Session | undefined> {
    const token = this.pages.cookies.read(request, 'session');
    if (!token) return undefined;
    try {
      const caseId = await this.channel.authenticate(token);
      const verified = await this.tokens.verify('reporter', token);
      return verified ? { caseId, expiresAt: verified.expiresAt } : undefined;
    } catch (error) {
      if (error instanceof DomainError && error.kind === 'unauthenticated') return undefined;
      throw error;
    }
  }

  private signedOut(reply: FastifyReply): FastifyReply {
    this.pages.cookies.clear(reply, 'session');
    return redirect(reply, '/follow-up?expired=1');
  }

  private signInError(
    ctx: PageContext,
    reply: FastifyReply,
    message: string,
    status: number,
  ): FastifyReply {
    return sendPage(
      reply,
      h(SignInPage, { ctx, errors: [{ field: 'receipt', text: message }] }),
      status,
    );
  }

  private async showCase(
    ctx: PageContext,
    reply: FastifyReply,
    session: Session,
    extra: {
      done?: { kind: 'message' } | { kind: 'files'; count: number };
      errors?: FieldError[];
      message?: string;
    },
    status = 200,
  ): Promise<FastifyReply> {
    const view = await this.channel.view(session.caseId);
    const writable = !view.writableUntil || view.writableUntil.getTime() >= Date.now();
    return sendPage(
      reply,
      h(CasePage, {
        ctx,
        view,
        expiresAt: session.expiresAt,
        writable,
        writeWindowDays: this.writeWindowDays,
        ...extra,
      }),
      status,
    );
  }
}

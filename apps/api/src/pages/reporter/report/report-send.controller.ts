import { setTimeout as sleep } from 'node:timers/promises';
import { Body, Controller, Get, Post, Req, Res } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ApiExcludeController } from '@nestjs/swagger';
import { IntakeService, REPORTER, route, RoutingPolicyService } from '@candor/domain';
import type { Route } from '@candor/domain';
import { appConfigOf } from '@candor/platform';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { NoRouteRateLimit } from '../../../common/rate-limit/rate-limit.decorator.js';
import { toSubmission } from '../../../intake/report-submission.mapper.js';
import { CsrfService } from '../../common/csrf.service.js';
import type { FormFields } from '../../common/form-body.js';
import { AcceptsForm, PageService } from '../../common/page-context.js';
import { redirect, sendPage } from '../../common/render.js';
import { CheckAnswersPage } from './check-answers.page.js';
import { DraftStore } from './draft-store.service.js';
import type { DraftAnswers } from './draft.types.js';
import { NoticePage, ReceiptPage } from './receipt.page.js';
import { ReportDrafts } from './report-drafts.service.js';
import { finalCheck, previousPath } from './report-steps.js';

/** How long the receipt page waits for a submission still being filed (a double click). */
const RECEIPT_WAIT_MS = 15_000;

/**
 * Check your answers, sending, and the receipt. The report is filed by IntakeService after the
 * whole SubmitReportDto has checked it, as the JSON intake files one; the receipt is shown once.
 */
@ApiExcludeController()
@Controller('report')
@NoRouteRateLimit()
export class ReportSendController {
  private readonly followUpUrl: string;

  constructor(
    private readonly pages: PageService,
    private readonly csrf: CsrfService,
    private readonly drafts: DraftStore,
    private readonly report: ReportDrafts,
    private readonly intake: IntakeService,
    private readonly policies: RoutingPolicyService,
    configService: ConfigService,
  ) {
    this.followUpUrl = `${appConfigOf(configService).publicBaseUrl}/follow-up`;
  }

  @Get('check')
  async checkForm(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<FastifyReply> {
    return this.report.showStep(request, reply, (ctx, draft) =>
      h(CheckAnswersPage, {
        ctx,
        back: previousPath('check', draft.answers),
        answers: draft.answers,
        routedTo: this.routeOf(draft.answers),
      }),
    );
  }

  @Post('check')
  @AcceptsForm()
  async submit(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Body() body: FormFields,
  ): Promise<FastifyReply> {
    this.csrf.verify(request, body);
    const ctx = this.pages.context(request, reply);
    const handle = this.report.handle(request);
    if (!handle) return this.report.expired(ctx, reply);
    // One filing per draft, whatever the clicks: a second submit waits for the first's receipt.
    const claimed = await this.drafts.beginSubmit(handle);
    if (!claimed) return redirect(reply, '/report/receipt');
    let filed: Awaited<ReturnType<IntakeService['submit']>>;
    const { answers } = claimed;
    try {
      const contents = answers && (await this.report.fileContents(handle, answers.files));
      if (!answers || !contents) {
        await this.drafts.abandonSubmit(handle);
        return this.report.expired(ctx, reply);
      }
      const { dto, errors } = await finalCheck(ctx.t, answers);
      if (!dto) {
        await this.drafts.abandonSubmit(handle);
        return sendPage(
          reply,
          h(CheckAnswersPage, {
            ctx,
            back: previousPath('check', answers),
            answers,
            routedTo: this.routeOf(answers),
            errors,
          }),
          400,
        );
      }
      filed = await this.intake.submit(toSubmission(dto, 'web', contents), REPORTER);
    } catch (error) {
      // Nothing was filed: the answers stay, and the reporter can send them again.
      await this.drafts.abandonSubmit(handle).catch(() => undefined);
      throw error;
    }
    await this.drafts.finishSubmit(
      handle,
      {
        reference: filed.reference,
        receipt: filed.receipt,
        routedTo: filed.routedTo,
        acknowledgeBy: filed.acknowledgeBy.toISOString(),
      },
      answers.files,
    );
    return redirect(reply, '/report/receipt');
  }

  /**
   * The receipt, shown once: reading it deletes it, so a reload, the Back button or anyone who
   * opens this page later sees "already shown". Never in a URL.
   */
  @Get('receipt')
  async receipt(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<FastifyReply> {
    const ctx = this.pages.context(request, reply);
    const { t } = ctx;
    const handle = this.report.handle(request);
    const deadline = Date.now() + RECEIPT_WAIT_MS;
    while (handle) {
      const result = await this.drafts.takeResult(handle);
      if (result) {
        this.pages.cookies.clear(reply, 'draft');
        return sendPage(
          reply,
          h(ReceiptPage, {
            ctx,
            title: t.t('report.receipt.title'),
            shown: { ...result, acknowledgeBy: new Date(result.acknowledgeBy) },
            followUpUrl: this.followUpUrl,
          }),
        );
      }
      if ((await this.drafts.submitState(handle)) !== 'submitting' || Date.now() > deadline) break;
      await sleep(200);
    }
    if (handle && (await this.drafts.submitState(handle)) === 'submitting') {
      return sendPage(
        reply,
        h(NoticePage, {
          ctx,
          title: t.t('report.receipt.waitingTitle'),
          texts: [t.t('report.receipt.waitingText')],
        }),
        202,
      );
    }
    this.pages.cookies.clear(reply, 'draft');
    return sendPage(
      reply,
      h(NoticePage, {
        ctx,
        title: t.t('report.receipt.alreadyShownTitle'),
        texts: [t.t('report.receipt.alreadyShownText')],
        link: { href: '/', text: t.t('errorPages.home') },
      }),
    );
  }

  /** Who receives the report with these answers, by the routing policy in force. */
  private routeOf(answers: DraftAnswers): Route | undefined {
    if (!answers.concernType) return undefined;
    try {
      return route(this.policies.current(), {
        concernType: answers.concernType,
        implicatedRoles: answers.implicated.map((person) => person.role),
      }).routedTo;
    } catch {
      return undefined;
    }
  }
}

import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Body, Controller, Get, Post, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import {
  concernTypeCatalogue,
  IntakeService,
  MAX_FILES_PER_REQUEST,
  prepareFiles,
  REPORTER,
  route,
  RoutingPolicyProvider,
} from '@candor/domain';
import type { ConcernType, IncomingFile, Route } from '@candor/domain';
import { ConfigService } from '@nestjs/config';
import { appConfigOf, type Translator } from '@candor/platform';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { RateLimit } from '../../../common/rate-limit/rate-limit.decorator.js';
import { INTAKE_RATE_LIMIT } from '../../../intake/intake.controller.js';
import { toSubmission } from '../../../intake/report-submission.mapper.js';
import type { FieldError } from '../../common/components.js';
import { CsrfService } from '../../common/csrf.service.js';
import { field, type FormFields, readFormWithFiles } from '../../common/form-body.js';
import { AcceptsForm, type PageContext, PageService } from '../../common/page-context.js';
import { PageError } from '../../common/page-error.js';
import { REPORTER_PAGES_RATE_LIMIT } from '../../common/page-rate-limit.js';
import { type PageNode, redirect, sendPage } from '../../common/render.js';
import { attachmentError } from '../attachment-error.js';
import { AboutYouPage } from './about-you.page.js';
import { CheckAnswersPage } from './check-answers.page.js';
import { ConcernPage } from './concern.page.js';
import { ContactPage } from './contact.page.js';
import { type DraftHandle, DraftStore } from './draft-store.service.js';
import { type DraftAnswers, type DraftFile, emptyAnswers } from './draft.types.js';
import { FilesPage } from './files.page.js';
import { PeoplePage } from './people.page.js';
import { NoticePage, ReceiptPage } from './receipt.page.js';
import {
  aboutYouStep,
  concernStep,
  contactStep,
  finalCheck,
  nextStep,
  peopleStep,
  previousPath,
  type Step,
  stepPath,
  whatHappenedStep,
  whenWhereStep,
} from './report-steps.js';
import { WhatHappenedPage } from './what-happened.page.js';
import { WhenWherePage } from './when-where.page.js';

interface Draft {
  readonly handle: DraftHandle;
  readonly answers: DraftAnswers;
}

/** How long the receipt page waits for a submission still being filed (a double click). */
const RECEIPT_WAIT_MS = 15_000;

/**
 * The report form: GOV.UK question pages over an encrypted draft, then Check your answers, then
 * the receipt. Each step is checked with rules picked from the JSON intake's DTO, and the report
 * is filed by the same IntakeService with the same validation, so nothing here is a second copy
 * of a rule. Post/Redirect/Get throughout; what was typed is shown again with any error.
 */
@ApiExcludeController()
@Controller('report')
@RateLimit(REPORTER_PAGES_RATE_LIMIT)
export class ReportController {
  private readonly followUpUrl: string;

  constructor(
    private readonly pages: PageService,
    private readonly csrf: CsrfService,
    private readonly drafts: DraftStore,
    private readonly intake: IntakeService,
    private readonly policies: RoutingPolicyProvider,
    configService: ConfigService,
  ) {
    this.followUpUrl = `${appConfigOf(configService).publicBaseUrl}/follow-up`;
  }

  @Get()
  start(@Res() reply: FastifyReply): FastifyReply {
    return redirect(reply, stepPath('concern'));
  }

  // Step 1: the concern. The only step that may start a draft.

  @Get('concern')
  async concernForm(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Query('change') change?: string,
  ): Promise<FastifyReply> {
    const ctx = this.pages.context(request, reply);
    const draft = await this.draft(request);
    return sendPage(
      reply,
      h(ConcernPage, {
        ctx,
        back: '/',
        change: change === '1',
        value: draft?.answers.concernType,
        routes: this.concernRoutes(),
      }),
    );
  }

  @Post('concern')
  @AcceptsForm()
  async concern(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Body() body: FormFields,
  ): Promise<FastifyReply> {
    this.csrf.verify(request, body);
    const ctx = this.pages.context(request, reply);
    const outcome = await concernStep(ctx.t, body);
    if (!outcome.ok) {
      return sendPage(
        reply,
        h(ConcernPage, {
          ctx,
          back: '/',
          change: isChange(body),
          value: field(body, 'concernType'),
          errors: outcome.errors,
          routes: this.concernRoutes(),
        }),
        400,
      );
    }
    const draft = (await this.draft(request)) ?? this.newDraft(reply);
    return this.saveAndContinue(reply, 'concern', draft, outcome.values, body);
  }

  // Step 2: what happened.

  @Get('what-happened')
  async whatHappenedForm(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Query('change') change?: string,
  ): Promise<FastifyReply> {
    return this.showStep(request, reply, 'what-happened', (ctx, draft) =>
      h(WhatHappenedPage, {
        ctx,
        back: previousPath('what-happened', draft.answers),
        change: change === '1',
        title: draft.answers.title,
        description: draft.answers.description,
      }),
    );
  }

  @Post('what-happened')
  @AcceptsForm()
  async whatHappened(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Body() body: FormFields,
  ): Promise<FastifyReply> {
    return this.answerStep(
      request,
      reply,
      body,
      'what-happened',
      whatHappenedStep,
      (ctx, draft, outcome) =>
        h(WhatHappenedPage, {
          ctx,
          back: previousPath('what-happened', draft.answers),
          change: isChange(body),
          title: field(body, 'title'),
          description: field(body, 'description'),
          errors: outcome.errors,
        }),
    );
  }

  // Step 3: when and where.

  @Get('when-where')
  async whenWhereForm(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Query('change') change?: string,
  ): Promise<FastifyReply> {
    return this.showStep(request, reply, 'when-where', (ctx, draft) =>
      h(WhenWherePage, {
        ctx,
        back: previousPath('when-where', draft.answers),
        change: change === '1',
        date: draft.answers.occurredAtParts,
        location: draft.answers.location,
      }),
    );
  }

  @Post('when-where')
  @AcceptsForm()
  async whenWhere(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Body() body: FormFields,
  ): Promise<FastifyReply> {
    return this.answerStep(
      request,
      reply,
      body,
      'when-where',
      whenWhereStep,
      (ctx, draft, outcome) =>
        h(WhenWherePage, {
          ctx,
          back: previousPath('when-where', draft.answers),
          change: isChange(body),
          date: outcome.values.occurredAtParts,
          location: field(body, 'location'),
          errors: outcome.errors,
        }),
    );
  }

  // Step 4: people involved and witnesses.

  @Get('people')
  async peopleForm(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Query('change') change?: string,
  ): Promise<FastifyReply> {
    return this.showStep(request, reply, 'people', (ctx, draft) =>
      h(PeoplePage, {
        ctx,
        back: previousPath('people', draft.answers),
        change: change === '1',
        implicated: draft.answers.implicated,
        witnesses: draft.answers.witnesses,
      }),
    );
  }

  @Post('people')
  @AcceptsForm()
  async people(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Body() body: FormFields,
  ): Promise<FastifyReply> {
    this.csrf.verify(request, body);
    const ctx = this.pages.context(request, reply);
    const draft = await this.draft(request);
    if (!draft) return this.expired(ctx, reply);
    const outcome = await peopleStep(ctx.t, body);
    if (!outcome.ok) {
      return sendPage(
        reply,
        h(PeoplePage, {
          ctx,
          back: previousPath('people', draft.answers),
          change: isChange(body),
          implicated: outcome.values.implicated,
          witnesses: outcome.values.witnesses,
          errors: outcome.errors,
        }),
        400,
      );
    }
    const action = field(body, 'action');
    if (action === 'add-implicated' || action === 'add-witness') {
      await this.drafts.save(draft.handle, { ...draft.answers, ...outcome.values });
      // Back to this page, at the new empty row.
      const anchor =
        action === 'add-implicated'
          ? `implicated-${outcome.values.implicated.length}-role`
          : `witnesses-${outcome.values.witnesses.length}-name`;
      return redirect(reply, `${stepPath('people', isChange(body))}#${anchor}`);
    }
    return this.saveAndContinue(reply, 'people', draft, outcome.values, body);
  }

  // Step 5: files (multipart). Each file is inspected and cleaned by the domain when it is added.

  @Get('files')
  async filesForm(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Query('change') change?: string,
  ): Promise<FastifyReply> {
    return this.showStep(request, reply, 'files', (ctx, draft) =>
      h(FilesPage, {
        ctx,
        back: previousPath('files', draft.answers),
        change: change === '1',
        files: draft.answers.files,
      }),
    );
  }

  @Post('files')
  async files(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<FastifyReply> {
    if (!request.isMultipart()) throw new PageError('bad_request');
    const multipart = await readFormWithFiles(request);
    if (multipart === 'too_large') {
      // The upload stopped at the limit, before the rest of the form: nothing is saved, and the
      // page says why beside the file field.
      const ctx = this.pages.context(request, reply);
      const draft = await this.draft(request);
      if (!draft) return this.expired(ctx, reply);
      const error = { field: 'files', text: ctx.t.t('errors.files.tooLarge') };
      return sendPage(
        reply,
        h(FilesPage, {
          ctx,
          back: previousPath('files', draft.answers),
          change: false,
          files: draft.answers.files,
          errors: [error],
        }),
        413,
      );
    }
    const { fields, files } = multipart;
    this.csrf.verify(request, fields);
    const ctx = this.pages.context(request, reply);
    const draft = await this.draft(request);
    if (!draft) return this.expired(ctx, reply);
    const change = isChange(fields);
    const action = field(fields, 'action');
    const chosen = files;

    if (action.startsWith('remove-')) {
      const removed = draft.answers.files.find((file) => `remove-${file.id}` === action);
      if (removed) {
        await this.drafts.removeFile(draft.handle, removed);
        await this.drafts.save(draft.handle, {
          ...draft.answers,
          files: draft.answers.files.filter((file) => file !== removed),
        });
      }
      return redirect(reply, stepPath('files', change));
    }

    let answers = draft.answers;
    if (chosen.length > 0) {
      const added = await this.addFiles(ctx.t, draft.handle, answers.files, chosen);
      if (added.error) {
        return sendPage(
          reply,
          h(FilesPage, {
            ctx,
            back: previousPath('files', answers),
            change,
            files: answers.files,
            errors: [added.error],
          }),
          added.status,
        );
      }
      answers = { ...answers, files: [...answers.files, ...added.files] };
      await this.drafts.save(draft.handle, answers);
    } else if (action === 'upload') {
      return sendPage(
        reply,
        h(FilesPage, {
          ctx,
          back: previousPath('files', answers),
          change,
          files: answers.files,
          errors: [{ field: 'files', text: ctx.t.t('errors.files.missing') }],
        }),
        400,
      );
    }
    if (action === 'upload') return redirect(reply, stepPath('files', change));
    return this.saveAndContinue(reply, 'files', { handle: draft.handle, answers }, {}, fields);
  }

  // Step 6: anonymous or named, and the contact details of a named report.

  @Get('about-you')
  async aboutYouForm(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Query('change') change?: string,
  ): Promise<FastifyReply> {
    return this.showStep(request, reply, 'about-you', (ctx, draft) =>
      h(AboutYouPage, {
        ctx,
        back: previousPath('about-you', draft.answers),
        change: change === '1',
        anonymous: draft.answers.anonymous,
      }),
    );
  }

  @Post('about-you')
  @AcceptsForm()
  async aboutYou(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Body() body: FormFields,
  ): Promise<FastifyReply> {
    this.csrf.verify(request, body);
    const ctx = this.pages.context(request, reply);
    const draft = await this.draft(request);
    if (!draft) return this.expired(ctx, reply);
    const outcome = await aboutYouStep(ctx.t, body);
    if (!outcome.ok) {
      return sendPage(
        reply,
        h(AboutYouPage, {
          ctx,
          back: previousPath('about-you', draft.answers),
          change: isChange(body),
          errors: outcome.errors,
        }),
        400,
      );
    }
    // Choosing to stay anonymous forgets any name given before: an anonymous report has none.
    const answers: DraftAnswers = {
      ...draft.answers,
      ...outcome.values,
      reporter: outcome.values.anonymous ? undefined : draft.answers.reporter,
    };
    await this.drafts.save(draft.handle, answers);
    const named = answers.anonymous === false;
    if (named && (!answers.reporter || !isChange(body))) {
      return redirect(reply, stepPath('contact', isChange(body)));
    }
    return redirect(reply, stepPath(isChange(body) ? 'check' : nextStep('about-you', answers)));
  }

  @Get('contact')
  async contactForm(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Query('change') change?: string,
  ): Promise<FastifyReply> {
    return this.showStep(request, reply, 'contact', (ctx, draft) =>
      h(ContactPage, {
        ctx,
        back: previousPath('contact', draft.answers),
        change: change === '1',
        reporter: draft.answers.reporter,
      }),
    );
  }

  @Post('contact')
  @AcceptsForm()
  async contact(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Body() body: FormFields,
  ): Promise<FastifyReply> {
    return this.answerStep(
      request,
      reply,
      body,
      'contact',
      async (t, fields) => {
        const outcome = await contactStep(t, fields);
        return { ...outcome, values: { reporter: outcome.values, anonymous: false } };
      },
      (ctx, draft, outcome) =>
        h(ContactPage, {
          ctx,
          back: previousPath('contact', draft.answers),
          change: isChange(body),
          reporter: outcome.values.reporter,
          errors: outcome.errors,
        }),
    );
  }

  // Check your answers, and sending.

  @Get('check')
  async checkForm(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<FastifyReply> {
    return this.showStep(request, reply, 'check', (ctx, draft) =>
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
  @RateLimit(REPORTER_PAGES_RATE_LIMIT, INTAKE_RATE_LIMIT)
  async submit(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Body() body: FormFields,
  ): Promise<FastifyReply> {
    this.csrf.verify(request, body);
    const ctx = this.pages.context(request, reply);
    const handle = this.handle(request);
    if (!handle) return this.expired(ctx, reply);
    // One filing per draft, whatever the clicks: a second submit waits for the first's receipt.
    if (!(await this.drafts.beginSubmit(handle))) return redirect(reply, '/report/receipt');
    let filed: Awaited<ReturnType<IntakeService['submit']>>;
    let answers: DraftAnswers | undefined;
    try {
      answers = await this.drafts.answers(handle);
      const contents = answers && (await this.fileContents(handle, answers.files));
      if (!answers || !contents) {
        await this.drafts.abandonSubmit(handle);
        return this.expired(ctx, reply);
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
    const handle = this.handle(request);
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

  // Plumbing.

  private handle(request: FastifyRequest): DraftHandle | undefined {
    return this.drafts.parseCookie(this.pages.cookies.read(request, 'draft'));
  }

  private async draft(request: FastifyRequest): Promise<Draft | undefined> {
    const handle = this.handle(request);
    const answers = handle && (await this.drafts.answers(handle));
    return handle && answers ? { handle, answers } : undefined;
  }

  private newDraft(reply: FastifyReply): Draft {
    const handle = this.drafts.create();
    this.pages.cookies.set(reply, 'draft', this.drafts.cookieValue(handle));
    return { handle, answers: emptyAnswers() };
  }

  private async showStep(
    request: FastifyRequest,
    reply: FastifyReply,
    _step: Step,
    page: (ctx: PageContext, draft: Draft) => PageNode,
  ): Promise<FastifyReply> {
    const ctx = this.pages.context(request, reply);
    const draft = await this.draft(request);
    if (!draft) return this.expired(ctx, reply);
    return sendPage(reply, page(ctx, draft));
  }

  private async answerStep<T extends Partial<DraftAnswers>>(
    request: FastifyRequest,
    reply: FastifyReply,
    body: FormFields,
    step: Step,
    check: (
      t: Translator,
      fields: FormFields,
    ) => Promise<{ ok: boolean; values: T; errors?: FieldError[] }>,
    page: (
      ctx: PageContext,
      draft: Draft,
      outcome: { values: T; errors: FieldError[] },
    ) => PageNode,
  ): Promise<FastifyReply> {
    this.csrf.verify(request, body);
    const ctx = this.pages.context(request, reply);
    const draft = await this.draft(request);
    if (!draft) return this.expired(ctx, reply);
    const outcome = await check(ctx.t, body);
    if (!outcome.ok) {
      return sendPage(
        reply,
        page(ctx, draft, { values: outcome.values, errors: outcome.errors ?? [] }),
        400,
      );
    }
    return this.saveAndContinue(reply, step, draft, outcome.values, body);
  }

  private async saveAndContinue(
    reply: FastifyReply,
    step: Step,
    draft: Draft,
    values: Partial<DraftAnswers>,
    body: FormFields,
  ): Promise<FastifyReply> {
    const answers = { ...draft.answers, ...values };
    await this.drafts.save(draft.handle, answers);
    return redirect(reply, stepPath(isChange(body) ? 'check' : nextStep(step, answers)));
  }

  /** The draft is gone (an hour without an answer, or the browser was closed) or was sent. */
  private expired(ctx: PageContext, reply: FastifyReply): FastifyReply {
    const { t } = ctx;
    return sendPage(
      reply,
      h(NoticePage, {
        ctx,
        title: t.t('report.expired.title'),
        texts: [t.t('report.expired.text')],
        link: { href: stepPath('concern'), text: t.t('report.expired.action') },
      }),
    );
  }

  private async addFiles(
    t: Translator,
    handle: DraftHandle,
    existing: readonly DraftFile[],
    chosen: readonly IncomingFile[],
  ): Promise<{ files: DraftFile[]; error?: undefined } | { error: FieldError; status: number }> {
    if (existing.length + chosen.length > MAX_FILES_PER_REQUEST) {
      return {
        error: {
          field: 'files',
          text: t.t('errors.files.tooMany', { max: MAX_FILES_PER_REQUEST }),
        },
        status: 413,
      };
    }
    const added: DraftFile[] = [];
    for (const file of chosen) {
      let prepared;
      try {
        [prepared] = await prepareFiles([file]);
      } catch (error) {
        const refusal = attachmentError(t, error, [file]);
        if (!refusal) throw error;
        await Promise.all(added.map((done) => this.drafts.removeFile(handle, done)));
        return refusal;
      }
      const draftFile: DraftFile = {
        id: randomUUID(),
        name: prepared.name,
        size: prepared.content.length,
        mediaType: prepared.mediaType,
        metadataRemoved: prepared.metadataRemoved,
      };
      if (!(await this.drafts.addFile(handle, draftFile.id, prepared.content))) {
        await Promise.all(added.map((done) => this.drafts.removeFile(handle, done)));
        return { error: { field: 'files', text: t.t('report.files.busy') }, status: 503 };
      }
      added.push(draftFile);
    }
    return { files: added };
  }

  private async fileContents(
    handle: DraftHandle,
    files: readonly DraftFile[],
  ): Promise<IncomingFile[] | undefined> {
    const contents: IncomingFile[] = [];
    for (const file of files) {
      const content = await this.drafts.fileContent(handle, file);
      if (!content) return undefined;
      contents.push({ name: file.name, content });
    }
    return contents;
  }

  private concernRoutes(): Map<ConcernType, Route> {
    return new Map(
      concernTypeCatalogue(this.policies.current()).map((entry) => [entry.code, entry.route]),
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

function isChange(fields: FormFields): boolean {
  return field(fields, 'change') === '1';
}

import { Body, Controller, Get, Post, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { concernTypeCatalogue, RoutingPolicyService } from '@candor/domain';
import type { ConcernType, Route } from '@candor/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { NoRouteRateLimit } from '../../../common/rate-limit/rate-limit.decorator.js';
import { CsrfService } from '../../common/csrf.service.js';
import { field, type FormFields } from '../../common/form-body.js';
import { AcceptsForm, PageService } from '../../common/page-context.js';
import { redirect, sendPage } from '../../common/render.js';
import { AboutYouPage } from './about-you.page.js';
import { ConcernPage } from './concern.page.js';
import { ContactPage } from './contact.page.js';
import { DraftStore } from './draft-store.service.js';
import type { DraftAnswers } from './draft.types.js';
import { PeoplePage } from './people.page.js';
import { isChange, ReportDrafts } from './report-drafts.service.js';
import {
  aboutYouStep,
  concernStep,
  contactStep,
  nextStep,
  peopleStep,
  previousPath,
  stepPath,
  whatHappenedStep,
  whenWhereStep,
} from './report-steps.js';
import { WhatHappenedPage } from './what-happened.page.js';
import { WhenWherePage } from './when-where.page.js';

/**
 * The report form's question pages: GOV.UK pages over an encrypted draft (ReportDrafts), each
 * step checked with rules picked from the JSON intake's DTO, so nothing here is a second copy of
 * a rule. Post/Redirect/Get throughout; what was typed is shown again with any error. Files,
 * Check your answers and the receipt have their own controllers beside this one.
 */
@ApiExcludeController()
@Controller('report')
@NoRouteRateLimit()
export class ReportController {
  constructor(
    private readonly pages: PageService,
    private readonly csrf: CsrfService,
    private readonly drafts: DraftStore,
    private readonly report: ReportDrafts,
    private readonly policies: RoutingPolicyService,
  ) {}

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
    const value = (await this.report.draft(request))?.answers.concernType;
    // One of 18 choices, the policy in force and the flag: the same page for everybody with them.
    const key = `${this.policies.current().version} ${value} ${change === '1'}`;
    return this.pages.sendCached(reply, ctx, key, (page) =>
      h(ConcernPage, {
        ctx: page,
        back: '/',
        change: change === '1',
        value,
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
    const draft = (await this.report.draft(request)) ?? this.report.newDraft(reply);
    return this.report.saveAndContinue(reply, 'concern', draft, outcome.values, body);
  }

  // Step 2: what happened.

  @Get('what-happened')
  async whatHappenedForm(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Query('change') change?: string,
  ): Promise<FastifyReply> {
    return this.report.showStep(
      request,
      reply,
      (ctx, draft) =>
        h(WhatHappenedPage, {
          ctx,
          back: previousPath('what-happened', draft.answers),
          change: change === '1',
          title: draft.answers.title,
          description: draft.answers.description,
        }),
      (a) => (a.title || a.description ? undefined : `${change === '1'}`),
    );
  }

  @Post('what-happened')
  @AcceptsForm()
  async whatHappened(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Body() body: FormFields,
  ): Promise<FastifyReply> {
    return this.report.answerStep(
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
    return this.report.showStep(
      request,
      reply,
      (ctx, draft) =>
        h(WhenWherePage, {
          ctx,
          back: previousPath('when-where', draft.answers),
          change: change === '1',
          date: draft.answers.occurredAtParts,
          location: draft.answers.location,
        }),
      (a) => (a.occurredAtParts || a.location ? undefined : `${change === '1'}`),
    );
  }

  @Post('when-where')
  @AcceptsForm()
  async whenWhere(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Body() body: FormFields,
  ): Promise<FastifyReply> {
    return this.report.answerStep(
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
    return this.report.showStep(
      request,
      reply,
      (ctx, draft) =>
        h(PeoplePage, {
          ctx,
          back: previousPath('people', draft.answers),
          change: change === '1',
          implicated: draft.answers.implicated,
          witnesses: draft.answers.witnesses,
        }),
      (a) => (a.implicated.length || a.witnesses.length ? undefined : `${change === '1'}`),
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
    const draft = await this.report.draft(request);
    if (!draft) return this.report.expired(ctx, reply);
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
    return this.report.saveAndContinue(reply, 'people', draft, outcome.values, body);
  }

  // Step 6: anonymous or named, and the contact details of a named report.

  @Get('about-you')
  async aboutYouForm(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Query('change') change?: string,
  ): Promise<FastifyReply> {
    return this.report.showStep(
      request,
      reply,
      (ctx, draft) =>
        h(AboutYouPage, {
          ctx,
          back: previousPath('about-you', draft.answers),
          change: change === '1',
          anonymous: draft.answers.anonymous,
        }),
      (a) => `${change === '1'} ${a.anonymous}`,
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
    const draft = await this.report.draft(request);
    if (!draft) return this.report.expired(ctx, reply);
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
    return this.report.showStep(
      request,
      reply,
      (ctx, draft) =>
        h(ContactPage, {
          ctx,
          back: previousPath('contact', draft.answers),
          change: change === '1',
          reporter: draft.answers.reporter,
        }),
      (a) => (a.reporter ? undefined : `${change === '1'}`),
    );
  }

  @Post('contact')
  @AcceptsForm()
  async contact(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Body() body: FormFields,
  ): Promise<FastifyReply> {
    return this.report.answerStep(
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

  private concernRoutes(): Map<ConcernType, Route> {
    return new Map(
      concernTypeCatalogue(this.policies.current()).map((entry) => [entry.code, entry.route]),
    );
  }
}

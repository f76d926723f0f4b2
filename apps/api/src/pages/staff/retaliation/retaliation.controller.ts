import { Body, Controller, Get, Param, Post, Query, Req, Res, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import {
  ADVERSE_ACTIONS,
  canDo,
  DomainError,
  parseCalendarDate,
  personProblems,
  RETALIATION_LIMITS,
  RetaliationChecksService,
  RetaliationReviewsService,
  REVIEW_DECISIONS,
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
import { type CheckInput, CheckResultPage, ChecksPage, EMPTY_CHECK } from './checks.page.js';
import { type DecisionInput, ReviewPage, ReviewsPage } from './reviews.page.js';

const NOT_FOUND = 'not found';

/**
 * Anti-retaliation in the console: HR's adverse-action checks and their answers, and the
 * reviewers' inbox. The same services as /api/v1/retaliation decide who may do what (HR alone
 * checks; a review is only ever shown to the reviewers named on it, and never to one recused from
 * its case), so to anyone else these pages are the 404 page.
 */
@ApiExcludeController()
@Controller('staff/retaliation')
@UseGuards(StaffPageGuard)
export class RetaliationPagesController {
  constructor(
    private readonly staffPages: StaffPages,
    private readonly checks: RetaliationChecksService,
    private readonly reviews: RetaliationReviewsService,
  ) {}

  @Get('checks')
  async checksPage(
    @StaffViewer() viewer: StaffPrincipal,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<FastifyReply> {
    const own = await this.checks.listOwn(viewer);
    const ctx = this.staffPages.context(request, reply);
    return sendPage(reply, h(ChecksPage, { ctx, input: EMPTY_CHECK, errors: [], own }));
  }

  @Post('checks')
  @AcceptsForm()
  async submitCheck(
    @StaffViewer() viewer: StaffPrincipal,
    @Body() body: FormFields,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<FastifyReply> {
    this.staffPages.verify(viewer, body);
    const ctx = this.staffPages.context(request, reply);
    const input: CheckInput = {
      name: field(body, 'name'),
      email: field(body, 'email'),
      employeeId: field(body, 'employeeId'),
      action: field(body, 'action'),
      effectiveDate: {
        day: field(body, 'effectiveDate-day'),
        month: field(body, 'effectiveDate-month'),
        year: field(body, 'effectiveDate-year'),
      },
    };
    const employee = {
      name: input.name,
      email: input.email.trim() || undefined,
      employeeId: input.employeeId.trim() || undefined,
    };
    const effectiveDate = calendarDate(input.effectiveDate);
    const errors = checkErrors(ctx.t, employee, input.action, effectiveDate);
    if (errors.length > 0) {
      const own = await this.checks.listOwn(viewer);
      return sendPage(reply, h(ChecksPage, { ctx, input, errors, own }), 400);
    }
    const { id } = await this.checks.submit(viewer, {
      employee,
      action: input.action,
      effectiveDate,
    });
    return redirect(reply, `/staff/retaliation/checks/${id}`);
  }

  @Get('checks/:id')
  async checkResult(
    @StaffViewer() viewer: StaffPrincipal,
    @Param('id') id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<FastifyReply> {
    const check = await this.checks.status(viewer, id);
    const ctx = this.staffPages.context(request, reply);
    return sendPage(reply, h(CheckResultPage, { ctx, check }));
  }

  @Get('reviews')
  async reviewsPage(
    @StaffViewer() viewer: StaffPrincipal,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Query('decided') decided?: string,
  ): Promise<FastifyReply> {
    if (!canDo(viewer, 'retaliation.review')) throw new DomainError('not_found', NOT_FOUND);
    const reviews = await this.reviews.listFor(viewer);
    const ctx = this.staffPages.context(request, reply);
    const shown = (REVIEW_DECISIONS as readonly string[]).includes(decided ?? '')
      ? decided
      : undefined;
    return sendPage(reply, h(ReviewsPage, { ctx, reviews, decided: shown }));
  }

  @Get('reviews/:id')
  async reviewPage(
    @StaffViewer() viewer: StaffPrincipal,
    @Param('id') id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<FastifyReply> {
    const review = await this.findReview(viewer, id);
    const ctx = this.staffPages.context(request, reply);
    const input: DecisionInput = { decision: '', reason: '' };
    return sendPage(reply, h(ReviewPage, { ctx, review, input, errors: [] }));
  }

  @Post('reviews/:id')
  @AcceptsForm()
  async decide(
    @StaffViewer() viewer: StaffPrincipal,
    @Param('id') id: string,
    @Body() body: FormFields,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<FastifyReply> {
    this.staffPages.verify(viewer, body);
    const ctx = this.staffPages.context(request, reply);
    const input: DecisionInput = {
      decision: field(body, 'decision'),
      reason: field(body, 'reason'),
    };
    const errors: FieldError[] = [];
    if (!(REVIEW_DECISIONS as readonly string[]).includes(input.decision)) {
      errors.push({ field: 'decision', text: ctx.t.t('staffRetaliation.errors.decision') });
    }
    if (!input.reason.trim()) {
      errors.push({ field: 'reason', text: ctx.t.t('staffRetaliation.errors.reason') });
    } else if (input.reason.trim().length > RETALIATION_LIMITS.reasonMax) {
      errors.push({
        field: 'reason',
        text: ctx.t.t('staffRetaliation.errors.reasonTooLong', {
          max: RETALIATION_LIMITS.reasonMax,
        }),
      });
    }
    if (errors.length === 0) {
      try {
        const decided = await this.reviews.decide(viewer, id, input.decision, input.reason);
        return redirect(reply, `/staff/retaliation/reviews?decided=${decided.status}`);
      } catch (error) {
        if (!(error instanceof DomainError) || error.kind !== 'conflict') throw error;
        errors.push({ field: 'decision', text: ctx.t.t('staffRetaliation.errors.alreadyDecided') });
      }
    }
    const review = await this.findReview(viewer, id);
    return sendPage(reply, h(ReviewPage, { ctx, review, input, errors }), 400);
  }

  /** One review of the viewer's inbox (an audited read, as the inbox is), or the 404 page. */
  private async findReview(viewer: StaffPrincipal, id: string) {
    if (!canDo(viewer, 'retaliation.review')) throw new DomainError('not_found', NOT_FOUND);
    const review = (await this.reviews.listFor(viewer)).find((r) => r.id === id);
    if (!review) throw new DomainError('not_found', NOT_FOUND);
    return review;
  }
}

/** The date boxes as YYYY-MM-DD, or '' when they do not make one. */
function calendarDate(parts: CheckInput['effectiveDate']): string {
  const [day, month, year] = [parts.day.trim(), parts.month.trim(), parts.year.trim()];
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) return '';
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/**
 * The domain's own rules for a check (personProblems, the adverse actions, the calendar date),
 * each failure put beside its field in the reader's language.
 */
function checkErrors(
  t: Translator,
  employee: { name: string; email?: string; employeeId?: string },
  action: string,
  effectiveDate: string,
): FieldError[] {
  const errors: FieldError[] = [];
  for (const problem of personProblems(employee)) {
    if (problem.startsWith('name is required')) {
      errors.push({ field: 'name', text: t.t('staffRetaliation.errors.name') });
    } else if (problem.startsWith('name')) {
      errors.push({
        field: 'name',
        text: t.t('staffRetaliation.errors.nameTooLong', { max: RETALIATION_LIMITS.nameMax }),
      });
    } else if (problem.startsWith('email')) {
      errors.push({ field: 'email', text: t.t('staffRetaliation.errors.email') });
    } else {
      errors.push({
        field: 'employeeId',
        text: t.t('staffRetaliation.errors.employeeIdTooLong', {
          max: RETALIATION_LIMITS.employeeIdMax,
        }),
      });
    }
  }
  if (!(ADVERSE_ACTIONS as readonly string[]).includes(action)) {
    errors.push({ field: 'action', text: t.t('staffRetaliation.errors.action') });
  }
  if (!parseCalendarDate(effectiveDate)) {
    errors.push({ field: 'effectiveDate', text: t.t('staffRetaliation.errors.effectiveDate') });
  }
  return errors;
}

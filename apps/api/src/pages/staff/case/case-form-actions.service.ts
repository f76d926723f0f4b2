import { Injectable } from '@nestjs/common';
import {
  CaseConsoleService,
  CaseDetailService,
  DomainError,
  ProtectedPeopleService,
  type StaffPrincipal,
} from '@candor/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import type { FieldError } from '../../common/components.js';
import { field, type FormFields } from '../../common/form-body.js';
import { redirect, sendPage } from '../../common/render.js';
import { type StaffPageContext, StaffPages } from '../common/staff-pages.service.js';
import { CasePage } from './case.page.js';
import { FormRefused, refuse } from './case-forms.js';
import { type CaseForm, casePath, type DoneNotice, hasContent } from './case-view.js';
import { TombstonePage } from './tombstone.page.js';

/** One form posted to a case page route. */
export interface CaseFormPost {
  readonly request: FastifyRequest;
  readonly reply: FastifyReply;
  readonly viewer: StaffPrincipal;
  readonly reference: string;
  readonly body: FormFields;
}

/** Where a form that was taken leads: back to a section of the case, or away from it. */
export type CaseFormResult = { done: DoneNotice; section: string } | { away: string };

type CasePageExtra = Pick<Parameters<typeof CasePage>[0], 'done' | 'state'>;

/**
 * What every form of the case page does around its own step, in one place for all the case
 * controllers: CSRF first, then Post/Redirect/Get, or the case page again with the errors and
 * what was typed (nothing was written).
 */
@Injectable()
export class CaseFormActions {
  constructor(
    private readonly staffPages: StaffPages,
    private readonly cases: CaseConsoleService,
    private readonly detail: CaseDetailService,
    private readonly protectedPeople: ProtectedPeopleService,
  ) {}

  async act(
    post: CaseFormPost,
    step: (t: StaffPageContext['t']) => Promise<CaseFormResult>,
  ): Promise<FastifyReply> {
    const { request, reply, viewer, reference, body } = post;
    this.staffPages.verify(viewer, body);
    const ctx = this.staffPages.context(request, reply);
    try {
      const result = await step(ctx.t);
      if ('away' in result) return redirect(reply, result.away);
      return redirect(reply, `${casePath(reference)}?done=${result.done}#${result.section}`);
    } catch (error) {
      if (!(error instanceof FormRefused)) throw error;
      const values = Object.fromEntries(Object.keys(body).map((name) => [name, field(body, name)]));
      return this.showCase(
        ctx,
        reply,
        viewer,
        reference,
        { state: { form: error.form, errors: error.errors, values } },
        error.status,
      );
    }
  }

  /**
   * The case page. Access first, without reading content: a case this viewer may not see is
   * simply not found; reading it writes its audit entry as the JSON read does.
   */
  async showCase(
    ctx: StaffPageContext,
    reply: FastifyReply,
    viewer: StaffPrincipal,
    reference: string,
    extra: CasePageExtra,
    status = 200,
  ): Promise<FastifyReply> {
    const offered = await this.cases.view(viewer, reference);
    const detail = await this.detail.detail(viewer, reference);
    if (!hasContent(detail)) {
      return sendPage(
        reply,
        h(TombstonePage, { ctx, viewer, tombstone: detail, mayViewAudit: offered.may.view_audit }),
        status,
      );
    }
    const protectedPeople = await this.protectedPeople.list(viewer, reference);
    return sendPage(
      reply,
      h(CasePage, { ctx, viewer, detail, console: offered, protectedPeople, ...extra }),
      status,
    );
  }
}

/** Where a domain service's refusal of a form is shown, and in which words. */
export interface Refusals {
  /** The field beside which a refusal is shown. */
  readonly field: string;
  /**
   * What was sent is not acceptable (400): the message beside `field`, or the field and message
   * that the domain's words point at.
   */
  readonly invalid?: string | ((domainMessage: string) => FieldError);
  /** The case's state does not allow it (409); the default names the hold or the change. */
  readonly conflict?: string;
}

/**
 * Runs a domain call, turning its refusals of what was sent into a message beside a field:
 * `invalid` (400) and `conflict` (409, the case changed or is held). Not found stays the 404 page.
 */
export async function refusing<T>(
  t: StaffPageContext['t'],
  form: CaseForm,
  where: Refusals,
  run: () => Promise<T>,
): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw refusalOf(error, t, form, where);
  }
}

/** The form refusal a domain error stands for, or the error itself when it is not one. */
export function refusalOf(
  error: unknown,
  t: StaffPageContext['t'],
  form: CaseForm,
  where: Refusals,
): unknown {
  if (!(error instanceof DomainError)) return error;
  if (error.kind === 'invalid') {
    const invalid = where.invalid ?? t.t('staffCase.errors.conflict');
    return typeof invalid === 'string'
      ? refuse(form, where.field, invalid)
      : new FormRefused(form, [invalid(error.message)]);
  }
  if (error.kind !== 'conflict') return error;
  const held = error.message.includes('legal hold') && where.conflict === undefined;
  const message = held
    ? t.t('staffCase.errors.held')
    : (where.conflict ?? t.t('staffCase.errors.conflict'));
  return refuse(form, where.field, message, 409);
}

import { Injectable } from '@nestjs/common';
import { type StaffPrincipal, StaffSessionService } from '@candor/domain';
import { translator } from '@candor/platform';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CSRF_FIELD } from '../../common/csrf.service.js';
import { field, type FormFields } from '../../common/form-body.js';
import { type PageContext, pageLanguage, PageService, pathOf } from '../../common/page-context.js';
import { PageError } from '../../common/page-error.js';
import { staffStateOf } from './staff-session.guard.js';

/** What every signed-in console page needs: the reporter pages' context plus who is looking. */
export interface StaffPageContext extends PageContext {
  /** The signed-in staff member: pass it to the domain services as their Viewer. */
  readonly viewer: StaffPrincipal;
}

/**
 * The console's side of PageService. Signed-in forms carry the session's synchronizer token
 * (StaffSessionService.csrfToken: bound to the session, so a form from another session or another
 * site is refused); the sign-in and enrolment forms, before any session, use the pages' double-
 * submit token (PageService.context / CsrfService.verify).
 */
@Injectable()
export class StaffPages {
  constructor(
    private readonly pages: PageService,
    private readonly sessions: StaffSessionService,
  ) {}

  /** The context of a page behind StaffPageGuard. */
  context(request: FastifyRequest, reply: FastifyReply): StaffPageContext {
    const state = staffStateOf(request);
    if (!state) throw new Error('StaffPages.context used without StaffPageGuard');
    return {
      t: translator(pageLanguage(request, this.pages.cookies, reply)),
      csrf: state.csrf,
      path: pathOf(request.url),
      viewer: state.viewer,
    };
  }

  /**
   * Refuses a console form whose token is not this session's: a cross-site or stale form gets the
   * "bad request" page and nothing is done. Call it first in every POST handler.
   */
  verify(viewer: StaffPrincipal, fields: FormFields): void {
    if (!this.sessions.checkCsrf(viewer, field(fields, CSRF_FIELD))) {
      throw new PageError('bad_request');
    }
  }

  /** Starts the browser session: the cookie holds the only copy of its secret. */
  setSessionCookie(reply: FastifyReply, cookieValue: string): void {
    this.pages.cookies.set(reply, 'staff', cookieValue);
  }

  clearSessionCookie(reply: FastifyReply): void {
    this.pages.cookies.clear(reply, 'staff');
  }
}

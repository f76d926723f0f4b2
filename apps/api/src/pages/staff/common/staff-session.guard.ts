import {
  type CanActivate,
  createParamDecorator,
  type ExecutionContext,
  Injectable,
} from '@nestjs/common';
import { StaffSessionService, type StaffPrincipal } from '@candor/domain';
import type { FastifyRequest } from 'fastify';
import { CsrfService } from '../../common/csrf.service.js';
import { pathOf } from '../../common/page-context.js';

/** What the guard learnt about the request: who is signed in, and their forms' CSRF token. */
export interface StaffRequestState {
  readonly viewer: StaffPrincipal;
  readonly csrf: string;
}

const STATES = new WeakMap<FastifyRequest, StaffRequestState>();

/** The signed-in staff member of a request the guard let through (the error page uses it too). */
export function staffStateOf(request: FastifyRequest): StaffRequestState | undefined {
  return STATES.get(request);
}

/** Where sign-in sends people back to: a path of the console on this site, nothing else. */
const NEXT = /^\/staff(?:[/?][\x21-\x7e]*)?$/;
const NEXT_MAX = 1000;

/** `next` if it is a console path on this site; otherwise undefined (then sign-in goes to /staff). */
export function safeNext(next: unknown): string | undefined {
  if (typeof next !== 'string' || next.length > NEXT_MAX || !NEXT.test(next)) return undefined;
  // No `//host`, no backslashes a browser could read as a slash, no dot segments.
  if (next.includes('//') || next.includes('\\') || /\/\.\.?(?:[/?]|$)/.test(pathOf(next))) {
    return undefined;
  }
  return next;
}

/**
 * Thrown when a console page is asked for without a live session. The exception filter answers
 * 303 to the sign-in page: a GET comes back to where it was after sign-in, a form does not (its
 * token belonged to the session that ended, and re-posting it would be a surprise).
 */
export class StaffSignInRequired extends Error {
  constructor(
    /** The path to return to after sign-in, already checked by safeNext. */
    readonly next: string | undefined,
    /** A session cookie was sent but no longer works: say the session ended. */
    readonly expired: boolean,
  ) {
    super('staff sign-in required');
    this.name = 'StaffSignInRequired';
  }

  get location(): string {
    const query = new URLSearchParams();
    if (this.next && this.next !== '/staff') query.set('next', this.next);
    if (this.expired) query.set('expired', '1');
    const search = query.toString();
    return search ? `/staff/sign-in?${search}` : '/staff/sign-in';
  }
}

/**
 * Every console page but sign-in and enrolment: the session cookie must name a live browser
 * session (StaffSessionService.authenticate: not signed out, not idle for 30 minutes, within its
 * 8 hours, the account enabled), checked against its row or, within the minute after, against
 * what the row said while nothing has ended any session since (StaffSessionCache).
 */
@Injectable()
export class StaffPageGuard implements CanActivate {
  constructor(
    private readonly sessions: StaffSessionService,
    private readonly csrf: CsrfService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const cookie = this.csrf.cookies.read(request, 'staff');
    const viewer = cookie ? await this.sessions.authenticate(cookie) : undefined;
    if (!viewer) {
      const next = request.method === 'GET' ? safeNext(request.url) : undefined;
      throw new StaffSignInRequired(next, cookie !== undefined);
    }
    STATES.set(request, { viewer, csrf: this.sessions.csrfToken(viewer) });
    return true;
  }
}

/** The signed-in staff member (a Viewer for canSee/canAct/canDo); needs StaffPageGuard. */
export const StaffViewer = createParamDecorator(
  (_data: unknown, context: ExecutionContext): StaffPrincipal => {
    const state = STATES.get(context.switchToHttp().getRequest<FastifyRequest>());
    if (!state) throw new Error('StaffViewer used without StaffPageGuard');
    return state.viewer;
  },
);

import { createParamDecorator, ExecutionContext, Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { DomainError } from '@candor/domain';
import type { StaffPrincipal } from '@candor/domain';
import { STAFF_BEARER } from './staff-bearer.strategy.js';

/** Every staff route: a signed-in staff member, or 401 with one generic message. */
@Injectable()
export class StaffAuthGuard extends AuthGuard(STAFF_BEARER) {
  override handleRequest<TUser = StaffPrincipal>(error: unknown, user: TUser | false): TUser {
    if (error) throw error instanceof Error ? error : new Error('staff authentication failed');
    if (!user)
      throw new DomainError('unauthenticated', 'sign in again: the session has expired or ended');
    return user;
  }
}

/** The signed-in staff member of the request. */
export const CurrentStaff = createParamDecorator(
  (_data: unknown, context: ExecutionContext): StaffPrincipal => {
    const user = context.switchToHttp().getRequest<{ user?: StaffPrincipal }>().user;
    if (!user) throw new Error('CurrentStaff used without StaffAuthGuard');
    return user;
  },
);

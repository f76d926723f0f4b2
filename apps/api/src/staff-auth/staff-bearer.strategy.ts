import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Strategy } from 'passport-http-bearer';
import { StaffAuthService } from '@candor/domain';
import type { StaffPrincipal } from '@candor/domain';

export const STAFF_BEARER = 'staff-bearer';

/** Passport strategy for staff access tokens: valid signature, live session, active account. */
@Injectable()
export class StaffBearerStrategy extends PassportStrategy(Strategy, STAFF_BEARER) {
  constructor(private readonly auth: StaffAuthService) {
    super();
  }

  async validate(token: string): Promise<StaffPrincipal | false> {
    return (await this.auth.authenticate(token)) ?? false;
  }
}

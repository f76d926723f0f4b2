import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
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

  /**
   * passport-http-bearer also takes `access_token` from the query string and the body; a token in
   * a URL ends up in proxy logs and browser history. The strategy is shown only the Authorization
   * header, so a token anywhere else is no token at all (401).
   */
  override authenticate(request: Request, options?: object): void {
    const headerOnly = { headers: { authorization: request.headers.authorization } };
    super.authenticate(headerOnly as Request, options);
  }

  async validate(token: string): Promise<StaffPrincipal | false> {
    return (await this.auth.authenticate(token)) ?? false;
  }
}

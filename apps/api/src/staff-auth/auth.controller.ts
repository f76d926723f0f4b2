import { Body, Controller, HttpCode, Post, Req, UseGuards } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiTags,
} from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';
import type { FastifyRequest } from 'fastify';
import { StaffAuthService } from '@candor/domain';
import type { StaffPrincipal } from '@candor/domain';
import { ApiErrorResponses } from '../common/error-response.dto.js';
import { clientKeyOf } from '../common/rate-limit/client-key.js';
import { RateLimit } from '../common/rate-limit/rate-limit.decorator.js';
import { AccessTokenDto } from './dto/access-token.dto.js';
import { CurrentStaff, StaffAuthGuard } from './staff-auth.guard.js';

export class LoginDto {
  @ApiProperty({ format: 'email' }) @IsString() @MaxLength(254) email!: string;
  @ApiProperty() @IsString() @MaxLength(1024) password!: string;
  @ApiProperty({ example: '123456' })
  @IsString()
  @Matches(/^\d{6}$/, { message: 'otp must be the 6-digit code' })
  otp!: string;
}

@ApiTags('staff')
@Controller('api/v1/auth')
export class AuthController {
  constructor(private readonly auth: StaffAuthService) {}

  @Post('login')
  @HttpCode(200)
  // A coarse shield against one client's flood, junk included; the sign-in limits themselves are
  // the service's, so the sign-in page gets them too.
  @RateLimit({ name: 'login', points: 30, durationSeconds: 60, scope: 'client' })
  @ApiOperation({
    summary: 'Sign in with email, password and TOTP code; returns a 15-minute access token',
    description:
      'Failures are limited per client and account (5 in 15 minutes) and per client (30): 429 ' +
      'with Retry-After for that client only. Five right passwords with wrong codes pause the ' +
      'account for the rest of the 15 minutes and email its owner; only both right factors see ' +
      'the pause (429).',
  })
  @ApiOkResponse({ type: AccessTokenDto })
  @ApiErrorResponses(400, 401, 429)
  async login(@Body() body: LoginDto, @Req() request: FastifyRequest): Promise<AccessTokenDto> {
    const session = await this.auth.login({
      email: body.email,
      password: body.password,
      otp: body.otp,
      client: clientKeyOf(request),
    });
    return { accessToken: session.accessToken, expiresAt: session.expiresAt.toISOString() };
  }

  @Post('logout')
  @HttpCode(204)
  @UseGuards(StaffAuthGuard)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'End this session: the token stops working at once' })
  @ApiNoContentResponse({ description: 'signed out' })
  @ApiErrorResponses(401)
  async logout(@CurrentStaff() staff: StaffPrincipal): Promise<void> {
    await this.auth.logout(staff);
  }
}

import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';
import { StaffAuthService } from '@candor/domain';
import type { StaffPrincipal } from '@candor/domain';
import { RateLimit } from '../common/rate-limit/rate-limit.decorator.js';
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
  @RateLimit({ name: 'login', points: 30, durationSeconds: 60, scope: 'client' })
  @ApiOperation({
    summary: 'Sign in with email, password and TOTP code; returns a 15-minute access token',
  })
  async login(@Body() body: LoginDto): Promise<{ accessToken: string; expiresAt: string }> {
    const session = await this.auth.login(body.email, body.password, body.otp);
    return { accessToken: session.accessToken, expiresAt: session.expiresAt.toISOString() };
  }

  @Post('logout')
  @HttpCode(204)
  @UseGuards(StaffAuthGuard)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'End this session: the token stops working at once' })
  async logout(@CurrentStaff() staff: StaffPrincipal): Promise<void> {
    await this.auth.logout(staff);
  }
}

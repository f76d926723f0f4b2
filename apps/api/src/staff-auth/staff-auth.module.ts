import { Module } from '@nestjs/common';
import { PassportModule } from '@nestjs/passport';
import { DomainModule } from '@candor/domain';
import { AuthController } from './auth.controller.js';
import { StaffAuthGuard } from './staff-auth.guard.js';
import { StaffBearerStrategy } from './staff-bearer.strategy.js';

/** Staff sign-in and the guard every staff route uses. */
@Module({
  imports: [PassportModule, DomainModule],
  controllers: [AuthController],
  providers: [StaffBearerStrategy, StaffAuthGuard],
  exports: [StaffAuthGuard, PassportModule],
})
export class StaffAuthModule {}

import { Module } from '@nestjs/common';
import { DomainModule } from '@candor/domain';
import { StaffAuthModule } from '../staff-auth/staff-auth.module.js';
import { RetaliationController } from './retaliation.controller.js';

/** Adverse-action checks and retaliation reviews. */
@Module({
  imports: [DomainModule, StaffAuthModule],
  controllers: [RetaliationController],
})
export class RetaliationApiModule {}

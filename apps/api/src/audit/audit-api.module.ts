import { Module } from '@nestjs/common';
import { DomainModule } from '@candor/domain';
import { StaffAuthModule } from '../staff-auth/staff-auth.module.js';
import { AuditController } from './audit.controller.js';

/** The audit log's routes. */
@Module({
  imports: [DomainModule, StaffAuthModule],
  controllers: [AuditController],
})
export class AuditApiModule {}

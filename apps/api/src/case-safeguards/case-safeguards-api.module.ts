import { Module } from '@nestjs/common';
import { DomainModule } from '@candor/domain';
import { StaffAuthModule } from '../staff-auth/staff-auth.module.js';
import { CaseSafeguardsController } from './case-safeguards.controller.js';

/** Legal holds, identity reveal and protected people on a case. */
@Module({
  imports: [DomainModule, StaffAuthModule],
  controllers: [CaseSafeguardsController],
})
export class CaseSafeguardsApiModule {}

import { Module } from '@nestjs/common';
import { PersistenceModule } from '@candor/persistence';
import { PlatformServicesModule } from '@candor/platform';
import { CaseAccessService } from './case-access.service.js';

/** Who may see and do what on a case: the one access check every case service goes through. */
@Module({
  imports: [PersistenceModule, PlatformServicesModule],
  providers: [CaseAccessService],
  exports: [CaseAccessService],
})
export class AccessModule {}

import { Module } from '@nestjs/common';
import { CaseCipherService } from './crypto/case-cipher.service.js';
import { Clock, SystemClock } from './time/clock.js';
import { AccessTokenService } from './tokens/access-token.service.js';

/**
 * What the domain's services use of the platform besides Redis (RedisModule): the case cipher, the
 * access tokens and the clock. Needs the configuration (global).
 */
@Module({
  providers: [AccessTokenService, CaseCipherService, { provide: Clock, useClass: SystemClock }],
  exports: [AccessTokenService, CaseCipherService, Clock],
})
export class PlatformServicesModule {}

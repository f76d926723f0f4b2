import { Module } from '@nestjs/common';
import { CaseCipherService } from './crypto/case-cipher.service.js';
import { AccessTokenService } from './tokens/access-token.service.js';

/**
 * What the domain's services use of the platform besides Redis (RedisModule): the case cipher and
 * the access tokens. Needs the configuration (global).
 */
@Module({
  providers: [AccessTokenService, CaseCipherService],
  exports: [AccessTokenService, CaseCipherService],
})
export class PlatformServicesModule {}

import { Module } from '@nestjs/common';
import { TransactionalConnection } from './database/transactional-connection.js';
import { REPOSITORIES } from './repositories/index.js';

/**
 * The unit of work and the repositories, for the domain. Needs TypeORM's DataSource, which each
 * application provides (`TypeOrmModule.forRootAsync`).
 */
@Module({
  providers: [TransactionalConnection, ...REPOSITORIES],
  exports: [TransactionalConnection, ...REPOSITORIES],
})
export class PersistenceModule {}

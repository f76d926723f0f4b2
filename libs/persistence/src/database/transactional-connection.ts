import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { type DedicatedConnection, withDedicatedConnection } from './dedicated-connection.js';

/**
 * One unit of work: the transaction (or, outside one, the connection) every repository method runs
 * in. Services receive it from {@link TransactionalConnection.transaction} and pass it down, so a
 * rule and the audit entry it writes always share one transaction. The domain sees only this type,
 * never TypeORM's: repositories are the one place that knows what it is.
 */
export type UnitOfWork = EntityManager;

/**
 * The domain's way into the database (vendure's `TransactionalConnection` is the model): open a
 * transaction, or work outside one where a single statement is atomic by itself.
 */
@Injectable()
export class TransactionalConnection {
  constructor(private readonly dataSource: DataSource) {}

  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: UnitOfWork) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** The connection without a transaction, for reads and single statements. */
  get autocommit(): UnitOfWork {
    return this.dataSource.manager;
  }

  /**
   * Runs `work` on a connection of the pool's own, for what a unit of work cannot do (a COPY
   * streamed, a snapshot transaction the caller opens and ends): see withDedicatedConnection.
   */
  dedicated<T>(work: (connection: DedicatedConnection) => Promise<T>): Promise<T> {
    return withDedicatedConnection(this.dataSource, work);
  }
}

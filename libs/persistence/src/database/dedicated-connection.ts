import type { ClientBase } from 'pg';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';
import { copyOut } from './copy-out.js';

// Neither Nest nor TypeORM is loaded here (types only): `audit:verify` uses this on a plain
// connection and should not pay for loading them.

/**
 * One connection of its own, for work TypeORM's query runner cannot do: streaming a COPY, and a
 * transaction the caller opens and ends itself (a REPEATABLE READ snapshot around it).
 */
export interface DedicatedConnection {
  query<T>(sql: string, parameters?: unknown[]): Promise<T[]>;
  /** `COPY … TO STDOUT`, chunk by chunk as PostgreSQL sends it. */
  copyOut(sql: string): AsyncIterable<Buffer>;
}

/** A node-postgres client as a DedicatedConnection (the command line connects on its own). */
export function dedicatedConnection(client: ClientBase): DedicatedConnection {
  return {
    async query<T>(sql: string, parameters: unknown[] = []) {
      const result = await client.query(sql, parameters);
      return result.rows as T[];
    },
    copyOut: (sql) => copyOut(client, sql),
  };
}

/**
 * Runs `work` on a connection taken from the application's pool and gives it back afterwards; a
 * connection whose work failed (perhaps half-way through a COPY) is discarded rather than handed to
 * the next caller.
 */
export async function withDedicatedConnection<T>(
  dataSource: DataSource,
  work: (connection: DedicatedConnection) => Promise<T>,
): Promise<T> {
  const driver = dataSource.driver as PostgresDriver;
  const [client, release] = (await driver.obtainMasterConnection()) as [
    ClientBase,
    (error?: unknown) => void,
  ];
  let failure: unknown;
  try {
    return await work(dedicatedConnection(client));
  } catch (error) {
    failure = error;
    throw error;
  } finally {
    release(failure);
  }
}

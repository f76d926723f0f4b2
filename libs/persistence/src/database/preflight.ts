import { Client } from 'pg';
import { describeConnectionError } from './connection-error.js';

/** Connects once and disconnects; throws an Error whose message is one readable line. */
export async function checkDatabase(url: string, timeoutMs = 5000): Promise<void> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    throw new Error(describeConnectionError(url, error));
  } finally {
    await client.end().catch(() => undefined);
  }
}

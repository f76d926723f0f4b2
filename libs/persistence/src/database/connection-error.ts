import { describeDatabaseUrl } from './database-url.js';

/** One readable line for a failed connection, instead of a driver stack trace. */
export function describeConnectionError(url: string, error: unknown): string {
  const code = (error as { code?: string }).code ?? '';
  const where = describeDatabaseUrl(url);
  switch (code) {
    case 'ECONNREFUSED':
      return `cannot reach PostgreSQL at ${where}: connection refused (is the server running?)`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `cannot reach PostgreSQL at ${where}: unknown host`;
    case 'ETIMEDOUT':
      return `cannot reach PostgreSQL at ${where}: connection timed out`;
    case '3D000':
      return `database in ${where} does not exist: run "npm run cli -- db:migrate" first`;
    case '28000':
    case '28P01':
      return `PostgreSQL refused the login for ${where}: check the user and password (db:migrate creates the application role)`;
    default:
      return `cannot use PostgreSQL at ${where}: ${error instanceof Error ? error.message : String(error)}`;
  }
}

import type { DynamicModule, Type } from '@nestjs/common';
import { freePort } from '../../support/redis-server.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';

export interface PageServer {
  readonly sut: TestApp;
  /** http://127.0.0.1:<port>, also the PUBLIC_BASE_URL of emails. */
  readonly origin: string;
  close(): Promise<void>;
}

/** The whole API in this process, listening on a free port, on a fresh clone of the test database. */
export async function startPageServer(
  overrides: Record<string, string> = {},
  extraModules: Array<Type | DynamicModule> = [],
): Promise<PageServer> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const sut = await startTestApp({ PUBLIC_BASE_URL: origin, ...overrides }, extraModules);
  await sut.app.listen({ port, host: '127.0.0.1' });
  return { sut, origin, close: () => sut.close() };
}

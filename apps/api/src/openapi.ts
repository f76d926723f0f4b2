import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { loadConfig } from '@candor/platform';
import { ApiModule } from './api.module.js';
import { createApiDocument, sortedKeys } from './bootstrap/create-api-app.js';

/**
 * Prints the API's OpenAPI document, keys sorted, as JSON (`npm run openapi` formats it and writes
 * apps/api/openapi.json). The application is created in preview mode: modules and routes are
 * scanned but no provider is instantiated, so neither the database nor Redis is needed.
 */
async function main(): Promise<void> {
  const { config } = loadConfig();
  const app = await NestFactory.create<NestFastifyApplication>(
    ApiModule.forRoot(config),
    new FastifyAdapter({ logger: false }),
    { preview: true, logger: false, abortOnError: false },
  );
  process.stdout.write(`${JSON.stringify(sortedKeys(createApiDocument(app)))}\n`);
  await app.close();
}

main().catch((error: unknown) => {
  process.stderr.write(`openapi: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

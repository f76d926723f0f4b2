import { randomUUID } from 'node:crypto';
import multipart from '@fastify/multipart';
import { MAX_FILE_BYTES, MAX_FILES_PER_REQUEST } from '@candor/domain';
import type { DynamicModule, INestApplication, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { type AppConfig, NestPinoLogger, ROOT_LOGGER } from '@candor/platform';
import type { Logger } from 'pino';
import { ApiModule } from '../api.module.js';
import { registerJsonParser } from './json-body-parser.js';
import { registerFormParser } from '../pages/common/form-body.js';
import { registerRequestLog } from './request-log.js';
import { registerSecurityHeaders } from './security-headers.js';

export const DOCS_PATH = 'api/docs';
export const DOCS_JSON_PATH = 'api/docs-json';

/**
 * Builds the configured HTTP application (used by main.ts and by the e2e suites, so both run the
 * very same stack). The caller decides whether to `listen` or `init`.
 */
export async function createApiApp(
  config: AppConfig,
  extraModules: Array<Type | DynamicModule> = [],
): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: config.bodyLimitBytes,
    // Fastify's own logger would record client addresses; Candor logs each request itself.
    logger: false,
    // Only the per-client limits of staff routes read the client (clientKeyOf); reporter routes
    // read no address, forwarded or not.
    trustProxy: config.trustProxy.length > 0 ? [...config.trustProxy] : false,
    genReqId: () => randomUUID(),
  });
  const app = await NestFactory.create<NestFastifyApplication>(
    ApiModule.forRoot(config, extraModules),
    adapter,
    {
      bufferLogs: true,
      abortOnError: false,
      // JSON bodies go through registerJsonParser (strict UTF-8), forms only on page routes that
      // take them (registerFormParser), multipart through @fastify/multipart.
      bodyParser: false,
    },
  );
  app.useLogger(app.get(NestPinoLogger));

  const fastify = app.getHttpAdapter().getInstance();
  registerRequestLog(fastify, app.get<Logger>(ROOT_LOGGER));
  // Nothing is cached but the content-hashed assets, which say `immutable` themselves; whatever
  // else a route or a library set (the health checks' no-cache) becomes no-store.
  fastify.addHook('onSend', (_request, reply, _payload, done) => {
    if (!String(reply.getHeader('Cache-Control') ?? '').includes('immutable')) {
      void reply.header('Cache-Control', 'no-store');
    }
    done();
  });

  await app.register(multipart, {
    throwFileSizeLimit: true,
    limits: {
      fileSize: MAX_FILE_BYTES,
      files: MAX_FILES_PER_REQUEST,
      fields: 20,
      fieldSize: config.bodyLimitBytes,
      parts: MAX_FILES_PER_REQUEST + 20,
      headerPairs: 100,
    },
  });
  registerJsonParser(fastify, config.bodyLimitBytes);
  registerFormParser(fastify, config.bodyLimitBytes);

  registerSecurityHeaders(fastify, config);

  const document = createApiDocument(app);
  SwaggerModule.setup(DOCS_PATH, app, document, { jsonDocumentUrl: DOCS_JSON_PATH });
  return app;
}

/**
 * The OpenAPI document of the API, as served at /api/docs-json. It reads only the routes' metadata,
 * so `npm run openapi` builds it from an application created in preview mode (no database, no
 * Redis) and commits it as apps/api/openapi.json; test/foundation/openapi-document.e2e-spec.ts
 * fails when the served document and the committed one differ.
 */
export function createApiDocument(app: INestApplication): OpenAPIObject {
  return SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Candor API')
      .setDescription(
        'Whistleblower and Code-violation reporting: intake, the reporter channel, case management and audit.',
      )
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
}

/** Object keys sorted at every depth (arrays keep their order), so the written file is stable. */
export function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sortedKeys((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

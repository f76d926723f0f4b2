// The HTTP floor's baseline: Nest on Fastify with one route returning the concern-type catalogue,
// and nothing else (no guards, helmet, request logging, exception filter or Swagger). Started like
// the API: same Node, NODE_ENV=production, same core. Usage: node bench/bare-server.js PORT FILE,
// where FILE holds the JSON the real route answered.
import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { Controller, Get, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';

const [port, file] = process.argv.slice(2);
const catalogue = JSON.parse(readFileSync(file, 'utf8'));

// Decorators applied by hand: plain JavaScript has no decorator syntax.
class CatalogueController {
  concernTypes() {
    return catalogue;
  }
}
const method = Object.getOwnPropertyDescriptor(CatalogueController.prototype, 'concernTypes');
Get('concern-types')(CatalogueController.prototype, 'concernTypes', method);
Controller('api/v1/intake')(CatalogueController);

class BareModule {}
Module({ controllers: [CatalogueController] })(BareModule);

const app = await NestFactory.create(
  BareModule,
  new FastifyAdapter({ logger: false, trustProxy: false }),
  { logger: false, abortOnError: false },
);
await app.listen({ port: Number(port), host: '127.0.0.1' });
process.stdout.write(`bare server listening on ${port}\n`);
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => void app.close().then(() => process.exit(0)));
}

import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { LoggerModule } from 'nestjs-pino';
import { appConfigOf, CandorConfigService } from '../config/config.module.js';

/**
 * Paths that are never written to a log line. Request logging records only method, route and
 * status: no IP address, no user agent, no headers and no bodies, on every route, so that no
 * reporter can be identified from the logs and no secret or receipt ends up in them.
 */
export const REDACTED_PATHS = [
  'req.headers',
  'req.body',
  'req.remoteAddress',
  'req.remotePort',
  'res.headers',
  'headers',
  'authorization',
  'cookie',
  'receipt',
  'password',
  'otp',
  'token',
  'accessToken',
  '*.authorization',
  '*.cookie',
  '*.receipt',
  '*.password',
  '*.otp',
  '*.token',
  '*.accessToken',
  'body',
  '*.body',
];

export function requestSummary(req: IncomingMessage & { id?: unknown }): Record<string, unknown> {
  // The query string can carry search terms; keep the path only.
  const path = (req.url ?? '').split('?')[0];
  return { id: req.id, method: req.method, path };
}

@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (configService: CandorConfigService) => {
        const config = appConfigOf(configService);
        return {
          pinoHttp: {
            level: config.logLevel,
            genReqId: () => randomUUID(),
            redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
            serializers: {
              req: requestSummary,
              res: (res: ServerResponse) => ({ statusCode: res.statusCode }),
            },
            customAttributeKeys: { responseTime: 'ms' },
            quietReqLogger: true,
            autoLogging: { ignore: (req: IncomingMessage) => req.url === '/health' },
          },
        };
      },
    }),
  ],
  exports: [LoggerModule],
})
export class LoggingModule {}

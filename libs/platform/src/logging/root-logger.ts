import { pino, type DestinationStream, type Logger } from 'pino';

/**
 * Paths that are never written to a log line, whoever logs an object that carries them: no
 * headers, bodies, addresses, receipts, passwords, codes or tokens, so that no reporter can be
 * identified from the logs and no secret ends up in them.
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

/**
 * The process's one pino logger: Nest's messages, request lines and database errors all go
 * through it, as JSON lines on stdout (the CLI passes stderr, keeping stdout for its output).
 */
export function createRootLogger(level: string, destination?: DestinationStream): Logger {
  const options = { level, redact: { paths: REDACTED_PATHS, censor: '[redacted]' } };
  return destination ? pino(options, destination) : pino(options);
}

/** The same on stderr, for the CLI, whose stdout carries its JSON output. */
export function createStderrLogger(level: string): Logger {
  return createRootLogger(level, pino.destination({ dest: 2, sync: true }));
}

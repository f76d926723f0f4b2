import { pino, type DestinationStream, type LogFn, type Logger } from 'pino';

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

/** Lines are written to stdout once this many bytes are waiting… */
export const LOG_BATCH_BYTES = 4096;
/** …or this often, whichever comes first. */
export const LOG_FLUSH_MS = 500;
const WARN_LEVEL = 40;

/**
 * The process's one pino logger: Nest's messages, request lines and database errors all go
 * through it, as JSON lines on stdout (the CLI passes stderr, keeping stdout for its output).
 *
 * Lines on stdout are written in batches (LOG_BATCH_BYTES, at least every LOG_FLUSH_MS) rather
 * than one write a line: the API writes a line per request, and a write each, handed to a thread
 * of the pool on the core the API runs on, cost about a tenth of its CPU under load. What is
 * waiting is written out when the process exits, a crash included (pino flushes synchronously on
 * `exit`); only a process killed outright (SIGKILL, an abort) loses its last half-second of lines.
 * Warnings and errors are written at once.
 */
export function createRootLogger(level: string, destination?: DestinationStream): Logger {
  const options = { level, redact: { paths: REDACTED_PATHS, censor: '[redacted]' } };
  if (destination) return pino(options, destination);
  // As pino decides for its default: a stdout someone replaced (a test runner) is written to as is.
  const stdoutClass = process.stdout.constructor as unknown as { prototype: NodeJS.WriteStream };
  if (process.stdout.write !== stdoutClass.prototype.write) return pino(options);
  const stdout = pino.destination({
    dest: process.stdout.fd || 1,
    sync: false,
    minLength: LOG_BATCH_BYTES,
    periodicFlush: LOG_FLUSH_MS,
  });
  return pino(
    {
      ...options,
      hooks: {
        logMethod(this: Logger, args: Parameters<LogFn>, write: LogFn, level: number): void {
          write.apply(this, args);
          if (level < WARN_LEVEL) return;
          try {
            stdout.flush();
          } catch {
            // A destination already closed (the process is ending): nothing left to write to.
          }
        },
      },
    },
    stdout,
  );
}

/** The same on stderr, for the CLI, whose stdout carries its JSON output. */
export function createStderrLogger(level: string): Logger {
  return createRootLogger(level, pino.destination({ dest: 2, sync: true }));
}

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
 * Lines on stdout are written in batches (LOG_BATCH_BYTES, at least every LOG_FLUSH_MS; warnings
 * and errors at once) rather than one write a line, and synchronously, as Node writes to stdout
 * itself when it is a file or a pipe. pino's default, one asynchronous write a line, hands each
 * line to a thread of the pool: with the API pinned to one core, the request log's writes cost it
 * about a tenth of its time under load. What is waiting is written out when the process exits, a
 * crash included; only a process killed outright (SIGKILL, an abort) loses its last half-second.
 */
export function createRootLogger(level: string, destination?: DestinationStream): Logger {
  const options = { level, redact: { paths: REDACTED_PATHS, censor: '[redacted]' } };
  if (destination) return pino(options, destination);
  // As pino decides for its default: a stdout someone replaced (a test runner) is written to as is.
  const stdoutClass = process.stdout.constructor as unknown as { prototype: NodeJS.WriteStream };
  if (process.stdout.write !== stdoutClass.prototype.write) return pino(options);
  const stdout = batchedStdout();
  return pino(
    {
      ...options,
      hooks: {
        logMethod(this: Logger, args: Parameters<LogFn>, write: LogFn, level: number): void {
          write.apply(this, args);
          if (level >= WARN_LEVEL) stdout.flush();
        },
      },
    },
    stdout,
  );
}

let stdoutBatches: ReturnType<typeof pino.destination> | undefined;

/** The process's one batched stdout (every logger of the process shares it), flushed on exit. */
function batchedStdout(): ReturnType<typeof pino.destination> {
  if (!stdoutBatches) {
    const stream = pino.destination({
      dest: process.stdout.fd || 1,
      sync: true,
      minLength: LOG_BATCH_BYTES,
      periodicFlush: LOG_FLUSH_MS,
    });
    process.once('exit', () => {
      try {
        stream.flushSync();
      } catch {
        // stdout is gone (a closed pipe): nothing left to write to.
      }
    });
    stdoutBatches = stream;
  }
  return stdoutBatches;
}

/** The same on stderr, for the CLI, whose stdout carries its JSON output. */
export function createStderrLogger(level: string): Logger {
  return createRootLogger(level, pino.destination({ dest: 2, sync: true }));
}

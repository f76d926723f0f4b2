/** Anything Nest-like that can be closed: an HTTP application or an application context. */
interface Closable {
  close(): Promise<void>;
}

/**
 * On SIGTERM or SIGINT, closes the application (Nest runs its shutdown hooks: BullMQ workers are
 * awaited with `worker.close()`, connections are released) and exits 0. Nest's own
 * `enableShutdownHooks` re-raises the signal after closing, which makes a clean stop look like a
 * crash to process supervisors; a second signal forces the exit.
 */
export function exitGracefullyOnSignals(app: Closable, log: (message: string) => void): void {
  let closing = false;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (closing) {
      log(`${signal} again: exiting now`);
      process.exit(1);
    }
    closing = true;
    log(`${signal} received: shutting down`);
    app.close().then(
      () => {
        log('stopped');
        process.exit(0);
      },
      (error: unknown) => {
        log(`shutdown failed: ${error instanceof Error ? error.message : String(error)}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}

import type { Logger } from '@nestjs/common';

const QUIET_MS = 60_000;

/**
 * One line for the first failure of a kind, and a minute later one line counting the others of
 * that kind in the meantime (if any). A queue that fails thousands of jobs the same way should say
 * so in two lines: not in thousands, and not in none.
 */
export class FailureLog {
  private readonly open = new Map<string, { more: number }>();

  constructor(private readonly logger: Logger) {}

  warn(kind: string, line: string): void {
    const window = this.open.get(kind);
    if (window) {
      window.more += 1;
      return;
    }
    this.logger.warn(line);
    const opened = { more: 0 };
    this.open.set(kind, opened);
    setTimeout(() => {
      this.open.delete(kind);
      if (opened.more > 0) {
        this.logger.warn(`${opened.more} more failures of the kind "${kind}" in the last minute`);
      }
    }, QUIET_MS).unref();
  }
}

/** The kind of an error for FailureLog: its name and code, never its message. */
export function failureKind(what: string, error: Error): string {
  const code = (error as { code?: unknown }).code;
  return `${what}: ${error.name}${typeof code === 'string' ? ` ${code}` : ''}`;
}

import { Injectable } from '@nestjs/common';

/**
 * The time of day as the domain sees it: when a report was received, a hold placed, a review
 * decided. One provider, so that tests move time (MovableClock) instead of rewriting rows, and a
 * rule's "now" is always the one its service was given.
 */
export abstract class Clock {
  abstract now(): Date;
}

/** The machine's clock: what every application runs with. */
@Injectable()
export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

/** A clock that stands still until moved, for tests. */
export class MovableClock extends Clock {
  private current: number;

  constructor(start: Date = new Date('2026-06-01T09:00:00.000Z')) {
    super();
    this.current = start.getTime();
  }

  now(): Date {
    return new Date(this.current);
  }

  set(to: Date): void {
    this.current = to.getTime();
  }

  advance(milliseconds: number): void {
    this.current += milliseconds;
  }
}

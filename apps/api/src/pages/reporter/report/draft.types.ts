import type { ConcernType, PartyRole, Route } from '@candor/domain';

/** A file of an unsent report: its content is a separate, encrypted Redis value. */
export interface DraftFile {
  readonly id: string;
  readonly name: string;
  readonly size: number;
  readonly mediaType: string;
  /** True for images, re-encoded without location, camera and author details. */
  readonly metadataRemoved: boolean;
}

/** The date boxes as typed, kept so that what was typed is shown again. */
export interface DateParts {
  readonly day: string;
  readonly month: string;
  readonly year: string;
}

/** The answers of an unsent report, step by step; each step writes only its own fields. */
export interface DraftAnswers {
  concernType?: ConcernType;
  title?: string;
  description?: string;
  occurredAt?: string;
  occurredAtParts?: DateParts;
  location?: string;
  implicated: Array<{ name?: string; role: PartyRole }>;
  witnesses: Array<{ name: string; contact?: string }>;
  files: DraftFile[];
  anonymous?: boolean;
  reporter?: { name: string; email?: string; phone?: string; notifyByEmail?: boolean };
}

export function emptyAnswers(): DraftAnswers {
  return { implicated: [], witnesses: [], files: [] };
}

/** What the receipt page shows, once. */
export interface ReportResult {
  readonly reference: string;
  readonly receipt: string;
  readonly routedTo: Route;
  /** ISO date-time. */
  readonly acknowledgeBy: string;
}

import type { ConcernType, PartyRole, Route } from '../routing/routing.types.js';

/** How a report reached Candor (the Code names letters, the hotline and email besides the web form). */
export const CHANNELS = ['web', 'mail', 'phone', 'email', 'in_person'] as const;
export type Channel = (typeof CHANNELS)[number];

/** Limits of a report, documented in the API and enforced by the DTOs. */
export const REPORT_LIMITS = {
  titleMax: 200,
  descriptionMax: 20_000,
  locationMax: 500,
  nameMax: 200,
  contactMax: 254,
  implicatedMax: 20,
  witnessesMax: 20,
  messageMax: 10_000,
} as const;

export interface IncomingFile {
  readonly name: string;
  readonly content: Buffer;
}

export interface ReportSubmission {
  readonly channel: Channel;
  readonly concernType: ConcernType;
  readonly title: string;
  readonly description: string;
  /** ISO-8601 date or date-time, as the reporter gave it. */
  readonly occurredAt?: string;
  readonly location?: string;
  readonly anonymous: boolean;
  readonly reporter?: {
    readonly name: string;
    readonly email?: string;
    readonly phone?: string;
    /** Opt-in: an email (without content) when there is news on the case. */
    readonly notifyByEmail?: boolean;
  };
  readonly implicated: ReadonlyArray<{ readonly name?: string; readonly role: PartyRole }>;
  readonly witnesses: ReadonlyArray<{ readonly name: string; readonly contact?: string }>;
  readonly files: readonly IncomingFile[];
  /** For a retaliation report made from a case's follow-up page: that case. */
  readonly relatedCase?: {
    readonly id: string;
    readonly reference: string;
    readonly routedTo: Route;
  };
}

export interface SubmittedReport {
  readonly caseId: string;
  readonly reference: string;
  /** Shown once; only its keyed hash is stored. */
  readonly receipt: string;
  readonly routedTo: Route;
  readonly handledBy: Route;
  readonly acknowledgeBy: Date;
}

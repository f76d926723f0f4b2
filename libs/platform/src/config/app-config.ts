/** The whole configuration of Candor, validated once at boot and read through `ConfigService`. */
export type NodeEnv = 'development' | 'test' | 'production';

export interface Secrets {
  /** Key-encryption key for envelope encryption (32 bytes). */
  readonly masterKey: Buffer;
  /** Stable identifier of the master key, stored beside every wrapped data key. */
  readonly masterKeyId: string;
  /** Server-side pepper for receipt HMACs (at least 32 bytes). */
  readonly receiptPepper: Buffer;
  /** Signing secret for staff and reporter access tokens (at least 32 bytes). */
  readonly jwtSecret: Buffer;
  /** Earlier master keys, kept so that data keys wrapped under them still open during a rotation. */
  readonly previousMasterKeys: ReadonlyArray<{ readonly id: string; readonly key: Buffer }>;
}

export interface AppConfig {
  readonly nodeEnv: NodeEnv;
  readonly port: number;
  readonly host: string;
  readonly databaseUrl: string;
  readonly databaseMigrationUrl: string;
  readonly redisUrl: string;
  /** Prefix of every Redis key Candor writes (queues, counters), so deployments can share Redis. */
  readonly redisPrefix: string;
  /** SMTP server; when absent, emails are written as .eml files under `mailDir`. */
  readonly smtpUrl: string | undefined;
  readonly mailDir: string;
  readonly mailFrom: string;
  readonly publicBaseUrl: string;
  readonly logLevel: string;
  /** Largest JSON body accepted, in bytes. */
  readonly bodyLimitBytes: number;
  /** Which body actually handles cases routed to the Board (the Code's "designated committee"). */
  readonly boardCommittee: 'audit_committee' | 'board';
  /** Days after closing during which the reporter may still write (then read-only). */
  readonly reporterWriteWindowDays: number;
  /** Reports accepted per minute, from everyone together (reporter routes keep no per-client state). */
  readonly intakeReportsPerMinute: number;
  /** Wrong receipts accepted per minute from everyone together before sign-in answers 429. */
  readonly receiptFailuresPerMinute: number;
  /**
   * Bytes of files that unsent reports may hold in Redis at once, all drafts together (encrypted,
   * for at most an hour): what bounds the memory the report form's files step can take.
   */
  readonly draftFilesMaxBytes: number;
  /** Months after closing during which reporters and helpers of a case stay protected. */
  readonly protectionMonths: number;
  /** Years after closing after which a case is purged, unless it is on legal hold. */
  readonly retentionYears: number;
  /** Share (0 to 1) of checks on unprotected people sent to review anyway, so review reveals nothing. */
  readonly retaliationRandomReviewRate: number;
  /**
   * Addresses or CIDR ranges of reverse proxies whose `X-Forwarded-For` names the client, for the
   * per-client limits of staff routes; empty: the connecting address is the client.
   */
  readonly trustProxy: readonly string[];
  readonly secrets: Secrets;
}

/** Key under which `AppConfig` is registered with `@nestjs/config`. */
export const APP_CONFIG = 'app';

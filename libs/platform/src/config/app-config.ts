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
  readonly secrets: Secrets;
}

/** Key under which `AppConfig` is registered with `@nestjs/config`. */
export const APP_CONFIG = 'app';

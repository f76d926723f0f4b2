import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { MAX_FILES_PER_REQUEST } from '@candor/domain';
import { appConfigOf, REDIS_CLIENT } from '@candor/platform';
import type { ChainableCommander, Redis } from 'ioredis';
import type { DraftAnswers, DraftFile, ReportResult } from './draft.types.js';

/** An unsent report lives this long after its last answer (product: "gone within an hour"). */
export const DRAFT_TTL_SECONDS = 3600;
/** How long a second submit of the same draft waits for the first to finish. */
const SUBMIT_LOCK_SECONDS = 120;

const ID_BYTES = 16;
const KEY_BYTES = 32;
const COOKIE_SHAPE = /^([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{43})$/;

/** The reporter's handle on a draft: the cookie holds both, the server neither. */
export interface DraftHandle {
  readonly id: string;
  readonly key: Buffer;
}

export type SubmitState = 'submitting' | 'sent';

/**
 * Atomically admits a file under the budget shared by all drafts: drops expired entries, sums
 * the sizes of the rest, and stores the file only if it still fits. Members are
 * `<file key>|<bytes>`, scored by their expiry.
 */
const ADMIT_FILE = `
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
local used = 0
for _, member in ipairs(redis.call('ZRANGE', KEYS[1], 0, -1)) do
  used = used + tonumber(string.match(member, '|(%d+)$'))
end
if used + tonumber(ARGV[3]) > tonumber(ARGV[4]) then return 0 end
redis.call('ZADD', KEYS[1], ARGV[2], KEYS[2] .. '|' .. ARGV[3])
redis.call('SET', KEYS[2], ARGV[5], 'EX', ARGV[6])
return 1
`;

/**
 * Unsent reports, kept in Redis for the report form's steps. Everything is AES-256-GCM encrypted
 * under a random key that exists only in the reporter's draft cookie (with the draft's id), so what
 * Redis holds (in memory, and in its AOF on disk) cannot be read without the reporter's browser.
 * Every answer refreshes the one-hour expiry; submission deletes the draft.
 *
 * Files are kept too (already cleaned of image metadata), one key each, under a budget for all
 * drafts together (`DRAFT_FILES_MAX_MB`), so that unsent reports cannot fill Redis, which also
 * carries the notification queues.
 */
@Injectable()
export class DraftStore {
  private readonly prefix: string;
  private readonly filesBudget: number;
  /** Each handle's key prefix, hashed once per request rather than once per key. */
  private readonly bases = new WeakMap<DraftHandle, string>();

  constructor(
    @Inject(REDIS_CLIENT) private readonly redis: Redis,
    configService: ConfigService,
  ) {
    const config = appConfigOf(configService);
    // One hash tag: every draft key lives in the same slot should Redis be a cluster.
    this.prefix = `${config.redisPrefix}:{drafts}`;
    this.filesBudget = config.draftFilesMaxBytes;
  }

  /** A new, empty draft's handle (nothing is stored until the first answer). */
  create(): DraftHandle {
    return { id: randomBytes(ID_BYTES).toString('base64url'), key: randomBytes(KEY_BYTES) };
  }

  cookieValue(handle: DraftHandle): string {
    return `${handle.id}.${handle.key.toString('base64url')}`;
  }

  parseCookie(value: string | undefined): DraftHandle | undefined {
    const [, id, key] = (value ? COOKIE_SHAPE.exec(value) : null) ?? [];
    if (id === undefined || key === undefined) return undefined;
    return { id, key: Buffer.from(key, 'base64url') };
  }

  async answers(handle: DraftHandle): Promise<DraftAnswers | undefined> {
    const key = this.answersKey(handle);
    const sealed = await this.redis.getBuffer(key);
    return sealed ? this.openAnswers(handle, key, sealed) : undefined;
  }

  private openAnswers(handle: DraftHandle, key: string, sealed: Buffer): DraftAnswers | undefined {
    const plain = tryOpen(handle.key, key, sealed);
    return plain ? (JSON.parse(plain.toString('utf8')) as DraftAnswers) : undefined;
  }

  /** Saves the answers and gives the draft, files included, another hour. */
  async save(handle: DraftHandle, answers: DraftAnswers): Promise<void> {
    const key = this.answersKey(handle);
    const sealed = seal(handle.key, key, Buffer.from(JSON.stringify(answers)));
    if (answers.files.length === 0) {
      // One command needs no transaction: most steps of most reports save this way.
      await this.redis.set(key, sealed, 'EX', DRAFT_TTL_SECONDS);
      return;
    }
    const expiresAt = Date.now() + DRAFT_TTL_SECONDS * 1000;
    const pipeline = this.redis.multi().set(key, sealed, 'EX', DRAFT_TTL_SECONDS);
    for (const file of answers.files) {
      const fileKey = this.fileKey(handle, file.id);
      pipeline.expire(fileKey, DRAFT_TTL_SECONDS);
      pipeline.zadd(this.budgetKey(), 'XX', expiresAt, `${fileKey}|${file.size}`);
    }
    await pipeline.exec();
  }

  /**
   * Stores one file of a draft if the budget for all drafts allows it; false when it does not
   * (the reporter is told to send the report and add the file from the follow-up page).
   */
  async addFile(handle: DraftHandle, id: string, content: Buffer): Promise<boolean> {
    const fileKey = this.fileKey(handle, id);
    const admitted = await this.redis.eval(
      ADMIT_FILE,
      2,
      this.budgetKey(),
      fileKey,
      Date.now(),
      Date.now() + DRAFT_TTL_SECONDS * 1000,
      content.length,
      this.filesBudget,
      seal(handle.key, fileKey, content),
      DRAFT_TTL_SECONDS,
    );
    return admitted === 1;
  }

  async fileContent(handle: DraftHandle, file: DraftFile): Promise<Buffer | undefined> {
    const key = this.fileKey(handle, file.id);
    const sealed = await this.redis.getBuffer(key);
    return (sealed && tryOpen(handle.key, key, sealed)) || undefined;
  }

  async removeFile(handle: DraftHandle, file: DraftFile): Promise<void> {
    const key = this.fileKey(handle, file.id);
    await this.redis.multi().del(key).zrem(this.budgetKey(), `${key}|${file.size}`).exec();
  }

  /** Deletes the answers and every file of the draft. */
  async discard(handle: DraftHandle, files: readonly DraftFile[]): Promise<void> {
    await this.discardIn(this.redis.multi(), handle, files).exec();
  }

  private discardIn(
    pipeline: ChainableCommander,
    handle: DraftHandle,
    files: readonly DraftFile[],
  ): ChainableCommander {
    pipeline.del(this.answersKey(handle));
    for (const file of files) {
      const key = this.fileKey(handle, file.id);
      pipeline.del(key).zrem(this.budgetKey(), `${key}|${file.size}`);
    }
    return pipeline;
  }

  /**
   * Claims the draft for submission and reads its answers, in one round trip; undefined when a
   * submission of it is already under way or done (a double click, a reload of the submit), which
   * must not file the report twice. `answers` is undefined when the draft is gone.
   */
  async beginSubmit(
    handle: DraftHandle,
  ): Promise<{ answers: DraftAnswers | undefined } | undefined> {
    const key = this.answersKey(handle);
    const results = await this.redis
      .pipeline()
      .set(this.stateKey(handle), 'submitting', 'EX', SUBMIT_LOCK_SECONDS, 'NX')
      .getBuffer(key)
      .exec();
    const [claim, read] = results ?? [];
    if (claim?.[0]) throw claim[0];
    if (claim?.[1] !== 'OK') return undefined;
    if (read?.[0]) throw read[0];
    const sealed = read?.[1] as Buffer | null | undefined;
    return { answers: sealed ? this.openAnswers(handle, key, sealed) : undefined };
  }

  /** Gives a failed submission back, so that the reporter can try again with the same answers. */
  async abandonSubmit(handle: DraftHandle): Promise<void> {
    await this.redis.del(this.stateKey(handle));
  }

  /**
   * Records a filed report: its receipt, encrypted like the draft, waiting to be shown once; the
   * state says "sent" for an hour, so that a repeated submit or a reload does not file it again.
   * The answers and files are deleted in the same transaction.
   */
  async finishSubmit(
    handle: DraftHandle,
    result: ReportResult,
    files: readonly DraftFile[],
  ): Promise<void> {
    const resultKey = this.resultKey(handle);
    const pipeline = this.redis
      .multi()
      .set(
        resultKey,
        seal(handle.key, resultKey, Buffer.from(JSON.stringify(result))),
        'EX',
        DRAFT_TTL_SECONDS,
      )
      .set(this.stateKey(handle), 'sent', 'EX', DRAFT_TTL_SECONDS);
    await this.discardIn(pipeline, handle, files).exec();
  }

  async submitState(handle: DraftHandle): Promise<SubmitState | undefined> {
    const state = await this.redis.get(this.stateKey(handle));
    return state === 'submitting' || state === 'sent' ? state : undefined;
  }

  /** The receipt of a filed report, once: reading it deletes it. */
  async takeResult(handle: DraftHandle): Promise<ReportResult | undefined> {
    const key = this.resultKey(handle);
    const sealed = await this.redis.getdelBuffer(key);
    const plain = sealed && tryOpen(handle.key, key, sealed);
    return plain ? (JSON.parse(plain.toString('utf8')) as ReportResult) : undefined;
  }

  /** Redis key names carry a hash of the draft id, never the id itself (which is half the cookie). */
  private base(handle: DraftHandle): string {
    let base = this.bases.get(handle);
    if (base === undefined) {
      base = `${this.prefix}:${createHash('sha256').update(handle.id).digest('base64url').slice(0, 22)}`;
      this.bases.set(handle, base);
    }
    return base;
  }

  private answersKey(handle: DraftHandle): string {
    return `${this.base(handle)}:answers`;
  }

  private fileKey(handle: DraftHandle, id: string): string {
    return `${this.base(handle)}:file:${id}`;
  }

  private stateKey(handle: DraftHandle): string {
    return `${this.base(handle)}:state`;
  }

  private resultKey(handle: DraftHandle): string {
    return `${this.base(handle)}:result`;
  }

  private budgetKey(): string {
    return `${this.prefix}:file-budget`;
  }
}

/** Files of one draft: the domain's per-report limit. */
export const MAX_DRAFT_FILES = MAX_FILES_PER_REQUEST;

const IV_BYTES = 12;
const TAG_BYTES = 16;

/** AES-256-GCM, bound to the Redis key it is stored under (a value moved to another key fails). */
function seal(key: Buffer, binding: string, plain: Buffer): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(binding));
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}

/** The plaintext, or undefined when the key is not this value's (a stale or altered cookie). */
function tryOpen(key: Buffer, binding: string, sealed: Buffer): Buffer | undefined {
  try {
    return open(key, binding, sealed);
  } catch {
    return undefined;
  }
}

function open(key: Buffer, binding: string, sealed: Buffer): Buffer {
  const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, IV_BYTES));
  decipher.setAAD(Buffer.from(binding));
  decipher.setAuthTag(sealed.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  return Buffer.concat([decipher.update(sealed.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
}

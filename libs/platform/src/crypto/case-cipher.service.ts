import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { appConfigOf } from '../config/config.module.js';
import { deriveBlindIndexKey, blindIndexTerm, blindIndexTerms } from './blind-index.js';
import {
  decryptValue,
  encryptValue,
  generateDataKey,
  MasterKeyRing,
  masterKeyRing,
  unwrapDataKey,
} from './envelope-cipher.js';
import { receiptHash, normalizeReceipt } from './receipt.js';
import { createHmac, hkdfSync } from 'node:crypto';

/** What a keyed token hash is for; see CaseCipherService.tokenHash. */
export type SecretTokenPurpose = 'staff_enrolment' | 'staff_session' | 'staff_csrf';

/** What a case row stores about its data key. */
export interface StoredCaseKey {
  readonly dataKeyId: string;
  readonly masterKeyId: string;
  readonly wrapped: Buffer;
}

/**
 * A case's open data key. Every value is bound to its table, column and row, so a ciphertext
 * copied elsewhere does not decrypt.
 */
export class CaseKey {
  constructor(
    readonly stored: StoredCaseKey,
    private readonly key: Buffer,
  ) {}

  seal(table: string, column: string, rowId: string, plaintext: string | Buffer): Buffer {
    return encryptValue(this.key, this.stored.dataKeyId, plaintext, { table, column, rowId });
  }

  open(table: string, column: string, rowId: string, blob: Buffer): Buffer {
    return decryptValue(this.key, blob, { table, column, rowId });
  }

  openText(table: string, column: string, rowId: string, blob: Buffer): string {
    return this.open(table, column, rowId, blob).toString('utf8');
  }

  sealOptional(
    table: string,
    column: string,
    rowId: string,
    plaintext: string | undefined | null,
  ): Buffer | null {
    return plaintext === undefined || plaintext === null
      ? null
      : this.seal(table, column, rowId, plaintext);
  }

  openOptionalText(
    table: string,
    column: string,
    rowId: string,
    blob: Buffer | null,
  ): string | null {
    return blob ? this.openText(table, column, rowId, blob) : null;
  }
}

/**
 * Envelope encryption for cases (one data key per case, wrapped by CANDOR_MASTER_KEY), receipt
 * hashing, and keyed indexes for matching (title words, emails, names) without plaintext.
 */
@Injectable()
export class CaseCipherService {
  private readonly ring: MasterKeyRing;
  private readonly pepper: Buffer;
  private readonly blindIndexKey: Buffer;
  private readonly matchKey: Buffer;
  private readonly tokenKey: Buffer;
  private readonly systemKey: Buffer;
  private readonly systemKeyId: string;

  constructor(configService: ConfigService) {
    const { secrets } = appConfigOf(configService);
    this.ring = masterKeyRing(
      { id: secrets.masterKeyId, key: secrets.masterKey },
      secrets.previousMasterKeys.map((k) => ({ id: k.id, key: k.key })),
    );
    this.pepper = secrets.receiptPepper;
    this.blindIndexKey = deriveBlindIndexKey(secrets.receiptPepper);
    this.matchKey = createHmac('sha256', secrets.receiptPepper)
      .update('candor:match-index:v1')
      .digest();
    this.tokenKey = createHmac('sha256', secrets.receiptPepper)
      .update('candor:token-hash:v1')
      .digest();
    this.systemKey = Buffer.from(
      hkdfSync('sha256', secrets.masterKey, Buffer.alloc(0), 'candor:system-secrets:v1', 32),
    );
    this.systemKeyId = `sys-${secrets.masterKeyId}`;
  }

  newCaseKey(): CaseKey {
    const dataKey = generateDataKey(this.ring);
    const stored = {
      dataKeyId: `dk-${randomBytes(6).toString('hex')}`,
      masterKeyId: dataKey.masterKeyId,
      wrapped: dataKey.wrapped,
    };
    return new CaseKey(stored, dataKey.key);
  }

  openCaseKey(stored: StoredCaseKey): CaseKey {
    return new CaseKey(stored, unwrapDataKey(this.ring, stored.wrapped, stored.masterKeyId));
  }

  /** Seals a non-case secret (a staff member's TOTP seed) under a key derived from the master key. */
  sealSystemSecret(table: string, column: string, rowId: string, plaintext: string): Buffer {
    return encryptValue(this.systemKey, this.systemKeyId, plaintext, { table, column, rowId });
  }

  openSystemSecret(table: string, column: string, rowId: string, blob: Buffer): string {
    return decryptValue(this.systemKey, blob, { table, column, rowId }).toString('utf8');
  }

  /** The receipt's lookup hash, or undefined when the input cannot be a receipt. */
  receiptHash(input: string): Buffer | undefined {
    const normalized = normalizeReceipt(input);
    return normalized ? receiptHash(this.pepper, normalized) : undefined;
  }

  /**
   * The stored, searchable form of a random bearer secret (an enrolment link, a browser session's
   * cookie): keyed like receipts, so a copy of the database alone neither holds usable tokens nor
   * lets anyone test guesses. The purpose is hashed in, so a token of one kind never finds another.
   */
  tokenHash(purpose: SecretTokenPurpose, token: string): Buffer {
    return createHmac('sha256', this.tokenKey).update(`${purpose}:${token}`, 'utf8').digest();
  }

  titleTerms(title: string): string[] {
    return blindIndexTerms(this.blindIndexKey, title);
  }

  titleTerm(word: string): string | undefined {
    return blindIndexTerm(this.blindIndexKey, word);
  }

  /** Keyed index of an email address for matching protected people and recusals. */
  emailIndex(email: string | undefined | null): Buffer | null {
    if (!email?.trim()) return null;
    return this.match(`email:${email.trim().toLowerCase()}`);
  }

  /** Keyed index of a person's name (case, accents and spacing ignored): a weaker signal. */
  nameIndex(name: string | undefined | null): Buffer | null {
    const normalized = normalizeName(name ?? '');
    return normalized ? this.match(`name:${normalized}`) : null;
  }

  private match(value: string): Buffer {
    return createHmac('sha256', this.matchKey).update(value).digest();
  }
}

export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

import { Injectable } from '@nestjs/common';
import type { SqlRunner } from '../database/returning.js';

/** A named reporter's identity, sealed under the case key. */
export interface SealedReporterIdentityRow {
  readonly name_enc: Buffer;
  readonly email_enc: Buffer | null;
  readonly phone_enc: Buffer | null;
}

/** The sealed email address of a reporter who asked for news, with the case key that opens it. */
export interface ReporterNewsAddressRow {
  readonly id: string;
  readonly master_key_id: string;
  readonly data_key_id: string;
  readonly data_key_wrapped: Buffer;
  readonly email_enc: Buffer | null;
}

/**
 * A named reporter's identity and how to reach them (`case_reporters`), read: sealed, for the
 * services that may open it (an identity reveal, the reporter's news emails).
 */
@Injectable()
export class ReporterIdentityRepository {
  /** The case's named reporter; undefined for an anonymous report. */
  async findSealedIdentity(
    tx: SqlRunner,
    caseId: string,
  ): Promise<SealedReporterIdentityRow | undefined> {
    const rows = (await tx.query(
      `SELECT name_enc, email_enc, phone_enc FROM case_reporters WHERE case_id = $1`,
      [caseId],
    )) as SealedReporterIdentityRow[];
    return rows[0];
  }

  /** Whether the case's reporter gave an email address and asked for news. */
  async wantsNews(tx: SqlRunner, caseId: string): Promise<boolean> {
    const rows = (await tx.query(
      `SELECT 1 FROM case_reporters WHERE case_id = $1 AND email_enc IS NOT NULL AND news_opt_in`,
      [caseId],
    )) as unknown[];
    return rows.length > 0;
  }

  /**
   * The sealed address of the case's reporter if they asked for news (it may be null), with the
   * case's key; undefined when they did not.
   */
  async findNewsAddress(
    tx: SqlRunner,
    caseId: string | null,
  ): Promise<ReporterNewsAddressRow | undefined> {
    const rows = (await tx.query(
      `SELECT c.id, c.master_key_id, c.data_key_id, c.data_key_wrapped, r.email_enc
         FROM cases c JOIN case_reporters r ON r.case_id = c.id
        WHERE c.id = $1 AND r.news_opt_in`,
      [caseId],
    )) as ReporterNewsAddressRow[];
    return rows[0];
  }
}

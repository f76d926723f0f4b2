import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { modifyReturning } from '@candor/persistence';
import { appConfigOf } from '@candor/platform';
import { DataSource, EntityManager } from 'typeorm';
import { AuditTrail, SYSTEM } from '../audit/audit-trail.service.js';
import { DomainError } from '../common/domain-error.js';
import { LegalHolds } from '../legal-hold/legal-holds.service.js';
import { isDueForPurge, retentionCutoff } from './retention-policy.js';

export interface RetentionCandidate {
  reference: string;
  closedAt: string;
}

export interface RetentionRun {
  dryRun: boolean;
  /** Cases closed before this time are due. */
  cutoff: string;
  /** Due cases not on hold: purged by this run, or (dry run) what a run would purge. */
  purged: RetentionCandidate[];
  /** Due cases kept because a legal hold is active. */
  held: RetentionCandidate[];
}

interface CandidateRow {
  id: string;
  reference: string;
  closed_at: Date;
  held: boolean;
}

/** What a purge removed, in counts: the only thing about the content the audit log may hold. */
interface PurgeCounts {
  messages: number;
  files: number;
  notes: number;
  parties: number;
  reporter: number;
}

/**
 * Purges cases at the end of their retention period (product.md §8), one case per transaction:
 * messages, files, notes and reporter identity are deleted; helpers and witnesses are deleted;
 * implicated people keep only their staff id (so that recusal still hides the tombstone from
 * them); outcome summaries and action details are nulled; the case loses its text, its receipt
 * hash and its wrapped data key (crypto-shredding: any copy of the ciphertext is now unreadable).
 * What is left is the tombstone: reference, channel, concern type, route, dates, status, finding.
 *
 * The audit log is untouched and stays verifiable: its entries never held the purged data.
 */
@Injectable()
export class RetentionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly holds: LegalHolds,
    private readonly audit: AuditTrail,
    private readonly configService: ConfigService,
  ) {}

  async run({
    dryRun = false,
    now = new Date(),
  }: { dryRun?: boolean; now?: Date } = {}): Promise<RetentionRun> {
    const cutoff = retentionCutoff(now, appConfigOf(this.configService).retentionYears);
    const candidates = await this.dataSource.query<CandidateRow[]>(
      `SELECT c.id, c.reference, c.closed_at,
              EXISTS (SELECT 1 FROM legal_holds h WHERE h.case_id = c.id AND h.released_at IS NULL) AS held
         FROM cases c
        WHERE c.purged_at IS NULL AND c.closed_at IS NOT NULL AND c.closed_at < $1
          AND c.status IN ('closed', 'dismissed')
        ORDER BY c.closed_at, c.reference`,
      [cutoff],
    );
    const result: RetentionRun = { dryRun, cutoff: cutoff.toISOString(), purged: [], held: [] };
    for (const candidate of candidates) {
      const entry = { reference: candidate.reference, closedAt: candidate.closed_at.toISOString() };
      if (dryRun) {
        (candidate.held ? result.held : result.purged).push(entry);
        continue;
      }
      const outcome = await this.purgeOne(candidate.id, cutoff);
      if (outcome === 'purged') result.purged.push(entry);
      if (outcome === 'held') result.held.push(entry);
    }
    return result;
  }

  private async purgeOne(caseId: string, cutoff: Date): Promise<'purged' | 'held' | 'skipped'> {
    try {
      return await this.dataSource.transaction(async (tx) => {
        const [row] = await tx.query<
          Array<{
            reference: string;
            status: string;
            closed_at: Date | null;
            purged_at: Date | null;
          }>
        >(`SELECT reference, status, closed_at, purged_at FROM cases WHERE id = $1 FOR UPDATE`, [
          caseId,
        ]);
        // Reopened or purged since the list was read: not this run's to purge.
        if (
          !row ||
          !isDueForPurge(
            { status: row.status, closedAt: row.closed_at, purgedAt: row.purged_at },
            cutoff,
          )
        ) {
          return 'skipped';
        }
        await this.holds.assertNotHeld(tx, caseId, 'retention.purge');
        const counts = await purgeCase(tx, caseId);
        await this.audit.append(tx, SYSTEM, {
          action: 'case.purged',
          caseReference: row.reference,
          detail: { ...counts, retentionCutoff: cutoff.toISOString() },
        });
        return 'purged';
      });
    } catch (error) {
      // assertNotHeld has already recorded the refused purge in its own transaction.
      if (error instanceof DomainError && error.kind === 'conflict') return 'held';
      throw error;
    }
  }
}

async function purgeCase(tx: EntityManager, caseId: string): Promise<PurgeCounts> {
  const deleted = async (table: string, extra = '') =>
    (
      await modifyReturning(tx, `DELETE FROM ${table} WHERE case_id = $1 ${extra} RETURNING 1`, [
        caseId,
      ])
    ).length;
  const counts: PurgeCounts = {
    messages: await deleted('case_messages'),
    files: await deleted('case_files'),
    notes: await deleted('case_notes'),
    reporter: await deleted('case_reporters'),
    parties: await deleted(
      'case_parties',
      `AND NOT (kind = 'implicated' AND staff_id IS NOT NULL)`,
    ),
  };
  await tx.query(
    `UPDATE case_parties
        SET name_enc = NULL, contact_enc = NULL, name_index = NULL, email_index = NULL,
            employee_id_enc = NULL, employee_id_index = NULL
      WHERE case_id = $1`,
    [caseId],
  );
  await tx.query(`UPDATE case_outcomes SET summary_enc = NULL WHERE case_id = $1`, [caseId]);
  await tx.query(`UPDATE case_actions SET details_enc = NULL WHERE case_id = $1`, [caseId]);
  await tx.query(`UPDATE legal_holds SET release_note_enc = NULL WHERE case_id = $1`, [caseId]);
  await tx.query(
    `UPDATE cases
        SET title_enc = NULL, description_enc = NULL, occurred_at_enc = NULL, location_enc = NULL,
            title_terms = '{}', receipt_hash = NULL, data_key_wrapped = NULL,
            purged_at = now(), updated_at = now()
      WHERE id = $1`,
    [caseId],
  );
  return counts;
}

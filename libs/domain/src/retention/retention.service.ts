import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { RetentionRepository, TransactionalConnection } from '@candor/persistence';
import { appConfigOf, Clock } from '@candor/platform';
import { AuditTrailService, SYSTEM } from '../audit/audit-trail.service.js';
import { DomainError } from '../common/domain-error.js';
import { LegalHoldsService } from '../legal-hold/legal-holds.service.js';
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
    private readonly connection: TransactionalConnection,
    private readonly retention: RetentionRepository,
    private readonly holds: LegalHoldsService,
    private readonly audit: AuditTrailService,
    private readonly configService: ConfigService,
    private readonly clock: Clock,
  ) {}

  async run({
    dryRun = false,
    now = this.clock.now(),
  }: { dryRun?: boolean; now?: Date } = {}): Promise<RetentionRun> {
    const cutoff = retentionCutoff(now, appConfigOf(this.configService).retentionYears);
    const candidates = await this.retention.findCandidates(this.connection.autocommit, cutoff);
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
      return await this.connection.transaction(async (tx) => {
        const row = await this.retention.lockCase(tx, caseId);
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
        const counts = await this.retention.purge(tx, caseId, this.clock.now());
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

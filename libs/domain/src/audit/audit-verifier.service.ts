import { Injectable } from '@nestjs/common';
import { TransactionalConnection } from '@candor/persistence';
import type { Viewer } from '../access/access-policy.js';
import { canDo } from '../access/action-policy.js';
import { DomainError } from '../common/domain-error.js';
import { type AuditVerification, verifyAuditLogOn } from './audit-log-verification.js';

/**
 * Walks the whole audit log, streamed by COPY, into the ChainVerifier, then compares the last entry
 * with `audit_head`. It runs in one REPEATABLE READ transaction, so appends made meanwhile neither
 * appear half-way nor move the head under it.
 */
@Injectable()
export class AuditVerifierService {
  constructor(private readonly connection: TransactionalConnection) {}

  /**
   * The API's entry point: whoever canDo 'audit.verify' (the bodies that oversee the log,
   * product.md §5); anyone else is told the route is not there.
   */
  async verifyFor(viewer: Viewer): Promise<AuditVerification> {
    if (!canDo(viewer, 'audit.verify')) {
      throw new DomainError('not_found', 'not found');
    }
    return this.verify();
  }

  async verify(): Promise<AuditVerification> {
    return this.connection.dedicated(verifyAuditLogOn);
  }
}

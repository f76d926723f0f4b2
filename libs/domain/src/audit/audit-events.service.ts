import { Injectable } from '@nestjs/common';
import { must } from '@candor/platform';
import { AuditLogRepository, type AuditLogRow, TransactionalConnection } from '@candor/persistence';
import type { Viewer } from '../access/access-policy.js';
import { CaseAccessService } from '../access/case-access.service.js';
import { DomainError } from '../common/domain-error.js';
import type { AuditActorType, AuditDetail } from './audit-entry.js';
import { AuditTrailService } from './audit-trail.service.js';
import { auditEntryOf } from './audit-log-row.js';

export const AUDIT_EVENTS_PAGE = { default: 50, max: 200 } as const;

export interface AuditEventItem {
  seq: string;
  occurredAt: string;
  actorType: AuditActorType;
  actorId: string | null;
  action: string;
  caseReference: string | null;
  detail: AuditDetail;
  /** With the hashes, anyone who may read the page can re-check these entries. */
  prevHash: string;
  hash: string;
}

export interface AuditEventsPage {
  items: AuditEventItem[];
  /** The seq to pass as `cursor` for the next page, or null on the last page. */
  nextCursor: string | null;
}

const CURSOR = /^(0|[1-9][0-9]{0,18})$/;

/**
 * The audit entries of one case, oldest first, keyset-paginated by seq: "who did what, when" for
 * the people who may see the case, and nobody else (CaseAccessService, action `view_audit`). Reading it
 * is itself recorded: the trail of a case is part of the anti-retaliation evidence.
 */
@Injectable()
export class AuditEventsService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly auditLog: AuditLogRepository,
    private readonly access: CaseAccessService,
    private readonly audit: AuditTrailService,
  ) {}

  async listForCase(
    viewer: Viewer,
    reference: string,
    page: { cursor?: string; limit?: number } = {},
  ): Promise<AuditEventsPage> {
    const cursor = page.cursor ?? '0';
    // A well-formed number can still exceed bigint (a 500 from PostgreSQL): refuse it here.
    if (!CURSOR.test(cursor) || BigInt(cursor) > 9_223_372_036_854_775_807n)
      throw new DomainError('invalid', 'cursor must be a cursor returned by this list');
    const limit = page.limit ?? AUDIT_EVENTS_PAGE.default;
    if (!Number.isInteger(limit) || limit < 1 || limit > AUDIT_EVENTS_PAGE.max) {
      throw new DomainError(
        'invalid',
        `limit must be a whole number from 1 to ${AUDIT_EVENTS_PAGE.max}`,
      );
    }
    return this.connection.transaction(async (tx) => {
      const { record } = await this.access.require(tx, viewer, reference, 'view_audit');
      const rows = await this.auditLog.listForCase(tx, record.reference, cursor, limit + 1);
      const items = rows.slice(0, limit).map(toItem);
      await this.audit.append(
        tx,
        { type: 'staff', id: viewer.id },
        {
          action: 'audit.events_viewed',
          caseReference: record.reference,
          detail: { count: items.length },
        },
      );
      return {
        items,
        // One row more than the page means a next page, after this page's last item.
        nextCursor: rows.length > limit ? must(items[limit - 1], "the page's last item").seq : null,
      };
    });
  }
}

function toItem(row: AuditLogRow): AuditEventItem {
  return {
    ...auditEntryOf(row),
    seq: row.seq,
    occurredAt: row.occurred_at.toISOString(),
  };
}

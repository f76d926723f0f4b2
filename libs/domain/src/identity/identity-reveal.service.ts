import { Injectable } from '@nestjs/common';
import { Clock } from '@candor/platform';
import {
  CaseMessagesRepository,
  ReporterIdentityRepository,
  TransactionalConnection,
} from '@candor/persistence';
import type { Viewer } from '../access/access-policy.js';
import { CaseAccessService } from '../access/case-access.service.js';
import { AuditTrailService } from '../audit/audit-trail.service.js';
import { DomainError } from '../common/domain-error.js';
import { sealedMessage } from '../intake/case-records.js';
import { OutboxEvent, OutboxService } from '../notifications/outbox.js';
import { identityNoticeText, justificationProblem } from './identity-notice.js';

export interface RevealedIdentity {
  name: string;
  email?: string;
  phone?: string;
}

/**
 * Reveals a named reporter's identity to a handler of the case (product.md §6). In one transaction,
 * in this order: the notice to the reporter's inbox, the notifications (to the reporter, if they
 * opted in, and to the Audit Committee chair), the audit entry. The identity is returned only
 * once all of them have committed together.
 */
@Injectable()
export class IdentityRevealService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly reporters: ReporterIdentityRepository,
    private readonly messages: CaseMessagesRepository,
    private readonly access: CaseAccessService,
    private readonly audit: AuditTrailService,
    private readonly clock: Clock,
    private readonly outbox: OutboxService,
  ) {}

  async reveal(
    viewer: Viewer,
    reference: string,
    justification: string,
  ): Promise<RevealedIdentity> {
    return this.connection.transaction(async (tx) => {
      // Access first: someone who may not see the case learns nothing, not even that the
      // justification was too short.
      const accessible = await this.access.require(tx, viewer, reference, 'reveal_identity', {
        lock: true,
      });
      const problem = justificationProblem(justification);
      if (problem) throw new DomainError('invalid', problem);
      const { record } = accessible;
      const identity = record.anonymous
        ? undefined
        : await this.reporters.findSealedIdentity(tx, record.id);
      if (!identity) {
        throw new DomainError('conflict', 'this case has no reporter identity to reveal');
      }
      const key = accessible.key();
      const notice = sealedMessage(
        key,
        record.id,
        {
          sender: 'handler',
          kind: 'identity_notice',
          staffId: viewer.id,
          body: identityNoticeText(record.handled_by, justification),
        },
        this.clock.now(),
      );
      await this.messages.insert(tx, notice);
      const messageId = notice.id;
      await this.outbox.record(tx, OutboxEvent.ReporterNews, record.id, { messageId });
      await this.outbox.record(tx, OutboxEvent.IdentityRevealed, record.id, {
        revealedBy: viewer.id,
        messageId,
      });
      const revealed: RevealedIdentity = {
        name: key.openText('case_reporters', 'name', record.id, identity.name_enc),
      };
      const email = key.openOptionalText('case_reporters', 'email', record.id, identity.email_enc);
      const phone = key.openOptionalText('case_reporters', 'phone', record.id, identity.phone_enc);
      if (email !== null) revealed.email = email;
      if (phone !== null) revealed.phone = phone;
      // Which fields were disclosed, never their values nor the justification (the reporter's
      // inbox has that).
      await this.audit.append(
        tx,
        { type: 'staff', id: viewer.id },
        {
          action: 'identity.revealed',
          caseReference: record.reference,
          detail: { messageId, fields: Object.keys(revealed) },
        },
      );
      return revealed;
    });
  }
}

import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Clock } from '@candor/platform';
import {
  CaseFilesRepository,
  CaseMessagesRepository,
  CaseNotesRepository,
  CasesRepository,
  TransactionalConnection,
} from '@candor/persistence';
import type { CaseAction, Viewer } from '../access/access-policy.js';
import { CaseAccessService } from '../access/case-access.service.js';
import { AuditTrailService } from '../audit/audit-trail.service.js';
import { DomainError } from '../common/domain-error.js';
import { isUuid } from '../common/uuid.js';
import { sealedMessage, writeFiles } from '../intake/case-records.js';
import type { IncomingFile } from '../intake/intake.types.js';
import { prepareFiles } from '../intake/prepare-files.js';
import { OutboxEvent, OutboxService } from '../notifications/outbox.js';
import { feedbackGiven } from './workflow.js';

/**
 * The case action that lets one add evidence files: those who conduct the investigation and write
 * its notes add what they gathered. Pages ask `canAct` (the console's `may`) for this action.
 */
export const ADD_EVIDENCE_ACTION = 'add_note' satisfies CaseAction;

/**
 * What handlers write on a case and exchange about it: append-only notes (a correction is a new
 * note pointing at the old one), messages to the reporter (the first after the acknowledgement is
 * the feedback), and evidence files, whose downloads are audited.
 */
@Injectable()
export class CaseCorrespondenceService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly cases: CasesRepository,
    private readonly notes: CaseNotesRepository,
    private readonly messages: CaseMessagesRepository,
    private readonly files: CaseFilesRepository,
    private readonly access: CaseAccessService,
    private readonly audit: AuditTrailService,
    private readonly clock: Clock,
    private readonly outbox: OutboxService,
  ) {}

  async addNote(
    viewer: Viewer,
    reference: string,
    note: { body: string; kind?: 'note' | 'interview'; correctsNoteId?: string },
  ): Promise<string> {
    return this.connection.transaction(async (tx) => {
      const c = await this.access.require(tx, viewer, reference, 'add_note');
      if (
        note.correctsNoteId &&
        !(await this.notes.existsInCase(tx, note.correctsNoteId, c.record.id))
      )
        throw new DomainError('invalid', 'correctsNoteId is not a note of this case');
      const id = randomUUID();
      await this.notes.insert(tx, {
        id,
        caseId: c.record.id,
        authorId: viewer.id,
        kind: note.kind ?? 'note',
        correctsNoteId: note.correctsNoteId ?? null,
        bodyEnc: c.key().seal('case_notes', 'body', id, note.body),
        createdAt: this.clock.now(),
      });
      await this.audit.append(
        tx,
        { type: 'staff', id: viewer.id },
        {
          action: 'note.added',
          caseReference: reference,
          detail: { noteId: id, kind: note.kind ?? 'note', corrects: note.correctsNoteId ?? null },
        },
      );
      return id;
    });
  }

  /** A message to the reporter; the first one after the acknowledgement is the feedback. */
  async messageReporter(viewer: Viewer, reference: string, body: string): Promise<void> {
    await this.connection.transaction(async (tx) => {
      const c = await this.access.require(tx, viewer, reference, 'message_reporter', {
        lock: true,
      });
      const now = this.clock.now();
      await this.messages.insert(
        tx,
        sealedMessage(c.key(), c.record.id, { sender: 'handler', staffId: viewer.id, body }, now),
      );
      const feedback = feedbackGiven(c.record, now);
      if (feedback)
        await this.cases.recordFeedbackGiven(
          tx,
          c.record.id,
          feedback.feedbackGivenAt,
          feedback.nextDueAt,
        );
      await this.outbox.record(tx, OutboxEvent.ReporterNews, c.record.id);
      await this.audit.append(
        tx,
        { type: 'staff', id: viewer.id },
        { action: 'message.sent', caseReference: reference, detail: { from: 'handler' } },
      );
    });
  }

  /** Checked before any upload is read, so nobody unauthorised can make the server process files. */
  async assertMayAddEvidence(viewer: Viewer, reference: string): Promise<void> {
    await this.connection.transaction((tx) =>
      this.access.require(tx, viewer, reference, ADD_EVIDENCE_ACTION),
    );
  }

  async addEvidence(
    viewer: Viewer,
    reference: string,
    incoming: readonly IncomingFile[],
  ): Promise<string[]> {
    const files = await prepareFiles(incoming);
    if (files.length === 0) throw new DomainError('invalid', 'no files were sent');
    return this.connection.transaction(async (tx) => {
      const c = await this.access.require(tx, viewer, reference, ADD_EVIDENCE_ACTION);
      const ids = await writeFiles(
        this.files,
        tx,
        c.key(),
        c.record.id,
        'staff',
        viewer.id,
        files,
        this.clock.now(),
      );
      await this.audit.append(
        tx,
        { type: 'staff', id: viewer.id },
        { action: 'file.added', caseReference: reference, detail: { by: 'staff', fileIds: ids } },
      );
      return ids;
    });
  }

  /** A file's content, for download; the read is audited. */
  async downloadFile(
    viewer: Viewer,
    reference: string,
    fileId: string,
  ): Promise<{ name: string; mediaType: string; content: Buffer }> {
    return this.connection.transaction(async (tx) => {
      const c = await this.access.require(tx, viewer, reference, 'view');
      if (!isUuid(fileId)) throw new DomainError('not_found', 'file not found');
      const file = await this.files.findContent(tx, fileId, c.record.id);
      if (!file) throw new DomainError('not_found', 'file not found');
      const key = c.key();
      await this.audit.append(
        tx,
        { type: 'staff', id: viewer.id },
        { action: 'file.downloaded', caseReference: reference, detail: { fileId } },
      );
      return {
        name: key.openText('case_files', 'name', fileId, file.name_enc),
        mediaType: file.media_type,
        content: key.open('case_files', 'content', fileId, file.content_enc),
      };
    });
  }
}

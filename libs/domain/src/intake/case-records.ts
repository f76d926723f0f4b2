import { randomUUID } from 'node:crypto';
import {
  type CaseFilesRepository,
  type NewCaseFile,
  type NewCaseMessage,
  type NewCaseRouting,
  type UnitOfWork,
} from '@candor/persistence';
import type { CaseKey } from '@candor/platform';
import type { RoutingDecision } from '../routing/routing.types.js';

/** A file that passed inspection: its type decided from content, images already cleaned. */
export interface PreparedFile {
  readonly name: string;
  readonly mediaType: string;
  readonly content: Buffer;
  readonly metadataRemoved: boolean;
}

/** A message as the sender writes it. */
export interface OutgoingMessage {
  readonly sender: 'reporter' | 'handler';
  readonly kind?: string;
  readonly staffId?: string | null;
  readonly body: string;
}

/**
 * The rows intake, the reporter channel and case management write about a case. Every sensitive
 * value is sealed with the case's key, bound to its table, column and a fresh row id.
 */
export function routingRecord(
  caseId: string,
  decision: RoutingDecision,
  trigger: 'intake' | 'reroute',
  decidedBy: string | null,
  at: Date,
): NewCaseRouting {
  return {
    id: randomUUID(),
    caseId,
    trigger,
    routedTo: decision.routedTo,
    handledBy: decision.handledBy,
    ruleId: decision.ruleId,
    explanation: decision.explanation,
    policyVersion: decision.policyVersion,
    decidedBy,
    decidedAt: at,
  };
}

export function sealedMessage(
  key: CaseKey,
  caseId: string,
  message: OutgoingMessage,
  at: Date,
): NewCaseMessage {
  const id = randomUUID();
  return {
    id,
    caseId,
    sender: message.sender,
    kind: message.kind ?? 'message',
    staffId: message.staffId ?? null,
    bodyEnc: key.seal('case_messages', 'body', id, message.body),
    createdAt: at,
  };
}

export function sealedFile(
  key: CaseKey,
  caseId: string,
  source: 'reporter' | 'staff',
  uploadedBy: string | null,
  file: PreparedFile,
  at: Date,
): NewCaseFile {
  const id = randomUUID();
  return {
    id,
    caseId,
    source,
    uploadedBy,
    nameEnc: key.seal('case_files', 'name', id, file.name),
    mediaType: file.mediaType,
    sizeBytes: file.content.length,
    metadataRemoved: file.metadataRemoved,
    contentEnc: key.seal('case_files', 'content', id, file.content),
    createdAt: at,
  };
}

/** Writes prepared files to a case, one row each in order, and answers their ids. */
export async function writeFiles(
  repository: CaseFilesRepository,
  tx: UnitOfWork,
  key: CaseKey,
  caseId: string,
  source: 'reporter' | 'staff',
  uploadedBy: string | null,
  files: readonly PreparedFile[],
  at: Date,
): Promise<string[]> {
  const ids: string[] = [];
  for (const file of files) {
    const row = sealedFile(key, caseId, source, uploadedBy, file, at);
    await repository.insert(tx, row);
    ids.push(row.id);
  }
  return ids;
}

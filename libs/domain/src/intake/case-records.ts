import { randomUUID } from 'node:crypto';
import type { CaseKey } from '@candor/platform';
import type { EntityManager } from 'typeorm';
import type { RoutingDecision } from '../routing/routing.types.js';

/** A file that passed inspection: its type decided from content, images already cleaned. */
export interface PreparedFile {
  readonly name: string;
  readonly mediaType: string;
  readonly content: Buffer;
  readonly metadataRemoved: boolean;
}

/**
 * Row writers shared by intake, the reporter channel and case management. Every sensitive value
 * is sealed with the case's key, bound to its table, column and row.
 */
export async function insertRouting(
  tx: EntityManager,
  caseId: string,
  decision: RoutingDecision,
  trigger: 'intake' | 'reroute',
  decidedBy: string | null,
  at: Date,
): Promise<void> {
  await tx.query(
    `INSERT INTO case_routings (id, case_id, trigger, routed_to, handled_by, rule_id, explanation, policy_version, decided_by, decided_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      randomUUID(),
      caseId,
      trigger,
      decision.routedTo,
      decision.handledBy,
      decision.ruleId,
      decision.explanation,
      decision.policyVersion,
      decidedBy,
      at,
    ],
  );
}

export async function insertFiles(
  tx: EntityManager,
  key: CaseKey,
  caseId: string,
  source: 'reporter' | 'staff',
  uploadedBy: string | null,
  files: readonly PreparedFile[],
  at: Date,
): Promise<string[]> {
  const ids: string[] = [];
  for (const file of files) {
    const id = randomUUID();
    await tx.query(
      `INSERT INTO case_files (id, case_id, source, uploaded_by, name_enc, media_type, size_bytes, metadata_removed, content_enc, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        id,
        caseId,
        source,
        uploadedBy,
        key.seal('case_files', 'name', id, file.name),
        file.mediaType,
        file.content.length,
        file.metadataRemoved,
        key.seal('case_files', 'content', id, file.content),
        at,
      ],
    );
    ids.push(id);
  }
  return ids;
}

export async function insertMessage(
  tx: EntityManager,
  key: CaseKey,
  caseId: string,
  message: { sender: 'reporter' | 'handler'; kind?: string; staffId?: string | null; body: string },
  at: Date,
): Promise<string> {
  const id = randomUUID();
  await tx.query(
    `INSERT INTO case_messages (id, case_id, sender, kind, staff_id, body_enc, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [
      id,
      caseId,
      message.sender,
      message.kind ?? 'message',
      message.staffId ?? null,
      key.seal('case_messages', 'body', id, message.body),
      at,
    ],
  );
  return id;
}

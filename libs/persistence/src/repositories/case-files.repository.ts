import { Injectable } from '@nestjs/common';
import type { SqlRunner } from '../database/returning.js';

/** A `case_files` row as it is written; name and content arrive sealed under the case key. */
export interface NewCaseFile {
  readonly id: string;
  readonly caseId: string;
  readonly source: 'reporter' | 'staff';
  /** The staff member who uploaded it; null for the reporter's files. */
  readonly uploadedBy: string | null;
  readonly nameEnc: Buffer;
  readonly mediaType: string;
  /** The size of the content before sealing. */
  readonly sizeBytes: number;
  readonly metadataRemoved: boolean;
  readonly contentEnc: Buffer;
  readonly createdAt: Date;
}

/** A file's sealed name and content, for download. */
export interface CaseFileContentRow {
  readonly name_enc: Buffer;
  readonly media_type: string;
  readonly content_enc: Buffer;
}

/** A file as the case lists it (no content). */
export interface CaseFileRow {
  readonly id: string;
  readonly source: string;
  readonly name_enc: Buffer;
  readonly media_type: string;
  readonly size_bytes: number;
  readonly metadata_removed: boolean;
  readonly created_at: Date;
}

/** Evidence and attachments: the files of a case, from the reporter and from staff. */
@Injectable()
export class CaseFilesRepository {
  async insert(tx: SqlRunner, file: NewCaseFile): Promise<void> {
    await tx.query(
      `INSERT INTO case_files (id, case_id, source, uploaded_by, name_enc, media_type, size_bytes, metadata_removed, content_enc, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        file.id,
        file.caseId,
        file.source,
        file.uploadedBy,
        file.nameEnc,
        file.mediaType,
        file.sizeBytes,
        file.metadataRemoved,
        file.contentEnc,
        file.createdAt,
      ],
    );
  }

  /** A file of the case with its content; undefined when the case has no such file. */
  async findContent(
    tx: SqlRunner,
    fileId: string,
    caseId: string,
  ): Promise<CaseFileContentRow | undefined> {
    const rows = (await tx.query(
      `SELECT name_enc, media_type, content_enc FROM case_files WHERE id = $1 AND case_id = $2`,
      [fileId, caseId],
    )) as CaseFileContentRow[];
    return rows[0];
  }

  /** A case's files without their content, oldest first. */
  async listByCase(tx: SqlRunner, caseId: string): Promise<CaseFileRow[]> {
    return (await tx.query(
      `SELECT id, source, name_enc, media_type, size_bytes, metadata_removed, created_at FROM case_files WHERE case_id = $1 ORDER BY created_at, id`,
      [caseId],
    )) as CaseFileRow[];
  }
}

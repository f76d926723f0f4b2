import { Column, Entity, PrimaryColumn } from 'typeorm';

/** `case_files`: attachments, name and content sealed under the case's data key. */
@Entity({ name: 'case_files' })
export class CaseFileEntity {
  @PrimaryColumn({ name: 'id', type: 'uuid' })
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  /** reporter or staff. */
  @Column({ name: 'source', type: 'text' })
  source!: string;

  @Column({ name: 'uploaded_by', type: 'uuid', nullable: true })
  uploadedBy!: string | null;

  @Column({ name: 'name_enc', type: 'bytea' })
  nameEnc!: Buffer;

  @Column({ name: 'media_type', type: 'text' })
  mediaType!: string;

  @Column({ name: 'size_bytes', type: 'integer' })
  sizeBytes!: number;

  @Column({ name: 'metadata_removed', type: 'boolean' })
  metadataRemoved!: boolean;

  @Column({ name: 'content_enc', type: 'bytea' })
  contentEnc!: Buffer;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}

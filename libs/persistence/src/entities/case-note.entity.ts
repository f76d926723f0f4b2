import { Column, Entity, PrimaryColumn } from 'typeorm';

/** `case_notes`: handlers' append-only notes; a correction is a new note naming the one it corrects. */
@Entity({ name: 'case_notes' })
export class CaseNoteEntity {
  @PrimaryColumn({ name: 'id', type: 'uuid' })
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId!: string;

  /** note or interview. */
  @Column({ name: 'kind', type: 'text', default: 'note' })
  kind!: string;

  @Column({ name: 'corrects_note_id', type: 'uuid', nullable: true })
  correctsNoteId!: string | null;

  @Column({ name: 'body_enc', type: 'bytea' })
  bodyEnc!: Buffer;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}

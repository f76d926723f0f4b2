import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * `legal_holds`: while a hold is active (not released) the database refuses to purge the case or
 * delete its children. At most one active hold per case.
 */
@Entity({ name: 'legal_holds' })
export class LegalHoldEntity {
  @PrimaryColumn({ name: 'id', type: 'uuid' })
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  /** 1 to 200 characters. */
  @Column({ name: 'matter', type: 'text' })
  matter!: string;

  @Column({ name: 'placed_by', type: 'uuid' })
  placedBy!: string;

  @Column({ name: 'placed_at', type: 'timestamptz', precision: 3 })
  placedAt!: Date;

  @Column({ name: 'released_by', type: 'uuid', nullable: true })
  releasedBy!: string | null;

  @Column({ name: 'released_at', type: 'timestamptz', precision: 3, nullable: true })
  releasedAt!: Date | null;

  @Column({ name: 'release_note_enc', type: 'bytea', nullable: true })
  releaseNoteEnc!: Buffer | null;
}

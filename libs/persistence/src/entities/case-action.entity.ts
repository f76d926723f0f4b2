import { Column, Entity, PrimaryColumn } from 'typeorm';

/** `case_actions`: disciplinary, corrective and interim measures, effective once approved. */
@Entity({ name: 'case_actions' })
export class CaseActionEntity {
  @PrimaryColumn({ name: 'id', type: 'uuid' })
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  /** disciplinary, corrective or interim. */
  @Column({ name: 'kind', type: 'text' })
  kind!: string;

  @Column({ name: 'measure', type: 'text' })
  measure!: string;

  /** Null once the case is purged. */
  @Column({ name: 'details_enc', type: 'bytea', nullable: true })
  detailsEnc!: Buffer | null;

  /** A calendar date; TypeORM reads `date` as a 'YYYY-MM-DD' string. */
  @Column({ name: 'due_date', type: 'date', nullable: true })
  dueDate!: string | null;

  @Column({ name: 'recorded_by', type: 'uuid' })
  recordedBy!: string;

  @Column({ name: 'recorded_at', type: 'timestamptz', precision: 3 })
  recordedAt!: Date;

  @Column({ name: 'effective_at', type: 'timestamptz', precision: 3, nullable: true })
  effectiveAt!: Date | null;
}

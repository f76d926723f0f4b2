import { Column, Entity, PrimaryColumn } from 'typeorm';

/** `case_outcomes`: findings on a case, effective once approved (see `approvals`). */
@Entity({ name: 'case_outcomes' })
export class CaseOutcomeEntity {
  @PrimaryColumn({ name: 'id', type: 'uuid' })
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  /** substantiated, partially_substantiated, unsubstantiated or insufficient_information. */
  @Column({ name: 'finding', type: 'text' })
  finding!: string;

  /** Null once the case is purged. */
  @Column({ name: 'summary_enc', type: 'bytea', nullable: true })
  summaryEnc!: Buffer | null;

  @Column({ name: 'recorded_by', type: 'uuid' })
  recordedBy!: string;

  @Column({ name: 'recorded_at', type: 'timestamptz', precision: 3 })
  recordedAt!: Date;

  @Column({ name: 'effective_at', type: 'timestamptz', precision: 3, nullable: true })
  effectiveAt!: Date | null;
}

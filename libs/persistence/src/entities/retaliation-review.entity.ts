import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * `retaliation_reviews`: one review task per check that needs one. `case_id` is null and
 * `match_strength` 'none' for checks sent to review at random.
 */
@Entity({ name: 'retaliation_reviews' })
export class RetaliationReviewEntity {
  @PrimaryColumn({ name: 'id', type: 'uuid' })
  id!: string;

  /** Unique: one review per check. */
  @Column({ name: 'check_id', type: 'uuid' })
  checkId!: string;

  @Column({ name: 'case_id', type: 'uuid', nullable: true })
  caseId!: string | null;

  /** strong, weak or none. */
  @Column({ name: 'match_strength', type: 'text' })
  matchStrength!: string;

  @Column({ name: 'matched_cases', type: 'integer' })
  matchedCases!: number;

  @Column({ name: 'reviewer_ids', type: 'uuid', array: true })
  reviewerIds!: string[];

  /** pending, cleared, blocked or escalated. */
  @Column({ name: 'status', type: 'text', default: 'pending' })
  status!: string;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy!: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', precision: 3, nullable: true })
  decidedAt!: Date | null;

  @Column({ name: 'reason_enc', type: 'bytea', nullable: true })
  reasonEnc!: Buffer | null;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}

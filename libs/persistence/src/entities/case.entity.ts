import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * `cases`: one report. Report text is ciphertext under the case's data key (`*_enc`), which is
 * itself wrapped by the master key; a purged case keeps only its plain columns (a tombstone).
 */
@Entity({ name: 'cases' })
export class CaseEntity {
  @PrimaryColumn({ name: 'id', type: 'uuid' })
  id!: string;

  /** `CND-YYYY-NNNNNN`, unique. */
  @Column({ name: 'reference', type: 'text' })
  reference!: string;

  /** web, mail, phone, email or in_person. */
  @Column({ name: 'channel', type: 'text' })
  channel!: string;

  @Column({ name: 'concern_type', type: 'text' })
  concernType!: string;

  @Column({ name: 'status', type: 'text', default: 'received' })
  status!: string;

  @Column({ name: 'anonymous', type: 'boolean' })
  anonymous!: boolean;

  /** general_counsel, audit_committee or board. */
  @Column({ name: 'routed_to', type: 'text' })
  routedTo!: string;

  /** general_counsel, audit_committee or board. */
  @Column({ name: 'handled_by', type: 'text' })
  handledBy!: string;

  @Column({ name: 'related_case_id', type: 'uuid', nullable: true })
  relatedCaseId!: string | null;

  @Column({ name: 'recorded_by', type: 'uuid', nullable: true })
  recordedBy!: string | null;

  /** Hash of the reporter's receipt, unique; null once purged. */
  @Column({ name: 'receipt_hash', type: 'bytea', nullable: true })
  receiptHash!: Buffer | null;

  @Column({ name: 'master_key_id', type: 'text' })
  masterKeyId!: string;

  @Column({ name: 'data_key_id', type: 'text' })
  dataKeyId!: string;

  /** The case's data key wrapped by the master key; null once purged (crypto-shredding). */
  @Column({ name: 'data_key_wrapped', type: 'bytea', nullable: true })
  dataKeyWrapped!: Buffer | null;

  @Column({ name: 'title_enc', type: 'bytea', nullable: true })
  titleEnc!: Buffer | null;

  @Column({ name: 'description_enc', type: 'bytea', nullable: true })
  descriptionEnc!: Buffer | null;

  @Column({ name: 'occurred_at_enc', type: 'bytea', nullable: true })
  occurredAtEnc!: Buffer | null;

  @Column({ name: 'location_enc', type: 'bytea', nullable: true })
  locationEnc!: Buffer | null;

  /** Blind-index terms of the title (keyed), so that search never needs the plaintext. */
  @Column({ name: 'title_terms', type: 'text', array: true, default: () => "'{}'" })
  titleTerms!: string[];

  @Column({ name: 'received_at', type: 'timestamptz', precision: 3 })
  receivedAt!: Date;

  @Column({ name: 'acknowledge_by', type: 'timestamptz', precision: 3 })
  acknowledgeBy!: Date;

  @Column({ name: 'acknowledged_at', type: 'timestamptz', precision: 3, nullable: true })
  acknowledgedAt!: Date | null;

  @Column({ name: 'feedback_due_at', type: 'timestamptz', precision: 3, nullable: true })
  feedbackDueAt!: Date | null;

  @Column({ name: 'feedback_given_at', type: 'timestamptz', precision: 3, nullable: true })
  feedbackGivenAt!: Date | null;

  @Column({ name: 'resolved_at', type: 'timestamptz', precision: 3, nullable: true })
  resolvedAt!: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', precision: 3, nullable: true })
  closedAt!: Date | null;

  @Column({ name: 'dismissal_reason', type: 'text', nullable: true })
  dismissalReason!: string | null;

  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt!: Date;

  /** What the triage list is sorted by. */
  @Column({ name: 'next_due_at', type: 'timestamptz', precision: 3, nullable: true })
  nextDueAt!: Date | null;

  @Column({ name: 'finding', type: 'text', nullable: true })
  finding!: string | null;

  @Column({ name: 'purged_at', type: 'timestamptz', precision: 3, nullable: true })
  purgedAt!: Date | null;

  /**
   * The console queue's columns, kept by triggers on case_assignments and case_messages
   * (migration QueueColumns): never written by the application.
   */
  @Column({ name: 'assignees', type: 'jsonb', default: () => "'[]'", insert: false, update: false })
  assignees!: Array<{ id: string; name: string }>;

  @Column({
    name: 'unread_reporter_messages',
    type: 'integer',
    default: 0,
    insert: false,
    update: false,
  })
  unreadReporterMessages!: number;
}

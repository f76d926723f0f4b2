import { Column, Entity, PrimaryColumn } from 'typeorm';

/** `approvals`: one staff member's approval of an outcome or an action (joint determination). */
@Entity({ name: 'approvals' })
export class ApprovalEntity {
  /** outcome or action. */
  @PrimaryColumn({ name: 'subject_type', type: 'text' })
  subjectType!: string;

  /** The id of the case_outcomes or case_actions row. */
  @PrimaryColumn({ name: 'subject_id', type: 'uuid' })
  subjectId!: string;

  @PrimaryColumn({ name: 'staff_id', type: 'uuid' })
  staffId!: string;

  /** The approver's role when approving. */
  @Column({ name: 'role', type: 'text' })
  role!: string;

  @Column({ name: 'approved_at', type: 'timestamptz', precision: 3 })
  approvedAt!: Date;
}

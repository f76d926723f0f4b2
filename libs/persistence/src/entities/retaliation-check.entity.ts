import { Column, Entity, PrimaryColumn } from 'typeorm';

/** `retaliation_checks`: HR's adverse-action checks; the employee is sealed under the system key. */
@Entity({ name: 'retaliation_checks' })
export class RetaliationCheckEntity {
  @PrimaryColumn({ name: 'id', type: 'uuid' })
  id!: string;

  @Column({ name: 'submitted_by', type: 'uuid' })
  submittedBy!: string;

  /** termination, demotion, suspension, pay_cut, transfer, negative_review or other. */
  @Column({ name: 'adverse_action', type: 'text' })
  adverseAction!: string;

  /** A calendar date; TypeORM reads `date` as a 'YYYY-MM-DD' string. */
  @Column({ name: 'effective_date', type: 'date' })
  effectiveDate!: string;

  @Column({ name: 'employee_enc', type: 'bytea' })
  employeeEnc!: Buffer;

  /** clear or review_required. */
  @Column({ name: 'result', type: 'text' })
  result!: string;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}

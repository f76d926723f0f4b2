import { Column, Entity, PrimaryColumn } from 'typeorm';

/** `case_assignments`: which staff members handle a case. */
@Entity({ name: 'case_assignments' })
export class CaseAssignmentEntity {
  @PrimaryColumn({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @PrimaryColumn({ name: 'staff_id', type: 'uuid' })
  staffId!: string;

  @Column({ name: 'assigned_by', type: 'uuid' })
  assignedBy!: string;

  @Column({ name: 'assigned_at', type: 'timestamptz', precision: 3 })
  assignedAt!: Date;
}

import { Column, Entity, PrimaryColumn } from 'typeorm';

/** `case_parties`: people a case names (implicated, witnesses, people assisting). */
@Entity({ name: 'case_parties' })
export class CasePartyEntity {
  @PrimaryColumn({ name: 'id', type: 'uuid' })
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  /** implicated, witness or assisting. */
  @Column({ name: 'kind', type: 'text' })
  kind!: string;

  @Column({ name: 'role', type: 'text', nullable: true })
  role!: string | null;

  @Column({ name: 'name_enc', type: 'bytea', nullable: true })
  nameEnc!: Buffer | null;

  @Column({ name: 'contact_enc', type: 'bytea', nullable: true })
  contactEnc!: Buffer | null;

  @Column({ name: 'name_index', type: 'bytea', nullable: true })
  nameIndex!: Buffer | null;

  @Column({ name: 'email_index', type: 'bytea', nullable: true })
  emailIndex!: Buffer | null;

  /** The staff member this party is, when matched. */
  @Column({ name: 'staff_id', type: 'uuid', nullable: true })
  staffId!: string | null;

  @Column({ name: 'added_by', type: 'uuid', nullable: true })
  addedBy!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  /** How the staff match came about: staff, automatic, confirmed or cleared. */
  @Column({ name: 'staff_match', type: 'text', nullable: true })
  staffMatch!: string | null;

  @Column({ name: 'employee_id_enc', type: 'bytea', nullable: true })
  employeeIdEnc!: Buffer | null;

  @Column({ name: 'employee_id_index', type: 'bytea', nullable: true })
  employeeIdIndex!: Buffer | null;
}

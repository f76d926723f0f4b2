import { Column, Entity, PrimaryColumn } from 'typeorm';

/** `case_messages`: the dialogue between reporter and handlers, sealed. */
@Entity({ name: 'case_messages' })
export class CaseMessageEntity {
  @PrimaryColumn({ name: 'id', type: 'uuid' })
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  /** reporter or handler. */
  @Column({ name: 'sender', type: 'text' })
  sender!: string;

  @Column({ name: 'kind', type: 'text', default: 'message' })
  kind!: string;

  @Column({ name: 'staff_id', type: 'uuid', nullable: true })
  staffId!: string | null;

  @Column({ name: 'body_enc', type: 'bytea' })
  bodyEnc!: Buffer;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}

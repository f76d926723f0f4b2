import { Column, Entity, PrimaryColumn } from 'typeorm';

/** `audit_head`: the single row holding the chain's last entry; appends lock it. */
@Entity({ name: 'audit_head' })
export class AuditHeadEntity {
  /** Always true: the table has exactly one row. */
  @PrimaryColumn({ name: 'singleton', type: 'boolean', default: true })
  singleton!: boolean;

  /** bigint: node-postgres returns it as a string. */
  @Column({ name: 'seq', type: 'bigint' })
  seq!: string;

  @Column({ name: 'hash', type: 'text' })
  hash!: string;
}

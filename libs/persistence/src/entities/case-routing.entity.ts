import { Column, Entity, PrimaryColumn } from 'typeorm';

/** `case_routings`: every routing decision on a case (at intake and on each reroute). */
@Entity({ name: 'case_routings' })
export class CaseRoutingEntity {
  @PrimaryColumn({ name: 'id', type: 'uuid' })
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  /** intake or reroute. */
  @Column({ name: 'trigger', type: 'text' })
  trigger!: string;

  @Column({ name: 'routed_to', type: 'text' })
  routedTo!: string;

  @Column({ name: 'handled_by', type: 'text' })
  handledBy!: string;

  @Column({ name: 'rule_id', type: 'text' })
  ruleId!: string;

  @Column({ name: 'explanation', type: 'text' })
  explanation!: string;

  @Column({ name: 'policy_version', type: 'text' })
  policyVersion!: string;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy!: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', precision: 3 })
  decidedAt!: Date;
}

import { Column, Entity, PrimaryColumn } from 'typeorm';

/** `notification_triggers`: scheduled notifications already raised, keyed by what they are about. */
@Entity({ name: 'notification_triggers' })
export class NotificationTriggerEntity {
  @PrimaryColumn({ name: 'key', type: 'text' })
  key!: string;

  @Column({ name: 'outbox_id', type: 'uuid' })
  outboxId!: string;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}

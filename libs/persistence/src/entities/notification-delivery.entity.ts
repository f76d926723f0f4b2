import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * `notification_deliveries`: who has been told of an outbox event, so that a job run twice never
 * mails a person twice. `recipient` is a staff id, or 'reporter' for the opt-in news email.
 */
@Entity({ name: 'notification_deliveries' })
export class NotificationDeliveryEntity {
  @PrimaryColumn({ name: 'event_id', type: 'uuid' })
  eventId!: string;

  @PrimaryColumn({ name: 'recipient', type: 'text' })
  recipient!: string;

  @Column({ name: 'event', type: 'text' })
  event!: string;

  @Column({ name: 'case_id', type: 'uuid', nullable: true })
  caseId!: string | null;

  /** sent, digest_pending, digested or skipped. */
  @Column({ name: 'status', type: 'text' })
  status!: string;

  @Column({ name: 'message_id', type: 'text', nullable: true })
  messageId!: string | null;

  /** The digest (an outbox event) that claimed this row. */
  @Column({ name: 'digest_event_id', type: 'uuid', nullable: true })
  digestEventId!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', precision: 3, nullable: true })
  sentAt!: Date | null;
}

import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * `notification_unannounced`: events that found nobody who may receive them, kept until someone
 * can and then raised again as a new outbox event (`announced_as`).
 */
@Entity({ name: 'notification_unannounced' })
export class NotificationUnannouncedEntity {
  @PrimaryColumn({ name: 'event_id', type: 'uuid' })
  eventId!: string;

  /** The route whose people are missing, or null when the event names no case and no body. */
  @Column({ name: 'body', type: 'text', nullable: true })
  body!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Column({ name: 'resolved_at', type: 'timestamptz', precision: 3, nullable: true })
  resolvedAt!: Date | null;

  /** announced or gone. */
  @Column({ name: 'resolution', type: 'text', nullable: true })
  resolution!: string | null;

  @Column({ name: 'announced_as', type: 'uuid', nullable: true })
  announcedAs!: string | null;
}

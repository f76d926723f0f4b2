import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the console's queue shows beside each case, kept on the case: its assignees (id and name,
 * by name) and the reporter messages since the handling side last wrote. The queue read them from
 * case_assignments and case_messages for every page, which made its statement cost PostgreSQL
 * about twice the triage list's (pgbench at 100k cases: 4.5k against 9k statements a second);
 * read from the case row, it costs about what the list costs.
 *
 * Triggers keep them, in the transaction that changes an assignment or a message, by counting
 * again from those tables (so they cannot drift, whatever writes there, the purge's deletes
 * included). Staff names never change (no account changes its name), so a name kept here stays
 * true.
 */
export class QueueColumns1763713700000 implements MigrationInterface {
  name = 'QueueColumns1763713700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE cases
        ADD COLUMN assignees jsonb NOT NULL DEFAULT '[]',
        ADD COLUMN unread_reporter_messages integer NOT NULL DEFAULT 0`);
    await q.query(`
      CREATE FUNCTION case_assignees_of(target uuid) RETURNS jsonb
      LANGUAGE sql STABLE AS $$
        SELECT coalesce(
                 json_agg(json_build_object('id', s.id, 'name', s.name) ORDER BY s.name, s.id),
                 '[]')::jsonb
          FROM case_assignments a JOIN staff s ON s.id = a.staff_id
         WHERE a.case_id = target
      $$`);
    await q.query(`
      CREATE FUNCTION case_unread_reporter_messages_of(target uuid) RETURNS integer
      LANGUAGE sql STABLE AS $$
        SELECT count(*)::int
          FROM case_messages m
         WHERE m.case_id = target
           AND m.sender = 'reporter'
           AND m.created_at > coalesce(
                 (SELECT max(h.created_at) FROM case_messages h
                   WHERE h.case_id = target AND h.sender = 'handler'),
                 '-infinity')
      $$`);
    await q.query(`
      CREATE FUNCTION keep_case_assignees() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP <> 'INSERT' THEN
          UPDATE cases SET assignees = case_assignees_of(OLD.case_id) WHERE id = OLD.case_id;
        END IF;
        IF TG_OP <> 'DELETE' THEN
          UPDATE cases SET assignees = case_assignees_of(NEW.case_id) WHERE id = NEW.case_id;
        END IF;
        RETURN NULL;
      END
      $$`);
    await q.query(`
      CREATE FUNCTION keep_case_unread_reporter_messages() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP <> 'INSERT' THEN
          UPDATE cases SET unread_reporter_messages = case_unread_reporter_messages_of(OLD.case_id)
           WHERE id = OLD.case_id;
        END IF;
        IF TG_OP <> 'DELETE' THEN
          UPDATE cases SET unread_reporter_messages = case_unread_reporter_messages_of(NEW.case_id)
           WHERE id = NEW.case_id;
        END IF;
        RETURN NULL;
      END
      $$`);
    await q.query(`
      CREATE TRIGGER case_assignments_keep_assignees
        AFTER INSERT OR UPDATE OR DELETE ON case_assignments
        FOR EACH ROW EXECUTE FUNCTION keep_case_assignees()`);
    await q.query(`
      CREATE TRIGGER case_messages_keep_unread
        AFTER INSERT OR UPDATE OR DELETE ON case_messages
        FOR EACH ROW EXECUTE FUNCTION keep_case_unread_reporter_messages()`);
    // The cases that already have assignments or messages.
    await q.query(`
      UPDATE cases c SET assignees = case_assignees_of(c.id)
       WHERE EXISTS (SELECT 1 FROM case_assignments a WHERE a.case_id = c.id)`);
    await q.query(`
      UPDATE cases c SET unread_reporter_messages = case_unread_reporter_messages_of(c.id)
       WHERE EXISTS (SELECT 1 FROM case_messages m WHERE m.case_id = c.id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER case_messages_keep_unread ON case_messages`);
    await q.query(`DROP TRIGGER case_assignments_keep_assignees ON case_assignments`);
    await q.query(`DROP FUNCTION keep_case_unread_reporter_messages()`);
    await q.query(`DROP FUNCTION keep_case_assignees()`);
    await q.query(`DROP FUNCTION case_unread_reporter_messages_of(uuid)`);
    await q.query(`DROP FUNCTION case_assignees_of(uuid)`);
    await q.query(`ALTER TABLE cases DROP COLUMN unread_reporter_messages, DROP COLUMN assignees`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../database/roles.js';

/**
 * The audit append as one statement. An append locks `audit_head` until its transaction commits,
 * so every audited transaction in the system queues behind the one holding it; done from the
 * application (lock and read the head, hash, insert, move the head) the lock was held over four
 * round trips, each waiting its turn on a busy event loop. Here the lock, the hash, the insert and
 * the head move are one round trip, and the lock is held only from it to COMMIT.
 *
 * The hash is the `candor-audit-v1` encoding of libs/domain/src/audit/canonical-encoding.ts, built
 * from the texts the application passes: the time as toISOString() writes it and the detail as its
 * canonical JSON (which SQL cannot produce). seq and prevHash come from the head under the lock.
 * The verifier stays in TypeScript and recomputes every hash from the stored row, so a difference
 * between the two encoders shows up as a broken chain, not as a quietly different one.
 */
export class AuditAppendFunction1763712700000 implements MigrationInterface {
  name = 'AuditAppendFunction1763712700000';

  async up(q: QueryRunner): Promise<void> {
    // A field of the encoding: 4-byte big-endian length, then the UTF-8 bytes; null is ff ff ff ff.
    await q.query(`
      CREATE FUNCTION audit_encoding_field(value text) RETURNS bytea
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT CASE WHEN value IS NULL THEN '\\xffffffff'::bytea
                    ELSE int4send(octet_length(convert_to(value, 'UTF8'))) || convert_to(value, 'UTF8')
               END
      $$`);
    await q.query(`
      CREATE FUNCTION audit_append(
        p_occurred_at text,
        p_actor_type text,
        p_actor_id uuid,
        p_action text,
        p_case_reference text,
        p_detail text
      ) RETURNS TABLE (seq bigint, hash text)
      LANGUAGE plpgsql AS $$
      DECLARE
        head_seq bigint;
        head_hash text;
        new_seq bigint;
        new_hash text;
      BEGIN
        SELECT h.seq, h.hash INTO head_seq, head_hash FROM audit_head h WHERE h.singleton FOR UPDATE;
        IF NOT FOUND THEN
          RAISE EXCEPTION 'audit_head is missing: run db:migrate';
        END IF;
        new_seq := head_seq + 1;
        new_hash := encode(sha256(
             audit_encoding_field('candor-audit-v1')
          || audit_encoding_field(new_seq::text)
          || audit_encoding_field(p_occurred_at)
          || audit_encoding_field(p_actor_type)
          || audit_encoding_field(p_actor_id::text)
          || audit_encoding_field(p_action)
          || audit_encoding_field(p_case_reference)
          || audit_encoding_field(p_detail)
          || audit_encoding_field(head_hash)), 'hex');
        INSERT INTO audit_log (seq, occurred_at, actor_type, actor_id, action, case_reference, detail, prev_hash, hash)
        VALUES (new_seq, p_occurred_at::timestamptz, p_actor_type, p_actor_id, p_action, p_case_reference,
                p_detail::jsonb, head_hash, new_hash);
        UPDATE audit_head SET seq = new_seq, hash = new_hash WHERE singleton;
        RETURN QUERY SELECT new_seq, new_hash;
      END
      $$`);
    await q.query(
      `REVOKE ALL ON FUNCTION audit_append(text, text, uuid, text, text, text) FROM PUBLIC`,
    );
    await q.query(
      `GRANT EXECUTE ON FUNCTION audit_append(text, text, uuid, text, text, text) TO ${APP_ROLE}`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION audit_append(text, text, uuid, text, text, text)`);
    await q.query(`DROP FUNCTION audit_encoding_field(text)`);
  }
}

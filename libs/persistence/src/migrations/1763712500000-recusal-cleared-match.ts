import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A handler can clear a wrong automatic match between an implicated person and a staff member.
 * The match is then marked 'cleared' (rather than erased) so that no other recusal rule — by name
 * or by role — silently puts it back.
 */
export class RecusalClearedMatch1763712500000 implements MigrationInterface {
  name = 'RecusalClearedMatch1763712500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE case_parties DROP CONSTRAINT case_parties_staff_match_check`);
    await q.query(
      `ALTER TABLE case_parties ADD CONSTRAINT case_parties_staff_match_check CHECK (staff_match IN ('staff', 'automatic', 'confirmed', 'cleared'))`,
    );
    await q.query(
      `CREATE INDEX case_parties_implicated_idx ON case_parties (case_id) WHERE kind = 'implicated'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX case_parties_implicated_idx`);
    await q.query(`UPDATE case_parties SET staff_match = NULL WHERE staff_match = 'cleared'`);
    await q.query(`ALTER TABLE case_parties DROP CONSTRAINT case_parties_staff_match_check`);
    await q.query(
      `ALTER TABLE case_parties ADD CONSTRAINT case_parties_staff_match_check CHECK (staff_match IN ('staff', 'automatic', 'confirmed'))`,
    );
  }
}

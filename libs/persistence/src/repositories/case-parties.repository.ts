import { Injectable } from '@nestjs/common';
import type { SqlRunner } from '../database/returning.js';

export type CasePartyKind = 'implicated' | 'witness' | 'assisting';

/**
 * How a new party is tied to a staff member, which recuses them (see recusesSql):
 * - `named`: staff named them by staff id (`staff_match` 'staff');
 * - `match_by_name`: the active staff member whose name index equals the party's, if any
 *   (`staff_match` 'automatic', for a handler to review) — see STAFF_NAME_MATCH_SQL;
 * - `none`: nobody (witnesses, protected people).
 */
export type StaffLink =
  | { readonly kind: 'named'; readonly staffId: string }
  | { readonly kind: 'match_by_name' }
  | { readonly kind: 'none' };

/** A `case_parties` row as it is written; sensitive values arrive sealed under the case key. */
export interface NewCaseParty {
  readonly id: string;
  readonly caseId: string;
  readonly kind: CasePartyKind;
  readonly role: string | null;
  readonly nameEnc: Buffer | null;
  readonly contactEnc: Buffer | null;
  readonly employeeIdEnc: Buffer | null;
  readonly nameIndex: Buffer | null;
  readonly emailIndex: Buffer | null;
  readonly employeeIdIndex: Buffer | null;
  /** The staff member who added the party; null for parties named in the report itself. */
  readonly addedBy: string | null;
  readonly createdAt: Date;
  readonly staff: StaffLink;
}

/** The staff member a party was tied to, as written. */
export interface CasePartyStaffMatch {
  readonly staffId: string | null;
  readonly staffMatch: 'staff' | 'automatic' | null;
}

/**
 * When an implicated party recuses a staff member, for case access, lists and notifications:
 * - the party was matched to them (named by staff, or confirmed);
 * - an automatic match by name: every staff member of that name, not just the first;
 * - a party nobody was matched to, by role (the domain's RECUSING_PARTY_ROLES).
 * A handler's cleared match ('cleared') recuses nobody. `staffId`, `staffNameIndex` and
 * `recusingRoles` are SQL expressions for the staff member's id, name index and the party roles
 * that recuse their role.
 */
export function recusesSql(
  party: string,
  staffId: string,
  staffNameIndex: string,
  recusingRoles: string,
): string {
  return `${party}.kind = 'implicated' AND (
    ${party}.staff_id = ${staffId}
    OR (${party}.staff_match = 'automatic' AND ${party}.name_index = ${staffNameIndex})
    OR (${party}.staff_id IS NULL AND ${party}.staff_match IS NULL AND ${party}.role = ANY(${recusingRoles})))`;
}

/**
 * Which implicated party roles recuse each staff role (the domain's RECUSING_PARTY_ROLES) as an SQL
 * expression over a staff role column: the party roles that recuse the role in `staffRole`.
 */
export function recusingRolesSql(
  staffRole: string,
  recusingPartyRoles: Readonly<Record<string, readonly string[]>>,
): string {
  const cases = Object.entries(recusingPartyRoles)
    .filter(([, roles]) => roles.length > 0)
    .map(
      ([role, roles]) =>
        `WHEN '${role}' THEN ARRAY[${roles.map((r) => `'${r}'`).join(', ')}]::text[]`,
    );
  return `(CASE ${staffRole} ${cases.join(' ')} ELSE ARRAY[]::text[] END)`;
}

/**
 * The automatic staff-name match: the active staff member whose name index is `nameIndex`, the
 * oldest account first (then by id), so that two people of one name always give the same answer.
 * Recusal itself covers every namesake (recusesSql); this picks the one the party names. `when`
 * is an SQL condition that must hold for any match to be looked for.
 */
export function staffNameMatchSql(nameIndex: string, when = 'true'): string {
  return `SELECT s.id FROM staff s
           WHERE ${when} AND s.disabled_at IS NULL AND s.name_index = ${nameIndex}
           ORDER BY s.created_at, s.id LIMIT 1`;
}

/**
 * Writes a party and ties it to a staff member in one statement (one round trip per party at
 * intake). The `$13` staff id wins over a name match; a name match is looked for only when asked.
 */
export const INSERT_CASE_PARTY = `INSERT INTO case_parties (id, case_id, kind, role, name_enc, contact_enc, employee_id_enc, name_index,
   email_index, employee_id_index, added_by, created_at, staff_id, staff_match)
 SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, coalesce($13::uuid, m.id),
        CASE WHEN $13::uuid IS NOT NULL THEN 'staff' WHEN m.id IS NOT NULL THEN 'automatic' END
   FROM (SELECT NULL::uuid AS none) x
   LEFT JOIN LATERAL (${staffNameMatchSql('$8', '$14::boolean AND $13::uuid IS NULL')}) m ON true
 RETURNING staff_id, staff_match`;

/** A party of a case as handlers see it (names and contacts still sealed). */
export interface CasePartyRow {
  readonly id: string;
  readonly kind: string;
  readonly role: string | null;
  readonly name_enc: Buffer | null;
  readonly contact_enc: Buffer | null;
  readonly staff_id: string | null;
  readonly staff_match: string | null;
}

/** An implicated party's tie to a staff member, as a handler reviews it. */
export interface CasePartyStaffMatchRow {
  readonly staff_id: string | null;
  readonly staff_match: string | null;
}

/** The people a case names: implicated, witnesses, protected people. */
@Injectable()
export class CasePartiesRepository {
  /** Writes a party (see INSERT_CASE_PARTY) and answers whom it was tied to. */
  async insert(tx: SqlRunner, party: NewCaseParty): Promise<CasePartyStaffMatch> {
    const rows = (await tx.query(INSERT_CASE_PARTY, [
      party.id,
      party.caseId,
      party.kind,
      party.role,
      party.nameEnc,
      party.contactEnc,
      party.employeeIdEnc,
      party.nameIndex,
      party.emailIndex,
      party.employeeIdIndex,
      party.addedBy,
      party.createdAt,
      party.staff.kind === 'named' ? party.staff.staffId : null,
      party.staff.kind === 'match_by_name',
    ])) as Array<{ staff_id: string | null; staff_match: 'staff' | 'automatic' | null }>;
    const [row] = rows;
    return { staffId: row?.staff_id ?? null, staffMatch: row?.staff_match ?? null };
  }

  /** The parties of a case, oldest first. */
  async listByCase(tx: SqlRunner, caseId: string): Promise<CasePartyRow[]> {
    return (await tx.query(
      `SELECT id, kind, role, name_enc, contact_enc, staff_id, staff_match FROM case_parties WHERE case_id = $1 ORDER BY created_at, id`,
      [caseId],
    )) as CasePartyRow[];
  }

  /** An implicated party of the case and whom it is tied to; undefined when there is none. */
  async findImplicatedStaffMatch(
    tx: SqlRunner,
    partyId: string,
    caseId: string,
  ): Promise<CasePartyStaffMatchRow | undefined> {
    const rows = (await tx.query(
      `SELECT staff_id, staff_match FROM case_parties WHERE id = $1 AND case_id = $2 AND kind = 'implicated'`,
      [partyId, caseId],
    )) as CasePartyStaffMatchRow[];
    return rows[0];
  }

  /** A handler confirmed an automatic match: the recusal stays. */
  async confirmStaffMatch(tx: SqlRunner, partyId: string): Promise<void> {
    await tx.query(`UPDATE case_parties SET staff_match = 'confirmed' WHERE id = $1`, [partyId]);
  }

  /** A handler cleared a wrong automatic match: the party is tied to nobody any more. */
  async clearStaffMatch(tx: SqlRunner, partyId: string): Promise<void> {
    await tx.query(
      `UPDATE case_parties SET staff_match = 'cleared', staff_id = NULL WHERE id = $1`,
      [partyId],
    );
  }
}

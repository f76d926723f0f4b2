import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The database no longer trusts the texts the application stages. `audit_append` hashes the staged
 * `detail` text as it came and stores it as `jsonb`, which drops whitespace, reorders keys and
 * rewrites numbers; the verifier hashes the canonical JSON of what was stored. So one staged
 * `{"b":1,   "a":2}` sealed a hash that no verification could ever reproduce: the chain was broken
 * for good from that entry on, and later real tampering hid behind it. And the application could
 * date an entry whenever it liked, attribute it to a staff id that does not exist, or put an id on
 * a reporter.
 *
 * Now a BEFORE INSERT trigger on `audit_staged`, running as the owner:
 *   - sets `occurred_at` itself, from `clock_timestamp()` at the INSERT (the moment the action was
 *     recorded inside its transaction, as the application's `new Date()` was), truncated to
 *     milliseconds and written as toISOString() writes it; a value from the caller is refused;
 *   - refuses a `detail` that is not a JSON object already in canonical form (RFC 8785, as
 *     `canonicalJson` in libs/domain/src/audit/canonical-encoding.ts writes it): the text hashed
 *     is then exactly the canonical JSON of the value stored.
 * Check constraints keep actor, action and case reference to the shapes the application writes,
 * and a staff actor must be a staff member.
 *
 * `audit_canonical_json` is RFC 8785 in SQL, for what jsonb can hold:
 *   - strings and keys: jsonb's own text output, which escapes exactly as JSON.stringify does
 *     (`"` `\` \b \f \n \r \t, other controls below U+0020 as \u00xx, lowercase; nothing else);
 *   - keys sorted by UTF-16 code units. When no key of an object has a character at or above
 *     U+E000, every character is below U+D800 (text cannot hold surrogates), where UTF-16 units are
 *     code points and code point order is the byte order of UTF-8, COLLATE "C"; otherwise the keys
 *     are compared as arrays of their UTF-16 code units;
 *   - numbers as ECMAScript's Number::toString writes the double JSON.parse reads: integers up to
 *     2^53 are exact doubles and print as themselves; any other number is rounded to a double
 *     (numeric to float8 is correctly rounded), and its shortest decimal is found exactly as the
 *     ECMAScript spec defines it, in numeric arithmetic on the double's exact value and the exact
 *     bounds of its rounding interval (inclusive when the significand is even), the closest of the
 *     shortest candidates winning and a tie going to the even digit, then laid out by the spec's
 *     rules. float8's own text output is not used: it is not always the shortest form.
 * The e2e suite checks it against the TypeScript encoder on random details and doubles.
 */
export class AuditStagingChecks1763713000000 implements MigrationInterface {
  name = 'AuditStagingChecks1763713000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION audit_utf16_units(value text) RETURNS int[]
      LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
        SELECT coalesce(array_agg(u.unit ORDER BY c.position, u.half), '{}')
          FROM string_to_table(value, NULL) WITH ORDINALITY AS c(ch, position)
          CROSS JOIN LATERAL (VALUES (ascii(c.ch))) AS p(code_point)
          CROSS JOIN LATERAL (
            SELECT 1, CASE WHEN p.code_point < 65536 THEN p.code_point
                           ELSE 55296 + ((p.code_point - 65536) >> 10) END
            UNION ALL
            SELECT 2, 56320 + ((p.code_point - 65536) & 1023) WHERE p.code_point >= 65536
          ) AS u(half, unit)
      $$`);
    // x × 2^e exactly: 2^-n is 5^n × 10^-n, and numeric multiplies without rounding.
    await q.query(`
      CREATE FUNCTION audit_exact_binary(x numeric, e int) RETURNS numeric
      LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
        SELECT CASE WHEN e >= 0 THEN x * trunc(power(2::numeric, e))
                    ELSE x * trunc(power(5::numeric, -e)) * ('1e' || e)::numeric END
      $$`);
    await q.query(`
      CREATE FUNCTION audit_json_number(value jsonb) RETURNS text
      LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
      DECLARE
        bits bigint := ('x' || encode(float8send(value::numeric::float8), 'hex'))::bit(64)::bigint;
        biased int := ((bits >> 52) & 2047)::int;
        fraction bigint := bits & 4503599627370495;
        significand numeric;
        binary_exponent int;
        magnitude numeric;
        low numeric;
        high numeric;
        inclusive boolean;
        n int;
        unit numeric;
        down numeric;
        up numeric;
        down_ok boolean;
        up_ok boolean;
        chosen numeric;
        plain text;
        digits text;
        point int;
        k int;
        body text;
      BEGIN
        IF biased = 0 AND fraction = 0 THEN
          RETURN '0';
        END IF;
        IF biased = 0 THEN
          significand := fraction;
          binary_exponent := -1074;
        ELSE
          significand := fraction + 4503599627370496;
          binary_exponent := biased - 1075;
        END IF;
        -- The double's exact value, and the exact bounds of the decimals that read back as it.
        magnitude := audit_exact_binary(significand, binary_exponent);
        high := audit_exact_binary(2 * significand + 1, binary_exponent - 1);
        IF fraction = 0 AND biased > 1 THEN
          low := audit_exact_binary(4 * significand - 1, binary_exponent - 2);
        ELSE
          low := audit_exact_binary(2 * significand - 1, binary_exponent - 1);
        END IF;
        inclusive := significand % 2 = 0;
        -- 10^(n-1) <= magnitude < 10^n
        IF magnitude >= 1 THEN
          n := length(trunc(magnitude)::text);
        ELSE
          plain := split_part(magnitude::text, '.', 2);
          n := length(ltrim(plain, '0')) - length(plain);
        END IF;
        -- The fewest significant digits that land inside the bounds: at each k the candidates
        -- are the decimals of that many digits just below and just above the value.
        FOR width IN 1..17 LOOP
          unit := ('1e' || (n - width))::numeric;
          down := trunc(magnitude, width - n);
          up := down + unit;
          down_ok := down > low OR (inclusive AND down = low);
          up_ok := up < high OR (inclusive AND up = high);
          IF down_ok AND up_ok THEN
            IF magnitude - down < up - magnitude THEN
              chosen := down;
            ELSIF up - magnitude < magnitude - down THEN
              chosen := up;
            ELSIF mod(trunc(down * ('1e' || (width - n))::numeric), 2) = 0 THEN
              chosen := down;
            ELSE
              chosen := up;
            END IF;
          ELSIF down_ok THEN
            chosen := down;
          ELSIF up_ok THEN
            chosen := up;
          END IF;
          EXIT WHEN chosen IS NOT NULL;
        END LOOP;
        -- Its digits, and n again: rounding up can carry into a new leading digit.
        plain := chosen::text;
        digits := replace(plain, '.', '');
        point := length(split_part(plain, '.', 1)) - (length(digits) - length(ltrim(digits, '0')));
        digits := rtrim(ltrim(digits, '0'), '0');
        k := length(digits);
        IF k <= point AND point <= 21 THEN
          body := digits || repeat('0', point - k);
        ELSIF 0 < point AND point <= 21 THEN
          body := left(digits, point) || '.' || substr(digits, point + 1);
        ELSIF -6 < point AND point <= 0 THEN
          body := '0.' || repeat('0', -point) || digits;
        ELSE
          body := left(digits, 1) || CASE WHEN k > 1 THEN '.' || substr(digits, 2) ELSE '' END
               || 'e' || CASE WHEN point > 0 THEN '+' ELSE '-' END || abs(point - 1)::text;
        END IF;
        RETURN CASE WHEN bits < 0 THEN '-' ELSE '' END || body;
      END
      $$`);
    // Objects and arrays; every member goes through audit_canonical_item, created next, which the
    // planner inlines so that scalars (nearly every value of a detail) cost no function call.
    await q.query(`
      CREATE FUNCTION audit_canonical_json(value jsonb) RETURNS text
      LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
      BEGIN
        CASE jsonb_typeof(value)
          WHEN 'object' THEN
            RETURN '{' || coalesce((
              SELECT string_agg(to_jsonb(e.key)::text || ':' || audit_canonical_item(e.value), ','
                                ORDER BY CASE WHEN w.wide THEN audit_utf16_units(e.key) END,
                                         e.key COLLATE "C")
                FROM (SELECT bool_or(k ~ '[\\uE000-\\U0010FFFF]') AS wide
                        FROM jsonb_object_keys(value) AS k) AS w,
                     jsonb_each(value) AS e), '') || '}';
          WHEN 'array' THEN
            RETURN '[' || coalesce((
              SELECT string_agg(audit_canonical_item(a.item), ',' ORDER BY a.position)
                FROM jsonb_array_elements(value) WITH ORDINALITY AS a(item, position)), '') || ']';
          ELSE
            RETURN audit_canonical_item(value);
        END CASE;
      END
      $$`);
    await q.query(`
      CREATE FUNCTION audit_canonical_item(item jsonb) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT CASE
          WHEN jsonb_typeof(item) IN ('string', 'boolean', 'null') THEN item::text
          WHEN jsonb_typeof(item) = 'number' THEN
            CASE WHEN item::numeric = trunc(item::numeric)
                      AND abs(item::numeric) <= 9007199254740992
                 THEN trunc(item::numeric)::text
                 ELSE audit_json_number(item) END
          ELSE audit_canonical_json(item)
        END
      $$`);
    for (const fn of [
      'audit_utf16_units(text)',
      'audit_exact_binary(numeric, int)',
      'audit_json_number(jsonb)',
      'audit_canonical_json(jsonb)',
      'audit_canonical_item(jsonb)',
    ]) {
      await q.query(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`);
    }

    await q.query(`
      CREATE FUNCTION audit_staged_check() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE
        parsed jsonb;
      BEGIN
        IF NEW.occurred_at IS NOT NULL THEN
          RAISE EXCEPTION 'audit_staged.occurred_at is set by the database'
            USING ERRCODE = 'check_violation';
        END IF;
        NEW.occurred_at := to_char(date_trunc('milliseconds', clock_timestamp()) AT TIME ZONE 'UTC',
                                   'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
        parsed := NEW.detail::jsonb;
        IF jsonb_typeof(parsed) IS DISTINCT FROM 'object'
           OR NEW.detail IS DISTINCT FROM audit_canonical_json(parsed) THEN
          RAISE EXCEPTION 'audit_staged.detail must be a JSON object in canonical form (RFC 8785)'
            USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END
      $$`);
    await q.query(`REVOKE ALL ON FUNCTION audit_staged_check() FROM PUBLIC`);
    // occurred_at stays NOT NULL: that is checked after BEFORE triggers, once this one has set it.
    await q.query(`
      CREATE TRIGGER audit_staged_check BEFORE INSERT ON audit_staged
        FOR EACH ROW EXECUTE FUNCTION audit_staged_check()`);
    await q.query(`ALTER TABLE audit_staged ADD CONSTRAINT audit_staged_actor
      CHECK (actor_type IN ('staff', 'reporter', 'system')
             AND (actor_type = 'staff') = (actor_id IS NOT NULL))`);
    await q.query(`ALTER TABLE audit_staged ADD CONSTRAINT audit_staged_actor_is_staff
      FOREIGN KEY (actor_id) REFERENCES staff (id)`);
    await q.query(`ALTER TABLE audit_staged ADD CONSTRAINT audit_staged_action
      CHECK (action ~ '^[a-z][a-z0-9_]*([.][a-z][a-z0-9_]*)+$' AND length(action) <= 100)`);
    await q.query(`ALTER TABLE audit_staged ADD CONSTRAINT audit_staged_case_reference
      CHECK (case_reference ~ '^CND-[0-9]{4}-[0-9]{6}$')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE audit_staged DROP CONSTRAINT audit_staged_case_reference`);
    await q.query(`ALTER TABLE audit_staged DROP CONSTRAINT audit_staged_action`);
    await q.query(`ALTER TABLE audit_staged DROP CONSTRAINT audit_staged_actor_is_staff`);
    await q.query(`ALTER TABLE audit_staged DROP CONSTRAINT audit_staged_actor`);
    await q.query(`DROP TRIGGER audit_staged_check ON audit_staged`);
    await q.query(`DROP FUNCTION audit_staged_check()`);
    await q.query(`DROP FUNCTION audit_canonical_item(jsonb)`);
    await q.query(`DROP FUNCTION audit_canonical_json(jsonb)`);
    await q.query(`DROP FUNCTION audit_json_number(jsonb)`);
    await q.query(`DROP FUNCTION audit_exact_binary(numeric, int)`);
    await q.query(`DROP FUNCTION audit_utf16_units(text)`);
  }
}

import type { DataSource } from 'typeorm';
import type { SqlRunner } from './returning.js';

type ColumnMetadata = DataSource['entityMetadatas'][number]['columns'][number];

/** One column, as the entities declare it or as the database has it. */
export interface ColumnShape {
  readonly name: string;
  /** The mapping property (`CaseEntity.routedTo`), on the entity side only. */
  readonly property?: string;
  /** As PostgreSQL's `format_type` writes it: `text`, `timestamp(3) with time zone`, `uuid[]`. */
  readonly type: string;
  readonly nullable: boolean;
  readonly primary: boolean;
  /** The default as a plain value (`received`, `false`, `{}`), or null when there is none. */
  readonly default: string | null;
  /** `ALWAYS` or `BY DEFAULT` for an identity column, otherwise null. */
  readonly identity: string | null;
}

/** One table: its columns, and on the entity side the class that maps it. */
export interface TableShape {
  readonly name: string;
  readonly entity?: string;
  readonly columns: readonly ColumnShape[];
}

/**
 * Every difference between the tables the entities map and the tables the database has, in plain
 * words, one per line; empty when they agree. Compared: tables, columns, types (with precision and
 * array-ness), nullability, primary keys, defaults and identity.
 */
export function compareSchemas(
  entities: readonly TableShape[],
  database: readonly TableShape[],
): string[] {
  const differences: string[] = [];
  const mapped = new Map<string, TableShape>();
  for (const table of entities) {
    const other = mapped.get(table.name);
    if (other) {
      differences.push(
        `table ${table.name} is mapped by two entities, ${other.entity ?? '?'} and ${table.entity ?? '?'}`,
      );
    } else {
      mapped.set(table.name, table);
    }
  }
  const existing = new Map(database.map((table) => [table.name, table]));
  const names = [...new Set([...mapped.keys(), ...existing.keys()])].sort();
  for (const name of names) {
    const entity = mapped.get(name);
    const table = existing.get(name);
    if (!entity) {
      differences.push(`table ${name} exists in the database, but no entity maps it`);
    } else if (!table) {
      differences.push(
        `entity ${entity.entity ?? '?'} maps table ${name}, which does not exist in the database`,
      );
    } else {
      differences.push(...compareColumns(entity, table));
    }
  }
  return differences;
}

function compareColumns(entity: TableShape, table: TableShape): string[] {
  const differences: string[] = [];
  const inDatabase = new Map(table.columns.map((column) => [column.name, column]));
  const declared = new Set<string>();
  for (const column of entity.columns) {
    const where = `column ${table.name}.${column.name}`;
    const by = `${entity.entity ?? '?'}.${column.property ?? column.name}`;
    if (declared.has(column.name)) {
      differences.push(`${where} is mapped twice by ${entity.entity ?? '?'}`);
      continue;
    }
    declared.add(column.name);
    const actual = inDatabase.get(column.name);
    if (!actual) {
      differences.push(`${where} is mapped by ${by}, but the database has no such column`);
      continue;
    }
    if (column.type !== actual.type) {
      differences.push(
        `${where} has type ${actual.type} in the database, but ${by} declares ${column.type}`,
      );
    }
    if (column.nullable !== actual.nullable) {
      differences.push(
        `${where} is ${nullability(actual.nullable)} in the database, but ${by} declares it ${nullability(column.nullable)}`,
      );
    }
    if (column.primary !== actual.primary) {
      differences.push(
        `${where} is ${keyness(actual.primary)} in the database, but ${by} declares it ${keyness(column.primary)}`,
      );
    }
    if (column.identity !== actual.identity) {
      differences.push(
        `${where} is ${identity(actual.identity)} in the database, but ${by} declares it ${identity(column.identity)}`,
      );
    }
    if (column.default !== actual.default) {
      differences.push(
        `${where} has ${defaultOf(actual.default)} in the database, but ${by} declares ${defaultOf(column.default)}`,
      );
    }
  }
  for (const column of table.columns) {
    if (!declared.has(column.name)) {
      differences.push(
        `column ${table.name}.${column.name} (${column.type}) exists in the database, but entity ${entity.entity ?? '?'} does not map it`,
      );
    }
  }
  return differences;
}

const nullability = (nullable: boolean) => (nullable ? 'nullable' : 'NOT NULL');
const keyness = (primary: boolean) =>
  primary ? 'part of the primary key' : 'not in the primary key';
const identity = (kind: string | null) =>
  kind ? `an identity column (GENERATED ${kind})` : 'not an identity column';
const defaultOf = (value: string | null) => (value === null ? 'no default' : `default ${value}`);

/**
 * The tables as the data source's entity metadata declares them (views aside), typed the way
 * PostgreSQL would write the declared types.
 */
export function entitySchemaOf(dataSource: DataSource): TableShape[] {
  return dataSource.entityMetadatas
    .filter((metadata) => metadata.tableType !== 'view')
    .map((metadata) => ({
      name: metadata.tableName,
      entity: metadata.name,
      columns: metadata.columns.map((column) => ({
        name: column.databaseName,
        property: column.propertyPath,
        type: declaredType(dataSource, column),
        nullable: column.isNullable,
        primary: column.isPrimary,
        default: declaredDefault(dataSource, column),
        identity:
          strategyOf(column) === 'identity' ? (column.generatedIdentity ?? 'BY DEFAULT') : null,
      })),
    }));
}

/** How the column is generated; TypeORM's typings leave out 'identity', which it stores too. */
function strategyOf(column: ColumnMetadata): string | undefined {
  const strategy: string | undefined = column.generationStrategy;
  return column.isGenerated ? strategy : undefined;
}

/** The column's type as `format_type` writes it: precision and length in place, `[]` for arrays. */
function declaredType(dataSource: DataSource, column: ColumnMetadata): string {
  let type = dataSource.driver.normalizeType(column);
  const precision = column.precision ?? undefined;
  if (precision !== undefined && /^(timestamp|time|interval)\b/.test(type)) {
    type = type.replace(/^(timestamp|time|interval)/, `$1(${precision})`);
  } else if (precision !== undefined && type === 'numeric') {
    type = `numeric(${precision},${column.scale ?? 0})`;
  } else if (column.length && /^(character|character varying|bit|bit varying)$/.test(type)) {
    type = `${type}(${column.length})`;
  }
  return column.isArray ? `${type}[]` : type;
}

function declaredDefault(dataSource: DataSource, column: ColumnMetadata): string | null {
  if (strategyOf(column) === 'increment') return 'nextval(…)';
  if (strategyOf(column) === 'uuid') {
    const options = dataSource.options as { uuidExtension?: string };
    return options.uuidExtension === 'pgcrypto' ? 'gen_random_uuid()' : 'uuid_generate_v4()';
  }
  const value: unknown = column.default;
  if (value === undefined || value === null) return null;
  if (typeof value === 'function') return plainDefault(String((value as () => unknown)()));
  if (Array.isArray(value)) return `{${value.map(String).join(',')}}`;
  if (typeof value === 'object') return JSON.stringify(value);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return plainDefault(String(value));
  }
  return `unreadable default (${typeof value})`;
}

/**
 * A default expression without its trailing casts and quotes, so that `'received'::text` (as
 * PostgreSQL keeps it) and `'received'` or `received` (as an entity says it) compare equal.
 */
export function plainDefault(expression: string): string {
  let value = expression.trim();
  if (/^nextval\(/.test(value)) return 'nextval(…)';
  for (;;) {
    const uncast = value.replace(/::(?:"[^"]+"|[a-z_][\w ]*)(?:\(\d+(?:,\d+)?\))?(?:\[\])?$/i, '');
    if (uncast === value) break;
    value = uncast.trim();
  }
  if (/^'(?:[^']|'')*'$/.test(value)) return value.slice(1, -1).replace(/''/g, "'");
  return value;
}

interface CatalogRow {
  table_name: string;
  column_name: string | null;
  column_type: string | null;
  not_null: boolean | null;
  column_default: string | null;
  identity: string | null;
  is_primary: boolean | null;
}

/**
 * The ordinary and partitioned tables of the current schema, read from pg_catalog (not
 * information_schema, which hides the columns of tables the current role has no privilege on),
 * except those named in `ignore`.
 */
export async function migratedSchemaOf(
  runner: SqlRunner,
  ignore: readonly string[] = [],
): Promise<TableShape[]> {
  const rows = (await runner.query(
    `SELECT c.relname AS table_name,
            a.attname AS column_name,
            format_type(a.atttypid, a.atttypmod) AS column_type,
            a.attnotnull AS not_null,
            pg_get_expr(d.adbin, d.adrelid) AS column_default,
            CASE a.attidentity WHEN 'a' THEN 'ALWAYS' WHEN 'd' THEN 'BY DEFAULT' END AS identity,
            EXISTS (SELECT 1 FROM pg_index i
                     WHERE i.indrelid = c.oid AND i.indisprimary AND a.attnum = ANY (i.indkey)) AS is_primary
       FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace
       LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
       LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
      WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND NOT c.relispartition
        AND NOT (c.relname = ANY ($1::text[]))
      ORDER BY c.relname, a.attnum`,
    [ignore],
  )) as CatalogRow[];
  const tables = new Map<string, ColumnShape[]>();
  for (const row of rows) {
    const columns = tables.get(row.table_name) ?? [];
    tables.set(row.table_name, columns);
    if (row.column_name === null) continue;
    columns.push({
      name: row.column_name,
      type: row.column_type ?? '',
      nullable: !row.not_null,
      primary: row.is_primary === true,
      default: row.column_default === null ? null : plainDefault(row.column_default),
      identity: row.identity,
    });
  }
  return [...tables].map(([name, columns]) => ({ name, columns }));
}

/**
 * Every difference between the data source's entities and the schema its database actually has
 * (the migrated one), in plain words; empty when they agree. TypeORM's own bookkeeping tables
 * (migrations, typeorm_metadata) are left out. The data source must be initialized.
 */
export async function findSchemaDrift(dataSource: DataSource): Promise<string[]> {
  const options = dataSource.options as {
    migrationsTableName?: string;
    metadataTableName?: string;
  };
  const ignore = [
    options.migrationsTableName ?? 'migrations',
    options.metadataTableName ?? 'typeorm_metadata',
  ];
  return compareSchemas(entitySchemaOf(dataSource), await migratedSchemaOf(dataSource, ignore));
}

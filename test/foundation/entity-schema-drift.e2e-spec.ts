import { pino } from 'pino';
import { DataSource } from 'typeorm';
import {
  appDataSourceOptions,
  compareSchemas,
  ENTITIES,
  entitySchemaOf,
  findSchemaDrift,
  migratedSchemaOf,
} from '@candor/persistence';
import { createTestDatabase, TestDatabase } from '../support/test-database.js';

/**
 * The entities and the migrations describe one schema twice; `synchronize` is off, so nothing
 * reconciles them but this file. It reads the migrated schema as the application role sees it.
 */
describe('entities against the migrated schema', () => {
  let db: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = new DataSource(appDataSourceOptions(db.appUrl, pino({ level: 'silent' }), 1));
    await dataSource.initialize();
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });

  it('maps every migrated table and column, with its type, nullability, key and default', async () => {
    expect(dataSource.entityMetadatas).toHaveLength(ENTITIES.length);
    expect(await findSchemaDrift(dataSource)).toEqual([]);
    // Not vacuous: both sides were read, and hold the same tables.
    const tables = (await migratedSchemaOf(dataSource, ['migrations'])).map((t) => t.name).sort();
    expect(tables.length).toBeGreaterThanOrEqual(20);
    expect(
      entitySchemaOf(dataSource)
        .map((t) => t.name)
        .sort(),
    ).toEqual(tables);
  });

  it('reports each kind of disagreement in plain words', async () => {
    const database = await migratedSchemaOf(dataSource, ['migrations']);
    const entities = entitySchemaOf(dataSource).map((table) =>
      table.name !== 'staff_sessions'
        ? table
        : {
            ...table,
            columns: table.columns.map((column) => {
              switch (column.name) {
                case 'revoked_at':
                  return { ...column, type: 'timestamp with time zone', nullable: false };
                case 'kind':
                  return { ...column, default: 'browser' };
                default:
                  return column;
              }
            }),
          },
    );
    const withoutOutbox = entities.filter((table) => table.name !== 'outbox');
    expect(compareSchemas(withoutOutbox, database)).toEqual([
      'table outbox exists in the database, but no entity maps it',
      'column staff_sessions.revoked_at has type timestamp(3) with time zone in the database, but StaffSessionEntity.revokedAt declares timestamp with time zone',
      'column staff_sessions.revoked_at is nullable in the database, but StaffSessionEntity.revokedAt declares it NOT NULL',
      'column staff_sessions.kind has default api in the database, but StaffSessionEntity.kind declares default browser',
    ]);
  });

  it('fails when the database has a column no entity maps', async () => {
    await db.query('ALTER TABLE cases ADD COLUMN drift_probe text');
    expect(await findSchemaDrift(dataSource)).toEqual([
      'column cases.drift_probe (text) exists in the database, but entity CaseEntity does not map it',
    ]);
  });
});

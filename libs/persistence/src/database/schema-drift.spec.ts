import { ColumnShape, compareSchemas, plainDefault, TableShape } from './schema-drift.js';

const column = (name: string, more: Partial<ColumnShape> = {}): ColumnShape => ({
  name,
  type: 'text',
  nullable: false,
  primary: false,
  default: null,
  identity: null,
  ...more,
});

const entity = (name: string, entityName: string, columns: ColumnShape[]): TableShape => ({
  name,
  entity: entityName,
  columns: columns.map((c) => ({ ...c, property: c.property ?? c.name })),
});

describe('compareSchemas', () => {
  it('finds nothing when both sides agree', () => {
    const columns = [column('id', { type: 'uuid', primary: true }), column('note')];
    expect(compareSchemas([entity('t', 'T', columns)], [{ name: 't', columns }])).toEqual([]);
  });

  it('names tables that only one side has', () => {
    expect(
      compareSchemas([entity('only_entity', 'OnlyEntity', [])], [{ name: 'only_db', columns: [] }]),
    ).toEqual([
      'table only_db exists in the database, but no entity maps it',
      'entity OnlyEntity maps table only_entity, which does not exist in the database',
    ]);
  });

  it('names columns that only one side has', () => {
    expect(
      compareSchemas(
        [entity('t', 'T', [column('a'), column('b', { property: 'bee' })])],
        [{ name: 't', columns: [column('a'), column('c', { type: 'bytea' })] }],
      ),
    ).toEqual([
      'column t.b is mapped by T.bee, but the database has no such column',
      'column t.c (bytea) exists in the database, but entity T does not map it',
    ]);
  });

  it('names type, nullability, key, identity and default mismatches', () => {
    expect(
      compareSchemas(
        [
          entity('t', 'T', [
            column('a', { type: 'character varying' }),
            column('b', { nullable: true }),
            column('c', { primary: true }),
            column('d', { type: 'bigint' }),
            column('e', { default: 'x' }),
          ]),
        ],
        [
          {
            name: 't',
            columns: [
              column('a'),
              column('b'),
              column('c'),
              column('d', { type: 'bigint', identity: 'ALWAYS' }),
              column('e'),
            ],
          },
        ],
      ),
    ).toEqual([
      'column t.a has type text in the database, but T.a declares character varying',
      'column t.b is NOT NULL in the database, but T.b declares it nullable',
      'column t.c is not in the primary key in the database, but T.c declares it part of the primary key',
      'column t.d is an identity column (GENERATED ALWAYS) in the database, but T.d declares it not an identity column',
      'column t.e has no default in the database, but T.e declares default x',
    ]);
  });

  it('names a table mapped twice', () => {
    expect(
      compareSchemas([entity('t', 'A', []), entity('t', 'B', [])], [{ name: 't', columns: [] }]),
    ).toEqual(['table t is mapped by two entities, A and B']);
  });
});

describe('plainDefault', () => {
  it.each([
    [`'received'::text`, 'received'],
    [`'{}'::text[]`, '{}'],
    [`'{}'::jsonb`, '{}'],
    [`'it''s'::character varying`, "it's"],
    [`'x'::character varying(20)`, 'x'],
    ['false', 'false'],
    ['0', '0'],
    [`'0'`, '0'],
    [`nextval('migrations_id_seq'::regclass)`, 'nextval(…)'],
    ['now()', 'now()'],
  ])('reads %s as %s', (expression, value) => {
    expect(plainDefault(expression)).toBe(value);
  });
});

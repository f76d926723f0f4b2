import { describeQueryFailure } from './database-logger.js';
import { prepared, queryPrepared } from './prepared.js';

describe(prepared.name, () => {
  it('names a statement by its text: the same text the same name, another text another name', () => {
    const list = prepared('SELECT 1 FROM cases WHERE status = $1');
    expect(prepared('SELECT 1 FROM cases WHERE status = $1')).toEqual(list);
    expect(prepared('SELECT 1 FROM cases WHERE routed_to = $1').name).not.toBe(list.name);
    expect(list.name).toMatch(/^candor_[\w-]{22}$/);
  });

  it('hands node-postgres the name, the text and the values', async () => {
    const seen: unknown[] = [];
    const runner = {
      query: (sql: unknown, values?: unknown[]) => {
        seen.push(sql, values);
        return Promise.resolve([]);
      },
    };
    const statement = prepared('SELECT $1::int');
    await queryPrepared(runner, statement, [1]);
    expect(seen).toEqual([{ name: statement.name, text: 'SELECT $1::int' }, [1]]);
  });

  it("keeps a failed prepared statement's log line to its first keyword", () => {
    const failure = describeQueryFailure(
      Object.assign(new Error('invalid input syntax for type uuid: "x"'), { code: '22P02' }),
      prepared("SELECT 1 FROM staff WHERE id = $1 AND note = 'secret'"),
    );
    expect(failure).toEqual({ statement: 'SELECT', code: '22P02' });
  });
});

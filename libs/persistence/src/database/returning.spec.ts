import { modifyReturning } from './returning.js';

describe(modifyReturning.name, () => {
  it("unwraps TypeORM's [rows, rowCount] answer to UPDATE … RETURNING", async () => {
    const runner = { query: () => Promise.resolve([[{ id: 'a' }], 1]) };
    await expect(modifyReturning(runner, 'UPDATE t SET x = 1 RETURNING id')).resolves.toEqual([
      { id: 'a' },
    ]);
  });

  it('returns no rows when nothing matched', async () => {
    const runner = { query: () => Promise.resolve([[], 0]) };
    await expect(
      modifyReturning(runner, 'DELETE FROM t WHERE false RETURNING id'),
    ).resolves.toEqual([]);
  });

  it('refuses statements it is not meant for', async () => {
    const runner = { query: () => Promise.resolve([]) };
    await expect(modifyReturning(runner, 'SELECT 1')).rejects.toThrow(/UPDATE or DELETE/);
  });
});

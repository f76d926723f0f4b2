import pg from 'pg';
import { copyOut } from '@candor/persistence/database/copy-out.js';
import { OWNER_URL } from '../support/test-env.js';

// The COPY reader audit:verify walks the log with, against a real server: what it hands on must be
// the COPY's bytes exactly, however the socket cut them, and a COPY that fails must throw and
// leave the connection usable.

const ROWS = 60_000;
/** Rows of many lengths (up to 2 KB), so messages straddle the socket's reads everywhere. */
const SERIES = `SELECT n, repeat(chr(97 + n % 26), (n * 7919) % 2000) FROM generate_series(1, ${ROWS}) n`;

function expectedText(): string {
  let text = '';
  for (let n = 1; n <= ROWS; n += 1) {
    text += `${n}\t${String.fromCharCode(97 + (n % 26)).repeat((n * 7919) % 2000)}\n`;
  }
  return text;
}

describe('CopyOut against PostgreSQL', () => {
  let client: pg.Client;

  beforeAll(async () => {
    client = new pg.Client({ connectionString: OWNER_URL });
    await client.connect();
  });

  afterAll(async () => {
    await client.end();
  });

  it('hands on exactly the bytes of the rows, and the connection goes on afterwards', async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of copyOut(client, `COPY (${SERIES}) TO STDOUT`)) {
      chunks.push(Buffer.from(chunk));
    }
    expect(chunks.length).toBeGreaterThan(1);
    expect(Buffer.concat(chunks).toString('latin1')).toBe(expectedText());
    const { rows } = await client.query<{ one: number }>('SELECT 1 AS one');
    expect(rows).toEqual([{ one: 1 }]);
  });

  it('throws the error of a COPY that fails half-way, and the connection stays usable', async () => {
    let received = 0;
    const failing = `COPY (SELECT n, 1 / (n - ${ROWS / 2}) FROM generate_series(1, ${ROWS}) n) TO STDOUT`;
    await expect(
      (async () => {
        for await (const chunk of copyOut(client, failing)) received += chunk.length;
      })(),
    ).rejects.toThrow('division by zero');
    expect(received).toBeGreaterThan(0);
    const { rows } = await client.query<{ two: number }>('SELECT 2 AS two');
    expect(rows).toEqual([{ two: 2 }]);
  });

  it('throws the error of a COPY that cannot start', async () => {
    await expect(
      (async () => {
        for await (const chunk of copyOut(client, 'COPY no_such_table TO STDOUT')) void chunk;
      })(),
    ).rejects.toThrow('does not exist');
    const { rows } = await client.query<{ three: number }>('SELECT 3 AS three');
    expect(rows).toEqual([{ three: 3 }]);
  });
});

import { PassThrough } from 'node:stream';
import type { Connection } from 'pg';
import { CopyOut } from './copy-out.js';

/** One protocol message: its type byte, its length (counting itself), its body. */
function message(code: string, body: Buffer = Buffer.alloc(0)): Buffer {
  const header = Buffer.alloc(5);
  header.write(code, 0, 'latin1');
  header.writeUInt32BE(body.length + 4, 1);
  return Buffer.concat([header, body]);
}

const ROWS = [Buffer.from('PGCOPY-header+first row'), Buffer.from('second'), Buffer.from('3rd!')];
const AFTER = Buffer.concat([
  message('C', Buffer.from('COPY 3\0')),
  message('Z', Buffer.from('I')),
]);

/**
 * A connection as node-postgres keeps it: its socket, read by one 'data' listener (node-postgres's
 * parser, here a recorder), and `query`, which makes the server answer with `reply`, delivered
 * in the pieces given.
 */
function simulatedConnection(pieces: Buffer[], copy: CopyOut) {
  const stream = new PassThrough();
  const backToPg: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => {
    backToPg.push(chunk);
    // node-postgres ends the query once it has read its ReadyForQuery ('Z', 5 bytes and 1).
    const received = Buffer.concat(backToPg);
    if (received.length >= 6 && received[received.length - 6] === 0x5a) {
      if (received[0] === 0x45) copy.handleError(new Error('division by zero'));
      else copy.handleCommandComplete();
      copy.handleReadyForQuery();
    }
  });
  const connection = {
    stream,
    query: () => {
      for (const piece of pieces) stream.write(Buffer.from(piece));
    },
  };
  return { connection: connection as unknown as Connection, backToPg };
}

async function readAll(copy: CopyOut): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of copy) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

function cutAt(bytes: Buffer, cuts: number[]): Buffer[] {
  const edges = [0, ...cuts, bytes.length];
  return edges.slice(1).map((end, index) => bytes.subarray(edges[index], end));
}

describe(CopyOut.name, () => {
  const reply = Buffer.concat([
    message('H', Buffer.from([1, 0, 0])),
    ...ROWS.map((row) => message('d', row)),
    message('N', Buffer.from('a notice')),
    message('c'),
    AFTER,
  ]);

  it('hands on the rows’ bytes, and node-postgres the rest, wherever the socket cuts them', async () => {
    for (let first = 0; first <= reply.length; first += 1) {
      for (const gap of [1, 3, 7, reply.length]) {
        const cuts = [first, Math.min(first + gap, reply.length)];
        const copy = new CopyOut('COPY x TO STDOUT');
        const { connection, backToPg } = simulatedConnection(cutAt(reply, cuts), copy);
        copy.submit(connection);
        const rows = await readAll(copy);
        expect(rows).toEqual(Buffer.concat(ROWS));
        expect(Buffer.concat(backToPg)).toEqual(AFTER);
      }
    }
  });

  it('gives an ErrorResponse back to node-postgres and throws what it reports', async () => {
    const error = message('E', Buffer.from('SERROR\0Cdivision by zero\0\0'));
    const copy = new CopyOut('COPY x TO STDOUT');
    const { connection, backToPg } = simulatedConnection(
      [Buffer.concat([message('H'), message('d', ROWS[0]), error, message('Z', Buffer.from('I'))])],
      copy,
    );
    copy.submit(connection);
    await expect(readAll(copy)).rejects.toThrow('division by zero');
    expect(Buffer.concat(backToPg)).toEqual(Buffer.concat([error, message('Z', Buffer.from('I'))]));
  });

  it('throws when the connection closes half-way', async () => {
    const copy = new CopyOut('COPY x TO STDOUT');
    const { connection } = simulatedConnection(
      [Buffer.concat([message('H'), message('d', ROWS[0])])],
      copy,
    );
    copy.submit(connection);
    setTimeout(() => connection.stream.destroy(), 5);
    await expect(readAll(copy)).rejects.toThrow('the connection closed during COPY');
  });
});

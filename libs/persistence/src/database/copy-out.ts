import type { Duplex } from 'node:stream';
import type { ClientBase, Connection, Submittable } from 'pg';

// Neither Nest nor TypeORM is loaded here: `audit:verify` reads the log through this on a plain
// connection.

/** Protocol message codes (PostgreSQL, "Message Formats"). */
const COPY_DATA = 0x64; // 'd'
const COPY_DONE = 0x63; // 'c'
const COPY_OUT_RESPONSE = 0x48; // 'H'
/** Asynchronous messages the server may send at any time, a COPY included. */
const NOTICE = 0x4e; // 'N'
const PARAMETER_STATUS = 0x53; // 'S'
const NOTIFICATION = 0x41; // 'A'
/** A message's type byte and its length (which counts itself). */
const HEADER = 5;

type DataListener = (chunk: Buffer) => void;

/**
 * `COPY … TO STDOUT` as the bytes of its rows, chunk by chunk as the socket delivers them: each
 * chunk the socket reads has the CopyData payloads it holds moved down over their message headers,
 * in place, and is handed on as one slice. PostgreSQL sends one CopyData message per row, so a
 * reader that copied each payload out (pg-copy-streams takes each into a list and joins them again)
 * spent most of its time per row on that; here a row costs one `copy` within the chunk. What the
 * caller gets is the COPY's byte stream, cut anywhere, as from any COPY reader.
 *
 * From the query's submission to CopyDone the socket is read here, in paused mode, so the server is
 * read only as fast as the caller iterates; then the rest (CommandComplete, ReadyForQuery) goes
 * back to node-postgres, which ends the query. An ErrorResponse, before or during the rows, also
 * goes back to node-postgres, and the iteration throws it.
 *
 * Iterate it once. A caller that stops early must discard the connection: the rest of the COPY is
 * still on its way.
 */
export class CopyOut implements Submittable, AsyncIterable<Buffer> {
  private stream: Duplex | undefined;
  private dataListener: DataListener | undefined;
  /** The header of the message being read: its type byte, then its length's four bytes. */
  private readonly header = Buffer.alloc(HEADER);
  private headerFill = 0;
  /** Bytes of the current message's body still to come, and whether they are row bytes. */
  private bodyLeft = 0;
  private bodyIsData = false;
  /** Back to node-postgres: the COPY's own messages are over. */
  private detached = false;
  private finished = false;
  private failure: Error | undefined;
  private wake: (() => void) | undefined;

  constructor(private readonly text: string) {}

  /** Called by node-postgres when the query's turn comes on the connection. */
  submit(connection: Connection): void {
    const stream = connection.stream;
    const listeners = stream.listeners('data') as DataListener[];
    const listener = listeners[0];
    if (listeners.length !== 1 || listener === undefined) {
      throw new Error(`expected one reader of the connection, found ${listeners.length}`);
    }
    this.stream = stream;
    this.dataListener = listener;
    stream.removeListener('data', listener);
    stream.pause();
    stream.on('readable', this.onReadable);
    stream.on('close', this.onClose);
    connection.query(this.text);
  }

  handleError(error: Error): void {
    this.failure ??= error;
    this.onReadable();
  }

  handleCommandComplete(): void {}

  handleReadyForQuery(): void {
    this.finished = true;
    this.onReadable();
  }

  async *[Symbol.asyncIterator](): AsyncIterator<Buffer> {
    for (;;) {
      if (this.failure) throw this.failure;
      if (this.finished) return;
      const chunk = this.detached ? null : (this.stream?.read() as Buffer | null | undefined);
      if (chunk === null || chunk === undefined) {
        await new Promise<void>((resolve) => (this.wake = resolve));
        continue;
      }
      const rows = this.rowsOf(chunk);
      if (rows.length > 0) yield rows;
    }
  }

  private readonly onReadable = (): void => {
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  };

  private readonly onClose = (): void => {
    this.failure ??= new Error('the connection closed during COPY');
    this.onReadable();
  };

  /**
   * The chunk's row bytes, moved to its start over the headers between them; when the COPY's own
   * messages end in this chunk, what follows goes back to node-postgres.
   */
  private rowsOf(chunk: Buffer): Buffer {
    const length = chunk.length;
    let read = 0;
    let write = 0;
    while (read < length) {
      if (this.bodyLeft > 0) {
        const take = Math.min(this.bodyLeft, length - read);
        if (this.bodyIsData) {
          // TypedArray's own copyWithin: Buffer#copy checks its arguments in JavaScript first.
          if (write !== read) chunk.copyWithin(write, read, read + take);
          write += take;
        }
        read += take;
        this.bodyLeft -= take;
        continue;
      }
      let code: number;
      if (this.headerFill === 0 && read + HEADER <= length) {
        // The whole header is here (the usual case): read it where it lies.
        code = chunk[read] as number;
        if (!isCopyMessage(code)) {
          this.detach(chunk.subarray(read));
          break;
        }
        this.bodyLeft = chunk.readUInt32BE(read + 1) - 4;
        read += HEADER;
      } else {
        if (this.headerFill === 0 && !isCopyMessage(chunk[read])) {
          // An ErrorResponse, or whatever else ends the COPY early: node-postgres reads it.
          this.detach(chunk.subarray(read));
          break;
        }
        const take = Math.min(HEADER - this.headerFill, length - read);
        chunk.copy(this.header, this.headerFill, read, read + take);
        this.headerFill += take;
        read += take;
        if (this.headerFill < HEADER) break;
        this.headerFill = 0;
        code = this.header[0] as number;
        this.bodyLeft = this.header.readUInt32BE(1) - 4;
      }
      this.bodyIsData = code === COPY_DATA;
      if (code === COPY_DONE && this.bodyLeft === 0) {
        this.detach(chunk.subarray(read));
        break;
      }
    }
    return chunk.subarray(0, write);
  }

  private detach(rest: Buffer): void {
    const stream = this.stream;
    const listener = this.dataListener;
    if (!stream || !listener) return;
    this.detached = true;
    stream.removeListener('readable', this.onReadable);
    stream.removeListener('close', this.onClose);
    stream.on('data', listener);
    if (rest.length > 0) listener(rest);
    // Leaving paused mode: 'data' listeners alone do not resume a stream that was read by hand.
    process.nextTick(() => stream.resume());
  }
}

function isCopyMessage(code: number | undefined): boolean {
  return (
    code === COPY_DATA ||
    code === COPY_DONE ||
    code === COPY_OUT_RESPONSE ||
    code === NOTICE ||
    code === PARAMETER_STATUS ||
    code === NOTIFICATION
  );
}

/** Runs `COPY … TO STDOUT` on the client; iterate the result for the bytes of its rows. */
export function copyOut(client: ClientBase, text: string): AsyncIterable<Buffer> {
  return client.query(new CopyOut(text));
}

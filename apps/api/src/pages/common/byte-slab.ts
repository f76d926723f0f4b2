/** Slices are started at multiples of this, as Node's own Buffer pool does. */
const ALIGN = 8;
/** The most bytes a UTF-16 code unit takes in UTF-8. */
const MAX_UTF8_PER_UNIT = 3;

/**
 * Response bodies as slices of larger slabs. A page is some 12 to 20 KB: a Buffer that large gets
 * memory of its own outside the heap, allocated for each response and freed by the collector
 * afterwards, and a text handed to the response is measured (the Content-Length) and then encoded
 * again by the socket. A slice is written once, in one pass, and handed to the response; no slice
 * is ever written again, and a slab is freed once the last response that holds a slice of it is
 * gone (Node pools small Buffers the same way).
 */
export class ByteSlab {
  private slab: Buffer;
  private used = 0;

  constructor(private readonly size: number) {
    this.slab = Buffer.allocUnsafe(size);
  }

  /** A slice of `bytes` that nothing else is, or will ever be, written to. */
  allocate(bytes: number): Buffer {
    if (bytes > this.size / 4) return Buffer.allocUnsafe(bytes);
    this.makeRoom(bytes);
    return this.take(bytes);
  }

  /** `text` as UTF-8. */
  encode(text: string): Buffer {
    const most = text.length * MAX_UTF8_PER_UNIT;
    if (most > this.size / 4) return Buffer.from(text, 'utf8');
    this.makeRoom(most);
    // Room for the most it can take, so all of it is written.
    return this.take(this.slab.write(text, this.used, 'utf8'));
  }

  private makeRoom(bytes: number): void {
    if (this.used + bytes > this.size) {
      this.slab = Buffer.allocUnsafe(this.size);
      this.used = 0;
    }
  }

  private take(bytes: number): Buffer {
    const slice = this.slab.subarray(this.used, this.used + bytes);
    this.used += Math.ceil(bytes / ALIGN) * ALIGN;
    return slice;
  }
}

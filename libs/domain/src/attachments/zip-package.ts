import { finished } from 'node:stream/promises';
import { fromBufferPromise, type ZipFile } from 'yauzl';

/**
 * How far an Office Open XML or OpenDocument file, a ZIP archive, may expand. A real document
 * unpacks to a few times its size (XML compresses about tenfold, images not at all); a zip bomb
 * to thousands of times (1 MB into 1 GiB), and the case handler who opens it pays for that.
 */
export const ZIP_PACKAGE_LIMITS = {
  /** Parts in the archive; a long presentation has a few thousand. */
  maxEntries: 10_000,
  /** Expanded bytes per byte of archive: Apache POI's default limit for Office files. */
  maxRatio: 100,
  /** Allowed whatever the ratio, so a small document full of repeated text is not refused. */
  minAllowanceBytes: 10 * 1024 * 1024,
  /** Never more, whatever the size: far beyond what any office program opens comfortably. */
  maxExpandedBytes: 512 * 1024 * 1024,
} as const;

export type ZipPackageCheck = 'ok' | 'expands_too_much' | 'unreadable';

/** The expanded size a package of `size` bytes may have. */
export function allowedExpandedBytes(size: number): number {
  const { maxRatio, minAllowanceBytes, maxExpandedBytes } = ZIP_PACKAGE_LIMITS;
  return Math.min(maxExpandedBytes, Math.max(minAllowanceBytes, maxRatio * size));
}

/**
 * Whether a ZIP package stays within ZIP_PACKAGE_LIMITS, read with yauzl. First its central
 * directory, without inflating anything: the entry count and the sum of the declared sizes (which
 * also catches bombs whose entries overlap, each declaring the whole). Then every entry is inflated
 * once and discarded, because a declared size can lie: yauzl fails a stream as soon as it yields
 * more than its entry declared, so that work is bounded by the sum just checked.
 */
export async function checkZipPackage(content: Uint8Array): Promise<ZipPackageCheck> {
  let zip: ZipFile;
  try {
    zip = await fromBufferPromise(
      Buffer.from(content.buffer, content.byteOffset, content.byteLength),
      { lazyEntries: true, validateEntrySizes: true },
    );
  } catch {
    return 'unreadable';
  }
  try {
    if (zip.entryCount > ZIP_PACKAGE_LIMITS.maxEntries) return 'expands_too_much';
    const allowed = allowedExpandedBytes(content.byteLength);
    const entries = [];
    let declared = 0;
    for await (const entry of zip.eachEntry()) {
      declared += entry.uncompressedSize;
      if (declared > allowed) return 'expands_too_much';
      if (!entry.canDecodeFileData()) return 'unreadable';
      entries.push(entry);
    }
    for (const entry of entries) {
      await finished((await zip.openReadStreamPromise(entry)).resume());
    }
    return 'ok';
  } catch {
    // A malformed directory, a stream that is not deflate, or one longer than it declared.
    return 'unreadable';
  } finally {
    zip.close();
  }
}

import { must } from '@candor/platform/checks/must.js';
import { type AttachmentExtension, MAX_FILE_NAME_LENGTH } from './attachment-policy.js';

const FALLBACK_STEM = 'attachment';
/**
 * Control and format characters: C0/C1 controls, bidi overrides and isolates (which make
 * `invoice‮fdp.exe` display as `invoiceexe.pdf`), zero-width spaces, soft hyphens, byte order
 * marks, and line/paragraph separators. Zero-width (non-)joiners stay: Persian and Indic names are
 * spelled with them, emoji sequences are built with them, and they cannot reorder what is shown.
 */
const INVISIBLE = /(?![\u200C\u200D])[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;
/** Reserved on Windows, where case handlers save downloads. */
const WINDOWS_RESERVED_CHARACTERS = /[<>:"|?*]/g;
/** Device names Windows will not create a file for, whatever the extension (CON.txt, nul.pdf). */
const WINDOWS_DEVICE_NAME = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
/** What we treat as an extension to replace: short, alphanumeric, with at least one letter. */
const EXTENSION_LIKE = /^(?=.*\p{L})[\p{L}\p{N}]{1,8}$/u;

/**
 * The name a stored attachment is served under: the reporter's name, cleaned, with the canonical
 * extension of the type detected from its content.
 *
 * - Only the last path component is kept: some browsers send a full client path
 *   (`C:\Users\jane.doe\Desktop\notes.pdf`), and the user name in it identifies the reporter.
 * - Invisible and Windows-reserved characters go; whitespace runs become one space; leading dots
 *   (hidden files, `..`) and trailing dots and spaces (dropped by Windows) are trimmed.
 * - The last extension is replaced by the canonical one when it differs, so the name can never
 *   make a file open in another program than its content calls for: `invoice.pdf.exe` holding a
 *   PDF becomes `invoice.pdf`, `photo.png` holding a JPEG `photo.jpg`, and `notes v2.3` holding
 *   text `notes v2.3.txt` (a number is not an extension).
 * - At most MAX_FILE_NAME_LENGTH UTF-8 bytes, cut between graphemes; `attachment` when nothing is
 *   left.
 *
 * The original name is stored as sent (encrypted); this one is what Content-Disposition carries.
 */
export function safeFileName(declaredName: string, extension: AttachmentExtension): string {
  const lastComponent = declaredName.normalize('NFC').split(/[/\\]/).pop() ?? '';
  const cleaned = trimDotsAndSpaces(
    lastComponent
      .replace(INVISIBLE, '')
      .replace(WINDOWS_RESERVED_CHARACTERS, '_')
      .replace(/\s+/gu, ' '),
  );
  let stem = trimDotsAndSpaces(withoutExtension(cleaned));
  // `report.pdf.exe`: once `.exe` is gone, do not add a second `.pdf`.
  if (lastExtension(stem)?.toLowerCase() === extension) {
    stem = trimDotsAndSpaces(stem.slice(0, -extension.length - 1));
  }
  // `.pdf` (or `pdf`) for a PDF: the name was only an extension.
  if (stem === '' || stem.toLowerCase() === extension) stem = FALLBACK_STEM;
  // The part before the first dot (split always answers one) names a device: `con.txt` is CON.
  const device = must(stem.split('.')[0], 'the part before the first dot');
  if (WINDOWS_DEVICE_NAME.test(device)) stem = `_${stem}`;
  return `${truncateToBytes(stem, MAX_FILE_NAME_LENGTH - extension.length - 1)}.${extension}`;
}

function lastExtension(name: string): string | undefined {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1) : undefined;
}

function withoutExtension(name: string): string {
  const extension = lastExtension(name);
  return extension !== undefined && EXTENSION_LIKE.test(extension)
    ? name.slice(0, -extension.length - 1)
    : name;
}

function trimDotsAndSpaces(name: string): string {
  return name.replace(/^[. ]+/, '').replace(/[. ]+$/, '');
}

function truncateToBytes(stem: string, maxBytes: number): string {
  if (Buffer.byteLength(stem, 'utf8') <= maxBytes) return stem;
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  let result = '';
  let bytes = 0;
  for (const { segment } of segmenter.segment(stem)) {
    const size = Buffer.byteLength(segment, 'utf8');
    if (bytes + size > maxBytes) break;
    result += segment;
    bytes += size;
  }
  // Cutting can expose a trailing dot or space again.
  return trimDotsAndSpaces(result) || FALLBACK_STEM;
}

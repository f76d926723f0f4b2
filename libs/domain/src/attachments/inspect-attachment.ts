import { fileTypeFromBuffer } from 'file-type';
import {
  ATTACHMENT_MESSAGES,
  type AllowedAttachmentType,
  type AttachmentKind,
  MAX_FILE_BYTES,
  attachmentType,
  attachmentTypeForMediaType,
} from './attachment-policy.js';
import { AttachmentRejected } from './attachment-rejected.js';
import { classifyCompoundFile } from './compound-file.js';
import { classifyText } from './classify-text.js';
import { checkZipPackage } from './zip-package.js';

type Accepted<T extends AllowedAttachmentType> = T extends unknown
  ? {
      readonly ok: true;
      readonly kind: T['kind'];
      readonly mediaType: T['mediaType'];
      readonly extension: T['extension'];
      /** When true, store only the output of stripImageMetadata(). */
      readonly isImage: T['isImage'];
    }
  : never;

/** One member per allowed kind, so `if (result.isImage)` narrows mediaType to an image type. */
export type InspectionAccepted = Accepted<AllowedAttachmentType>;

export interface InspectionRefused {
  readonly ok: false;
  readonly reason: 'empty' | 'unsupported_type' | 'too_large';
  /** One of ATTACHMENT_MESSAGES: never the file's name or content. */
  readonly message: string;
}

export type InspectionResult = InspectionAccepted | InspectionRefused;

/** The error to throw for a refusal, for callers that stop at the first bad file. */
export function rejectionFor(refusal: InspectionRefused): AttachmentRejected {
  return new AttachmentRejected(refusal.reason, refusal.message);
}

/**
 * Decides what a file is from its bytes, and whether we take it. The declared name is consulted
 * only to tell CSV from plain text; the declared Content-Type is not an input at all.
 *
 * Order: file-type's magic-number detection; compound files (cfb) by their directory, and Office
 * and OpenDocument packages (ZIP) by how far they expand (zip-package.ts); then text.
 * Text is tried even when file-type named a format we refuse, because file-type recognises some
 * formats by two or three printable bytes (a note starting "BMW" is a BMP image to it, "MZ" an
 * executable), while a real image or executable always contains NUL bytes and is never taken for
 * text.
 */
export async function inspectAttachment(
  content: Uint8Array,
  declaredName: string,
): Promise<InspectionResult> {
  if (content.length === 0) return refuse('empty', ATTACHMENT_MESSAGES.empty);
  if (content.length > MAX_FILE_BYTES) return refuse('too_large', ATTACHMENT_MESSAGES.tooLarge);

  const detected = await detectMediaType(content);
  let binaryRefusal: string = ATTACHMENT_MESSAGES.unsupported;
  if (detected === 'application/x-cfb') {
    const compound = classifyCompoundFile(content);
    if ('kind' in compound) return accept(compound.kind);
    binaryRefusal = compoundRefusalMessage(compound.refused);
  } else if (detected !== undefined) {
    const allowed = attachmentTypeForMediaType(detected);
    if (allowed !== undefined && ZIP_PACKAGES.has(allowed.kind)) {
      switch (await checkZipPackage(content)) {
        case 'ok':
          return accept(allowed.kind);
        case 'expands_too_much':
          return refuse('too_large', ATTACHMENT_MESSAGES.expandsTooMuch);
        case 'unreadable':
          return refuse('unsupported_type', ATTACHMENT_MESSAGES.unreadableDocument);
      }
    }
    if (allowed !== undefined) return accept(allowed.kind);
    binaryRefusal = refusalMessageFor(detected);
  }

  const text = classifyText(content, declaredName);
  if ('kind' in text) return accept(text.kind);
  if (text.refused === 'markup') return refuse('unsupported_type', ATTACHMENT_MESSAGES.markup);
  return refuse('unsupported_type', binaryRefusal);
}

/** The allowed kinds that are ZIP archives, checked against zip bombs before they are taken. */
const ZIP_PACKAGES: ReadonlySet<AttachmentKind> = new Set([
  'docx',
  'xlsx',
  'pptx',
  'odt',
  'ods',
  'odp',
]);

async function detectMediaType(content: Uint8Array): Promise<string | undefined> {
  try {
    return (await fileTypeFromBuffer(content))?.mime;
  } catch {
    // A parser error on malformed input means "not a format file-type knows"; the text check and
    // the allow-list still decide.
    return undefined;
  }
}

function accept(kind: AttachmentKind): InspectionAccepted {
  const { mediaType, extension, isImage } = attachmentType(kind);
  // The table entry for `kind` has exactly these fields; TypeScript cannot correlate them.
  return { ok: true, kind, mediaType, extension, isImage } as InspectionAccepted;
}

function refuse(reason: InspectionRefused['reason'], message: string): InspectionRefused {
  return { ok: false, reason, message };
}

/** A more helpful message than "not accepted" for the refusals reporters are likely to meet. */
function refusalMessageFor(mediaType: string): string {
  if (/^image\/hei[cf]/.test(mediaType)) return ATTACHMENT_MESSAGES.heic;
  if (mediaType.startsWith('image/')) return ATTACHMENT_MESSAGES.otherImage;
  if (/macroenabled/i.test(mediaType)) return ATTACHMENT_MESSAGES.macros;
  if (ARCHIVE_MEDIA_TYPES.has(mediaType)) return ATTACHMENT_MESSAGES.archive;
  return ATTACHMENT_MESSAGES.unsupported;
}

const ARCHIVE_MEDIA_TYPES = new Set([
  'application/zip',
  'application/x-7z-compressed',
  'application/x-rar-compressed',
  'application/gzip',
  'application/x-tar',
  'application/x-bzip2',
  'application/x-xz',
  'application/zstd',
]);

function compoundRefusalMessage(refused: 'macros' | 'encrypted' | 'unknown'): string {
  switch (refused) {
    case 'macros':
      return ATTACHMENT_MESSAGES.macros;
    case 'encrypted':
      return ATTACHMENT_MESSAGES.encrypted;
    case 'unknown':
      return ATTACHMENT_MESSAGES.unsupported;
  }
}

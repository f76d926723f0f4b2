import { ZIP_PACKAGE_LIMITS } from './zip-package.js';

// What a reporter may attach, as data (product.md §2, issue 3 "Attachments"). The type of a file is
// decided from its content by inspectAttachment(); this table says which of the detected types we
// keep, under which media type and extension we store and serve them, and which ones are images that
// stripImageMetadata() re-encodes before storage.

/** Per request (web form or reporter upload). */
export const MAX_FILES_PER_REQUEST = 10;
/** 25 MiB per file. */
export const MAX_FILE_BYTES = 25 * 1024 * 1024;
/**
 * Upper bound for a stored or served file name, in UTF-8 bytes: 255 bytes is the limit of the
 * common file systems (ext4, APFS, NTFS in UTF-16 units is looser), so a case handler can always
 * save the download under the name we give it.
 */
export const MAX_FILE_NAME_LENGTH = 255;

/** The shape of one allowed kind; the table below is checked against it. */
export interface AttachmentTypeDefinition {
  readonly kind: string;
  /** What we store and serve as Content-Type. */
  readonly mediaType: string;
  /** Canonical extension, lower case, without the dot; safeFileName() puts it on every name. */
  readonly extension: string;
  /** Shown to reporters and staff. */
  readonly label: string;
  /** True for images that are re-encoded without metadata before storage. */
  readonly isImage: boolean;
}

export const ALLOWED_ATTACHMENT_TYPES = [
  {
    kind: 'pdf',
    mediaType: 'application/pdf',
    extension: 'pdf',
    label: 'PDF document',
    isImage: false,
  },
  { kind: 'jpeg', mediaType: 'image/jpeg', extension: 'jpg', label: 'JPEG image', isImage: true },
  { kind: 'png', mediaType: 'image/png', extension: 'png', label: 'PNG image', isImage: true },
  { kind: 'gif', mediaType: 'image/gif', extension: 'gif', label: 'GIF image', isImage: true },
  { kind: 'webp', mediaType: 'image/webp', extension: 'webp', label: 'WebP image', isImage: true },
  // Text is only ever accepted after it decoded as UTF-8, so it can be served with charset=utf-8.
  { kind: 'text', mediaType: 'text/plain', extension: 'txt', label: 'Plain text', isImage: false },
  { kind: 'csv', mediaType: 'text/csv', extension: 'csv', label: 'CSV table', isImage: false },
  {
    kind: 'docx',
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extension: 'docx',
    label: 'Word document',
    isImage: false,
  },
  {
    kind: 'xlsx',
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extension: 'xlsx',
    label: 'Excel workbook',
    isImage: false,
  },
  {
    kind: 'pptx',
    mediaType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    extension: 'pptx',
    label: 'PowerPoint presentation',
    isImage: false,
  },
  {
    kind: 'odt',
    mediaType: 'application/vnd.oasis.opendocument.text',
    extension: 'odt',
    label: 'OpenDocument text',
    isImage: false,
  },
  {
    kind: 'ods',
    mediaType: 'application/vnd.oasis.opendocument.spreadsheet',
    extension: 'ods',
    label: 'OpenDocument spreadsheet',
    isImage: false,
  },
  {
    kind: 'odp',
    mediaType: 'application/vnd.oasis.opendocument.presentation',
    extension: 'odp',
    label: 'OpenDocument presentation',
    isImage: false,
  },
  {
    kind: 'eml',
    mediaType: 'message/rfc822',
    extension: 'eml',
    label: 'Email message',
    isImage: false,
  },
  // file-type reports every OLE compound file as `cfb`: Outlook messages, but also legacy Office
  // documents, Windows Installer packages and password-protected Office files. We read the
  // compound file's directory (compound-file.ts) and keep only the four kinds below, each under its
  // own media type, so that a .doc is not served as an Outlook message and an .msi is refused.
  {
    kind: 'msg',
    mediaType: 'application/vnd.ms-outlook',
    extension: 'msg',
    label: 'Outlook message',
    isImage: false,
  },
  {
    kind: 'doc',
    mediaType: 'application/msword',
    extension: 'doc',
    label: 'Word 97-2003 document',
    isImage: false,
  },
  {
    kind: 'xls',
    mediaType: 'application/vnd.ms-excel',
    extension: 'xls',
    label: 'Excel 97-2003 workbook',
    isImage: false,
  },
  {
    kind: 'ppt',
    mediaType: 'application/vnd.ms-powerpoint',
    extension: 'ppt',
    label: 'PowerPoint 97-2003 presentation',
    isImage: false,
  },
  // HEIC is deliberately absent. The prebuilt sharp decodes HEIF only with AV1 inside
  // (sharp.format.heif.input.fileSuffix is ['.avif']), not HEVC, so we could neither re-encode an
  // iPhone photo nor remove its location data; it is refused with a message asking for JPEG.
  // attachment-policy.spec.ts fails if the installed sharp gains HEIC support, to revisit this.
] as const satisfies readonly AttachmentTypeDefinition[];

export type AllowedAttachmentType = (typeof ALLOWED_ATTACHMENT_TYPES)[number];
export type AttachmentKind = AllowedAttachmentType['kind'];
export type AttachmentMediaType = AllowedAttachmentType['mediaType'];
export type AttachmentExtension = AllowedAttachmentType['extension'];
export type ImageAttachmentType = Extract<AllowedAttachmentType, { isImage: true }>;
export type ImageMediaType = ImageAttachmentType['mediaType'];

export const ALLOWED_MEDIA_TYPES: readonly AttachmentMediaType[] = ALLOWED_ATTACHMENT_TYPES.map(
  (type) => type.mediaType,
);

const TYPES_BY_KIND = new Map<AttachmentKind, AllowedAttachmentType>(
  ALLOWED_ATTACHMENT_TYPES.map((type) => [type.kind, type]),
);

export function attachmentType(kind: AttachmentKind): AllowedAttachmentType {
  const type = TYPES_BY_KIND.get(kind);
  // Unreachable while the map is built from the same table the type is derived from.
  if (type === undefined) throw new Error(`attachment kind without a definition: ${kind}`);
  return type;
}

export function attachmentTypeForMediaType(mediaType: string): AllowedAttachmentType | undefined {
  return ALLOWED_ATTACHMENT_TYPES.find((type) => type.mediaType === mediaType);
}

export function isImageMediaType(mediaType: string): mediaType is ImageMediaType {
  return attachmentTypeForMediaType(mediaType)?.isImage === true;
}

/**
 * Shown next to the file picker and again with the upload result. Reporters decide what to send;
 * this tells them what we clean and what we cannot.
 */
export const METADATA_WARNING =
  'We remove location, camera and author details from photos and other images before storing ' +
  'them. Other files (PDFs, Word, Excel, PowerPoint and OpenDocument files, emails) are stored ' +
  'exactly as you send them, and may carry hidden details such as your name, your organisation, ' +
  "your computer's name or email addresses. File names are kept too. If that matters to you, " +
  'remove those details or rename the file before uploading, or send a screenshot instead.';

/**
 * What the reporter reads when a file is refused. Short, actionable, and never built from the file's
 * name or content: refusals can end up in logs and in the case's upload history.
 */
export const ATTACHMENT_MESSAGES = {
  empty: 'The file is empty.',
  tooLarge: 'The file is larger than 25 MB. Split it or reduce its size, then try again.',
  unsupported:
    'This type of file is not accepted. You can send PDF, JPEG, PNG, GIF or WebP images, plain ' +
    'text or CSV, Word, Excel, PowerPoint or OpenDocument files, and emails (.eml, .msg).',
  heic:
    'HEIC photos are not accepted because we cannot remove their location data. Send the photo ' +
    'as JPEG instead (on an iPhone: Settings > Camera > Formats > Most Compatible).',
  otherImage: 'This image format is not accepted. Send the picture as JPEG or PNG.',
  archive: 'Archives such as .zip files are not accepted. Attach the files inside it one by one.',
  macros:
    'Documents that contain macros are not accepted. Save it as an ordinary document ' +
    '(.docx, .xlsx or .pptx) and try again.',
  encrypted:
    'Password-protected documents are not accepted because we cannot check what they contain. ' +
    'Remove the password and try again.',
  markup:
    'Web pages and SVG images are not accepted because they can contain scripts. Save the page ' +
    'as PDF or send a screenshot instead.',
  unreadableImage: 'This image could not be read. Export it again as JPEG or PNG and try again.',
  expandsTooMuch:
    `This document unpacks to far more than its size (over ${ZIP_PACKAGE_LIMITS.maxRatio} times, ` +
    `${ZIP_PACKAGE_LIMITS.maxExpandedBytes / 2 ** 20} MB or ` +
    `${ZIP_PACKAGE_LIMITS.maxEntries.toLocaleString('en')} parts). Save it again, or send it as PDF.`,
  unreadableDocument:
    'This document could not be read: it may be damaged. Save it again, or send it as PDF.',
  imageTooLarge:
    'This image has too many pixels to process (more than 100 megapixels). Reduce its size and ' +
    'try again.',
} as const;

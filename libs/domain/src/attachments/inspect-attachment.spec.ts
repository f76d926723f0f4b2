import { randomBytes } from 'node:crypto';
import { constants, crc32, deflateRawSync } from 'node:zlib';
import sharp from 'sharp';
import { ATTACHMENT_MESSAGES, type AttachmentKind, MAX_FILE_BYTES } from './attachment-policy.js';
import { AttachmentRejected } from './attachment-rejected.js';
import { readCompoundFileEntryNames } from './compound-file.js';
import { type InspectionRefused, inspectAttachment, rejectionFor } from './inspect-attachment.js';

// Every file is built here, from the bytes each format's specification asks for, so the tests say
// what makes a file count as that type and need no fixtures.

const image = (format: 'jpeg' | 'png' | 'gif' | 'webp' | 'tiff' | 'avif'): Promise<Buffer> =>
  sharp({ create: { width: 4, height: 3, channels: 3, background: '#3a6' } })
    .toFormat(format)
    .toBuffer();

const text = (value: string): Buffer => Buffer.from(value, 'utf8');

/** An entry of zip(): text or bytes stored as they are, or raw deflate data. */
interface ZipEntry {
  stored?: string | Buffer;
  deflated?: Buffer;
  /** The uncompressed size to declare; for deflated data it is not checked against it. */
  size?: number;
}

/** A zip archive with the entries given, in that order (text entries are stored). */
function zip(
  entries: Record<string, string | ZipEntry> | Array<[string, string | ZipEntry]>,
): Buffer {
  const list = Array.isArray(entries) ? entries : Object.entries(entries);
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, entry] of list) {
    const { stored, deflated, size } = typeof entry === 'string' ? { stored: entry } : entry;
    const nameBytes = Buffer.from(name, 'utf8');
    const data = deflated ?? Buffer.from(stored ?? '');
    const crc = deflated ? 0 : crc32(data);
    const method = deflated ? 8 : 0;
    const uncompressed = size ?? data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(uncompressed, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // version made by
    central.writeUInt16LE(20, 6); // version needed
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(uncompressed, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(list.length, 8);
  end.writeUInt16LE(list.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const MiB = 1024 * 1024;

/**
 * Raw deflate data that expands to `mebibytes` MiB of zeros, without ever holding them: one
 * compressed MiB ending in a full flush (so each copy stands alone), repeated, then an empty final
 * block. About 1 KB per MiB.
 */
function deflatedZeros(mebibytes: number): Buffer {
  const block = deflateRawSync(Buffer.alloc(MiB), {
    finishFlush: constants.Z_FULL_FLUSH,
    level: 9,
  });
  return Buffer.concat([...Array<Buffer>(mebibytes).fill(block), Buffer.from([0x03, 0x00])]);
}

const WORD_CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';

/** A Word document whose main part is `document` (and `extra` parts after it). */
const docx = (document: ZipEntry, extra: Array<[string, ZipEntry]> = []): Buffer =>
  zip([['[Content_Types].xml', WORD_CONTENT_TYPES], ['word/document.xml', document], ...extra]);

/** An Office Open XML package: [Content_Types].xml naming the main part, and that part. */
function ooxml(mainPart: string, mainContentType: string): Buffer {
  return zip({
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      `<Override PartName="/${mainPart}" ContentType="${mainContentType}"/></Types>`,
    [mainPart]: '<?xml version="1.0"?><document/>',
  });
}

/** An OpenDocument package: the uncompressed `mimetype` entry comes first. */
const odf = (mediaType: string): Buffer =>
  zip({ mimetype: mediaType, 'content.xml': '<?xml version="1.0"?><office:document-content/>' });

const FREE_SECTOR = 0xffffffff;
const END_OF_CHAIN = 0xfffffffe;
const FAT_SECTOR = 0xfffffffd;

/**
 * An OLE compound file ([MS-CFB]) whose directory holds a root entry and one stream per name:
 * sector 0 is the FAT, the directory follows in as many sectors as it needs, chained in the FAT.
 */
function compoundFile(
  names: readonly string[],
  { sectorShift = 9, cyclicDirectory = false } = {},
): Buffer {
  const sectorSize = 1 << sectorShift;
  const entriesPerSector = sectorSize / 128;
  const entries = ['Root Entry', ...names];
  const directorySectors = Math.ceil(entries.length / entriesPerSector);
  const file = Buffer.alloc(sectorSize * (2 + directorySectors));
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(file, 0);
  file.writeUInt16LE(0x3e, 0x18); // minor version
  file.writeUInt16LE(sectorShift === 9 ? 3 : 4, 0x1a); // major version
  file.writeUInt16LE(0xfffe, 0x1c); // little-endian
  file.writeUInt16LE(sectorShift, 0x1e);
  file.writeUInt16LE(6, 0x20); // mini sector shift
  file.writeUInt32LE(1, 0x2c); // one FAT sector
  file.writeUInt32LE(1, 0x30); // the directory starts in sector 1
  file.writeUInt32LE(0x1000, 0x38); // mini stream cutoff
  file.writeUInt32LE(END_OF_CHAIN, 0x3c); // no mini FAT
  file.writeUInt32LE(END_OF_CHAIN, 0x44); // no DIFAT sectors
  file.writeUInt32LE(0, 0x4c); // the FAT is sector 0
  for (let i = 1; i < 109; i++) file.writeUInt32LE(FREE_SECTOR, 0x4c + i * 4);
  const fat = sectorSize;
  for (let i = 0; i < sectorSize / 4; i++) file.writeUInt32LE(FREE_SECTOR, fat + i * 4);
  file.writeUInt32LE(FAT_SECTOR, fat);
  for (let s = 1; s <= directorySectors; s++) {
    const next = s < directorySectors ? s + 1 : cyclicDirectory ? 1 : END_OF_CHAIN;
    file.writeUInt32LE(next, fat + s * 4);
  }
  entries.forEach((name, i) => {
    const entry = sectorSize * 2 + i * 128;
    const nameBytes = Buffer.from(`${name}\0`, 'utf16le');
    nameBytes.copy(file, entry);
    file.writeUInt16LE(nameBytes.length, entry + 0x40);
    file.writeUInt8(i === 0 ? 5 : 2, entry + 0x42); // root storage, then streams
    file.writeUInt32LE(FREE_SECTOR, entry + 0x44); // no siblings or children: we read names only
    file.writeUInt32LE(FREE_SECTOR, entry + 0x48);
    file.writeUInt32LE(FREE_SECTOR, entry + 0x4c);
    file.writeUInt32LE(END_OF_CHAIN, entry + 0x74);
  });
  return file;
}

const OUTLOOK_MESSAGE = [
  '__nameid_version1.0',
  '__properties_version1.0',
  '__substg1.0_0037001F',
  '__substg1.0_1000001F',
];

/** A minimal PE executable: the MZ header, e_lfanew, and the PE signature (with its NULs). */
function windowsExecutable(): Buffer {
  const file = Buffer.alloc(256);
  file.write('MZ', 0, 'latin1');
  file.writeUInt32LE(0x80, 0x3c);
  file.write('PE\0\0', 0x80, 'latin1');
  return file;
}

function elfExecutable(): Buffer {
  const file = Buffer.alloc(64);
  Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]).copy(file, 0);
  return file;
}

/** An ISO-BMFF `ftyp` box with the brands an iPhone writes. */
function heic(): Buffer {
  const file = Buffer.alloc(64);
  file.writeUInt32BE(24, 0);
  file.write('ftypheic', 4, 'latin1');
  file.write('mif1heic', 16, 'latin1');
  return file;
}

const EMAIL = [
  'Received: from mail.example.org by mx.example.com; Mon, 2 Mar 2026 09:15:27 +0000',
  'From: "A Colleague" <colleague@example.org>',
  'To: finance@example.com',
  'Subject: Re: the invoices',
  '\tcontinued on a folded line',
  'Date: Mon, 2 Mar 2026 09:15:27 +0000',
  'Message-ID: <123@example.org>',
  'MIME-Version: 1.0',
  '',
  'Please book these before the audit.',
].join('\r\n');

type Build = () => Buffer | Promise<Buffer>;

describe(inspectAttachment.name, () => {
  describe('accepts', () => {
    const cases: [string, Build, string, AttachmentKind, string][] = [
      [
        'a PDF',
        () => text('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n%%EOF\n'),
        'r.pdf',
        'pdf',
        'application/pdf',
      ],
      ['a JPEG', () => image('jpeg'), 'photo.jpg', 'jpeg', 'image/jpeg'],
      ['a PNG', () => image('png'), 'shot.png', 'png', 'image/png'],
      ['a GIF', () => image('gif'), 'anim.gif', 'gif', 'image/gif'],
      ['a WebP image', () => image('webp'), 'photo.webp', 'webp', 'image/webp'],
      ['a PNG named .pdf, as PNG', () => image('png'), 'scan.pdf', 'png', 'image/png'],
      ['a JPEG with no name', () => image('jpeg'), '', 'jpeg', 'image/jpeg'],
      [
        'a Word document',
        () =>
          ooxml(
            'word/document.xml',
            'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
          ),
        'minutes.docx',
        'docx',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      ],
      [
        'an Excel workbook',
        () =>
          ooxml(
            'xl/workbook.xml',
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
          ),
        'ledger.xlsx',
        'xlsx',
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      ],
      [
        'a PowerPoint presentation',
        () =>
          ooxml(
            'ppt/presentation.xml',
            'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml',
          ),
        'deck.pptx',
        'pptx',
        'application/vnd.openxmlformats-officedocument.presentationml.presentation',
      ],
      [
        'an OpenDocument text',
        () => odf('application/vnd.oasis.opendocument.text'),
        'memo.odt',
        'odt',
        'application/vnd.oasis.opendocument.text',
      ],
      [
        'an OpenDocument spreadsheet',
        () => odf('application/vnd.oasis.opendocument.spreadsheet'),
        'sheet.ods',
        'ods',
        'application/vnd.oasis.opendocument.spreadsheet',
      ],
      [
        'an OpenDocument presentation',
        () => odf('application/vnd.oasis.opendocument.presentation'),
        'talk.odp',
        'odp',
        'application/vnd.oasis.opendocument.presentation',
      ],
      [
        'an Outlook message',
        () => compoundFile(OUTLOOK_MESSAGE),
        'fw.msg',
        'msg',
        'application/vnd.ms-outlook',
      ],
      [
        'an Outlook message in 4096-byte sectors',
        () => compoundFile(OUTLOOK_MESSAGE, { sectorShift: 12 }),
        'fw.msg',
        'msg',
        'application/vnd.ms-outlook',
      ],
      [
        'an Outlook message whose directory spans several sectors',
        () => compoundFile([...OUTLOOK_MESSAGE, ...OUTLOOK_MESSAGE.map((n) => `${n}x`)]),
        'fw.msg',
        'msg',
        'application/vnd.ms-outlook',
      ],
      [
        'a Word 97-2003 document',
        () => compoundFile(['WordDocument', '1Table', '\u0005SummaryInformation']),
        'old.doc',
        'doc',
        'application/msword',
      ],
      [
        'an Excel 97-2003 workbook',
        () => compoundFile(['Workbook']),
        'old.xls',
        'xls',
        'application/vnd.ms-excel',
      ],
      [
        'a PowerPoint 97-2003 presentation',
        () => compoundFile(['PowerPoint Document', 'Current User']),
        'old.ppt',
        'ppt',
        'application/vnd.ms-powerpoint',
      ],
      [
        'plain text',
        () => text('The invoices were backdated.\n'),
        'notes.txt',
        'text',
        'text/plain',
      ],
      [
        'UTF-8 text with a byte order mark',
        () => text('\ufeffNotes: café, Zoë\n'),
        'n.txt',
        'text',
        'text/plain',
      ],
      [
        'text named .csv, as CSV',
        () => text('date,amount\n2026-03-02,100\n'),
        'export.CSV',
        'csv',
        'text/csv',
      ],
      [
        'CSV content named .txt, as plain text',
        () => text('date,amount\n'),
        'export.txt',
        'text',
        'text/plain',
      ],
      ['an email (RFC 5322 headers)', () => text(EMAIL), 'mail.txt', 'eml', 'message/rfc822'],
      [
        'an email with LF line ends',
        () => text(EMAIL.replaceAll('\r\n', '\n')),
        'm.eml',
        'eml',
        'message/rfc822',
      ],
      [
        'a note with one header-like line, as text',
        () => text('Subject: my concerns\n\nI saw the ledger.'),
        'n.txt',
        'text',
        'text/plain',
      ],
      [
        'text that only mentions a tag, as text',
        () => text('The page said <a href="x">click</a>.\n'),
        'n.txt',
        'text',
        'text/plain',
      ],
      [
        'text starting "<abbr", which is not an HTML pattern',
        () => text('<abbr>\n'),
        'n.txt',
        'text',
        'text/plain',
      ],
      // file-type names these from their first two bytes; the rest shows they are text.
      [
        'text starting "BM" (a BMP to file-type)',
        () => text('BMW lease for the director\n'),
        'n.txt',
        'text',
        'text/plain',
      ],
      [
        'text starting "MZ" (an executable to file-type)',
        () => text('MZ: my initials\n'),
        'n.txt',
        'text',
        'text/plain',
      ],
      [
        'a calendar invitation, as text',
        () => text('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n'),
        'i.ics',
        'text',
        'text/plain',
      ],
      [
        'a shell script, as text (served as .txt)',
        () => text('#!/bin/sh\necho hi\n'),
        'run.sh',
        'text',
        'text/plain',
      ],
    ];

    it.each(cases)('%s', async (_, build, name, kind, mediaType) => {
      const result = await inspectAttachment(await build(), name);

      expect(result).toMatchObject({ ok: true, kind, mediaType });
    });

    it('marks exactly the four re-encoded image types as images', async () => {
      const results = await Promise.all(
        cases.map(async ([, build, name]) => inspectAttachment(await build(), name)),
      );
      const images = new Set(results.filter((r) => r.ok && r.isImage).map((r) => r.ok && r.kind));

      expect([...images].sort()).toEqual(['gif', 'jpeg', 'png', 'webp']);
    });

    it('accepts a Word document that expands within the limits, however many parts it has', async () => {
      const parts = Array.from({ length: 2_000 }, (_, i): [string, ZipEntry] => [
        `word/media/part${i}.xml`,
        { stored: '<p/>' },
      ]);
      const content = docx({ deflated: deflatedZeros(9), size: 9 * MiB }, parts);

      expect(await inspectAttachment(content, 'minutes.docx')).toMatchObject({
        ok: true,
        kind: 'docx',
      });
    });

    it('accepts a file of exactly the maximum size', async () => {
      const content = Buffer.alloc(MAX_FILE_BYTES, 'a');

      await expect(inspectAttachment(content, 'big.txt')).resolves.toMatchObject({ ok: true });
    });
  });

  describe('refuses', () => {
    const M = ATTACHMENT_MESSAGES;
    const cases: [string, Build, string, InspectionRefused['reason'], string][] = [
      ['an empty file', () => Buffer.alloc(0), 'empty.pdf', 'empty', M.empty],
      [
        'a file over 25 MiB',
        () => Buffer.alloc(MAX_FILE_BYTES + 1, 'a'),
        'x.txt',
        'too_large',
        M.tooLarge,
      ],
      [
        'a Windows executable named .pdf',
        windowsExecutable,
        'invoice.pdf',
        'unsupported_type',
        M.unsupported,
      ],
      ['an ELF executable', elfExecutable, 'notes.txt', 'unsupported_type', M.unsupported],
      ['a HEIC photo, asking for JPEG', heic, 'IMG_0001.HEIC', 'unsupported_type', M.heic],
      ['a TIFF image', () => image('tiff'), 'scan.tif', 'unsupported_type', M.otherImage],
      ['an AVIF image', () => image('avif'), 'p.avif', 'unsupported_type', M.otherImage],
      [
        'a plain zip archive',
        () => zip({ 'a.txt': 'a', 'b.txt': 'b' }),
        'docs.zip',
        'unsupported_type',
        M.archive,
      ],
      [
        'a zip named .docx',
        () => zip({ 'word/document.xml': '<document/>' }),
        'fake.docx',
        'unsupported_type',
        M.archive,
      ],
      [
        'a macro-enabled Word document',
        () => ooxml('word/document.xml', 'application/vnd.ms-word.document.macroEnabled.main+xml'),
        'm.docm',
        'unsupported_type',
        M.macros,
      ],
      [
        'a Word 97-2003 document with macros',
        () => compoundFile(['WordDocument', 'Macros', 'VBA']),
        'm.doc',
        'unsupported_type',
        M.macros,
      ],
      [
        'a password-protected Office document',
        () => compoundFile(['EncryptionInfo', 'EncryptedPackage']),
        'locked.docx',
        'unsupported_type',
        M.encrypted,
      ],
      [
        'a Windows Installer package (a compound file with other streams)',
        () => compoundFile(['\u4840\u3f3f\u4577\u446c', 'SummaryInformation']),
        'setup.msg',
        'unsupported_type',
        M.unsupported,
      ],
      [
        'a compound file whose directory chain loops',
        () => compoundFile(OUTLOOK_MESSAGE, { cyclicDirectory: true }),
        'loop.msg',
        'unsupported_type',
        M.unsupported,
      ],
      [
        'a truncated compound file',
        () => compoundFile(OUTLOOK_MESSAGE).subarray(0, 700),
        'cut.msg',
        'unsupported_type',
        M.unsupported,
      ],
      [
        'an HTML page',
        () => text('<!DOCTYPE html>\n<html><script>x()</script></html>'),
        'p.txt',
        'unsupported_type',
        M.markup,
      ],
      [
        'an HTML fragment after whitespace',
        () => text('\n  <BODY onload="x()">'),
        'p.txt',
        'unsupported_type',
        M.markup,
      ],
      [
        'an SVG image',
        () => text('<svg xmlns="http://www.w3.org/2000/svg"><script/></svg>'),
        'i.svg',
        'unsupported_type',
        M.markup,
      ],
      [
        'an XML document',
        () => text('<?xml version="1.0"?><svg/>'),
        'i.xml',
        'unsupported_type',
        M.markup,
      ],
      [
        'binary junk that is not UTF-8',
        () => Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xff, 0xfe, 0x80]),
        'x.txt',
        'unsupported_type',
        M.unsupported,
      ],
      [
        'UTF-16 text (NUL bytes)',
        () => Buffer.from('\ufeffnotes', 'utf16le'),
        'n.txt',
        'unsupported_type',
        M.unsupported,
      ],
      [
        'text with a NUL byte',
        () => text('almost text\0'),
        'n.txt',
        'unsupported_type',
        M.unsupported,
      ],
    ];

    it.each(cases)('%s', async (_, build, name, reason, message) => {
      const result = await inspectAttachment(await build(), name);

      expect(result).toEqual({ ok: false, reason, message });
    });

    describe('Office and OpenDocument packages that unpack to far more than they weigh', () => {
      const randomPart = (bytes: number): ZipEntry => ({ stored: randomBytes(bytes) });
      const bombs: [string, Build, InspectionRefused['reason'], string][] = [
        [
          'a 1 MB Word document that expands to 1 GiB',
          () => docx({ deflated: deflatedZeros(1024), size: 1024 * MiB }),
          'too_large',
          M.expandsTooMuch,
        ],
        [
          'a 250 KB Word document that expands 120 times',
          () =>
            docx({ deflated: deflatedZeros(30), size: 30 * MiB }, [
              ['word/media/image1.png', randomPart(250_000)],
            ]),
          'too_large',
          M.expandsTooMuch,
        ],
        [
          'a Word document whose part declares 1 KB and expands to 64 MiB',
          () => docx({ deflated: deflatedZeros(64), size: 1024 }),
          'unsupported_type',
          M.unreadableDocument,
        ],
        [
          'an OpenDocument text of 10,001 parts',
          () =>
            zip([
              ['mimetype', 'application/vnd.oasis.opendocument.text'],
              ...Array.from({ length: 10_000 }, (_, i): [string, string] => [`p${i}.xml`, '<p/>']),
            ]),
          'too_large',
          M.expandsTooMuch,
        ],
        [
          'a Word document cut short (no central directory)',
          () => docx({ stored: '<document/>' }).subarray(0, -30),
          'unsupported_type',
          M.unreadableDocument,
        ],
      ];

      it.each(bombs)('%s', async (_, build, reason, message) => {
        const result = await inspectAttachment(await build(), 'report.docx');

        expect(result).toEqual({ ok: false, reason, message });
      });
    });

    it('never puts the file name or content in the message', async () => {
      const canary = 'jane-doe-CANARY';
      const contents = [
        text(`<html>${canary}`),
        Buffer.concat([windowsExecutable(), text(canary)]),
      ];
      for (const content of contents) {
        const result = await inspectAttachment(content, `${canary}.pdf`);

        expect(result.ok).toBe(false);
        expect(JSON.stringify(result)).not.toContain('CANARY');
      }
    });
  });
});

describe(rejectionFor.name, () => {
  it.each([
    ['empty', 'invalid'],
    ['too_large', 'too_large'],
    ['unsupported_type', 'unsupported_media'],
  ] as const)('maps a refusal for %s to a %s domain error', (reason, kind) => {
    const sut = rejectionFor({ ok: false, reason, message: 'm' });

    expect(sut).toBeInstanceOf(AttachmentRejected);
    expect(sut).toMatchObject({ reason, kind, message: 'm' });
  });

  it('lists the accepted media types with an unsupported-media refusal', () => {
    const sut = rejectionFor({ ok: false, reason: 'unsupported_type', message: 'm' });

    expect(sut.details.allowed).toContain('application/pdf');
  });
});

describe(readCompoundFileEntryNames.name, () => {
  it('reads the names of every directory entry', () => {
    expect(readCompoundFileEntryNames(compoundFile(['WordDocument', '1Table']))).toEqual([
      'Root Entry',
      'WordDocument',
      '1Table',
    ]);
  });

  it.each([
    ['is not a compound file', () => text('%PDF-1.7')],
    ['loops in its directory chain', () => compoundFile(['A'], { cyclicDirectory: true })],
    ['is cut short', () => compoundFile(['A']).subarray(0, 600)],
  ])('returns undefined for a file that %s', (_, build) => {
    expect(readCompoundFileEntryNames(build())).toBeUndefined();
  });
});

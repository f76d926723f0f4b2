import exifr from 'exifr';
import { crc32, deflateSync } from 'node:zlib';
import sharp, { type Sharp } from 'sharp';
import { ATTACHMENT_MESSAGES, type ImageMediaType } from './attachment-policy.js';
import { AttachmentRejected } from './attachment-rejected.js';
import { stripImageMetadata } from './sanitize-image.js';

// Images are built here with what a phone or an editor leaves in them (EXIF camera and GPS fields,
// XMP, IPTC, comments, PNG text chunks, an ICC profile), the input is shown to carry them with
// exifr, and the cleaned output is shown to carry none.

const CANARY_NAME = 'Jane Reporter';
const CAMERA_EXIF = {
  IFD0: { Make: 'CanaryCam', Model: 'X1', Artist: CANARY_NAME, Copyright: CANARY_NAME },
  IFD3: {
    GPSLatitudeRef: 'N',
    GPSLatitude: '51/1 30/1 0/1',
    GPSLongitudeRef: 'W',
    GPSLongitude: '0/1 7/1 30/1',
  },
};
const XMP =
  '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">' +
  '<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>XmpCanary</dc:creator>' +
  '</rdf:Description></rdf:RDF></x:xmpmeta>';
/** Strings that must not survive cleaning, whichever field carried them. */
const CANARIES = ['CanaryCam', CANARY_NAME, 'XmpCanary', 'CommentCanary'];
const PARSE_ALL = { gps: true, xmp: true, iptc: true, icc: true, ifd0: {}, exif: true };
const IDENTIFYING_FIELDS = [
  'latitude',
  'longitude',
  'GPSLatitude',
  'GPSLongitude',
  'Make',
  'Model',
  'Artist',
  'Copyright',
  'creator',
  'Byline',
  'Author',
];

function canvas(width = 8, height = 6): Sharp {
  return sharp({ create: { width, height, channels: 3, background: '#3a6' } });
}

/** Parses everything exifr can find; a file with no metadata at all is an empty object. */
async function metadataOf(content: Uint8Array): Promise<Record<string, unknown>> {
  return ((await exifr.parse(Buffer.from(content), PARSE_ALL)) ?? {}) as Record<string, unknown>;
}

function expectNoIdentifyingMetadata(fields: Record<string, unknown>, content: Uint8Array): void {
  for (const field of IDENTIFYING_FIELDS) expect(fields).not.toHaveProperty(field);
  const bytes = Buffer.from(content).toString('latin1');
  for (const canary of CANARIES) expect(bytes).not.toContain(canary);
}

/** A JPEG marker segment (length includes its own two bytes). */
function jpegSegment(marker: number, payload: Buffer): Buffer {
  const header = Buffer.alloc(4);
  header.writeUInt16BE(0xff00 | marker, 0);
  header.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([header, payload]);
}

/** IPTC By-line (2:80) in a Photoshop APP13 segment, and a COM comment, right after SOI. */
function withIptcAndComment(jpeg: Buffer): Buffer {
  const byline = Buffer.from(CANARY_NAME, 'latin1');
  const dataset = Buffer.concat([Buffer.from([0x1c, 2, 80, 0, byline.length]), byline]);
  const size = Buffer.alloc(4);
  size.writeUInt32BE(dataset.length, 0);
  const resource = Buffer.concat([
    Buffer.from('Photoshop 3.0\0', 'latin1'),
    Buffer.from('8BIM\x04\x04\0\0', 'latin1'), // IPTC resource, empty name
    size,
    dataset,
    Buffer.alloc(dataset.length % 2),
  ]);
  return Buffer.concat([
    jpeg.subarray(0, 2),
    jpegSegment(0xed, resource),
    jpegSegment(0xfe, Buffer.from('CommentCanary', 'latin1')),
    jpeg.subarray(2),
  ]);
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length, 0);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body), 0);
  return Buffer.concat([length, body, crc]);
}

/** A tEXt Author chunk after IHDR (8-byte signature + 25-byte IHDR chunk). */
function withPngAuthor(png: Buffer): Buffer {
  const text = pngChunk('tEXt', Buffer.from(`Author\0${CANARY_NAME}`, 'latin1'));
  return Buffer.concat([png.subarray(0, 33), text, png.subarray(33)]);
}

/** A GIF comment extension after the header, screen descriptor and global colour table. */
function withGifComment(gif: Buffer): Buffer {
  const packed = gif.readUInt8(10);
  const colourTable = packed & 0x80 ? 3 * 2 ** ((packed & 0x07) + 1) : 0;
  const at = 13 + colourTable;
  const comment = Buffer.from('CommentCanary', 'latin1');
  const extension = Buffer.concat([
    Buffer.from([0x21, 0xfe, comment.length]),
    comment,
    Buffer.from([0]),
  ]);
  return Buffer.concat([gif.subarray(0, at), extension, gif.subarray(at)]);
}

/** RIFF chunks of a WebP file; the EXIF chunk holds a TIFF structure exifr can parse on its own. */
function webpChunks(webp: Buffer): Map<string, Buffer> {
  const chunks = new Map<string, Buffer>();
  for (let at = 12; at + 8 <= webp.length;) {
    const size = webp.readUInt32LE(at + 4);
    chunks.set(webp.toString('latin1', at, at + 4), webp.subarray(at + 8, at + 8 + size));
    at += 8 + size + (size % 2);
  }
  return chunks;
}

async function animation(format: 'gif' | 'webp'): Promise<Sharp> {
  const frames = await Promise.all(
    ['#f00', '#00f'].map((c) => canvas(4, 3).tint(c).png().toBuffer()),
  );
  return sharp(frames, { join: { animated: true } }).toFormat(format, {
    delay: [100, 200],
    loop: 0,
  });
}

describe(stripImageMetadata.name, () => {
  // The last column lists the canaries readable in the raw input (PNG compresses its XMP).
  const cases: [string, ImageMediaType, () => Promise<Buffer>, string[]][] = [
    [
      'a JPEG with EXIF camera and GPS fields, XMP, IPTC and a comment',
      'image/jpeg',
      async () =>
        withIptcAndComment(await canvas().jpeg().withExif(CAMERA_EXIF).withXmp(XMP).toBuffer()),
      CANARIES,
    ],
    [
      'a PNG with an eXIf chunk, XMP and a tEXt author',
      'image/png',
      async () => withPngAuthor(await canvas().png().withExif(CAMERA_EXIF).withXmp(XMP).toBuffer()),
      ['CanaryCam', CANARY_NAME],
    ],
  ];

  it.each(cases)(
    'removes every identifying field from %s',
    async (_, mediaType, build, inBytes) => {
      const input = await build();
      const before = await metadataOf(input);
      expect(before).toMatchObject({ Make: 'CanaryCam', Model: 'X1', Artist: CANARY_NAME });
      expect(before.latitude).toBeCloseTo(51.5);
      expect(before.longitude).toBeCloseTo(-0.125);
      expect((await sharp(input).metadata()).xmp?.toString('utf8')).toContain('XmpCanary');
      for (const canary of inBytes) expect(input.toString('latin1')).toContain(canary);

      const output = await stripImageMetadata(input, mediaType);

      expectNoIdentifyingMetadata(await metadataOf(output), output);
      const { format, exif, xmp, iptc } = await sharp(output).metadata();
      expect({ format, exif, xmp, iptc }).toEqual({
        format: mediaType === 'image/jpeg' ? 'jpeg' : 'png',
        exif: undefined,
        xmp: undefined,
        iptc: undefined,
      });
    },
  );

  it('removes the JPEG IPTC by-line and comment', async () => {
    const input = withIptcAndComment(await canvas().jpeg().toBuffer());
    expect(await metadataOf(input)).toMatchObject({ Byline: CANARY_NAME });

    const output = await stripImageMetadata(input, 'image/jpeg');

    expectNoIdentifyingMetadata(await metadataOf(output), output);
  });

  // exifr does not read WebP files, so the EXIF chunk is taken out and parsed as the TIFF it is.
  it('removes the EXIF and XMP chunks from a WebP image', async () => {
    const input = await canvas().webp().withExif(CAMERA_EXIF).withXmp(XMP).toBuffer();
    const inputChunks = webpChunks(input);
    // libwebp writes the EXIF payload behind a JPEG-style "Exif\0\0" prefix.
    const exifChunk = inputChunks.get('EXIF') ?? Buffer.alloc(0);
    const tiff = exifChunk.subarray(exifChunk.toString('latin1', 0, 6) === 'Exif\0\0' ? 6 : 0);
    const inputExif = await metadataOf(tiff);
    expect(inputExif).toMatchObject({ Make: 'CanaryCam', Artist: CANARY_NAME });
    expect(inputExif.latitude).toBeCloseTo(51.5);
    expect(inputChunks.has('XMP ')).toBe(true);

    const output = await stripImageMetadata(input, 'image/webp');

    const outputChunks = [...webpChunks(output).keys()];
    expect(outputChunks).not.toContain('EXIF');
    expect(outputChunks).not.toContain('XMP ');
    expect(outputChunks).not.toContain('ICCP');
    expectNoIdentifyingMetadata({}, output);
    expect((await sharp(output).metadata()).format).toBe('webp');
  });

  it('removes a GIF comment and keeps every frame and its timing', async () => {
    const input = withGifComment(await (await animation('gif')).toBuffer());
    expect(input.toString('latin1')).toContain('CommentCanary');

    const output = await stripImageMetadata(input, 'image/gif');

    expectNoIdentifyingMetadata({}, output);
    const { format, pages, delay, loop } = await sharp(output, { animated: true }).metadata();
    expect({ format, pages, delay, loop }).toEqual({
      format: 'gif',
      pages: 2,
      delay: [100, 200],
      loop: 0,
    });
  });

  it('keeps every frame of an animated WebP image', async () => {
    const input = await (await animation('webp')).withExif(CAMERA_EXIF).toBuffer();

    const output = await stripImageMetadata(input, 'image/webp');

    expectNoIdentifyingMetadata({}, output);
    expect((await sharp(output, { animated: true }).metadata()).pages).toBe(2);
  });

  it('drops an embedded ICC profile', async () => {
    const input = await canvas().jpeg().withIccProfile('p3').toBuffer();
    expect((await sharp(input).metadata()).icc).toBeDefined();

    const output = await stripImageMetadata(input, 'image/jpeg');

    expect((await sharp(output).metadata()).icc).toBeUndefined();
  });

  it.each([
    ['image/jpeg', (s: Sharp) => s.jpeg()],
    ['image/png', (s: Sharp) => s.png()],
    ['image/webp', (s: Sharp) => s.webp()],
  ] as const)(
    'turns a 2×1 %s with EXIF orientation 6 upright (1×2) and drops the tag',
    async (mediaType, format) => {
      const input = await format(canvas(2, 1)).withMetadata({ orientation: 6 }).toBuffer();
      expect(await sharp(input).metadata()).toMatchObject({ width: 2, height: 1, orientation: 6 });

      const output = await stripImageMetadata(input, mediaType);

      const { width, height, orientation } = await sharp(output).metadata();
      expect({ width, height, orientation }).toEqual({
        width: 1,
        height: 2,
        orientation: undefined,
      });
    },
  );

  // sharp cannot rotate multi-page images by a quarter turn; refusing the file would be worse than
  // keeping its frames as they are stored.
  it('keeps an animated WebP whose orientation is a quarter turn, unrotated', async () => {
    const input = await (await animation('webp')).withMetadata({ orientation: 6 }).toBuffer();

    const output = await stripImageMetadata(input, 'image/webp');

    const { pages, width, orientation } = await sharp(output, { animated: true }).metadata();
    expect({ pages, width, orientation }).toEqual({ pages: 2, width: 4, orientation: undefined });
  });

  it('refuses an image that claims more than 100 megapixels before decoding it', async () => {
    const header = Buffer.alloc(13);
    header.writeUInt32BE(20_000, 0);
    header.writeUInt32BE(20_000, 4);
    header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
    const bomb = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      pngChunk('IHDR', header),
      pngChunk('IDAT', deflateSync(Buffer.alloc(1024))),
      pngChunk('IEND', Buffer.alloc(0)),
    ]);

    const result = stripImageMetadata(bomb, 'image/png');

    await expect(result).rejects.toBeInstanceOf(AttachmentRejected);
    await expect(result).rejects.toMatchObject({
      reason: 'unreadable_image',
      kind: 'unsupported_media',
      message: ATTACHMENT_MESSAGES.imageTooLarge,
    });
  });

  it.each([
    ['bytes that only start like a JPEG', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4])],
    ['text', Buffer.from('not an image')],
    ['nothing', Buffer.alloc(0)],
  ])('refuses %s as an unreadable image instead of crashing', async (_, content) => {
    await expect(stripImageMetadata(content, 'image/jpeg')).rejects.toMatchObject({
      name: 'AttachmentRejected',
      reason: 'unreadable_image',
      message: ATTACHMENT_MESSAGES.unreadableImage,
    });
  });

  it('refuses a truncated JPEG rather than store a partial picture', async () => {
    const jpeg = await canvas(64, 64).jpeg().toBuffer();

    await expect(
      stripImageMetadata(jpeg.subarray(0, jpeg.length / 2), 'image/jpeg'),
    ).rejects.toBeInstanceOf(AttachmentRejected);
  });
});

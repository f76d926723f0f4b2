import sharp from 'sharp';
import {
  ALLOWED_ATTACHMENT_TYPES,
  ATTACHMENT_MESSAGES,
  METADATA_WARNING,
  attachmentTypeForMediaType,
  isImageMediaType,
} from './attachment-policy.js';

describe('attachment policy', () => {
  it('gives every kind its own media type and extension', () => {
    const kinds = ALLOWED_ATTACHMENT_TYPES.map((type) => type.kind);
    const mediaTypes = ALLOWED_ATTACHMENT_TYPES.map((type) => type.mediaType);
    const extensions = ALLOWED_ATTACHMENT_TYPES.map((type) => type.extension);

    expect(new Set(kinds).size).toBe(kinds.length);
    expect(new Set(mediaTypes).size).toBe(mediaTypes.length);
    expect(new Set(extensions).size).toBe(extensions.length);
    for (const extension of extensions) expect(extension).toMatch(/^[a-z0-9]+$/);
  });

  it.each([
    ['image/jpeg', true],
    ['image/png', true],
    ['image/gif', true],
    ['image/webp', true],
    ['application/pdf', false],
    ['message/rfc822', false],
    ['image/heic', false],
    ['image/svg+xml', false],
  ])('treats %s as an image to re-encode: %s', (mediaType, expected) => {
    expect(isImageMediaType(mediaType)).toBe(expected);
  });

  it.each(['image/heic', 'image/heif', 'image/avif', 'image/tiff', 'application/zip', 'text/html'])(
    'does not allow %s',
    (mediaType) => {
      expect(attachmentTypeForMediaType(mediaType)).toBeUndefined();
    },
  );

  // HEIC stays off the list only because the installed sharp cannot decode HEVC. If this fails, the
  // library gained HEIC support: decide whether to accept HEIC and re-encode it (as JPEG).
  it('refuses HEIC because the installed sharp cannot decode it', () => {
    expect(sharp.format.heif.input.fileSuffix).not.toContain('.heic');
  });

  it('warns that only images are cleaned, and that names are kept', () => {
    expect(METADATA_WARNING).toMatch(/photos/i);
    expect(METADATA_WARNING).toMatch(/PDF/);
    expect(METADATA_WARNING).toMatch(/emails/i);
    expect(METADATA_WARNING).toMatch(/file names are kept/i);
  });

  it('keeps refusal messages short', () => {
    for (const message of Object.values(ATTACHMENT_MESSAGES))
      expect(message.length).toBeLessThan(200);
  });
});

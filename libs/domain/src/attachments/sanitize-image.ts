import type { Sharp } from 'sharp';
import { ATTACHMENT_MESSAGES, type ImageMediaType } from './attachment-policy.js';
import { AttachmentRejected } from './attachment-rejected.js';

/**
 * Decoded size limit. A 25 MiB PNG or GIF can claim billions of pixels (a decompression bomb);
 * sharp refuses anything larger before decoding. 100 megapixels is above any phone camera, and for
 * animations it bounds all frames together, since sharp stacks them into one tall image.
 */
export const MAX_IMAGE_PIXELS = 100_000_000;
const JPEG_QUALITY = 90;
const WEBP_QUALITY = 90;

/**
 * sharp (and libvips with it) is loaded on the first image, not at start-up: the worker never
 * cleans images, and the API's resident memory stays lower until someone uploads a photo.
 */
let sharpModule: Promise<typeof import('sharp')> | undefined;
function loadSharp(): Promise<typeof import('sharp')> {
  sharpModule ??= import('sharp');
  return sharpModule;
}

/**
 * Re-encodes an image in its own format, keeping the pixels and dropping everything else: EXIF
 * (GPS position, camera make, model and serial, owner and artist), XMP, IPTC, comments, PNG text
 * chunks and the embedded ICC profile (whose description can name a device). sharp writes no
 * metadata unless asked to (withMetadata, keepMetadata, keepExif…), and we never ask.
 *
 * Decoding the image is the only way to be sure nothing rides along in segments we did not think
 * of; the price is one lossy generation for JPEG and WebP, at a quality where it does not show.
 *
 * @throws AttachmentRejected (`unreadable_image`) when the content does not decode as that format or
 *   is over MAX_IMAGE_PIXELS; the caller refuses the file instead of storing it uncleaned.
 */
export async function stripImageMetadata(
  content: Uint8Array,
  mediaType: ImageMediaType,
): Promise<Buffer> {
  // GIF and WebP may be animated; without this, only the first frame would be kept.
  const animated = mediaType === 'image/gif' || mediaType === 'image/webp';
  // Outside the try: a server that cannot load sharp has a fault of its own, not an unreadable file.
  const { default: sharp } = await loadSharp();
  try {
    const input = sharp(content, { limitInputPixels: MAX_IMAGE_PIXELS, animated });
    const { pages = 1, orientation = 1 } = await input.metadata();
    // Apply the EXIF orientation to the pixels before the tag is dropped, or portrait photos would
    // come out sideways. sharp cannot turn a multi-page image by a quarter turn (orientations 5-8),
    // so a rare animated WebP with such a tag keeps its frames as stored rather than being refused.
    const oriented = pages > 1 && orientation >= 5 ? input : input.rotate();
    return await encode(oriented, mediaType).toBuffer();
  } catch (error) {
    throw new AttachmentRejected('unreadable_image', unreadableMessage(error));
  }
}

function encode(image: Sharp, mediaType: ImageMediaType): Sharp {
  switch (mediaType) {
    case 'image/jpeg':
      return image.jpeg({ quality: JPEG_QUALITY });
    case 'image/png':
      return image.png();
    case 'image/gif':
      return image.gif();
    case 'image/webp':
      return image.webp({ quality: WEBP_QUALITY });
  }
}

function unreadableMessage(error: unknown): string {
  // sharp reports the pixel limit only through its message; any other failure is "unreadable".
  return error instanceof Error && /pixel limit/i.test(error.message)
    ? ATTACHMENT_MESSAGES.imageTooLarge
    : ATTACHMENT_MESSAGES.unreadableImage;
}

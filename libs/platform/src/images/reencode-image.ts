import type { Sharp } from 'sharp';

/** The image formats that can be re-encoded in their own format. */
export type ReencodableImageType = 'image/jpeg' | 'image/png' | 'image/gif' | 'image/webp';

/**
 * Decoded size limit. A 25 MiB PNG or GIF can claim billions of pixels (a decompression bomb);
 * sharp refuses anything larger before decoding. 100 megapixels is above any phone camera, and for
 * animations it bounds all frames together, since sharp stacks them into one tall image.
 */
export const MAX_IMAGE_PIXELS = 100_000_000;
const JPEG_QUALITY = 90;
const WEBP_QUALITY = 90;

/** Why an image could not be re-encoded: over MAX_IMAGE_PIXELS, or not that format at all. */
export class ImageNotDecodable extends Error {
  constructor(readonly tooLarge: boolean) {
    super(tooLarge ? 'image over the pixel limit' : 'image does not decode');
    this.name = 'ImageNotDecodable';
  }
}

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
 * Decodes an image and encodes its pixels again in the same format, writing no metadata: sharp
 * writes none unless asked to (withMetadata, keepMetadata, keepExif…), and this never asks. The
 * EXIF orientation is applied to the pixels first, or portrait photos would come out sideways.
 *
 * @throws ImageNotDecodable when the content does not decode as that format or is over
 *   MAX_IMAGE_PIXELS. A failure to load sharp itself is thrown as it is: a fault of the server.
 */
export async function reencodeImage(
  content: Uint8Array,
  mediaType: ReencodableImageType,
): Promise<Buffer> {
  // GIF and WebP may be animated; without this, only the first frame would be kept.
  const animated = mediaType === 'image/gif' || mediaType === 'image/webp';
  const { default: sharp } = await loadSharp();
  try {
    const input = sharp(content, { limitInputPixels: MAX_IMAGE_PIXELS, animated });
    const { pages = 1, orientation = 1 } = await input.metadata();
    // sharp cannot turn a multi-page image by a quarter turn (orientations 5-8), so a rare
    // animated WebP with such a tag keeps its frames as stored rather than being refused.
    const oriented = pages > 1 && orientation >= 5 ? input : input.rotate();
    return await encode(oriented, mediaType).toBuffer();
  } catch (error) {
    // sharp reports the pixel limit only through its message; any other failure is "unreadable".
    throw new ImageNotDecodable(error instanceof Error && /pixel limit/i.test(error.message));
  }
}

function encode(image: Sharp, mediaType: ReencodableImageType): Sharp {
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

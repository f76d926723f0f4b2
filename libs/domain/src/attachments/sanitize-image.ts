import { ImageNotDecodable, reencodeImage } from '@candor/platform';
import { ATTACHMENT_MESSAGES, type ImageMediaType } from './attachment-policy.js';
import { AttachmentRejected } from './attachment-rejected.js';

export { MAX_IMAGE_PIXELS } from '@candor/platform';

/**
 * Re-encodes an image in its own format, keeping the pixels and dropping everything else: EXIF
 * (GPS position, camera make, model and serial, owner and artist), XMP, IPTC, comments, PNG text
 * chunks and the embedded ICC profile (whose description can name a device). The re-encoding is
 * platform's (reencodeImage, over sharp), which writes no metadata at all.
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
  try {
    return await reencodeImage(content, mediaType);
  } catch (error) {
    if (!(error instanceof ImageNotDecodable)) throw error;
    throw new AttachmentRejected(
      'unreadable_image',
      error.tooLarge ? ATTACHMENT_MESSAGES.imageTooLarge : ATTACHMENT_MESSAGES.unreadableImage,
    );
  }
}

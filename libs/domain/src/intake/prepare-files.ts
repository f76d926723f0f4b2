import {
  AttachmentRejected,
  inspectAttachment,
  MAX_FILE_BYTES,
  MAX_FILES_PER_REQUEST,
  safeFileName,
  stripImageMetadata,
} from '../attachments/index.js';
import { DomainError } from '../common/domain-error.js';
import type { PreparedFile } from './case-records.js';
import type { IncomingFile } from './intake.types.js';

/**
 * Decides each file's type from its content against the allow-list and cleans images of their
 * metadata. Refusals name the file by its position, never by its name or content.
 */
export async function prepareFiles(files: readonly IncomingFile[]): Promise<PreparedFile[]> {
  if (files.length > MAX_FILES_PER_REQUEST) {
    throw new DomainError('too_large', `at most ${MAX_FILES_PER_REQUEST} files per request`);
  }
  const prepared: PreparedFile[] = [];
  for (const [index, file] of files.entries()) {
    const position = `file ${index + 1}`;
    if (file.content.length > MAX_FILE_BYTES)
      throw new DomainError('too_large', `${position} is larger than 25 MiB`);
    const inspection = await inspectAttachment(file.content, file.name);
    if (!inspection.ok)
      throw new AttachmentRejected(inspection.reason, `${position}: ${inspection.message}`);
    let content = file.content;
    if (inspection.isImage) {
      try {
        content = await stripImageMetadata(file.content, inspection.mediaType);
      } catch (error) {
        if (error instanceof AttachmentRejected)
          throw new AttachmentRejected(error.reason, `${position}: ${error.message}`);
        throw error;
      }
    }
    prepared.push({
      name: safeFileName(file.name, inspection.extension),
      mediaType: inspection.mediaType,
      content,
      metadataRemoved: inspection.isImage,
    });
  }
  return prepared;
}

import {
  AttachmentRejected,
  ATTACHMENT_MESSAGES,
  DomainError,
  MAX_FILES_PER_REQUEST,
} from '@candor/domain';
import type { IncomingFile } from '@candor/domain';
import type { Translator } from '@candor/platform';
import type { FieldError } from '../common/components.js';

/**
 * A file the domain refused, as the reporter's language says it, naming the file (on the page
 * only: the domain's own message names it by position, for logs). Undefined for other errors.
 */
export function attachmentError(
  t: Translator,
  error: unknown,
  files: readonly IncomingFile[],
): { error: FieldError; status: number } | undefined {
  if (!(error instanceof DomainError)) return undefined;
  if (!['too_large', 'unsupported_media', 'invalid'].includes(error.kind)) return undefined;
  const position = /^file (\d+):/.exec(error.message);
  const file = position
    ? files[Number(position[1]) - 1]
    : files.length === 1
      ? files[0]
      : undefined;
  const message = reasonText(t, error);
  return {
    error: {
      field: 'files',
      text: file ? t.t('errors.files.file', { name: file.name, message }) : message,
    },
    status: error.kind === 'too_large' ? 413 : error.kind === 'unsupported_media' ? 415 : 400,
  };
}

/** What the page says when the upload stopped at a limit, before the domain saw any file. */
export function overLimitText(t: Translator, limit: 'size' | 'count'): string {
  return limit === 'count'
    ? t.t('errors.files.tooMany', { max: MAX_FILES_PER_REQUEST })
    : t.t('errors.files.tooLarge');
}

function reasonText(t: Translator, error: DomainError): string {
  const reason = (Object.keys(ATTACHMENT_MESSAGES) as Array<keyof typeof ATTACHMENT_MESSAGES>).find(
    (key) => error.message.endsWith(ATTACHMENT_MESSAGES[key]),
  );
  // A document that unpacks to far more than it weighs is refused as too large, for its own reason.
  if (reason === 'expandsTooMuch') return t.t('errors.files.expandsTooMuch');
  if (error.kind === 'too_large') {
    return overLimitText(t, /files per request/.test(error.message) ? 'count' : 'size');
  }
  if (error instanceof AttachmentRejected && error.reason === 'empty') {
    return t.t('errors.files.empty');
  }
  return t.t(
    `errors.files.${!reason || reason === 'tooLarge' || reason === 'empty' ? 'unsupported' : reason}`,
  );
}

import { DomainError, type DomainErrorKind } from '../common/domain-error.js';
import { ALLOWED_MEDIA_TYPES } from './attachment-policy.js';

export type AttachmentRejectionReason =
  'empty' | 'unsupported_type' | 'too_large' | 'unreadable_image';

// The HTTP layer maps DomainError kinds to statuses: an empty file is a bad request (400), an
// oversized one 413, and a type we do not take, or an image we cannot decode and so cannot clean,
// 415 with the list of accepted types.
const KIND_BY_REASON: Record<AttachmentRejectionReason, DomainErrorKind> = {
  empty: 'invalid',
  too_large: 'too_large',
  unsupported_type: 'unsupported_media',
  unreadable_image: 'unsupported_media',
};

/** A file refused at intake; the message is one of ATTACHMENT_MESSAGES, safe to show and log. */
export class AttachmentRejected extends DomainError {
  constructor(
    readonly reason: AttachmentRejectionReason,
    message: string,
  ) {
    super(
      KIND_BY_REASON[reason],
      message,
      KIND_BY_REASON[reason] === 'unsupported_media' ? { allowed: ALLOWED_MEDIA_TYPES } : {},
    );
    this.name = 'AttachmentRejected';
  }
}

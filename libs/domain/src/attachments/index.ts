export * from './attachment-policy.js';
export * from './attachment-rejected.js';
export {
  type InspectionAccepted,
  type InspectionRefused,
  type InspectionResult,
  inspectAttachment,
  rejectionFor,
} from './inspect-attachment.js';
export { safeFileName } from './safe-file-name.js';
export { MAX_IMAGE_PIXELS, stripImageMetadata } from './sanitize-image.js';

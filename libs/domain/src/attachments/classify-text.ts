// Text has no magic bytes, so file-type cannot name it. What we accept as text is decided here, from
// the content, with the declared name used only to choose between two text types that are both
// allowed (plain text or CSV).

export type TextClassification =
  { readonly kind: 'text' | 'csv' | 'eml' } | { readonly refused: 'markup' | 'not_text' };

/**
 * The patterns with which a browser that ignores our `nosniff` header would decide that an unlabeled
 * resource is HTML or XML (WHATWG MIME Sniffing, "rules for identifying an unknown MIME type"), plus
 * `<svg`. We refuse these rather than store them as text/plain: every later consumer (a preview, an
 * export, a mail gateway, a case handler's desktop) would otherwise have to get the label right.
 * Each HTML pattern must be followed by a space or `>`, as in the standard.
 */
const HTML_TAGS = [
  '<!doctype html',
  '<html',
  '<head',
  '<script',
  '<iframe',
  '<h1',
  '<div',
  '<font',
  '<table',
  '<a',
  '<style',
  '<title',
  '<b',
  '<body',
  '<br',
  '<p',
  '<!--',
];
const XML_PREFIXES = ['<?xml', '<svg'];

/** Header fields that, two or more at the top of a text, make it an email (RFC 5322). */
const EMAIL_HEADER_NAMES = new Set([
  'received',
  'from',
  'to',
  'subject',
  'date',
  'message-id',
  'mime-version',
]);
/** RFC 5322 field name (printable US-ASCII except colon) followed by a colon. */
const HEADER_FIELD = /^([\x21-\x39\x3b-\x7e]+):/;
/** A folded header line continues the previous field. */
const HEADER_CONTINUATION = /^[ \t]/;
/** Real header blocks are a few kilobytes; this bounds the work on a large text without one. */
const MAX_HEADER_BLOCK_CHARS = 256 * 1024;

export function classifyText(content: Uint8Array, declaredName: string): TextClassification {
  // A NUL byte is valid UTF-8 but no text editor writes one, while every executable and image
  // format has them in its header; this keeps binaries that happen to decode out of "text".
  if (content.includes(0)) return { refused: 'not_text' };
  const text = decodeUtf8(content);
  if (text === undefined) return { refused: 'not_text' };
  if (looksLikeMarkup(text)) return { refused: 'markup' };
  if (looksLikeEmail(text)) return { kind: 'eml' };
  return /\.csv$/i.test(declaredName.trim()) ? { kind: 'csv' } : { kind: 'text' };
}

function decodeUtf8(content: Uint8Array): string | undefined {
  try {
    // fatal: a single invalid sequence refuses the file instead of turning into U+FFFD. The
    // decoder drops a leading byte order mark, which the sniffing below must not see either.
    return new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    return undefined;
  }
}

function looksLikeMarkup(text: string): boolean {
  const start = text
    .slice(0, 512)
    .replace(/^[\t\n\f\r ]+/, '')
    .toLowerCase();
  if (XML_PREFIXES.some((prefix) => start.startsWith(prefix))) return true;
  return HTML_TAGS.some((tag) => {
    if (!start.startsWith(tag)) return false;
    const terminator = start.charAt(tag.length);
    return terminator === ' ' || terminator === '>';
  });
}

function looksLikeEmail(text: string): boolean {
  const head = text.slice(0, MAX_HEADER_BLOCK_CHARS);
  const blankLine = /\r?\n\r?\n/.exec(head);
  const lines = (blankLine === null ? head : head.slice(0, blankLine.index)).split(/\r?\n/);
  if (!HEADER_FIELD.test(lines[0] ?? '')) return false;
  const names = new Set<string>();
  for (const line of lines) {
    const name = HEADER_FIELD.exec(line)?.[1];
    if (name !== undefined) names.add(name.toLowerCase());
    else if (!HEADER_CONTINUATION.test(line)) return false;
  }
  return [...names].filter((name) => EMAIL_HEADER_NAMES.has(name)).length >= 2;
}

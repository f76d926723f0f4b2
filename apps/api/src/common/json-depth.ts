/**
 * The deepest nesting of objects and arrays any request body needs: a report's
 * `{ "implicated": [ { … } ] }` is three levels. The fuzz suite checks this against the deepest body
 * in the OpenAPI document, so a deeper DTO cannot be added without raising it.
 */
export const MAX_JSON_DEPTH = 3;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;

/**
 * Whether JSON text nests objects and arrays deeper than `maxDepth`, read in one pass over the
 * characters, brackets inside strings not counted. It runs before JSON.parse: a body of thousands
 * of nested brackets would otherwise be parsed, then overflow the stack of class-transformer
 * (a 500, after a third of a second of work). Malformed text is left for JSON.parse to refuse.
 */
export function exceedsJsonDepth(text: string, maxDepth: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === BACKSLASH) i += 1;
      else if (code === QUOTE) inString = false;
    } else if (code === QUOTE) {
      inString = true;
    } else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
      depth += 1;
      if (depth > maxDepth) return true;
    } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
      depth -= 1;
    }
  }
  return false;
}

export function tooDeepMessage(what: string, maxDepth: number): string {
  return `${what} nests objects and arrays too deeply (at most ${maxDepth} levels)`;
}

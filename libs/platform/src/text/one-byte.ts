const NOT_LATIN1 = /[\u0100-\uffff]/;

/**
 * The same text, held by V8 in one byte per character where every character fits in one
 * (Latin-1). A part cut out of a text that held a character outside Latin-1 is held in two bytes
 * per character, however plain it is, and so is every text joined to it: texts cut at stand-ins
 * (`\uE000name\uE001`, as templates and message shapes are) would make every page built from them
 * twice the memory it needs, and a 20 KB page be copied into 40 KB on its way out. It copies the
 * text: call it on texts made once and used many times, or on short ones (a page's title).
 */
export function oneByte(text: string): string {
  return NOT_LATIN1.test(text) ? text : Buffer.from(text, 'latin1').toString('latin1');
}

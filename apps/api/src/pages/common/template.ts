import { type Language, oneByte, type Translator } from '@candor/platform';
import type { ComponentChildren } from 'preact';
import { jsxTemplate } from 'preact/jsx-runtime';
import { render } from 'preact-render-to-string';
import type { PageNode } from './render.js';

/**
 * HTML that Preact's renderer wrote (so every text and attribute value in it was escaped), or a
 * template filled with escaped values. Nothing else makes one: the constructor needs a token this
 * file keeps, so a text someone typed can only ever reach a page escaped.
 */
export class Markup {
  constructor(
    token: typeof MARKUP,
    readonly html: string,
  ) {
    if (token !== MARKUP) throw new Error('Markup is made by templates only');
  }
}

const MARKUP: unique symbol = Symbol('Markup');

/** What fills a hole: a text or a number (escaped), or markup (in text, never in an attribute). */
export type HoleValue = string | number | Markup;

interface Hole<Name extends string> {
  readonly name: Name;
  readonly inAttribute: boolean;
  /** The hole is an attribute's whole value: empty, Preact writes the attribute's name alone. */
  readonly wholeAttribute: boolean;
}

interface Compiled<Name extends string> {
  /** The markup between the holes: one more than the holes. */
  readonly statics: readonly string[];
  readonly holes: ReadonlyArray<Hole<Name>>;
}

/** Where a hole goes while the markup is rendered (characters no catalogue or TSX contains). */
const HOLE = /\uE000([^\uE001]*)\uE001/g;

/**
 * A piece of a page written once in TSX, rendered by Preact once per language, then filled in
 * as often as the page needs it: Preact's precompiled JSX (the static markup kept as text, each
 * value escaped as it goes in), made when a language first uses it. For what a page repeats (the
 * rows of a table) and for the frame around every page: rendering the same elements again each
 * time, about a microsecond and 800 bytes of garbage each, was most of what a page cost.
 *
 * `markup` writes the TSX with `hole(name)` wherever a value goes: an attribute value (or part of
 * one), or text. It runs once per language, before any values are known, so it must not decide
 * anything from them; a part that comes and goes is a hole filled with another template's markup
 * (or with nothing).
 */
export class Template<Name extends string> {
  private readonly compiled = new Map<Language, Compiled<Name>>();

  constructor(private readonly markup: (t: Translator, hole: (name: Name) => string) => PageNode) {}

  /** The template filled with texts, numbers and markup, as markup (for another template). */
  fill(t: Translator, values: Readonly<Record<Name, HoleValue>>): Markup {
    const { statics, holes } = this.compiledFor(t);
    let html = statics[0] ?? '';
    for (let i = 0; i < holes.length; i += 1) {
      html = withValue(html, holes[i], values, statics[i + 1] ?? '');
    }
    return new Markup(MARKUP, html);
  }

  /**
   * The template as a node of a page's TSX, its text holes also taking page content (elements,
   * components, lists of them, or nothing), which Preact renders in place as usual.
   */
  node(t: Translator, values: Readonly<Record<Name, HoleValue | ComponentChildren>>): PageNode {
    const { statics, holes } = this.compiledFor(t);
    const parts: string[] = [];
    const children: ComponentChildren[] = [];
    let html = statics[0] ?? '';
    for (let i = 0; i < holes.length; i += 1) {
      const hole = holes[i];
      const value = hole && values[hole.name];
      if (hole && !isHoleValue(value)) {
        if (hole.inAttribute) throw new Error(`page content cannot go in attribute "${hole.name}"`);
        parts.push(html);
        // Preact writes `false` and `true` of a precompiled template as text; in TSX they are nothing.
        children.push(typeof value === 'boolean' ? null : value);
        html = statics[i + 1] ?? '';
      } else {
        html = withValue(html, hole, values, statics[i + 1] ?? '');
      }
    }
    parts.push(html);
    return jsxTemplate(parts, ...children);
  }

  private compiledFor(t: Translator): Compiled<Name> {
    let found = this.compiled.get(t.language);
    if (found === undefined) {
      found = compile(render(this.markup(t, (name) => `\uE000${name}\uE001`)));
      this.compiled.set(t.language, found);
    }
    return found;
  }
}

/** A template (see Template). */
export function template<Name extends string = never>(
  markup: (t: Translator, hole: (name: Name) => string) => PageNode,
): Template<Name> {
  return new Template(markup);
}

/** What `make` makes of a language, made once per language (labels a page looks up per row). */
export function perLanguage<T>(make: (t: Translator) => T): (t: Translator) => T {
  const made = new Map<Language, T>();
  return (t) => {
    let found = made.get(t.language);
    if (found === undefined) {
      found = make(t);
      made.set(t.language, found);
    }
    return found;
  };
}

/** Several pieces of markup one after the other. */
export function joinMarkup(pieces: readonly Markup[]): Markup {
  let html = '';
  for (const piece of pieces) html += piece.html;
  return new Markup(MARKUP, html);
}

/** A part of a page rendered by Preact now, as markup (to keep, or to put in a template). */
export function renderMarkup(node: PageNode): Markup {
  return new Markup(MARKUP, render(node));
}

/**
 * A text as markup in which every character outside Latin-1 is a character reference (`&#8211;`
 * for the dash of "Cases – Candor"), which a browser reads back as the character. For the page
 * title, the one text in every page's frame that has such a character: a page that holds none is
 * kept and sent in one byte per character (oneByte), half the memory of one that holds one.
 */
export function latin1Markup(text: string): Markup {
  const escaped = escapeHtml(text);
  if (!WIDE.test(escaped)) return new Markup(MARKUP, escaped);
  return new Markup(
    MARKUP,
    oneByte(escaped.replace(WIDE_ALL, (char) => `&#${char.codePointAt(0) ?? 0xfffd};`)),
  );
}

const WIDE = /[\u{100}-\u{10ffff}]/u;
const WIDE_ALL = /[\u{100}-\u{10ffff}]/gu;

/** Markup as a node of a page's TSX (Preact writes it out as it is). */
export function markupNode(markup: Markup): PageNode {
  return jsxTemplate([markup.html]);
}

function isHoleValue(value: unknown): value is HoleValue {
  return typeof value === 'string' || typeof value === 'number' || value instanceof Markup;
}

/** `html` (the markup up to a hole), the hole's value, and `next` (the markup after it). */
function withValue<Name extends string>(
  html: string,
  hole: Hole<Name> | undefined,
  values: Readonly<Record<Name, unknown>>,
  next: string,
): string {
  if (hole === undefined) return html + next;
  const value = values[hole.name];
  if (typeof value === 'string') {
    // Preact writes an empty attribute as its name alone (`value`, not `value=""`): so does this.
    if (value === '' && hole.wholeAttribute) return html.slice(0, -2) + next.slice(1);
    return html + escapeHtml(value) + next;
  }
  if (typeof value === 'number') return html + String(value) + next;
  if (!(value instanceof Markup)) throw new Error(`hole "${hole.name}" has no value`);
  if (hole.inAttribute) throw new Error(`markup cannot go in attribute "${hole.name}"`);
  return html + value.html + next;
}

/** Cuts rendered markup at its holes, noting which holes are inside a tag (attribute values). */
function compile<Name extends string>(html: string): Compiled<Name> {
  const statics: string[] = [];
  const holes: Array<Hole<Name>> = [];
  let last = 0;
  for (const match of html.matchAll(HOLE)) {
    const end = match.index + match[0].length;
    const inAttribute = insideTag(html, match.index);
    statics.push(html.slice(last, match.index));
    holes.push({
      name: match[1] as Name,
      inAttribute,
      wholeAttribute: inAttribute && html.endsWith('="', match.index) && html[end] === '"',
    });
    last = end;
  }
  statics.push(html.slice(last));
  if (statics.some((part) => part.includes('\uE000') || part.includes('\uE001'))) {
    throw new Error('a template hole was changed by rendering');
  }
  return { statics: statics.map(oneByte), holes };
}

/**
 * Whether `index` of rendered HTML is inside a tag. Preact escapes `<` in text and quotes every
 * attribute value, so a tag starts at a `<` outside quotes and ends at the next `>` outside them.
 */
function insideTag(html: string, index: number): boolean {
  let inTag = false;
  let quoted = false;
  for (let i = 0; i < index; i += 1) {
    const char = html.charCodeAt(i);
    if (!inTag) {
      if (char === LT) inTag = true;
    } else if (char === QUOTE) {
      quoted = !quoted;
    } else if (char === GT && !quoted) {
      inTag = false;
    }
  }
  return inTag;
}

const LT = 60;
const GT = 62;
const QUOTE = 34;
const AMPERSAND = 38;
const UNSAFE = /["&<]/;

/**
 * Escapes a value as Preact's renderer escapes text and double-quoted attribute values (`"`, `&`,
 * `<`), so a filled template is what Preact would have written with the value in place.
 */
export function escapeHtml(text: string): string {
  if (!UNSAFE.test(text)) return text;
  let out = '';
  let last = 0;
  for (let i = 0; i < text.length; i += 1) {
    const char = text.charCodeAt(i);
    const entity =
      char === QUOTE ? '&quot;' : char === AMPERSAND ? '&amp;' : char === LT ? '&lt;' : '';
    if (entity === '') continue;
    out += text.slice(last, i) + entity;
    last = i + 1;
  }
  return out + text.slice(last);
}

import type { en } from './locales/en.js';

/**
 * The shape every language's catalogue must have: English's keys, each a string (or a list of
 * paragraphs where English has one). A catalogue declared `satisfies Catalogue` fails the type
 * check when it misses a key or has one English does not know, so no language ships half done.
 */
type Shape<T> = T extends string
  ? string
  : T extends readonly string[]
    ? readonly string[]
    : { readonly [K in keyof T]: Shape<T[K]> } & PluralForms;

/**
 * Plural forms English does not use (i18next picks `key_few`, `key_many`… by Intl.PluralRules), so
 * that a language with more forms than English can still be added as one file.
 */
type PluralForms = { readonly [key: `${string}_${'zero' | 'two' | 'few' | 'many'}`]: string };

export type Catalogue = Shape<typeof en>;

type Join<A extends string, B extends string> = A extends '' ? B : `${A}.${B}`;
type StripPlural<K extends string> = K extends `${infer Stem}_${'one' | 'other'}` ? Stem : K;

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string
    ? StripPlural<Join<Prefix, K>>
    : T[K] extends readonly string[]
      ? never
      : Leaves<T[K], Join<Prefix, K>>;
}[keyof T & string];

type Lists<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string
    ? never
    : T[K] extends readonly string[]
      ? Join<Prefix, K>
      : Lists<T[K], Join<Prefix, K>>;
}[keyof T & string];

/** A key of one message (a plural message by its stem: `files.count`, not `files.count_one`). */
export type MessageKey = Leaves<typeof en>;
/** A key of a list of paragraphs. */
export type ListKey = Lists<typeof en>;

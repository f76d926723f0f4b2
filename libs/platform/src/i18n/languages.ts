import type { Catalogue } from './catalogue.js';
import { de } from './locales/de.js';
import { en } from './locales/en.js';

/**
 * Every language Candor speaks, English first (the default). Adding a language is adding its
 * catalogue file under locales/ (`satisfies Catalogue` makes the type check hold it to English's
 * keys) and naming it here.
 */
export const CATALOGUES = { en, de } as const satisfies Record<string, Catalogue>;

export type Language = keyof typeof CATALOGUES;

export const LANGUAGES = Object.keys(CATALOGUES) as Language[];

export const DEFAULT_LANGUAGE: Language = 'en';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && Object.hasOwn(CATALOGUES, value);
}

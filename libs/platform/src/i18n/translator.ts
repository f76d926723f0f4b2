import i18next, { type TFunction } from 'i18next';
import type { ListKey, MessageKey } from './catalogue.js';
import { CATALOGUES, DEFAULT_LANGUAGE, type Language, LANGUAGES } from './languages.js';

export type MessageValues = Readonly<Record<string, string | number>>;

/** One language's messages, dates and numbers. */
export interface Translator {
  readonly language: Language;
  /** BCP 47 locale for Intl (e.g. `en-US`, `de-DE`). */
  readonly locale: string;
  t(key: MessageKey, values?: MessageValues): string;
  /** A list of paragraphs. */
  list(key: ListKey, values?: MessageValues): string[];
  /** A calendar date, e.g. "December 1, 2026" or "1. Dezember 2026" (UTC: deadlines are days). */
  date(value: Date): string;
  /** A date with the time of day in UTC, e.g. "December 1, 2026 at 09:12 UTC". */
  dateTime(value: Date): string;
}

const instance = i18next.createInstance();
void instance.init({
  resources: Object.fromEntries(
    LANGUAGES.map((language) => [language, { translation: CATALOGUES[language] }]),
  ),
  lng: DEFAULT_LANGUAGE,
  fallbackLng: DEFAULT_LANGUAGE,
  // The catalogues are in memory: initialise synchronously so the first request finds them ready.
  initAsync: false,
  // Pages escape everything they render (Preact) and emails escape their HTML; escaping here too
  // would show "&amp;" to the reader.
  interpolation: { escapeValue: false },
  returnNull: false,
});

const translators = new Map<Language, Translator>();

export function translator(language: Language): Translator {
  let found = translators.get(language);
  if (!found) {
    found = createTranslator(language, instance.getFixedT(language));
    translators.set(language, found);
  }
  return found;
}

function createTranslator(language: Language, fixed: TFunction): Translator {
  const locale = CATALOGUES[language].meta.locale;
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const dateTimes = new Intl.DateTimeFormat(locale, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'UTC',
  });
  // A message without values is the same every time: looked up once (i18next takes microseconds
  // per call, and a page makes dozens of calls).
  const plain = new Map<string, string>();
  const plainLists = new Map<string, string[]>();
  const list = (key: ListKey, values?: MessageValues): string[] => {
    const found = fixed(key, { ...values, returnObjects: true }) as unknown;
    return Array.isArray(found) ? (found as string[]) : [String(found)];
  };
  return {
    language,
    locale,
    t: (key, values) => {
      if (values) return String(fixed(key, values));
      let found = plain.get(key);
      if (found === undefined) {
        found = String(fixed(key, {}));
        plain.set(key, found);
      }
      return found;
    },
    list: (key, values) => {
      if (values) return list(key, values);
      let found = plainLists.get(key);
      if (found === undefined) {
        found = list(key);
        plainLists.set(key, found);
      }
      return [...found];
    },
    date: (value) => dates.format(value),
    dateTime: (value) => `${dateTimes.format(value)} UTC`,
  };
}

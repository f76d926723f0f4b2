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
  // So is a message whose values are all numbers (counts of days, of messages: a page of the
  // queue makes two dozen such calls); kept bounded. Values that are texts are never kept, so
  // nothing anyone typed stays in memory here.
  const counted = new Map<string, string>();
  // And a calendar date is the same all day (Intl takes microseconds per call too).
  const days = new Map<number, string>();
  const list = (key: ListKey, values?: MessageValues): string[] => {
    const found = fixed(key, { ...values, returnObjects: true }) as unknown;
    return Array.isArray(found) ? (found as string[]) : [String(found)];
  };
  return {
    language,
    locale,
    t: (key, values) => {
      if (values) {
        const memo = numericKey(key, values);
        if (memo === undefined) return String(fixed(key, values));
        let found = counted.get(memo);
        if (found === undefined) {
          found = String(fixed(key, values));
          if (counted.size >= MAX_KEPT) counted.clear();
          counted.set(memo, found);
        }
        return found;
      }
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
    date: (value) => {
      const time = value.getTime();
      const day = Math.floor(time / DAY_MS);
      if (!Number.isFinite(day)) return dates.format(value);
      let found = days.get(day);
      if (found === undefined) {
        found = dates.format(value);
        if (days.size >= MAX_KEPT) days.clear();
        days.set(day, found);
      }
      return found;
    },
    dateTime: (value) => `${dateTimes.format(value)} UTC`,
  };
}

const DAY_MS = 86_400_000;
/** How many messages with numbers and how many dates a translator keeps, at most. */
const MAX_KEPT = 2000;

/** The key under which a message with these values is kept, if every value is a number. */
function numericKey(key: string, values: MessageValues): string | undefined {
  let memo = key;
  for (const name in values) {
    const value = values[name];
    if (typeof value !== 'number') return undefined;
    memo += `\u0000${name}=${value}`;
  }
  return memo;
}

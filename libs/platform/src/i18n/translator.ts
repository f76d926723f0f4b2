import i18next, { type TFunction } from 'i18next';
import type { ListKey, MessageKey } from './catalogue.js';
import { CATALOGUES, DEFAULT_LANGUAGE, type Language, LANGUAGES } from './languages.js';
import { oneByte } from '../text/one-byte.js';

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
  // A message whose values are texts (a name, a role) is kept as its shape: i18next's output for
  // stand-ins of the values, cut where they went, so that a call only puts the values in (one
  // i18next call took a tenth of a millisecond, a tenth of what the queue page cost to render).
  // The stand-ins are all that is kept: nothing anyone typed stays in memory here either.
  const shapes = new Map<string, MessageShape | null>();
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
        if (memo === undefined) {
          const shapeKey = textKey(key, values);
          if (shapeKey === undefined) return String(fixed(key, values));
          let shape = shapes.get(shapeKey);
          if (shape === undefined) {
            shape = shapeOf(fixed, key, values);
            if (shapes.size >= MAX_KEPT) shapes.clear();
            shapes.set(shapeKey, shape);
          }
          return shape === null ? String(fixed(key, values)) : fill(shape, values);
        }
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

/**
 * A message with text values as i18next writes it: the texts around the values, and which value
 * goes between each two (`parts[1]`, `parts[3]`… are value names).
 */
type MessageShape = readonly string[];

/** Stand-ins for the values while i18next writes a message's shape (never in a catalogue). */
const STAND_IN = /\uE000([^\uE001]*)\uE001/;
const standIn = (name: string) => `\uE000${name}\uE001`;

/** Value names that are i18next options rather than values to put in: such calls are not kept. */
const OPTION_NAMES = new Set([
  'context',
  'count',
  'defaultValue',
  'lng',
  'lngs',
  'ns',
  'ordinal',
  'postProcess',
  'replace',
  'returnDetails',
  'returnObjects',
  'joinArrays',
  'interpolation',
  'skipInterpolation',
  'keyPrefix',
]);

/** The key under which a message's shape is kept, if every value is a text to put in. */
function textKey(key: string, values: MessageValues): string | undefined {
  let memo = key;
  for (const name in values) {
    if (typeof values[name] !== 'string' || OPTION_NAMES.has(name) || name.includes('\uE000')) {
      return undefined;
    }
    memo += `\u0000${name}`;
  }
  return memo;
}

/**
 * The message written by i18next with stand-ins for the values, cut at them; null when a
 * stand-in did not come out as it went in (a formatter changed it), so the message always goes
 * through i18next.
 */
function shapeOf(fixed: TFunction, key: string, values: MessageValues): MessageShape | null {
  const standIns: Record<string, string> = {};
  for (const name in values) standIns[name] = standIn(name);
  const parts = String(fixed(key, standIns)).split(STAND_IN);
  for (let i = 0; i < parts.length; i += 1) {
    const part = parts[i] ?? '';
    if (i % 2 === 0 ? part.includes('\uE000') || part.includes('\uE001') : !(part in values)) {
      return null;
    }
  }
  return parts.map(oneByte);
}

function fill(shape: MessageShape, values: MessageValues): string {
  let text = shape[0] ?? '';
  for (let i = 1; i < shape.length; i += 2) {
    text += `${values[shape[i] ?? '']}${shape[i + 1] ?? ''}`;
  }
  return text;
}

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

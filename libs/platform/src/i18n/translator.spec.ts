import i18next from 'i18next';
import type { MessageKey } from './catalogue.js';
import { CATALOGUES, DEFAULT_LANGUAGE, type Language, LANGUAGES } from './languages.js';
import { translator } from './translator.js';

/** i18next on its own, set up as the translator sets it up: what every message must equal. */
const reference = i18next.createInstance();
void reference.init({
  resources: Object.fromEntries(
    LANGUAGES.map((language) => [language, { translation: CATALOGUES[language] }]),
  ),
  lng: DEFAULT_LANGUAGE,
  fallbackLng: DEFAULT_LANGUAGE,
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** Every message of a catalogue, by key (a plural message under its stem), with its text. */
function messages(language: Language): Array<{ key: MessageKey; text: string }> {
  const found: Array<{ key: MessageKey; text: string }> = [];
  const walk = (node: unknown, path: string[]) => {
    if (typeof node === 'string') {
      const key = path.join('.').replace(/_(one|other|zero|two|few|many)$/, '');
      found.push({ key: key as MessageKey, text: node });
    } else if (node && typeof node === 'object' && !Array.isArray(node)) {
      for (const [name, child] of Object.entries(node)) walk(child, [...path, name]);
    }
  };
  walk(CATALOGUES[language], []);
  return found;
}

/** Every message that puts in a text by name (not a count), with the names it puts in. */
function messagesWithTexts(language: Language): Array<{ key: MessageKey; names: string[] }> {
  return messages(language).flatMap(({ key, text }) => {
    const names = [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1] ?? '');
    return names.length > 0 && !names.includes('count') ? [{ key, names }] : [];
  });
}

/** Texts that would show a difference: markup, i18next's own syntax, the stand-ins' characters. */
const AWKWARD = ['Ann <b>&amp;</b> "O\'Neil"', '{{name}} $t(layout.back)', '\uE000x\uE001', ''];

describe('translator', () => {
  it.each(LANGUAGES)('writes every message with text values as i18next does (%s)', (language) => {
    const sut = translator(language);
    const fixed = reference.getFixedT(language);
    const withTexts = messagesWithTexts(language);
    expect(withTexts.length).toBeGreaterThan(10);
    for (const { key, names } of withTexts) {
      for (const awkward of AWKWARD) {
        const values = Object.fromEntries(names.map((name, i) => [name, `${awkward}${i}`]));
        const expected = String(fixed(key, values));
        // Twice: the first call makes the message's shape, the second only fills it in.
        expect(sut.t(key, values)).toBe(expected);
        expect(sut.t(key, values)).toBe(expected);
      }
    }
  });

  it('keeps the shape of a message, never the values put into it', () => {
    const sut = translator('en');
    const first = sut.t('staffConsole.layout.signedInAs', { name: 'Ann', role: 'CFO' });
    const second = sut.t('staffConsole.layout.signedInAs', { name: 'Bob', role: 'Board' });
    expect([first, second]).toEqual(['Signed in as Ann (CFO)', 'Signed in as Bob (Board)']);
  });

  it('writes formatted numbers as i18next does', () => {
    const sut = translator('de');
    const key = messages('de').find(({ text }) => text.includes('{{max, number}}'))?.key;
    expect(key).toBeDefined();
    if (!key) return;
    expect(sut.t(key, { max: 12345 })).toBe(reference.getFixedT('de')(key, { max: 12345 }));
  });
});

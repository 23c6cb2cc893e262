/**
 * i18n: every UI string goes through t(). English (en.ts) and Italian (it.ts) are shipped; feature teammates add
 * their own namespace with addTranslations('search', {...}) from their feature folder, and its Italian sits in
 * it-features.ts. Vocabulary keys (statuses, types, roles) are translated under `vocab.<key>`: English labels come
 * from the model's labelOf, Italian from electron/common/domain/vocab-it.ts (which reports use too); the stored codes never change.
 *
 * The language is a setting (./language.ts): English, Italian, or the system's (navigator.language, which Electron
 * sets from app.getLocale()). A "pseudo" language wraps every English string in ⟦…⟧ so a browser test can tell
 * translated text from text that bypasses i18n; it is never offered in the interface.
 */
import i18next, { type i18n as I18n, type TFunction } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { labelOf } from '../../../electron/common/domain/vocab';
import { CLI_WORDS } from '../../../electron/common/domain/words/cli';
import { NATIVE_WORDS } from '../../../electron/common/domain/words/native';
import { PROBLEM_WORDS } from '../../../electron/common/domain/words/problems';
import { en } from './en';
import { it } from './it';
import { itFeatures } from './it-features';
import {
  initialLanguage,
  LANGUAGE_STORAGE_KEY,
  pseudoBundle,
  resolveLanguage,
  vocabCodes,
  type LanguageSetting,
} from './language';
import { vocabIt } from '../../../electron/common/domain/vocab-it';

export const i18n: I18n = i18next.createInstance();

const enCommon = { ...en, vocab: Object.fromEntries(vocabCodes().map((code) => [code, labelOf(code)])) };

void i18n.use(initReactI18next).init({
  lng: initialLanguage(),
  fallbackLng: 'en',
  supportedLngs: ['en', 'it', 'pseudo'],
  defaultNS: 'common',
  ns: ['common'],
  resources: {
    // `native`: Electron main's menu and dialog words, loaded here so the parity test holds them too.
    // `problems`: the store's and the contract's messages by key (./problems.ts words them).
    // `cli`: the command line's words, here only for the parity test.
    en: { common: enCommon, native: NATIVE_WORDS.en, problems: PROBLEM_WORDS.en, cli: CLI_WORDS.en },
    it: {
      common: { ...it, vocab: vocabIt },
      ...itFeatures,
      native: NATIVE_WORDS.it,
      problems: PROBLEM_WORDS.it,
      cli: CLI_WORDS.it,
    },
    pseudo: {
      common: pseudoBundle(enCommon),
      native: pseudoBundle(NATIVE_WORDS.en),
      problems: pseudoBundle(PROBLEM_WORDS.en),
    },
  },
  interpolation: { escapeValue: false }, // React escapes already
  returnNull: false,
  initAsync: false,
});

/** Adds a feature's strings under its own namespace (call at module load of the feature). */
export function addTranslations(namespace: string, bundle: Record<string, unknown>, language = 'en'): void {
  i18n.addResourceBundle(language, namespace, bundle, true, true);
  if (language === 'en') i18n.addResourceBundle('pseudo', namespace, pseudoBundle(bundle), true, true);
}

/** A vocabulary key as the person reads it: translated if a translation exists, else the model's label. */
export function vocabLabel(t: TFunction, key: string): string {
  return t(`vocab.${key}`, { defaultValue: labelOf(key) });
}

export { intlLocale, useIntlLocale } from './locale';
export { readLanguageSetting, LANGUAGES, type Language, type LanguageSetting } from './language';
export { collatorFor } from './locale';

/**
 * Applies a language setting at once: stores it, switches i18next (every useTranslation component re-renders in
 * place, so open forms keep what was typed) and sets <html lang> for screen readers and hyphenation.
 */
export function setLanguageSetting(setting: LanguageSetting | 'pseudo'): void {
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, setting);
  } catch {
    // storage blocked: the choice still applies for this session
  }
  const lng = resolveLanguage(setting);
  document.documentElement.lang = lng === 'pseudo' ? 'en' : lng;
  void i18n.changeLanguage(lng);
}

/**
 * i18n: every UI string goes through t(). English is the only language shipped now; feature teammates add
 * their own namespace with addTranslations('search', {...}) from their feature folder. Vocabulary keys
 * (statuses, types, roles) are translated under `vocab.<key>`, falling back to the model's English labelOf.
 */
import i18next, { type i18n as I18n, type TFunction } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { labelOf } from '../../../electron/common/domain/vocab';
import { en } from './en';

export const i18n: I18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  lng: 'en',
  fallbackLng: 'en',
  defaultNS: 'common',
  ns: ['common'],
  resources: { en: { common: en } },
  interpolation: { escapeValue: false }, // React escapes already
  returnNull: false,
  initAsync: false,
});

/** Adds a feature's strings under its own namespace (call at module load of the feature). */
export function addTranslations(namespace: string, bundle: Record<string, unknown>, language = 'en'): void {
  i18n.addResourceBundle(language, namespace, bundle, true, true);
}

/** A vocabulary key as the person reads it: translated if a translation exists, else the model's label. */
export function vocabLabel(t: TFunction, key: string): string {
  return t(`vocab.${key}`, { defaultValue: labelOf(key) });
}

/**
 * The chosen language as an Intl locale: dates and numbers (Intl.DateTimeFormat / NumberFormat) and list sorting
 * (Intl.Collator) follow it. English is en-GB, as the interface has always written dates ("3 Mar 2026, 14:05");
 * Italian is it-IT ("3 mar 2026, 14:05"); the pseudo-locale formats as English.
 */
import { useTranslation } from 'react-i18next';

const INTL: Record<string, string> = { en: 'en-GB', it: 'it-IT', pseudo: 'en-GB' };

/** BCP 47 locale for Intl from an i18next language code ('it' → 'it-IT'); en-GB for anything unknown. */
export function intlLocale(language: string | undefined): string {
  return INTL[language ?? 'en'] ?? 'en-GB';
}

/** The Intl locale of the current language; the component re-renders when the language changes. */
export function useIntlLocale(): string {
  const { i18n } = useTranslation();
  return intlLocale(i18n.language);
}

const collators = new Map<string, Intl.Collator>();
/**
 * A collator for sorting names as a reader of `locale` expects ("Österreich" beside "Oman", "à" beside "a"),
 * ignoring case and accents for equality and reading digits as numbers ("Session 10" after "Session 9").
 */
export function collatorFor(locale: string): Intl.Collator {
  let c = collators.get(locale);
  if (!c) {
    c = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
    collators.set(locale, c);
  }
  return c;
}

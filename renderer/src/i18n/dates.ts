/**
 * Partial dates in the interface language: the domain's display (electron/common/domain/dates/display.ts) with the
 * current language — "gen 2021", "c. 2019", "inizio 2021" in Italian; English in English and in the pseudo-locale
 * (whose test allows date words). Read at call time: the components that call these re-render on a language change
 * through useTranslation, so what they show follows the switch at once.
 */
import {
  formatPartialDate as formatIn,
  spanText as spanIn,
  type DateLang,
  type PartialDate,
} from '../../../electron/common/domain/partial-date';
import { i18n } from './index';

/** The date language of an i18next language code: Italian for 'it', English otherwise. */
export function dateLang(language: string | undefined = i18n.language): DateLang {
  return language === 'it' ? 'it' : 'en';
}

/** formatPartialDate in the interface language (same shapes and errors as the domain's). */
export function formatPartialDate(d: PartialDate | string, style: 'short' | 'long' = 'short'): string {
  return formatIn(d, style, dateLang());
}

/** spanText in the interface language ("mar–mag 2021"). */
export function spanText(value: PartialDate): string | null {
  return spanIn(value, dateLang());
}

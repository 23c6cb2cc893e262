/**
 * The interface language as a setting: 'en', 'it' or 'system' (the default), kept in localStorage like the colour
 * scheme (key `entente.language`): it belongs to this computer's user, not to the register file, which officers
 * share. 'system' follows navigator.languages — in Electron, Chromium fills them from app.getLocale(), so no extra
 * channel through the preload is needed. 'pseudo' is a test language (every string wrapped ⟦…⟧), never offered.
 */
import {
  ACTION_ITEM_STATES,
  AGREEMENT_KINDS,
  AGREEMENT_PARTY_ROLES,
  COOPERATION_AREAS,
  LINK_INVERSES,
  LINK_KINDS,
  MEETING_KINDS,
  PARTY_EVENT_KINDS,
  PARTY_KINDS,
  PROGRAMME_KINDS,
  PROGRAMME_PARTNER_ROLES,
  RECORD_KINDS,
  STATUSES,
  TERM_KINDS,
  WORKING_GROUP_PARTY_ROLES,
} from '../../../electron/common/domain/vocab';

export const LANGUAGES = ['en', 'it'] as const;
export type Language = (typeof LANGUAGES)[number];
export type LanguageSetting = Language | 'system';
/** The languages the i18n instance knows: the shipped ones and the test-only pseudo-locale. */
export type LoadedLanguage = Language | 'pseudo';

export const LANGUAGE_STORAGE_KEY = 'entente.language';

/** The first of the system's preferred languages that Entente ships ("it-IT" → 'it'); English otherwise. */
export function systemLanguage(preferred: readonly string[] = systemPreferences()): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split(/[-_]/)[0];
    const found = LANGUAGES.find((l) => l === base);
    if (found) return found;
  }
  return 'en';
}

function systemPreferences(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : [navigator.language];
}

/** The stored setting; 'system' when nothing (or something unknown) is stored. 'pseudo' only when a test set it. */
export function readLanguageSetting(): LanguageSetting | 'pseudo' {
  try {
    const raw = localStorage.getItem(LANGUAGE_STORAGE_KEY);
    if (raw === 'pseudo' || raw === 'system') return raw;
    return LANGUAGES.find((l) => l === raw) ?? 'system';
  } catch {
    return 'system'; // storage blocked: follow the system
  }
}

export function resolveLanguage(setting: LanguageSetting | 'pseudo'): LoadedLanguage {
  return setting === 'system' ? systemLanguage() : setting;
}

export function initialLanguage(): LoadedLanguage {
  const lng = resolveLanguage(readLanguageSetting());
  if (typeof document !== 'undefined') document.documentElement.lang = lng === 'pseudo' ? 'en' : lng;
  return lng;
}

/** Every vocabulary code the model can show (statuses, kinds, roles, events, links and their inverses). */
export function vocabCodes(): string[] {
  return [
    ...new Set<string>([
      ...RECORD_KINDS,
      ...Object.values(STATUSES).flat(),
      ...PARTY_KINDS,
      ...AGREEMENT_KINDS,
      ...COOPERATION_AREAS,
      ...TERM_KINDS,
      ...AGREEMENT_PARTY_ROLES,
      ...PARTY_EVENT_KINDS,
      ...LINK_KINDS,
      ...Object.values(LINK_INVERSES),
      ...PROGRAMME_KINDS,
      ...PROGRAMME_PARTNER_ROLES,
      ...WORKING_GROUP_PARTY_ROLES,
      ...MEETING_KINDS,
      ...ACTION_ITEM_STATES,
    ]),
  ];
}

/** Marks that open and close a pseudo-locale string; the browser test looks for text outside them. */
export const PSEUDO_OPEN = '⟦';
export const PSEUDO_CLOSE = '⟧';

/** A bundle with every string wrapped ⟦…⟧ ({{variables}} kept, so interpolation still works). Same shape. */
export function pseudoBundle<T>(bundle: T): T {
  const wrap = (value: unknown): unknown => {
    if (typeof value === 'string') return value === '' ? '' : `${PSEUDO_OPEN}${value}${PSEUDO_CLOSE}`;
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, wrap(v)]));
    }
    return value;
  };
  return wrap(bundle) as T;
}

/**
 * The few language facts shared by every layer that speaks to a person outside the renderer's i18next (Electron
 * main's menus and native dialogs, the command line): which languages exist, how a locale tag picks one, and the
 * `{{name}}` interpolation i18next uses, so the same tables load into i18next unchanged.
 */
export const WORD_LANGUAGES = ['en', 'it'] as const;
export type WordLanguage = (typeof WORD_LANGUAGES)[number];

/** A table of strings, nested by subject; the Italian table must have the English one's shape. */
export type WordTable = { readonly [key: string]: string | WordTable };

/**
 * The first of `tags` (BCP 47 or POSIX, e.g. "it-IT", "it_IT.UTF-8") that Entente ships, else English.
 * The rule of the renderer's systemLanguage (renderer/src/i18n/language.ts), for main and the CLI.
 */
export function languageOfLocale(...tags: readonly (string | undefined)[]): WordLanguage {
  for (const tag of tags) {
    const base = (tag ?? '').toLowerCase().split(/[-_.@]/)[0];
    const found = WORD_LANGUAGES.find((l) => l === base);
    if (found) return found;
  }
  return 'en';
}

/** True only for a language Entente ships: the check every value crossing from a window or a file passes. */
export function isWordLanguage(value: unknown): value is WordLanguage {
  return typeof value === 'string' && (WORD_LANGUAGES as readonly string[]).includes(value);
}

/** The string at a dotted key of a table, or undefined. */
export function lookUp(table: WordTable, key: string): string | undefined {
  let at: string | WordTable | undefined = table;
  for (const part of key.split('.')) {
    if (at === undefined || typeof at === 'string') return undefined;
    at = at[part];
  }
  return typeof at === 'string' ? at : undefined;
}

/** `{{name}}` replaced by values.name (i18next's syntax, unescaped); an unknown name stays as written. */
export function fill(template: string, values: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (whole, name: string) =>
    values[name] === undefined ? whole : String(values[name]),
  );
}

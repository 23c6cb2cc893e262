/**
 * The language of main's menus and native dialogs. The window reports the language it shows over
 * `entente:language` (at start-up and whenever the person picks one), because the choice lives in the renderer's
 * local storage (renderer/src/i18n/language.ts). Main keeps the last report in `language.json` in the profile, so
 * the next start — and the damage dialog, shown before any window exists — already speaks it; with nothing saved it
 * follows `app.getLocale()` (the system language, the renderer's default too).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { isWordLanguage, languageOfLocale, type WordLanguage } from '../common/domain/words/fill';
import { NATIVE_WORDS, type NativeWords } from '../common/domain/words/native';
import { LANGUAGE_CHANNEL } from '../common/contract/events';

export { LANGUAGE_CHANNEL };
const FILE_NAME = 'language.json';

export interface MainLanguage {
  current(): WordLanguage;
  words(): NativeWords;
  /** Applies a language (no-op when unchanged); saves it and tells the listeners. */
  set(language: WordLanguage): void;
  onChange(listener: (language: WordLanguage) => void): void;
}

/** The saved language, when the file holds exactly `{"language":"en"|"it"}`; anything else is ignored. */
function readSaved(file: string): WordLanguage | null {
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    const value = (parsed as { language?: unknown } | null)?.language;
    return isWordLanguage(value) ? value : null;
  } catch {
    return null;
  }
}

/** `profileDir`: the userData folder; `systemLocale`: app.getLocale(). */
export function mainLanguage(profileDir: string, systemLocale: string, log: (m: string) => void): MainLanguage {
  const file = path.join(profileDir, FILE_NAME);
  let language = readSaved(file) ?? languageOfLocale(systemLocale);
  const listeners: ((language: WordLanguage) => void)[] = [];
  return {
    current: () => language,
    words: () => NATIVE_WORDS[language],
    set(next) {
      if (next === language) return;
      language = next;
      try {
        writeFileSync(file, JSON.stringify({ language: next }));
      } catch (error) {
        log(`could not remember the language: ${String(error)}`);
      }
      for (const listener of listeners) listener(next);
    },
    onChange(listener) {
      listeners.push(listener);
    },
  };
}

/**
 * `entente:language` "en" | "it": from one of our windows only (the same sender check as every channel, given as
 * `allowed`), exactly one of the shipped languages; anything else is refused and changes nothing. Answers true
 * when the language was taken.
 */
export function registerLanguageChannel(
  ipcMain: Pick<IpcMain, 'handle'>,
  language: MainLanguage,
  allowed: (event: IpcMainInvokeEvent) => boolean,
  log: (message: string) => void,
): void {
  ipcMain.handle(LANGUAGE_CHANNEL, (event, input: unknown, ...rest: unknown[]): boolean => {
    if (!allowed(event)) {
      log('refused language: the caller is not the Entente page');
      return false;
    }
    if (rest.length > 0 || !isWordLanguage(input)) {
      log(`refused language: ${JSON.stringify(input)?.slice(0, 40)} is not a language Entente ships`);
      return false;
    }
    language.set(input);
    return true;
  });
}

/**
 * Errors from the store and the contract in the window's language (issue 18). The worker cannot know the window's
 * language, so an error crosses with its English message plus a key and values (domain/errors.ts `Worded`); here
 * the key is worded through i18next's `problems` namespace (electron/common/domain/words/problems.ts), the values'
 * words (fields, kinds, vocabulary, rows) through the same tables and `vocab.*`. English shows the message as sent.
 */
import type { ErrorInfo, FieldError, Worded } from '../../../electron/common/domain/errors';
import { labelOf } from '../../../electron/common/domain/vocab';
import { sayError, sayProblem, type Say } from '../../../electron/common/domain/words/problems';
import { i18n } from './index';

const say: Say = (key, values) =>
  i18n.exists(`problems:${key}`)
    ? i18n.t(`problems:${key}`, { ...values, interpolation: { escapeValue: false } })
    : undefined;
const vocab = (code: string) => i18n.t(`vocab.${code}`, { defaultValue: labelOf(code) });

/** The message of an error (or one field error) in the language shown now. */
export function problemText(problem: Worded & { path?: string; fields?: FieldError[] }): string {
  if (i18n.language === 'en') return problem.message;
  return problem.fields || problem.key === 'invalid'
    ? sayError(problem as ErrorInfo, say, vocab)
    : sayProblem(problem, say, vocab);
}

/**
 * The same error whose `message` (and each field's) is read in the language shown at the moment it is read, so a
 * message on screen follows a language switch like every other string. `englishMessage` keeps what was sent.
 */
export function localizeError(info: ErrorInfo): ErrorInfo & { englishMessage: string } {
  const fields = info.fields?.map((field) => withLiveMessage(field, () => problemText(field)));
  const copy = { ...info, englishMessage: info.message, ...(fields ? { fields } : {}) };
  return withLiveMessage(copy, () => problemText({ ...info, ...(fields ? { fields: info.fields } : {}) }));
}

function withLiveMessage<T extends Worded>(value: T, text: () => string): T {
  const copy = { ...value };
  Object.defineProperty(copy, 'message', { get: text, enumerable: true, configurable: true });
  return copy;
}

/**
 * Errors from the store and the contract in the window's language (issue 18). The worker cannot know the window's
 * language, so an error crosses with its English message plus a key and values (domain/errors.ts `Worded`); here
 * the key is worded through i18next's `problems` namespace (electron/common/domain/words/problems.ts), the values'
 * words (fields, kinds, vocabulary, rows) through the same tables and `vocab.*`. English shows the message as sent.
 */
import type { ErrorInfo, FieldError, Worded } from '../../../electron/common/domain/errors';
import { labelOf } from '../../../electron/common/domain/vocab';
import { sayError, sayProblem, type Say } from '../../../electron/common/domain/words/problems';
import { relationLabel } from '../features/records/shared/relationLabel';
import { i18n } from './index';

const say: Say = (key, values) =>
  i18n.exists(`problems:${key}`)
    ? i18n.t(`problems:${key}`, { ...values, interpolation: { escapeValue: false } })
    : undefined;
const vocab = (code: string) => i18n.t(`vocab.${code}`, { defaultValue: labelOf(code) });

/** Refusals whose `list` value names records (`details`: the records, as the store's Dependent rows). */
const LISTING_KEYS = new Set(['store.hasDependents', 'store.bulkDependents', 'undo.referred']);
const LISTED = 5;

/**
 * `list` in the shown language: each record as "accordo «Titolo» (firmatario)", the kind and the relation worded
 * as the delete dialog words them (relationLabel); at most five for a selection, like the English.
 */
function withListWorded(problem: Worded & { details?: unknown }): Worded {
  if (!problem.key || !LISTING_KEYS.has(problem.key) || !Array.isArray(problem.details)) return problem;
  const records = problem.details as { kind: string; title: string; relation?: string }[];
  const shown = problem.key === 'store.bulkDependents' ? records.slice(0, LISTED) : records;
  const list = shown
    .map((d) => {
      const kind = i18n.t(`kinds.${d.kind}.one`).toLowerCase();
      return d.relation ? `${kind} «${d.title}» (${relationLabel(i18n.t, d.relation)})` : `${kind} «${d.title}»`;
    })
    .join('; ');
  return { ...problem, values: { ...problem.values, list: shown.length < records.length ? `${list}…` : list } };
}

/** The message of an error (or one field error) in the language shown now. */
export function problemText(problem: Worded & { path?: string; fields?: FieldError[]; details?: unknown }): string {
  if (i18n.language === 'en') return problem.message;
  return problem.fields || problem.key === 'invalid'
    ? sayError(problem as ErrorInfo, say, vocab)
    : sayProblem(withListWorded(problem), say, vocab);
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

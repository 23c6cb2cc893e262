import type { TFunction } from 'i18next';
import { i18n, vocabLabel } from '../../../i18n';

/**
 * How a dependent refers to this record, in the reader's language. The store gives English phrases joined by ", "
 * ("signatory, session 3", "founded by it"): role codes read as vocabulary, sessions by number, the rest by key.
 */
export function relationLabel(t: TFunction, relation: string): string {
  return relation
    .split(', ')
    .map((part) => {
      const session = /^session (\d+)$/.exec(part);
      if (session) return t('detail.edition', { n: session[1] });
      const code = part.replace(/ /g, '_');
      if (i18n.exists(`vocab.${code}`)) return vocabLabel(t, code).toLowerCase();
      return t(`relations.${code}`, { defaultValue: part });
    })
    .join(', ');
}

/**
 * The record list's columns as TanStack Table column definitions: default widths, how each column sorts (dates by
 * their partial-date sort key, statuses by status then date) and how its cell is drawn. RecordTable.tsx lays them
 * out and scrolls them.
 */
import type { ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { cellText, type ListColumn } from '../../../../../electron/common/domain/list-columns';
import { sortKey } from '../../../../../electron/common/domain/partial-date';
import { statusCategory } from '../../../../../electron/common/domain/report';
import { reportWords } from '../../../../../electron/common/domain/report-words';
import type { RecordSummary } from '../../../../../electron/common/domain/types';
import type { RecordKind } from '../../../../../electron/common/domain/vocab';
import { statusText } from '../../../components/StatusBadge';
import { collatorFor, useIntlLocale, vocabLabel } from '../../../i18n';
import { computedFont, fitTwoLines, measurerFor, type Measure } from './fit';
import { dateLang } from '../../../i18n/dates';

/** Default widths in pixels; the title takes what is left (at least its width). */
export const DEFAULT_SIZES: Record<ListColumn, number> = {
  title: 360,
  subtitle: 150,
  counterparts: 140,
  parties: 220,
  status: 170,
  date: 96,
  signature: 120,
  ratification: 120,
  entryIntoForce: 150,
  ourSignature: 120,
  ourRatification: 120,
  ourEntryIntoForce: 150,
  areas: 160,
  updated: 104,
};

const compareDates = (a: string, b: string) => {
  const x = sortKey(a);
  const y = sortKey(b);
  return x < y ? -1 : x > y ? 1 : 0;
};

/**
 * Cells are plain elements with CSS classes, not Mantine components: a list row is rendered thousands of times
 * while scrolling, and the component kit's theme and style-prop work per cell costs frames.
 */
export function useColumns(kind: RecordKind, order: readonly ListColumn[]): ColumnDef<RecordSummary>[] {
  const { t, i18n } = useTranslation();
  const locale = useIntlLocale();
  const collator = collatorFor(locale);
  const lang = dateLang(i18n.language);
  return useMemo(() => {
    const vocab = (key: string) => vocabLabel(t, key);
    return order.map((id): ColumnDef<RecordSummary> => {
      const base: ColumnDef<RecordSummary> = {
        id,
        header: t(id === 'subtitle' && kind === 'person' ? 'list.col.role' : `list.col.${id}`),
        size: DEFAULT_SIZES[id],
        minSize: 60,
        accessorFn: (r) => cellText(r, id, vocab, lang),
        sortingFn: (a, b) =>
          collator.compare(cellText(a.original, id, vocab, lang), cellText(b.original, id, vocab, lang)),
        cell: ({ row }) => {
          const text = cellText(row.original, id, vocab, lang);
          return (
            <span className="ent-cell ent-cell-dim" title={text}>
              {text}
            </span>
          );
        },
      };
      if (id === 'title')
        return {
          ...base,
          cell: ({ row, table }) => (
            <TitleCell
              title={row.original.title}
              width={(table.options.meta as TableMeta | undefined)?.titleWidth ?? 0}
            />
          ),
        };
      if (id === 'status')
        return {
          ...base,
          sortingFn: (a, b) =>
            collator.compare(vocab(a.original.status?.status ?? ''), vocab(b.original.status?.status ?? '')) ||
            compareDates(a.original.status?.date ?? 'XXXX', b.original.status?.date ?? 'XXXX'),
          cell: ({ row }) => {
            const status = row.original.status;
            const later = row.original.statusUndatedLater;
            // As of a past date, an undated status entered later: "*", and what it means (the report's words).
            const laterText = later ? reportWords(lang).mayHaveChanged(vocab(later)) : '';
            return status ? (
              <>
                <span className="ent-badge" data-tone={statusCategory(status.status)}>
                  {statusText(t, status)}
                </span>
                {later ? (
                  <span className="ent-later" title={laterText} data-testid="status-later">
                    <span aria-hidden>*</span>
                    <span className="ent-sr">{laterText}</span>
                  </span>
                ) : null}
              </>
            ) : (
              <span className="ent-badge" data-tone="none">
                {t('status.none')}
              </span>
            );
          },
        };
      if (id === 'date') return { ...base, sortingFn: (a, b) => compareDates(a.original.date, b.original.date) };
      if (id === 'updated')
        return { ...base, sortingFn: (a, b) => a.original.updatedAt.localeCompare(b.original.updatedAt) };
      return base;
    });
  }, [kind, order, t, collator, lang]);
}

/** What cells need from the table as a whole: the title cell's width in px as laid out (it takes what is left). */
export interface TableMeta {
  titleWidth: number;
}

let titleMeasure: Measure | null = null;
if (typeof document !== 'undefined' && 'fonts' in document)
  // A font that arrives late changes every width: measure again from then on.
  document.fonts.addEventListener('loadingdone', () => (titleMeasure = null));

/**
 * A title in two lines, cut to fit its cell by measuring it in the cell's own font (fit.ts): when too long it
 * keeps its first line and its END (where treaty titles differ: "…concerning cooperation in the field of pilot
 * training"). The whole title is the tooltip and what a screen reader reads; the cut lines are hidden from it.
 */
function TitleCell({ title, width }: { title: string; width: number }) {
  titleMeasure ??= measurerFor(computedFont('ent-cell-title2'));
  const fit = width > 0 ? fitTwoLines(title, width, titleMeasure) : { whole: title };
  if ('whole' in fit)
    return (
      <span className="ent-cell-title2" title={title}>
        {title}
      </span>
    );
  return (
    <span className="ent-cell-title2 ent-cell-cut" title={title}>
      <span className="ent-line" aria-hidden>
        {fit.head}
      </span>
      {/* Right to left as a box, so if a pixel of rounding ever remains it is the line's start that goes, not
          its end; the text inside keeps its own direction. */}
      <span className="ent-line ent-line-end" aria-hidden>
        <span dir="auto">{fit.tail}</span>
      </span>
      <span className="ent-sr">{title}</span>
    </span>
  );
}

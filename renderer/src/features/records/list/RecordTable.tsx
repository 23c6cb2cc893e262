/**
 * A record list as a virtualised grid: only the rows in view are in the DOM, so 50,000 rows scroll smoothly.
 * Sorting is client side (TanStack Table); filtering is server side (records.list).
 * Keyboard: the grid is one tab stop; ↑/↓/PgUp/PgDn/Home/End move the active row, Enter opens it.
 */
import { UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import {
  flexRender,
  getCoreRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
  type Row,
  type SortingState,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPartialDate, sortKey } from '../../../../../electron/common/domain/partial-date';
import type { RecordSummary } from '../../../../../electron/common/domain/types';
import type { RecordKind } from '../../../../../electron/common/domain/vocab';
import { recordPath } from '../../../app/kinds';
import { navigate } from '../../../app/router';
import { statusCategory } from '../../../../../electron/common/domain/report';
import { statusText } from '../../../components/StatusBadge';
import { vocabLabel } from '../../../i18n';

const ROW_HEIGHT = 30;
const HEADER_HEIGHT = 29;

const updatedFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
function formatUpdated(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : updatedFormat.format(d);
}

/**
 * Cells are plain elements with CSS classes, not Mantine components: a list row is rendered thousands of
 * times while scrolling, and the component kit's theme and style-prop work per cell costs frames.
 */
function useColumns(kind: RecordKind): ColumnDef<RecordSummary>[] {
  const { t } = useTranslation();
  return useMemo(() => {
    const text = (value: string, className = 'ent-cell') => (
      <span className={className} title={value}>
        {value}
      </span>
    );
    const columns: ColumnDef<RecordSummary>[] = [
      {
        id: 'title',
        header: t('list.col.title'),
        accessorFn: (r) => r.title,
        size: 34,
        sortingFn: (a, b) => collator.compare(a.original.title, b.original.title),
        cell: ({ row }) => text(row.original.title, 'ent-cell ent-cell-title'),
      },
      {
        id: 'subtitle',
        header: t(kind === 'person' ? 'list.col.role' : 'list.col.type'),
        accessorFn: (r) => r.subtitle,
        size: 20,
        enableSorting: false,
        cell: ({ row }) => text(row.original.subtitle, 'ent-cell ent-cell-dim'),
      },
    ];
    if (kind !== 'party') {
      columns.push({
        id: 'parties',
        header: t('list.col.parties'),
        accessorFn: (r) => r.partyNames.join(', '),
        size: 22,
        enableSorting: false,
        cell: ({ row }) => text(row.original.partyNames.join(', ')),
      });
    }
    if (kind !== 'party' && kind !== 'person') {
      columns.push({
        id: 'status',
        header: t('list.col.status'),
        size: 16,
        accessorFn: (r) => (r.status ? vocabLabel(t, r.status.status) : ''),
        sortingFn: (a, b) =>
          (a.original.status?.status ?? '').localeCompare(b.original.status?.status ?? '') ||
          compareDates(a.original.status?.date ?? 'XXXX', b.original.status?.date ?? 'XXXX'),
        cell: ({ row }) => {
          const status = row.original.status;
          if (!status)
            return (
              <span className="ent-badge" data-tone="none">
                {t('status.none')}
              </span>
            );
          return (
            <span className="ent-badge" data-tone={statusCategory(status.status)}>
              {statusText(t, status)}
            </span>
          );
        },
      });
    }
    if (kind !== 'party') {
      columns.push({
        id: 'date',
        header: t('list.col.date'),
        size: 10,
        accessorFn: (r) => r.date,
        sortingFn: (a, b) => compareDates(a.original.date, b.original.date),
        cell: ({ row }) => text(formatPartialDate(row.original.date), 'ent-cell ent-num'),
      });
    }
    columns.push({
      id: 'updated',
      header: t('list.col.updated'),
      size: 10,
      accessorFn: (r) => r.updatedAt,
      cell: ({ row }) => text(formatUpdated(row.original.updatedAt), 'ent-cell ent-cell-dim ent-num'),
    });
    return columns;
  }, [kind, t]);
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

function compareDates(a: string, b: string): number {
  const x = sortKey(a);
  const y = sortKey(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function RecordTable({ kind, rows, label }: { kind: RecordKind; rows: RecordSummary[]; label: string }) {
  const { t } = useTranslation();
  const columns = useColumns(kind);
  const [sorting, setSorting] = useState<SortingState>([]);
  const table = useReactTable({
    data: rows,
    columns,
    state: { sorting },
    onSortingChange: setSorting,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
  });
  const sortedRows = table.getRowModel().rows;
  const sortedRowsRef = useRef(sortedRows);
  sortedRowsRef.current = sortedRows;
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: sortedRows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    scrollMargin: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
    initialRect: { width: 1000, height: 600 },
  });
  const [active, setActive] = useState(0);
  useEffect(() => setActive((i) => Math.min(i, Math.max(sortedRows.length - 1, 0))), [sortedRows.length]);

  const widths = table
    .getVisibleLeafColumns()
    .map((c) => `minmax(0, ${c.getSize()}fr)`)
    .join(' ');
  const open = (index: number) => {
    const row = sortedRows[index];
    if (row) navigate(recordPath(kind, row.original.id));
  };
  const onRowClick = useCallback(
    (index: number) => {
      setActive(index);
      const row = sortedRowsRef.current[index];
      if (row) navigate(recordPath(kind, row.original.id));
    },
    [kind],
  );
  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(index, sortedRows.length - 1));
    setActive(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // Read the viewport height only on a key press: a layout read during render would cost every frame.
    const pageRows = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 600) / ROW_HEIGHT) - 2);
    const moves: Record<string, number> = {
      ArrowDown: active + 1,
      ArrowUp: active - 1,
      PageDown: active + pageRows,
      PageUp: active - pageRows,
      Home: 0,
      End: sortedRows.length - 1,
    };
    if (event.key in moves) {
      event.preventDefault();
      moveTo(moves[event.key] ?? 0);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      open(active);
    }
  };

  const headerGroup = table.getHeaderGroups()[0];
  // The scroll container IS the grid (one tab stop, aria-activedescendant); the header row sticks on top.
  return (
    <div
      ref={scrollRef}
      className="ent-grid"
      role="grid"
      aria-label={label}
      aria-rowcount={sortedRows.length + 1}
      aria-describedby="ent-grid-hint"
      tabIndex={0}
      aria-activedescendant={sortedRows[active] ? `row-${sortedRows[active].original.id}` : undefined}
      onKeyDown={onKeyDown}
    >
      <span id="ent-grid-hint" hidden>
        {t('list.rowsHint')}
      </span>
      <div role="rowgroup" className="ent-grid-head">
        <div role="row" className="ent-grid-row" style={{ gridTemplateColumns: widths }} aria-rowindex={1}>
          {headerGroup?.headers.map((header) => {
            const sorted = header.column.getIsSorted();
            const canSort = header.column.getCanSort();
            const title = flexRender(header.column.columnDef.header, header.getContext());
            return (
              <div
                key={header.id}
                role="columnheader"
                className="ent-grid-cell"
                aria-sort={
                  sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : canSort ? 'none' : undefined
                }
              >
                {canSort ? (
                  <UnstyledButton className="ent-sort" tabIndex={-1} onClick={header.column.getToggleSortingHandler()}>
                    {title}
                    {sorted === 'asc' ? (
                      <IconArrowUp size={12} aria-hidden />
                    ) : sorted === 'desc' ? (
                      <IconArrowDown size={12} aria-hidden />
                    ) : (
                      <IconArrowsSort size={12} className="ent-sort-idle" aria-hidden />
                    )}
                  </UnstyledButton>
                ) : (
                  title
                )}
              </div>
            );
          })}
        </div>
      </div>
      <div role="rowgroup" className="ent-grid-body" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = sortedRows[item.index];
          return row ? (
            <DataRow
              key={row.id}
              row={row}
              index={item.index}
              top={item.start - HEADER_HEIGHT}
              widths={widths}
              active={item.index === active}
              onOpen={onRowClick}
            />
          ) : null;
        })}
      </div>
    </div>
  );
}

/** One virtual row; memoised so scrolling re-renders only the rows that enter the window. */
const DataRow = memo(function DataRow({
  row,
  index,
  top,
  widths,
  active,
  onOpen,
}: {
  row: Row<RecordSummary>;
  index: number;
  top: number;
  widths: string;
  active: boolean;
  onOpen: (index: number) => void;
}) {
  return (
    <div
      id={`row-${row.original.id}`}
      role="row"
      aria-rowindex={index + 2}
      aria-selected={active}
      className="ent-grid-row ent-grid-datarow"
      data-active={active || undefined}
      style={{ gridTemplateColumns: widths, height: ROW_HEIGHT, transform: `translateY(${top}px)` }}
      onClick={() => onOpen(index)}
    >
      {row.getVisibleCells().map((cell) => (
        <div key={cell.id} role="gridcell" className="ent-grid-cell">
          {flexRender(cell.column.columnDef.cell, cell.getContext())}
        </div>
      ))}
    </div>
  );
});

/**
 * A record list as a virtualised grid: only the rows in view are in the DOM, so 50,000 rows scroll smoothly.
 * Columns are chosen, ordered, hidden and resized by the person (TanStack Table's column state, kept by the page
 * per list); sorting is client side, filtering server side (records.list through useRecordList).
 * Keyboard: the grid is one tab stop; ↑/↓/PgUp/PgDn/Home/End move the active row, Enter opens it, Space selects it,
 * Shift+↑/↓ extends the selection, Ctrl+A selects every row, Esc clears the selection.
 */
import { UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import {
  flexRender,
  getCoreRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnSizingState,
  type Row,
  type SortingState,
  type Updater,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordSummary } from '../../../../../electron/common/domain/types';
import type { RecordKind } from '../../../../../electron/common/domain/vocab';
import { recordPath } from '../../../app/kinds';
import { navigate } from '../../../app/router';
import type { ListView } from './view';
import { useColumns, type TableMeta } from './columns';

const ROW_HEIGHT = 44;
const HEADER_HEIGHT = 29;
const SELECT_WIDTH = 28;

export interface RecordTableProps {
  kind: RecordKind;
  rows: RecordSummary[];
  label: string;
  view: ListView;
  onViewChange: (change: Partial<ListView>) => void;
  selected: ReadonlySet<string>;
  onSelectedChange: (next: Set<string>) => void;
}

export function RecordTable({ kind, rows, label, view, onViewChange, selected, onSelectedChange }: RecordTableProps) {
  const { t } = useTranslation();
  const visible = useMemo(() => view.order.filter((c) => !view.hidden.includes(c)), [view.order, view.hidden]);
  const columns = useColumns(kind, visible);
  const sizing = view.sizes as ColumnSizingState;
  const scrollRef = useRef<HTMLDivElement>(null);
  // The title cell's width as laid out (its header cell has the same track): titles are cut to it exactly.
  const [titleHead, setTitleHead] = useState<HTMLElement | null>(null);
  const [titleWidth, setTitleWidth] = useState(0);
  useEffect(() => {
    if (!titleHead) return;
    const observer = new ResizeObserver(() => setTitleWidth(Math.floor(titleHead.getBoundingClientRect().width)));
    observer.observe(titleHead);
    return () => observer.disconnect();
  }, [titleHead]);
  const meta: TableMeta = { titleWidth };
  const table = useReactTable({
    meta,
    data: rows,
    columns,
    state: { sorting: view.sort, columnSizing: sizing },
    onSortingChange: (u: Updater<SortingState>) => onViewChange({ sort: typeof u === 'function' ? u(view.sort) : u }),
    onColumnSizingChange: (u: Updater<ColumnSizingState>) =>
      onViewChange({ sizes: (typeof u === 'function' ? u(sizing) : u) as ListView['sizes'] }),
    columnResizeMode: 'onChange',
    enableColumnResizing: true,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
  });
  const sortedRows = table.getRowModel().rows;
  const sortedRowsRef = useRef(sortedRows);
  sortedRowsRef.current = sortedRows;
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
  const [anchor, setAnchor] = useState<number | null>(null);
  useEffect(() => setActive((i) => Math.min(i, Math.max(sortedRows.length - 1, 0))), [sortedRows.length]);

  // The title stretches; every other column keeps the width it was given.
  const widths = [
    `${SELECT_WIDTH}px`,
    ...table
      .getVisibleLeafColumns()
      .map((c) => (c.id === 'title' ? `minmax(${c.getSize()}px, 1fr)` : `${c.getSize()}px`)),
  ].join(' ');
  const minWidth = table.getVisibleLeafColumns().reduce((w, c) => w + c.getSize() + 12, SELECT_WIDTH + 32);
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
  const selectedRef = useRef(selected);
  selectedRef.current = selected;
  const onToggle = useCallback(
    (index: number, range: boolean) => {
      const rowsNow = sortedRowsRef.current;
      const next = new Set(selectedRef.current);
      const id = rowsNow[index]?.original.id;
      if (!id) return;
      if (range && anchor !== null) {
        const [a, b] = anchor < index ? [anchor, index] : [index, anchor];
        for (let i = a; i <= b; i++) next.add(rowsNow[i]!.original.id);
      } else if (next.has(id)) next.delete(id);
      else next.add(id);
      setAnchor(index);
      setActive(index);
      onSelectedChange(next);
    },
    [anchor, onSelectedChange],
  );
  const moveTo = (index: number, extend: boolean) => {
    const next = Math.max(0, Math.min(index, sortedRows.length - 1));
    if (extend) {
      const ids = new Set(selected);
      const from = anchor ?? active;
      const [a, b] = from < next ? [from, next] : [next, from];
      for (let i = a; i <= b; i++) ids.add(sortedRows[i]!.original.id);
      if (anchor === null) setAnchor(active);
      onSelectedChange(ids);
    }
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
      moveTo(moves[event.key] ?? 0, event.shiftKey);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      open(active);
    } else if (event.key === ' ') {
      event.preventDefault();
      onToggle(active, false);
    } else if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'a') {
      event.preventDefault();
      onSelectedChange(new Set(sortedRows.map((r) => r.original.id)));
    } else if (event.key === 'Escape' && selected.size > 0) {
      event.preventDefault();
      onSelectedChange(new Set());
    }
  };

  const headerGroup = table.getHeaderGroups()[0];
  const allSelected = rows.length > 0 && selected.size === rows.length;
  // The scroll container IS the grid (one tab stop, aria-activedescendant); the header row sticks on top.
  return (
    <div
      ref={scrollRef}
      className="ent-grid"
      role="grid"
      aria-label={label}
      aria-rowcount={sortedRows.length + 1}
      aria-multiselectable
      aria-describedby="ent-grid-hint"
      tabIndex={0}
      aria-activedescendant={sortedRows[active] ? `row-${sortedRows[active].original.id}` : undefined}
      onKeyDown={onKeyDown}
    >
      <span id="ent-grid-hint" hidden>
        {t('list.rowsHint')}
      </span>
      <div role="rowgroup" className="ent-grid-head" style={{ minWidth }}>
        <div role="row" className="ent-grid-row" style={{ gridTemplateColumns: widths }} aria-rowindex={1}>
          <div role="columnheader" className="ent-grid-cell" aria-label={t('list.select.column')}>
            <input
              type="checkbox"
              className="ent-check"
              tabIndex={-1}
              aria-label={t('list.select.all')}
              checked={allSelected}
              ref={(el) => {
                if (el) el.indeterminate = selected.size > 0 && !allSelected;
              }}
              onChange={() => onSelectedChange(allSelected ? new Set() : new Set(rows.map((r) => r.id)))}
            />
          </div>
          {headerGroup?.headers.map((header) => {
            const sorted = header.column.getIsSorted();
            const title = flexRender(header.column.columnDef.header, header.getContext());
            return (
              <div
                key={header.id}
                role="columnheader"
                className="ent-grid-cell ent-grid-th"
                data-column={header.column.id}
                ref={header.column.id === 'title' ? setTitleHead : undefined}
                aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
              >
                <UnstyledButton
                  className="ent-sort"
                  tabIndex={-1}
                  title={String(header.column.columnDef.header)}
                  onClick={header.column.getToggleSortingHandler()}
                >
                  <span className="ent-sort-label">{title}</span>
                  {sorted === 'asc' ? (
                    <IconArrowUp size={12} aria-hidden />
                  ) : sorted === 'desc' ? (
                    <IconArrowDown size={12} aria-hidden />
                  ) : (
                    <IconArrowsSort size={12} className="ent-sort-idle" aria-hidden />
                  )}
                </UnstyledButton>
                <span
                  className="ent-resize"
                  aria-hidden
                  data-resizing={header.column.getIsResizing() || undefined}
                  onMouseDown={header.getResizeHandler()}
                  onTouchStart={header.getResizeHandler()}
                  onClick={(e) => e.stopPropagation()}
                />
              </div>
            );
          })}
        </div>
      </div>
      <div role="rowgroup" className="ent-grid-body" style={{ height: virtualizer.getTotalSize(), minWidth }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = sortedRows[item.index];
          return row ? (
            <DataRow
              key={row.id}
              row={row}
              index={item.index}
              top={item.start - HEADER_HEIGHT}
              widths={widths}
              titleWidth={meta.titleWidth}
              active={item.index === active}
              selected={selected.has(row.original.id)}
              onOpen={onRowClick}
              onToggle={onToggle}
              selectLabel={t('list.select.row', { title: row.original.title })}
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
  selected,
  onOpen,
  onToggle,
  selectLabel,
}: {
  row: Row<RecordSummary>;
  index: number;
  top: number;
  widths: string;
  /** Not read here: a changed title width must re-render the row (its title is cut to fit). */
  titleWidth: number;
  active: boolean;
  selected: boolean;
  onOpen: (index: number) => void;
  onToggle: (index: number, range: boolean) => void;
  selectLabel: string;
}) {
  return (
    <div
      id={`row-${row.original.id}`}
      role="row"
      aria-rowindex={index + 2}
      aria-selected={selected}
      className="ent-grid-row ent-grid-datarow"
      data-active={active || undefined}
      data-selected={selected || undefined}
      style={{ gridTemplateColumns: widths, height: ROW_HEIGHT, transform: `translateY(${top}px)` }}
      onClick={() => onOpen(index)}
    >
      <div role="gridcell" className="ent-grid-cell" onClick={(e) => e.stopPropagation()}>
        <input
          type="checkbox"
          className="ent-check"
          tabIndex={-1}
          aria-label={selectLabel}
          checked={selected}
          onChange={(e) => onToggle(index, (e.nativeEvent as MouseEvent).shiftKey === true)}
        />
      </div>
      {row.getVisibleCells().map((cell) => (
        <div key={cell.id} role="gridcell" className="ent-grid-cell">
          {flexRender(cell.column.columnDef.cell, cell.getContext())}
        </div>
      ))}
    </div>
  );
});

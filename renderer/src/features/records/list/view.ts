/**
 * A list's view: filters, columns (order, hidden, widths), sort and as-of date. Remembered per list on this
 * computer (local storage, `entente.list.<kind>`), saved under a name in the register (views.*), and readable
 * from the address: `#/agreements?f={"statuses":["in_force"]}` (the dashboard's counts link there) or
 * `?view=<id>` (a saved view from the sidebar).
 */
import type { SortingState } from '@tanstack/react-table';
import { columnsFor, defaultHidden, type ListColumn } from '../../../../../electron/common/domain/list-columns';
import type { RecordKind } from '../../../../../electron/common/domain/vocab';
import type { ListViewSpec } from '../../../../../electron/common/domain/views';
import { EMPTY_FILTERS, type ListFilters } from './filters';

export interface ListView {
  filters: ListFilters;
  /** Visible columns in order. */
  order: ListColumn[];
  hidden: ListColumn[];
  sizes: Partial<Record<ListColumn, number>>;
  sort: SortingState;
  asOf: string;
}

export function defaultView(kind: RecordKind, knowsItsSide: boolean): ListView {
  return {
    filters: EMPTY_FILTERS,
    order: columnsFor(kind),
    hidden: defaultHidden(kind, knowsItsSide),
    sizes: {},
    sort: [],
    asOf: '',
  };
}

const storageKey = (kind: RecordKind) => `entente.list.${kind}`;

/** A stored or saved spec over the defaults; unknown columns are dropped, new ones appended (a later version). */
export function fromSpec(kind: RecordKind, spec: Partial<ListViewSpec>, base: ListView): ListView {
  const known = columnsFor(kind);
  const valid = (ids: readonly string[] | undefined) =>
    (ids ?? []).filter((c): c is ListColumn => known.includes(c as ListColumn));
  const order = spec.columns?.order ? valid(spec.columns.order) : base.order;
  return {
    filters: { ...EMPTY_FILTERS, ...(spec.filters ?? {}) } as ListFilters,
    order: [...order, ...known.filter((c) => !order.includes(c))],
    hidden: spec.columns?.hidden ? valid(spec.columns.hidden) : base.hidden,
    sizes: (spec.columns?.sizes ?? base.sizes) as ListView['sizes'],
    sort: (spec.sort ?? base.sort).filter((s) => known.includes(s.id as ListColumn)),
    asOf: spec.asOf ?? '',
  };
}

export function toSpec(view: ListView): ListViewSpec {
  const f = view.filters;
  return {
    filters: {
      ...(f.text ? { text: f.text } : {}),
      ...(f.partyId ? { partyId: f.partyId } : {}),
      ...(f.statuses.length ? { statuses: f.statuses } : {}),
      ...(f.types.length ? { types: f.types } : {}),
      ...(f.area ? { area: f.area } : {}),
      ...(f.from ? { from: f.from } : {}),
      ...(f.to ? { to: f.to } : {}),
    },
    columns: { order: view.order, hidden: view.hidden, sizes: view.sizes as Record<string, number> },
    sort: view.sort.map((s) => ({ id: s.id, desc: s.desc })),
    ...(view.asOf ? { asOf: view.asOf } : {}),
  };
}

export function readStoredView(kind: RecordKind, base: ListView): ListView {
  try {
    const raw = localStorage.getItem(storageKey(kind));
    return raw ? fromSpec(kind, JSON.parse(raw) as Partial<ListViewSpec>, base) : base;
  } catch {
    return base;
  }
}

/** Columns, widths and sort are remembered per list; filters and the as-of date are not (a list opens whole). */
export function storeView(kind: RecordKind, view: ListView): void {
  try {
    const spec = toSpec({ ...view, filters: EMPTY_FILTERS, asOf: '' });
    localStorage.setItem(storageKey(kind), JSON.stringify({ columns: spec.columns, sort: spec.sort }));
  } catch {
    // Storage full or disabled: the list still works, it just will not remember.
  }
}

/** `?f=` (filters as JSON) and `?view=` from the address. */
export function readListAddress(): { filters: Partial<ListFilters> | null; viewId: string | null } {
  const params = new URLSearchParams(window.location.hash.split('?')[1] ?? '');
  let filters: Partial<ListFilters> | null = null;
  try {
    const raw = params.get('f');
    if (raw) filters = JSON.parse(raw) as Partial<ListFilters>;
  } catch {
    filters = null;
  }
  return { filters, viewId: params.get('view') };
}

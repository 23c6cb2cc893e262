/**
 * Dates sent back as they were read. Through the contract a date is text as a person types it, so "2020-21" is the
 * financial year 2020–21 (dates/read.ts). Stored values are canonical EDTF, and a few EDTF strings read differently as
 * typed text: "2021-22" is summer 2021 in EDTF (level 1 season code 22) but the years 2021–2022 typed. An API client
 * that reads a record and sends it back unchanged (read, change one field, update) would turn every such season into a
 * span of years without a word.
 *
 * The rule: on records.update, a date field sent with exactly the EDTF the record stores at that place (the same
 * field of the same row — rows matched by id, else by position) is the stored value, kept as it is. Any other text is
 * read as typed. So a value read and written back never changes meaning, and typed "2020-21" stays the financial
 * year. To send a NEW season, write it in words ("summer 2021"), as the app's form does.
 */
import { formatPartialDate, isEdtf, parsePartialDate } from '../../common/domain/partial-date';
import type { Store } from '../../../db/store';
import type { RecordKind } from '../../common/domain/vocab';

type Loose = Record<string, unknown>;
const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Stored EDTF that typed text would read as something else: sent back, it is rewritten as its display text. */
function readsOtherwise(edtf: string): boolean {
  if (!isEdtf(edtf)) return false;
  const typed = parsePartialDate(edtf);
  return !typed.ok || typed.value.edtf !== edtf;
}

function keep(sent: unknown, stored: unknown): unknown {
  if (typeof sent === 'string')
    // The display text reads back to the same EDTF (partial-date.ts formatPartialDate).
    return sent === stored && readsOtherwise(sent) ? formatPartialDate(sent) : sent;
  if (Array.isArray(sent)) {
    const rows = Array.isArray(stored) ? stored : [];
    return sent.map((row, i) => {
      const id = isObject(row) && typeof row.id === 'string' ? row.id : null;
      const twin = id === null ? rows[i] : rows.find((r) => isObject(r) && r.id === id);
      return keep(row, twin);
    });
  }
  if (isObject(sent)) {
    const twin = isObject(stored) ? stored : {};
    return Object.fromEntries(Object.entries(sent).map(([key, value]) => [key, keep(value, twin[key])]));
  }
  return sent;
}

/**
 * records.update's raw input with its round-tripped dates kept (see above). Anything malformed or naming no record is
 * returned as it came, for the contract to refuse as usual.
 */
export function keepRoundTripDates(store: Store, raw: unknown): unknown {
  if (!isObject(raw) || typeof raw.kind !== 'string' || typeof raw.id !== 'string' || !isObject(raw.draft)) return raw;
  let stored: unknown;
  try {
    stored = store.getRecord(raw.kind as RecordKind, raw.id);
  } catch {
    return raw;
  }
  return { ...raw, draft: keep(raw.draft, stored) };
}

/**
 * A list view exported as XLSX or CSV imports back with no manual mapping (issue 12, round trip): with the
 * mapping the wizard proposes by itself, into the same register it changes nothing (the Entente ID column finds
 * each record), and into an empty register it makes the same records — titles, kinds, types, parties, status
 * and its date.
 */
import { describe, expect, it } from 'vitest';
import type { ListColumn } from '../../../../../electron/common/domain/list-columns';
import type { RecordSummary } from '../../../../../electron/common/domain/types';
import { exportListView } from '../../../../../electron/node/services/reports/list-export';
import { importSheet, openFile } from '../../../../../electron/node/services/sheets';
import { Store } from '../../../../../db/store';
import { agreementRegister, xlsxBytes } from '../../../../support/sheets';
import { openTempDb } from '../../../../support/temp-db';

const store = () => Store.over(openTempDb().db);

/** What a person sees of a record in a list, in a comparable form. */
const seen = (r: RecordSummary) => ({
  id: r.id,
  kind: r.kind,
  title: r.title,
  subtitle: r.subtitle,
  parties: [...r.partyNames].sort(),
  status: r.status ? { status: r.status.status, date: r.status.date } : null,
});

const CASES: { format: 'xlsx' | 'csv'; columns: ListColumn[] }[] = [
  {
    format: 'xlsx',
    columns: ['title', 'subtitle', 'parties', 'status', 'date', 'signature', 'entryIntoForce', 'areas', 'updated'],
  },
  { format: 'csv', columns: ['status', 'parties', 'title', 'subtitle', 'ourRatification'] },
];

describe('list export round trip', () => {
  for (const { format, columns } of CASES)
    it(`${format} with ${columns.join(', ')}: back into the same register changes nothing, into an empty one makes the same records`, async () => {
      const source = store();
      const register = await xlsxBytes({ Register: agreementRegister(300) });
      const made = await importSheet(source, register, {
        fileName: 'r.xlsx',
        sheet: 'Register',
        kind: 'agreement',
        dryRun: false,
      });
      expect(made.counts.create).toBe(300);
      const shown = source.listRecords({ kind: 'agreement' });
      expect(shown.filter((r) => r.status).length).toBeGreaterThan(200);

      const file = await exportListView(source, { list: { kind: 'agreement' }, columns, format });
      expect(file.rows).toBe(300);
      const fileName = `agreements.${format}`;
      // The file's one sheet, as the wizard lists it (XLSX: named after the list; CSV: the file's one table).
      const sheet = (await openFile(file.bytes, fileName)).sheets[0]!.name;

      // (a) The same register: every row found by its Entente ID, nothing to create or change.
      const again = await importSheet(source, file.bytes, { fileName, sheet, kind: 'agreement', dryRun: false });
      expect(again.errors).toEqual([]);
      expect(again.counts).toMatchObject({ create: 0, update: 0, unchanged: 300, error: 0, newParties: 0 });
      expect(source.listRecords({ kind: 'agreement' }).map(seen)).toEqual(shown.map(seen));

      // (b) An empty register: the same records, with the mapping the wizard proposes (none given).
      const empty = store();
      const into = await importSheet(empty, file.bytes, { fileName, sheet, kind: 'agreement', dryRun: false });
      expect(into.errors).toEqual([]);
      expect(into.counts).toMatchObject({ create: 300, update: 0, error: 0 });
      const byId = (rows: RecordSummary[]) => rows.map(seen).sort((x, y) => x.id.localeCompare(y.id));
      expect(byId(empty.listRecords({ kind: 'agreement' }))).toEqual(byId(shown));
    }, 300_000);
});

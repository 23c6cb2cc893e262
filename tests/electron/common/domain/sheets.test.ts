/**
 * The pure part of spreadsheet import: headers in English and Italian, date columns read only as their values
 * allow, Excel serials and date cells, missing markers, sentinel end dates, party cells split with commas inside
 * names, and records composed so that an import adds and corrects but never takes away.
 */
import { describe, expect, it } from 'vitest';
import { composeInput } from '../../../../electron/common/domain/sheets/compose';
import { inferDateOrder, readDateCell, serialToIsoDay } from '../../../../electron/common/domain/sheets/dates';
import { guessTargets, recogniseHeader, targetId } from '../../../../electron/common/domain/sheets/headers';
import type { SheetMapping } from '../../../../electron/common/domain/sheets/mapping';
import { nameKey, splitParties } from '../../../../electron/common/domain/sheets/parties';
import { readRows } from '../../../../electron/common/domain/sheets/rows';
import type { SheetTable } from '../../../../electron/common/domain/sheets/table';
import { matchVocab } from '../../../../electron/common/domain/sheets/values';
import type { AnyRecord } from '../../../../electron/common/domain/types';

describe('headers', () => {
  it('recognises English, Italian and dotted headers for an agreements sheet', () => {
    const cases: [string, string | null][] = [
      ['Titolo', 'title'],
      [' Title ', 'title'],
      ['Data firma', 'event:signed'],
      ['Data della firma dell’accordo', 'event:signed'],
      ['Entrata in vigore', 'event:in_force'],
      ['Date.of.Entry.into.Force', 'event:in_force'],
      ['Date.of.Signature', 'event:signed'],
      ['Parti', 'parties'],
      ['Membership', 'parties'],
      ['Stato', 'status'],
      ['In.force.status', 'status'],
      ['Tipo', 'type'],
      ['Note', 'notes'],
      ['Common.Name', 'shortTitle'],
      ['Scadenza', 'expiry'],
      ['Entente ID', 'id'],
      ['Codice', 'key'],
      ['WTO.notified', null],
      ['Annexes.Available', null],
    ];
    for (const [header, expected] of cases) {
      const target = recogniseHeader('agreement', header);
      const id = target && ('status' in target ? `event:${target.status}` : target.field);
      expect(id, header).toBe(expected);
    }
  });

  it('maps every way of consenting to be bound, and provisional application, to its party event', () => {
    const cases: [string, string][] = [
      ['Accession (Italy)', 'partyEvent:accession'],
      ['Data adesione', 'partyEvent:accession'],
      ['Date of accession', 'partyEvent:accession'],
      ['Acceptance', 'partyEvent:acceptance'],
      ['Data di accettazione', 'partyEvent:acceptance'],
      ['Approval (Japan)', 'partyEvent:approval'],
      ['Approvazione', 'partyEvent:approval'],
      ['Succession', 'partyEvent:succession'],
      ['Data successione', 'partyEvent:succession'],
      ['Formal confirmation', 'partyEvent:formal_confirmation'],
      ['Conferma formale (Italia)', 'partyEvent:formal_confirmation'],
      ['Provisional application (Italy)', 'partyEvent:provisional_application'],
      ['Data applicazione provvisoria', 'partyEvent:provisional_application'],
      // Bare, provisional application is the agreement's status, as before.
      ['Provisional application', 'event:provisionally_applied'],
      ['Ratification (Italy)', 'partyEvent:ratification'],
    ];
    for (const [header, expected] of cases) {
      const target = recogniseHeader('agreement', header);
      expect(target && targetId(target), header).toBe(expected);
    }
    expect(guessTargets('agreement', ['Title', 'Accession (Italy)', 'Adesione']).map((t) => t && targetId(t))).toEqual([
      'title',
      'partyEvent:accession',
      null,
    ]);
  });

  it('gives a single-valued field to the first column naming it only', () => {
    const targets = guessTargets('agreement', ['Title', 'Titolo', 'Parties', 'Parti']);
    expect(targets.map((t) => t?.field ?? null)).toEqual(['title', null, 'parties', 'parties']);
  });

  it('knows vocabulary words in both languages and refuses the unknown', () => {
    expect(matchVocab('agreement', 'type', 'Memorandum d’intesa')).toBe('mou');
    expect(matchVocab('agreement', 'type', 'Accordo tecnico')).toBe('technical_arrangement');
    expect(matchVocab('agreement', 'status', 'in vigore')).toBe('in_force');
    expect(matchVocab('agreement', 'status', 'In-Force')).toBe('in_force');
    expect(matchVocab('meeting', 'status', 'annullata')).toBe('cancelled');
    expect(matchVocab('agreement', 'type', 'Bilateral Free Trade Agreement')).toBeNull();
  });
});

describe('dates', () => {
  it('infers month-first from a second part over 12 anywhere in the column', () => {
    const facts = inferDateOrder(['06/03/1991', '03/06/2003', 'n/a', '02/25/2004', null]);
    expect(facts.order).toBe('mdy');
    expect(readDateCell('06/03/1991', 'mdy')).toMatchObject({ edtf: '1991-06-03' });
  });

  it('infers day-first from a first part over 12', () => {
    expect(inferDateOrder(['03/04/2021', '25.12.2020']).order).toBe('dmy');
  });

  it('asks when nothing decides, and when the values disagree — never guesses', () => {
    expect(inferDateOrder(['03/04/2021', '05/06/2020', '2019']).order).toBe('ask');
    expect(inferDateOrder(['25/12/2020', '12/25/2020']).order).toBe('conflict');
    expect(readDateCell('03/04/2021', null)).toMatchObject({
      kind: 'error',
      reason: expect.stringMatching(/Day-first or month-first/),
    });
    expect(readDateCell('25/12/2020', 'mdy')).toMatchObject({
      kind: 'error',
      reason: expect.stringMatching(/no month 25/),
    });
  });

  it('reads Excel serials, date cells, years as numbers and partial dates as text', () => {
    expect(serialToIsoDay(45000)).toBe('2023-03-15');
    expect(serialToIsoDay(1)).toBe('1900-01-01');
    expect(readDateCell(45000, null)).toMatchObject({ kind: 'date', edtf: '2023-03-15' });
    expect(readDateCell({ date: '2019-04-01' }, null)).toMatchObject({ kind: 'date', edtf: '2019-04-01' });
    expect(readDateCell(2019, null)).toMatchObject({ kind: 'date', edtf: '2019' });
    expect(readDateCell('Jan 2021', null)).toMatchObject({ kind: 'date', edtf: '2021-01', display: 'Jan 2021' });
    expect(readDateCell('c. 2019', null)).toMatchObject({ kind: 'date', edtf: '2019~' });
    expect(readDateCell('2021-01-15 00:00:00', null)).toMatchObject({ kind: 'date', edtf: '2021-01-15' });
    expect(readDateCell('15/01/21', 'dmy')).toMatchObject({
      kind: 'error',
      reason: expect.stringMatching(/two digits/),
    });
  });

  it('reads missing markers as blank and sentinel dates as "no end date"', () => {
    for (const blank of ['n/a', 'N/A', 'NA', '-', '', ' ', null])
      expect(readDateCell(blank, 'dmy').kind, String(blank)).toBe('blank');
    for (const sentinel of ['31.12.9999', '9999-12-31', '31/12/9999', 2958465, { date: '9999-12-31' }])
      expect(readDateCell(sentinel, 'dmy').kind, String(sentinel)).toBe('sentinel');
  });
});

describe('party cells', () => {
  it('splits on , ; / and line breaks, trims stray spaces, reads literal \\r\\n as a break', () => {
    expect(splitParties('Albania, Croatia\\r\\n')).toEqual(['Albania', 'Croatia']);
    expect(splitParties('Central African Republic , Comoros; Chad / Niger\nMali')).toEqual([
      'Central African Republic',
      'Comoros',
      'Chad',
      'Niger',
      'Mali',
    ]);
  });

  it('keeps a comma inside a name: qualifiers, built-in names and names the register knows', () => {
    expect(splitParties('Congo, Dem. Rep. of, Italy')).toEqual(['Congo, Dem. Rep. of', 'Italy']);
    expect(splitParties('Korea, Rep.; Japan')).toEqual(['Korea, Rep.', 'Japan']);
    expect(splitParties('Virgin Islands, British, Canada, United States')).toEqual([
      'Virgin Islands, British',
      'Canada',
      'United States',
    ]);
    const known = new Set([nameKey('Leonardo, S.p.A.')]);
    expect(splitParties('Leonardo, S.p.A., Italy', (k) => known.has(k))).toEqual(['Leonardo, S.p.A.', 'Italy']);
    expect(splitParties('Leonardo, S.p.A., Italy')).toEqual(['Leonardo', 'S.p.A.', 'Italy']);
  });

  it('splits "and" only where it joins a list, never inside a name', () => {
    expect(splitParties('Bolivia, Colombia, Peru, and Venezuela')).toEqual([
      'Bolivia',
      'Colombia',
      'Peru',
      'Venezuela',
    ]);
    expect(splitParties('Italy and Japan')).toEqual(['Italy', 'Japan']);
    expect(splitParties('Sao Tome and Principe, Gabon')).toEqual(['Sao Tome and Principe', 'Gabon']);
    expect(splitParties('Trinidad and Tobago')).toEqual(['Trinidad and Tobago']);
  });

  it('drops a bracketed member list, keeps a bracketed word, and names each party once', () => {
    expect(splitParties('European Community (Austria, Belgium, France), Chile')).toEqual([
      'European Community',
      'Chile',
    ]);
    expect(splitParties('Macedonia (FYROM), Albania, albania')).toEqual(['Macedonia (FYROM)', 'Albania']);
  });

  it('compares names without case, accents, dots or apostrophe shapes', () => {
    expect(nameKey('Côte d’Ivoire')).toBe(nameKey("cote d'ivoire"));
    expect(nameKey('U.S.A.')).toBe(nameKey('USA'));
  });
});

const table = (header: string[], rows: (string | null)[][]): SheetTable => ({
  name: '',
  header,
  rows,
  rowNumbers: rows.map((_, i) => i + 2),
  headerRow: 1,
});

describe('rows and records', () => {
  const mapping: SheetMapping = {
    kind: 'agreement',
    columns: [
      { column: 'Name', target: { field: 'shortTitle' } },
      { column: 'Parties', target: { field: 'parties' } },
      { column: 'Signed', target: { field: 'event', status: 'signed' } },
      { column: 'In force', target: { field: 'event', status: 'in_force' } },
      { column: 'Status', target: { field: 'status' } },
      { column: 'Expiry', target: { field: 'expiry' } },
    ],
  };
  const sheet = table(
    ['Name', 'Parties', 'Signed', 'In force', 'Status', 'Expiry'],
    [
      ['IT-JP', 'Italy, Japan', '05/13/2003', 'N/A', 'in force', '31.12.9999'],
      ['IT-JP', 'Italy, Japan', '05/13/2003', 'N/A', 'in force', '31.12.9999'],
      ['FR-DE', 'France, Germany', '03/04/2005', '02/01/2004', '', 'n/a'],
      [null, 'n/a', '-', '', null, null],
    ],
  );
  const orders = new Map([
    ['Signed', 'mdy' as const],
    ['In force', 'mdy' as const],
  ]);

  it('reads each row once: duplicates and empty rows flagged, markers blank, sentinel as no end', () => {
    const rows = readRows('agreement', sheet, mapping, orders, () => false);
    expect(rows.map((r) => [r.row, r.duplicateOf, r.empty])).toEqual([
      [2, null, false],
      [3, 2, false],
      [4, null, false],
      [5, null, true],
    ]);
    expect(rows[0]!.events).toEqual([expect.objectContaining({ status: 'signed', edtf: '2003-05-13' })]);
    expect(rows[0]!.expiry).toMatchObject({ none: true });
    expect(rows[2]!.stated).toBeNull();
  });

  it('composes a record whose status is derived from its dates, and warns when the story is odd', () => {
    const [first, , third] = readRows('agreement', sheet, mapping, orders, () => false);
    const ids: Record<string, string> = { Italy: 'P1', Japan: 'P2', France: 'P3', Germany: 'P4' };
    const options = { source: 'x.csv, row 2', resolve: (n: string) => ids[n] ?? null };
    const a = composeInput('agreement', first!, null, options);
    expect(a.input).toMatchObject({ title: 'IT-JP', shortTitle: 'IT-JP', term: { kind: 'indefinite' } });
    expect((a.input.parties as { partyId: string }[]).map((p) => p.partyId)).toEqual(['P1', 'P2']);
    // "in force" with no date: kept as an undated event after the dated signature, and the status rule (an undated
    // event keeps its place in entry order) makes it the current status — what the sheet says, so no warning.
    expect(a.status).toEqual({ status: 'in_force', date: 'XXXX' });
    expect(a.problems).toEqual([]);
    const b = composeInput('agreement', third!, null, options);
    expect(b.problems.map((p) => p.reason)).toEqual([expect.stringMatching(/Signed after it entered into force/)]);
  });

  it('never takes away: blank cells keep fields, lists gain, a dated status event gets the sheet’s date', () => {
    const [first] = readRows('agreement', sheet, mapping, orders, () => false);
    const existing = {
      id: '01J00000000000000000000000',
      kind: 'agreement',
      createdAt: '',
      updatedAt: '',
      version: 3,
      title: 'Italy–Japan arrangement',
      shortTitle: 'IT-JP',
      type: 'mou',
      reference: 'REF-1',
      summary: 'Kept.',
      areas: ['training'],
      term: { kind: 'unknown', expires: 'XXXX', durationMonths: null, renewalMonths: null, noticeMonths: null },
      parentId: null,
      notes: '',
      parties: [{ id: 'AP1', partyId: 'P9', role: 'observer', events: [] }],
      links: [],
      statusEvents: [{ id: 'E1', status: 'signed', date: '2003', note: 'hand-made', source: '' }],
      tags: ['kept'],
    } as unknown as AnyRecord;
    const options = { source: 'x.csv, row 2', resolve: (n: string) => (n === 'Italy' ? 'P1' : 'P2') };
    const { input } = composeInput('agreement', first!, existing, options);
    expect(input).toMatchObject({ title: 'Italy–Japan arrangement', type: 'mou', summary: 'Kept.', tags: ['kept'] });
    expect((input.parties as { partyId: string }[]).map((p) => p.partyId)).toEqual(['P9', 'P1', 'P2']);
    expect(input.statusEvents).toEqual([
      { id: 'E1', status: 'signed', date: '2003-05-13', note: 'hand-made', source: '' },
      { id: null, status: 'in_force', date: 'XXXX', note: 'Status as written in the sheet', source: 'x.csv, row 2' },
    ]);
  });
});

/**
 * Outputs hold whatever the input holds (issue 16 §7). The input boundary refuses characters no
 * output can hold, naming the field; and every writer strips them again, so report data holding
 * random Unicode — controls, NUL, DEL, noncharacters, lone surrogates, emoji, right-to-left and CJK
 * text, markup and formula starters — still makes well-formed files in all seven formats, each
 * read back by an independent parser: XLSX and DOCX by parsing every XML part of the zip with a
 * strict XML parser, CSV with csv-parse, ICS by its line structure, JSON.parse, HTML with parse5
 * (no parse errors), and PDF with pdftotext (and pdffonts: emoji drawn with an emoji font).
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { parse as parseHtml } from 'parse5';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { Store } from '../../../../../db/store';
import {
  stripUnholdable,
  stripUnholdableDeep,
  unholdableCharacter,
} from '../../../../../electron/common/domain/characters';
import type { ReportData } from '../../../../../electron/common/domain/report';
import { createRecord } from '../../../../../db/store/records';
import { assembleReport, renderReport } from '../../../../../electron/node/services/reports';
import { exportRows } from '../../../../../electron/node/services/reports/formats/rows';
import { openTempDb, tempDir } from '../../../../support/temp-db';
import { prng } from '../../../../support/random';
import { calendarDb, NOW, seededDb } from './fixtures';
import { parseIcs } from './parsers';

const decode = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

/** Pieces of text that break writers, and ordinary text around them. */
const PIECES = [
  ...Array.from({ length: 32 }, (_, c) => String.fromCharCode(c)),
  '\u007f',
  '\u0085',
  '\ufffe',
  '\uffff',
  '\ufdd0',
  '\u{1fffe}',
  '\ud800',
  '\udfff',
  '\ufeff',
  '\u200d',
  '😀',
  '👩‍👩‍👧',
  '🇯🇵',
  'e\u0301',
  'اتفاقية',
  'הסכם',
  '防衛省',
  'Αμυνας',
  '<b>',
  '&amp;',
  '"',
  "'",
  ',',
  ';',
  '\\',
  '=SUM(A1)',
  '+1',
  '@x',
  ' ',
  'word',
  'Tempest',
];

function randomText(rnd: () => number, max = 14): string {
  return Array.from({ length: 1 + Math.floor(rnd() * max) }, () => PIECES[Math.floor(rnd() * PIECES.length)]!).join('');
}

/** Free-text fields of the report (never dates, ids or vocabulary keys, which writers rely on). */
const TEXT_KEYS = new Set([
  'title',
  'marking',
  'description',
  'summary',
  'label',
  'note',
  'source',
  'recordTitle',
  'event',
  'text',
  'place',
  'typeLabel',
  'shortTitle',
  'partyNames',
  'participants',
]);

function scramble<T>(value: T, rnd: () => number, key = ''): T {
  if (typeof value === 'string') return (TEXT_KEYS.has(key) ? randomText(rnd) : value) as T;
  if (Array.isArray(value)) return value.map((v) => scramble(v, rnd, key)) as T;
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scramble(v, rnd, k)])) as T;
  return value;
}

interface HtmlNode {
  nodeName: string;
  value?: string;
  childNodes?: HtmlNode[];
}
function titleOf(node: HtmlNode): string {
  if (node.nodeName === 'title') return (node.childNodes ?? []).map((c) => c.value ?? '').join('');
  for (const child of node.childNodes ?? []) {
    const found = titleOf(child);
    if (found) return found;
  }
  return '';
}

function wellFormedXml(xml: string, part: string): void {
  const parser = new SaxesParser({ xmlns: true });
  parser.on('error', (error) => {
    throw new Error(`${part} is not well-formed XML: ${error.message}`);
  });
  parser.write(xml).close();
}

async function zipXmlParts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, string>();
  for (const name of Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n)))
    parts.set(name, await zip.file(name)!.async('string'));
  return parts;
}

async function checkAllFormats(data: ReportData): Promise<void> {
  const clean = stripUnholdableDeep(data);
  const render = async (format: Parameters<typeof renderReport>[1]) =>
    (
      await renderReport(data, format, {
        chartImages: async () => ({ error: 'No browser in this test.' }),
      })
    ).bytes;

  for (const format of ['xlsx', 'docx'] as const) {
    const parts = await zipXmlParts(await render(format));
    expect(parts.size).toBeGreaterThan(3);
    for (const [name, xml] of parts) wellFormedXml(xml, `${format}:${name}`);
  }
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(await render('xlsx')) as unknown as ArrayBuffer);
  // XML parsers read CR LF as LF (XML 1.0 §2.11); the input boundary stores LF only anyway.
  const lines = (t: string) => t.replace(/\r\n?/g, '\n');
  expect(lines(String(book.getWorksheet('Report')!.getCell('B1').value))).toBe(lines(clean.marking));

  const csv = decode(await render('csv'));
  const rows = parseCsv(csv.slice(1), { relax_column_count: false, bom: false }) as string[][];
  // Text a spreadsheet would run as a formula comes back with the apostrophe that defuses it.
  expect([lines(clean.title), lines(`'${clean.title}`)]).toContain(lines(rows[1]![1]!));
  expect(csv).not.toContain(String.fromCharCode(0));

  const ics = decode(await render('ics'));
  expect(ics.endsWith('\r\n')).toBe(true);
  for (const line of ics.slice(0, -2).split('\r\n')) {
    expect(line).not.toMatch(/[\r\n]/); // no bare line ends inside a line
    // eslint-disable-next-line no-control-regex
    expect(line).not.toMatch(/[\u0000-\u0008\u000a-\u001f\u007f]/); // RFC 5545: no controls in content lines
    expect({ line, ok: /^([A-Z-]+[;:]|[ \t])/.test(line) }).toEqual({ line, ok: true }); // a content line or a fold
  }
  expect(lines(parseIcs(ics).calendar.get('X-WR-CALNAME') ?? '')).toBe(lines(`${clean.marking} — ${clean.title}`));

  expect(JSON.parse(decode(await render('json')))).toEqual(JSON.parse(JSON.stringify(clean)));

  const html = decode(await render('html'));
  const errors: string[] = [];
  const document = parseHtml(html, { onParseError: (e) => errors.push(e.code) }) as unknown as HtmlNode;
  expect([...new Set(errors)]).toEqual([]);
  // The parsed document's <title> is the marking and title, every character kept.
  expect(lines(titleOf(document))).toBe(lines(`${clean.marking} — ${clean.title}`));

  // A list view's export (the eighth writer) holds the same text.
  const table = { title: data.title, headers: ['Title', 'Marking'], rows: [[data.title, data.marking]] };
  const listBook = await exportRows({ ...table, format: 'xlsx' });
  for (const [name, xml] of await zipXmlParts(listBook.bytes)) wellFormedXml(xml, `list xlsx:${name}`);
  const listCsv = decode((await exportRows({ ...table, format: 'csv' })).bytes);
  expect(unholdableCharacter(listCsv)).toBeNull();
  const listRows = parseCsv(listCsv.slice(1), { relax_column_count: false, bom: false }) as string[][];
  expect([lines(clean.title), lines(`'${clean.title}`)]).toContain(lines(listRows[1]![0]!));
}

describe('the input boundary', () => {
  it('refuses characters no output can hold, naming the field, the character and where it is', () => {
    const { db } = openTempDb();
    const refuse = (title: string) => {
      try {
        createRecord(db, 'meeting', { title, type: 'call' });
      } catch (error) {
        return (error as { fields?: { path: string; message: string }[] }).fields;
      }
      throw new Error('expected a refusal');
    };
    expect(refuse('Talks\uFFFE')).toEqual([
      {
        path: 'title',
        message: 'Title contains U+FFFE (a noncharacter) at character 6: remove it and try again',
        // The same refusal as data, for the window to word in its language (domain/words/problems.ts).
        key: 'zod.badCharacter',
        values: { field: 'title', bad: 'U+FFFE (a noncharacter) at character 6' },
      },
    ]);
    expect(refuse('A\u0000B')?.[0]?.message).toMatch(/U\+0000 \(an invisible control character\) at character 2/);
    // Characters are counted as a person counts them: an emoji is one character, not two UTF-16 units.
    expect(refuse('😀😀\u0007')?.[0]?.message).toMatch(/U\+0007 \(an invisible control character\) at character 3:/);
    expect(refuse('Lone \ud83d surrogate')?.[0]?.message).toMatch(/U\+D83D \(half of an emoji or symbol\)/);
    // Line breaks from pasted documents are normalised, tabs and emoji kept.
    const ok = createRecord(db, 'meeting', {
      title: 'Talks 🤝',
      type: 'call',
      minutes: 'one\r\ntwo\rthree\u000bfour\u000cfive\tsix',
    });
    expect(ok.minutes).toBe('one\ntwo\nthree\nfour\nfive\tsix');
    expect(unholdableCharacter('ordinary text, 日本, 😀')).toBeNull();
    expect(stripUnholdable('a\u0000b\uFFFEc\ud800d😀')).toBe('abcd😀');
  });
});

describe('property: random Unicode in every text field yields well-formed files in every format', () => {
  it('XLSX, DOCX, CSV, ICS, JSON and HTML on 12 scrambled reports', async () => {
    const { db } = calendarDb();
    const base = assembleReport(Store.over(db), { marking: 'OFFICIAL', reminderDays: 3650 }, { now: NOW });
    expect(base.reminders.length).toBeGreaterThan(0);
    const rnd = prng(7);
    for (let i = 0; i < 12; i++) await checkAllFormats(scramble(base, rnd));
  }, 120_000);

  it('PDF: prints scrambled text, reads back with pdftotext, and draws emoji with a colour emoji font, not boxes', async () => {
    const { db } = seededDb();
    const base = assembleReport(Store.over(db), { marking: 'OFFICIAL' }, { now: NOW });
    const print = async (data: ReportData) => {
      const file = join(tempDir(), 'report.pdf');
      writeFileSync(file, (await renderReport(data, 'pdf')).bytes);
      const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
      return {
        text: execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }),
        colourGlyphs: fonts.split('Type 3').length - 1,
      };
    };
    const plain = await print({ ...base, title: 'Emoji check' });
    const emoji = await print({ ...scramble(base, prng(11)), title: 'Emoji check 🤝😀🇯🇵 and \u0007bell\uFFFE' });
    expect(emoji.text.replace(/\s+/g, ' ')).toContain('🤝😀🇯🇵 and bell');
    // pdftotext itself ends each page with a form feed.
    // eslint-disable-next-line no-control-regex
    expect(emoji.text).not.toMatch(/[\u0000-\u0008\u000b\u000e-\u001f\ufffe]/);
    // Chromium prints colour emoji as Type 3 (bitmap) glyphs; a missing emoji font prints boxes from an ordinary font.
    expect(plain.colourGlyphs).toBe(0);
    expect(emoji.colourGlyphs).toBeGreaterThan(0);
  }, 120_000);
});

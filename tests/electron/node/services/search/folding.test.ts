/**
 * Search folds every script the way people type it (issue 16 §2): one table (fold.ts) folds both
 * the index and the query. Every row of the table is a record's text and the ways a person types
 * it; each typed form must find the record through the real store and search, name the matched
 * field, and highlight exactly the original word — also where folding changed lengths.
 */
import { describe, expect, it } from 'vitest';
import { Store } from '../../../../../db/store';
import { foldMapped, foldText, originalRange } from '../../../../../electron/common/domain/fold';
import { wordTokens } from '../../../../../electron/common/domain/search-text';
import { openDatabase } from '../../../../../db/store/open';
import { createRecord } from '../../../../../db/store/records';
import { searchRecords } from '../../../../../electron/node/services/search/search';
import { openTempDb, tempDbFile } from '../../../../support/temp-db';
import { prng } from '../../../../support/random';
import { withTodaysSharedTables } from '../../../../support/older-register';

/** [script, the word as written in a record, how people type it]. */
const TABLE: [string, string, string[]][] = [
  ['Latin, no decomposition', 'Đà Nẵng', ['Da Nang', 'da nang', 'ĐÀ NẴNG']],
  ['Latin, no decomposition', 'Łódź', ['Lodz', 'lodz', 'ŁÓDŹ']],
  ['Latin, no decomposition', 'Øresund', ['Oresund']],
  ['Latin, no decomposition', 'Ærøskøbing', ['Aeroskobing']],
  ['Latin, no decomposition', 'Straße', ['strasse', 'STRASSE']],
  ['Latin, no decomposition', 'Þórshöfn', ['Thorshofn']],
  ['Latin, no decomposition', 'Ħamrun', ['Hamrun']],
  ['Latin, no decomposition', 'Diyarbakır', ['Diyarbakir', 'DIYARBAKIR']],
  ['Latin, no decomposition', 'İzmir', ['izmir', 'Izmir']],
  ['Latin, no decomposition', 'Œuvre', ['oeuvre']],
  ['Latin, accents', 'Libertà', ['liberta', 'LIBERTA']],
  ['Greek', 'Άμυνας', ['Αμυνας', 'ΑΜΥΝΑΣ', 'αμυνας', 'αμύνας']],
  ['Greek', 'Υπουργείο', ['ΥΠΟΥΡΓΕΙΟ', 'υπουργειο']],
  ['Greek', 'Ελλάς', ['ΕΛΛΑΣ', 'Ελλασ']],
  ['Cyrillic', 'Ёлка', ['елка', 'ЕЛКА']],
  ['Arabic', 'وَزَارَةُ', ['وزارة', 'وزاره']],
  ['Arabic', 'الدِّفَاع', ['الدفاع']],
  ['Arabic', 'أمن', ['امن']],
  ['Arabic', 'مستشفى', ['مستشفي']],
  ['Arabic', 'الـــدفاع', ['الدفاع']],
  // Persian/Urdu keyboards (Lucene PersianNormalizer): farsi yeh, keheh, heh goal, heh with yeh above.
  ['Persian keyboard', 'مستشفی', ['مستشفى', 'مستشفي']],
  ['Persian keyboard', 'کشور', ['كشور']],
  ['Arabic keyboard', 'كشور', ['کشور']],
  ['Arabic keyboard', 'مستشفى', ['مستشفی']],
  ['Urdu keyboard', 'پاکستانی', ['پاكستاني']],
  ['Urdu keyboard', 'ہتھیار', ['هتھيار']],
  ['Persian keyboard', 'خانۀ', ['خانه', 'خانهٔ']],
  ['Hebrew', 'מִשְׂרַד', ['משרד']],
  ['Hebrew', 'הַבִּטָּחוֹן', ['הבטחון']],
  ['Width', 'ＴＥＭＰＥＳＴ', ['tempest', 'Tempest']],
  ['Width', '２０２１年', ['2021']],
  ['Kana', 'ﾃﾝﾍﾟｽﾄ計画', ['テンペスト', 'テンペスト計画', 'ﾃﾝﾍﾟｽﾄ']],
  ['Kana', 'ｶﾞｽ', ['ガス']],
  // One word in either kana script (katakana for loanwords and emphasis, hiragana as typed): each finds the other.
  ['Kana, either script', 'テンペスト計画', ['てんぺすと', 'てんぺすと計画', 'ﾃﾝﾍﾟｽﾄ']],
  ['Kana, either script', 'さくら', ['サクラ', 'ｻｸﾗ']],
  ['Kana, either script', 'ぼうえい', ['ボウエイ']],
];

describe('the folding table', () => {
  it.each(TABLE)('%s: %s', (_, written, typed) => {
    for (const form of typed) expect(foldText(written)).toContain(foldText(form).split(' ')[0]);
  });

  it('keeps what is not the same letter apart: kana voicing, different letters', () => {
    expect(foldText('ガス')).not.toBe(foldText('カス'));
    expect(foldText('ペ')).not.toBe(foldText('ヘ'));
    expect(foldText('が')).not.toBe(foldText('カ'));
    expect(foldText('ł')).not.toBe(foldText('t'));
    expect(foldText('हिन्दी')).toBe('हिन्दी'); // Devanagari vowel signs are letters, not accents
    expect(foldText('ە')).not.toBe(foldText('ه')); // Kurdish ae is a vowel letter of its own
    // German ue for ü is not folded (fold.ts says why): Muenchen does not find München.
    expect(foldText('München')).toBe('munchen');
    expect(foldText('Muenchen')).toBe('muenchen');
  });
});

describe('folded query finds folded text for every row, with the matched field and the highlight', () => {
  function register() {
    const { db } = openTempDb();
    const ids = TABLE.map(
      ([script, written], i) =>
        createRecord(db, 'meeting', {
          title: `Meeting ${i}`,
          type: 'call',
          minutes: `Discussion (${script}) of ${written}, then other business.`,
        }).id,
    );
    return { db, ids };
  }

  it('every typed form of every row finds its record, opens it at the minutes and marks the original word', () => {
    const { db, ids } = register();
    const outcomes = TABLE.flatMap(([, written, typed], i) =>
      typed.map((form) => {
        // As words (a year such as "2021" is otherwise read as a date filter, issue 13; its chip turns it back into words).
        const hit = searchRecords(Store.over(db), { query: form, datesAsText: [form] }).hits.find(
          (h) => h.id === ids[i],
        );
        const marked = hit?.snippet.filter((s) => s.hit).map((s) => s.text) ?? [];
        return {
          form,
          found: hit !== undefined,
          field: hit?.field,
          matched: hit?.matchedFields.includes('minutes'),
          // The highlight is original text of the word, whole, however folding changed its length.
          marksOriginal: marked.some(
            (m) => written.includes(m) && foldText(m).includes(foldText(form).split(' ')[0]!.slice(0, 4)),
          ),
        };
      }),
    );
    for (const o of outcomes)
      expect(o).toEqual({ form: o.form, found: true, field: 'minutes', matched: true, marksOriginal: true });
  });

  it('half-width katakana: テンペスト opens ﾃﾝﾍﾟｽﾄ計画 at the minutes, marked whole', () => {
    const { db, ids } = register();
    const hit = searchRecords(Store.over(db), { query: 'テンペスト' }).hits[0]!;
    expect(hit.id).toBe(ids[TABLE.findIndex(([, w]) => w === 'ﾃﾝﾍﾟｽﾄ計画')]);
    expect(hit.field).toBe('minutes');
    expect(hit.snippet.filter((s) => s.hit).map((s) => s.text)).toEqual(['ﾃﾝﾍﾟｽﾄ']);
  });
});

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Characters whose fold changes length or composes across characters, and plain ones. */
const POOL = [
  ...'abcXYZ 019,.-',
  ...'ßæœøłđþıİ',
  'ﾍﾟ',
  'ｶﾞ',
  'ﾃ',
  ...'ΣσςΆέ',
  'e\u0301',
  'a\u0308\u0304',
  'ﬁ',
  '㍻',
  ...'防衛省テンペスト',
  ...'وَزَارَة',
  ...'מִשְׂרַד',
  ...'یکہۀے',
  'ە\u0654',
  '😀',
  '𠮷',
  '\u200b',
];

describe('property: offsets map back to the original text on generated strings', () => {
  it('every word token is a whole slice of the original that folds to the token', () => {
    const rnd = prng(2);
    for (let n = 0; n < 2000; n++) {
      const text = Array.from(
        { length: 1 + Math.floor(rnd() * 24) },
        () => POOL[Math.floor(rnd() * POOL.length)]!,
      ).join('');
      const folded = foldMapped(text);
      expect(folded.text).toBe(foldText(text));
      let last = 0;
      for (const t of wordTokens(text)) {
        expect(t.start).toBeGreaterThanOrEqual(last);
        expect(t.end).toBeLessThanOrEqual(text.length);
        expect(t.text).toBe(text.slice(t.start, t.end));
        // No cut inside a surrogate pair or between a letter and its marks.
        expect(text.slice(t.start, t.end)).not.toMatch(LONE_SURROGATE);
        expect(foldText(t.text)).toContain(t.folded);
        last = t.start;
      }
      const [a, b] = originalRange(folded, 0, folded.text.length);
      expect(a).toBeGreaterThanOrEqual(0);
      expect(b).toBeLessThanOrEqual(text.length);
      expect(foldText(text.slice(a, b))).toBe(folded.text);
    }
  });
});

/** [migration, the version before it, a title, what the older fold indexed, a query the new fold finds]. */
const REFOLDS: [string, number, string, string, string][] = [
  ['migration 6 (the folding table)', 5, 'Visit to Łódź', 'visit to łódź', 'Lodz'],
  ['migration 11 (Persian keyboard letters)', 10, 'Visit to مستشفی', 'visit to مستشفی', 'مستشفى'],
  ['migration 13 (katakana as hiragana)', 12, 'テンペスト計画', 'テンペスト計画', 'てんぺすと'],
];

describe('an index built with an older fold is rebuilt', () => {
  it.each(REFOLDS)('%s empties the old index and opening rebuilds it folded', (_, before, title, indexed, query) => {
    const file = tempDbFile();
    const old = openDatabase(file, { targetVersion: before });
    const id = withTodaysSharedTables(old, () => createRecord(old, 'meeting', { title, type: 'call' }).id);
    // What the old code indexed (FTS5 itself folds neither ł nor ی).
    const docId = (old.prepare('SELECT doc_id AS d FROM search_docs WHERE record_id = ?').get(id) as { d: number }).d;
    old.prepare('DELETE FROM search_fts WHERE rowid = ?').run(docId);
    old
      .prepare(
        "INSERT INTO search_fts (rowid, title, summary, body, dates, facets) VALUES (?, ?, '', '', '', 'xkmeeting')",
      )
      .run(docId, indexed);
    expect(searchRecords(Store.over(old), { query }).hits).toEqual([]);
    old.close();
    const db = openDatabase(file);
    expect(searchRecords(Store.over(db), { query }).hits.map((h) => h.id)).toEqual([id]);
  });
});

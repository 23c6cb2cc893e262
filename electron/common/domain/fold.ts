/**
 * Search folding: the one table by which both the index and the query reduce text, so a word is
 * found however it is typed. Applied to each character together with the combining marks that
 * follow it (a "unit"), in this order:
 *
 *   1. NFKC: full-width Latin and digits → ASCII, half-width katakana → full-width (ﾃﾝﾍﾟｽﾄ →
 *      テンペスト, the half-width sound mark composing with its kana), ligatures split.
 *   2. Lower case.
 *   3. Latin letters that Unicode does not decompose, by the Apache Lucene ASCIIFoldingFilter table
 *      (the fold-to-ascii package): đ → d, ł → l, ø → o, æ → ae, ß → ss, þ → th, ħ → h, ı → i, œ → oe…
 *   4. Diacritics removed (NFD, marks dropped, NFC): Latin and Cyrillic accents, Greek tonos and
 *      dialytika, Hebrew points and cantillation, Arabic harakat, hamza and madda marks. Kana
 *      voicing marks are KEPT: ガ and カ are different sounds (as in FTS5's own tokenizer).
 *   5. Letter variants of one letter: Greek final sigma ς → σ; Arabic alef forms (ٱ) → ا,
 *      alef maqsura ى → ي, teh marbuta ة → ه, tatweel ـ removed (Apache Lucene ArabicNormalizer);
 *      the Persian/Urdu keyboard's letters to the Arabic ones (Lucene PersianNormalizer): farsi
 *      yeh ی and yeh barree ے → ي, keheh ک → ك, heh goal ہ and heh with yeh above ۀ → ه (ۀ
 *      before the marks are dropped: its NFD is Kurdish ە + hamza, and ە stays a letter of its own). So "مستشفی" typed on a Persian keyboard finds "مستشفى", "کشور" finds "كشور".
 *   6. Katakana → hiragana (U+30A1–U+30F6 and the iteration marks ヽヾ, one to one): a word
 *      written テンペスト is found by てんぺすと and the other way round — Japanese writes one word
 *      in either script (loanwords, names, emphasis) and an input method offers both. The
 *      prolonged sound mark ー is shared by both and stays; ヷヸヹヺ have no hiragana and stay.
 *      One UTF-16 unit to one, so offsets do not move.
 *      Not folded: German ue/oe/ae spelled out for ü/ö/ä ("Muenchen" for "München"): done on
 *      both sides (ue → u) it would also join unrelated words of every Latin-script language
 *      ("Duell" and "Dull", "Poet" and "Pot", "blue" and "blu"), and done on one side only it would stop "Munchen" finding "München". Type "Munchen" or "München".
 *
 * foldText() is the whole fold; foldMapped() also says which original characters each folded
 * character came from, so snippets and highlights cut the original text at the right places
 * when folding changed lengths (æ → ae, ﾍﾟ → ペ). Pure: runs in Node and the browser.
 */
import ASCIIFolder from 'fold-to-ascii';

/** Lucene's table: BMP code point → its ASCII spelling (upper-case letters map to upper case). */
const LUCENE: ReadonlyMap<number, string> = ASCIIFolder.mapping;

/**
 * Combining marks that are diacritics to ignore: Latin/Greek/Cyrillic accents, Hebrew points,
 * Arabic harakat and hamza/madda marks. Marks of Indic and other scripts are vowels and stay.
 */
const DIACRITIC_RANGES: readonly [number, number][] = [
  [0x0300, 0x036f], // combining diacritical marks (Latin, Greek tonos and dialytika, Cyrillic breve…)
  [0x0483, 0x0489], // Cyrillic
  [0x0591, 0x05bd], // Hebrew cantillation and points
  [0x05bf, 0x05bf],
  [0x05c1, 0x05c2],
  [0x05c4, 0x05c5],
  [0x05c7, 0x05c7],
  [0x0610, 0x061a], // Arabic
  [0x064b, 0x065f], // Arabic harakat, hamza above/below, madda
  [0x0670, 0x0670], // superscript alef
  [0x06d6, 0x06dc],
  [0x06df, 0x06e4],
  [0x06e7, 0x06e8],
  [0x06ea, 0x06ed],
  [0x08d3, 0x08e1],
  [0x08e3, 0x08ff],
  [0x1ab0, 0x1aff], // combining diacritical marks extended
  [0x1dc0, 0x1dff], // … supplement
  [0x20d0, 0x20ff], // … for symbols
  [0xfe20, 0xfe2f], // combining half marks
];
const isDiacritic = (code: number): boolean => DIACRITIC_RANGES.some(([from, to]) => code >= from && code <= to);

/** Step 5: one letter, several spellings. */
const VARIANTS: ReadonlyMap<string, string> = new Map([
  ['ς', 'σ'],
  ['ٱ', 'ا'],
  ['ى', 'ي'],
  ['ة', 'ه'],
  ['ـ', ''],
  ['\u06cc', 'ي'], // farsi yeh ی
  ['\u06d2', 'ي'], // yeh barree ے
  ['\u06a9', 'ك'], // keheh ک
  ['\u06c1', 'ه'], // heh goal ہ
]);

/** A character continues the unit before it: combining marks, and half-width (semi-)voiced sound marks. */
const JOINS = /[\p{M}\uff9e\uff9f]/u;
const ASCII = /^[\x20-\x7e\t\n\r]*$/;

/** Step 6: a katakana letter (ァ–ヶ) or iteration mark (ヽヾ) → its hiragana, 0x60 code points lower. */
function hiragana(char: string): string {
  const code = char.charCodeAt(0);
  return (code >= 0x30a1 && code <= 0x30f6) || code === 0x30fd || code === 0x30fe
    ? String.fromCharCode(code - 0x60)
    : char;
}

const memo = new Map<string, string>();

/** Steps 1–5 for one unit (a character and the marks that follow it). */
export function foldUnit(unit: string): string {
  const known = memo.get(unit);
  if (known !== undefined) return known;
  let out = '';
  for (const char of unit.normalize('NFKC').toLowerCase()) {
    const code = char.codePointAt(0)!;
    const ascii = code >= 0x80 && code <= 0xffff ? LUCENE.get(code) : undefined;
    out += ascii === undefined ? (char === '\u06c0' ? 'ه' : char) : ascii.toLowerCase();
  }
  let bare = '';
  for (const char of out.normalize('NFD')) if (!isDiacritic(char.codePointAt(0)!)) bare += char;
  let folded = '';
  for (const char of bare.normalize('NFC')) folded += VARIANTS.get(char) ?? hiragana(char);
  if (memo.size < 50_000) memo.set(unit, folded);
  return folded;
}

/** True when the UTF-16 unit continues the character before it (a mark, or a half-width sound mark). */
function joins(code: number): boolean {
  return code >= 0x300 && JOINS.test(String.fromCharCode(code));
}

export interface Folded {
  /** The folded text. */
  text: string;
  /** For each folded UTF-16 index, the original offset where its unit starts; null when folding kept every offset. */
  starts: number[] | null;
  /** For each folded index, the original offset where its unit ends. */
  ends: number[] | null;
}

/**
 * The fold, unit by unit: a code point and the marks after it. Runs of ASCII go through in one
 * piece (lower-cased: same length), which is most of most texts. With `mapped`, records where each
 * folded character came from, starting the arrays only at the first change of length.
 */
function fold(text: string, mapped: boolean): Folded {
  if (ASCII.test(text)) return { text: text.toLowerCase(), starts: null, ends: null };
  let out = '';
  let starts: number[] | null = null;
  let ends: number[] | null = null;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const start = i;
    if (text.charCodeAt(i) < 0x80) {
      let j = i + 1;
      while (j < n && text.charCodeAt(j) < 0x80) j++;
      if (j < n && joins(text.charCodeAt(j))) j--; // "e" + U+0301 is one unit: leave it to the general path
      if (j > i) {
        const piece = text.slice(i, j).toLowerCase();
        if (starts !== null && ends !== null) {
          for (let k = i; k < j; k++) {
            starts.push(k);
            ends.push(k + 1);
          }
        }
        out += piece;
        i = j;
        continue;
      }
    }
    const code = text.charCodeAt(i);
    i += code >= 0xd800 && code <= 0xdbff && i + 1 < n ? 2 : 1;
    while (i < n && joins(text.charCodeAt(i))) i++;
    const folded = foldUnit(text.slice(start, i));
    if (mapped && starts === null && (folded.length !== i - start || out.length !== start)) {
      // First change of length: until here folded index k was original index k.
      starts = Array.from({ length: out.length }, (_, k) => k);
      ends = starts.map((k) => k + 1);
    }
    if (starts !== null && ends !== null) {
      for (let k = 0; k < folded.length; k++) {
        starts.push(start);
        ends.push(i);
      }
    }
    out += folded;
  }
  return { text: out, starts, ends };
}

/** The whole fold: what the index stores and what a query is compared as. */
export function foldText(text: string): string {
  return fold(text, false).text;
}

/** Folds and keeps the way back to the original offsets. */
export function foldMapped(text: string): Folded {
  return fold(text, true);
}

/** The original [start, end) covering folded [from, to): whole units, so a cut never splits one. */
export function originalRange(folded: Folded, from: number, to: number): [number, number] {
  if (folded.starts === null || folded.ends === null) return [from, to];
  if (to <= from) {
    const at = folded.starts[from] ?? folded.ends.at(-1) ?? 0;
    return [at, at];
  }
  return [folded.starts[from]!, folded.ends[to - 1]!];
}

/**
 * Party cells. One cell may name several parties, separated by `,` `;` `/` ` and ` or line breaks — but a comma inside
 * a party's own name ("Congo, Dem. Rep. of", "Virgin Islands, British") is not a separator, and neither is the "and"
 * of "Bosnia and Herzegovina" or "Sao Tome and Principe". What decides: names the register already knows (its parties,
 * short and native names, remembered aliases), a short list of state names that contain such words, and the shape of
 * the piece after a comma (only qualifiers — "Dem. Rep. of", "The", "RB" — belong to the name before it).
 * A bracketed list after a name ("European Community (Austria, Belgium, …)") describes its members and is dropped;
 * a bracketed word ("Macedonia (FYROM)") stays part of the name.
 */
import { foldText, unescapeBreaks } from './table';

/** The key two names are compared by: case, accents, dots, apostrophe shapes and spacing do not matter. */
export function nameKey(name: string): string {
  return foldText(name.replace(/\./g, '')).replace(/^the /, '');
}

/** Official short forms that contain a comma or an "and" (World Bank, UN and ISO styles). */
const BUILT_IN_NAMES = [
  'Antigua and Barbuda',
  'Bosnia and Herzegovina',
  'Heard Island and McDonald Islands',
  'Saint Kitts and Nevis',
  'Saint Pierre and Miquelon',
  'Saint Vincent and the Grenadines',
  'Sao Tome and Principe',
  'South Georgia and the South Sandwich Islands',
  'Svalbard and Jan Mayen',
  'Trinidad and Tobago',
  'Turks and Caicos Islands',
  'Wallis and Futuna',
  'Wallis and Futuna Islands',
  'Hong Kong SAR, China',
  'Macao SAR, China',
  'Taiwan, China',
  'Virgin Islands, British',
  'Virgin Islands, U.S.',
  'Bonaire, Sint Eustatius and Saba',
];

/** Words that only qualify the name before them: "Korea, Rep.", "Gambia, The", "Tanzania, United Rep. of". */
const QUALIFIERS = new Set(
  "the rep dem democratic people's peoples islamic arab fed federal federated sts states of rb sar united plurinational state bolivarian fyr former yugoslav republic".split(
    ' ',
  ),
);
/** At least one of these must be there: "United States" after a comma is a party, "United Rep." a qualifier. */
const MARKERS = new Set(['rep', 'dem', 'the', 'rb', 'sar', 'sts', 'fyr', 'fed']);

function isQualifier(piece: string): boolean {
  const words = nameKey(piece).split(' ').filter(Boolean);
  if (words.length === 0) return false;
  if (words.length > 1 && words.at(-1) === 'of') return true;
  return words.every((w) => QUALIFIERS.has(w)) && words.some((w) => MARKERS.has(w));
}

export type KnownName = (key: string) => boolean;

const BUILT_IN_KEYS = new Set(BUILT_IN_NAMES.map(nameKey));

interface Piece {
  text: string;
  /** The separator that came before this piece ('' for the first). */
  sep: string;
}

/** Splits at separators outside brackets; keeps each separator with the piece after it. */
function pieces(text: string): Piece[] {
  const out: Piece[] = [];
  let depth = 0;
  let current = '';
  let sep = '';
  for (const ch of text) {
    if (ch === '(' || ch === '[') depth += 1;
    if (ch === ')' || ch === ']') depth = Math.max(0, depth - 1);
    if (depth === 0 && (ch === ',' || ch === ';' || ch === '/' || ch === '\n' || ch === '\r')) {
      out.push({ text: current, sep });
      [current, sep] = ['', ch];
      continue;
    }
    current += ch;
  }
  out.push({ text: current, sep });
  return out.filter((p) => p.text.trim() !== '');
}

/** "European Community (Austria, Belgium, …)" → "European Community"; "Macedonia (FYROM)" stays. */
function dropMemberList(name: string): string {
  return name.replace(/\s*[([]([^()[\]]*[,;][^()[\]]*)[)\]]\s*$/, '').trim();
}

function clean(name: string): string {
  return dropMemberList(name.replace(/\s+/g, ' ').trim())
    .replace(/^["'“”]+|["'“”]+$/g, '')
    .replace(/^(?:and|e)\s+/i, '')
    .trim();
}

/** The positions of " and " outside brackets (also ")and " as in "(…)and European Community"). */
function andSplit(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(' || ch === '[') depth += 1;
    if (ch === ')' || ch === ']') depth = Math.max(0, depth - 1);
    if (depth !== 0) continue;
    const here = text.slice(i, i + 5).toLowerCase();
    const before = i === 0 ? ' ' : text[i - 1]!;
    if (here.startsWith('and') && /[\s)\]]/.test(before) && /\s/.test(text[i + 3] ?? '')) {
      parts.push(text.slice(start, i));
      start = i + 3;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter(Boolean);
}

/**
 * The party names in one cell, in order, without repeats. `known` says whether a name key is a party the register
 * knows (or will create in this import), which keeps its commas and "and"s whole.
 */
export function splitParties(cell: string, known: KnownName = () => false): string[] {
  const isKnown = (name: string) => {
    const key = nameKey(name);
    return key !== '' && (known(key) || BUILT_IN_KEYS.has(key));
  };
  const raw = pieces(unescapeBreaks(cell));
  const merged: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    // The longest run of pieces joined by commas that is a known name, or a name followed by qualifiers.
    let text = raw[i]!.text;
    let j = i;
    // Names hold at most a few commas ("Bonaire, Sint Eustatius and Saba"): runs of up to four pieces are tried.
    for (let k = Math.min(raw.length - 1, i + 3); k > i; k--) {
      const run = raw.slice(i, k + 1);
      if (run.slice(1).some((p) => p.sep !== ',')) continue;
      const joined = run.map((p, n) => (n === 0 ? p.text : `,${p.text}`)).join('');
      if (isKnown(clean(joined))) {
        [text, j] = [joined, k];
        break;
      }
    }
    for (;;) {
      const next = raw[j + 1];
      if (!next || next.sep !== ',' || !isQualifier(next.text) || isKnown(clean(next.text))) break;
      text += `,${next.text}`;
      j += 1;
    }
    merged.push(text);
    i = j;
  }
  const names: string[] = [];
  const lone = merged.filter((m) => clean(m) !== '').length === 1;
  for (const piece of merged) {
    const whole = clean(piece);
    if (whole === '') continue;
    const startsWithAnd = /^\s*and\s+/i.test(piece);
    const parts = andSplit(whole);
    // "…, and Venezuela" is a list's last item; "Italy and Japan" alone in a cell is two parties; "Japan and France"
    // is split when both are known; a known name ("Trinidad and Tobago") or one inside a list stays whole.
    const split =
      parts.length > 1 && !isKnown(whole) && (lone || parts.every((p) => isKnown(clean(p))) || startsWithAnd);
    for (const name of split ? parts.map(clean) : [whole]) if (name) names.push(name);
  }
  const seen = new Set<string>();
  return names.filter((n) => {
    const key = nameKey(n);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

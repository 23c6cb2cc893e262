/**
 * Characters no output can hold: C0 controls other than tab, line feed and carriage return, DEL and
 * the C1 controls (U+0080–U+009F, left over from text decoded as the wrong code page), Unicode noncharacters (U+FDD0–U+FDEF and the last two code points of every plane) and lone
 * surrogates. XML 1.0 (XLSX, DOCX) refuses controls, U+FFFE/U+FFFF and surrogates; iCalendar
 * refuses controls and DEL; HTML calls them parse errors; CSV readers stop at NUL. Nobody types
 * them on purpose: they arrive by pasting or by a program.
 *
 * The input boundary refuses them (schemas.ts, with the field named); every writer strips them
 * again (stripUnholdable), so data that got in some other way still makes a well-formed file.
 */
const ASTRAL_NONCHARACTERS = Array.from(
  { length: 16 },
  (_, i) => `\\u{${(i + 1).toString(16)}fffe}\\u{${(i + 1).toString(16)}ffff}`,
).join('');
const CLASS = `[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\ufdd0-\\ufdef\\ufffe\\uffff${ASTRAL_NONCHARACTERS}\\ud800-\\udfff]`;
const UNHOLDABLE = new RegExp(CLASS, 'u');
const UNHOLDABLE_ALL = new RegExp(CLASS, 'gu');

/** "U+0007 (an invisible control character) at character 12", or null when every output can hold the text. */
export function unholdableCharacter(text: string): string | null {
  const m = UNHOLDABLE.exec(text);
  if (!m) return null;
  const code = m[0].codePointAt(0)!;
  const what =
    code < 0x20 || (code >= 0x7f && code <= 0x9f)
      ? 'an invisible control character'
      : code >= 0xd800 && code <= 0xdfff
        ? 'half of an emoji or symbol'
        : 'a noncharacter';
  // Counted in code points, as a person counts characters (an emoji is one), not in UTF-16 units.
  const position = [...text.slice(0, m.index)].length + 1;
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')} (${what}) at character ${position}`;
}

/** The text without the characters no output can hold (see above). */
export function stripUnholdable(text: string): string {
  return UNHOLDABLE.test(text) ? text.replace(UNHOLDABLE_ALL, '') : text;
}

/** Every string inside `value` (objects, arrays) stripped; other values as they are. A new value, same shape. */
export function stripUnholdableDeep<T>(value: T): T {
  if (typeof value === 'string') return stripUnholdable(value) as T;
  if (Array.isArray(value)) return value.map(stripUnholdableDeep) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, stripUnholdableDeep(v)])) as T;
  }
  return value;
}

/**
 * Invisible format characters that can make text read differently from what it holds (Unicode UTS #39 §3 and
 * UTR #36; CVE-2021-42574 "Trojan Source"): the bidirectional embeddings, overrides and isolates (U+202A–202E,
 * U+2066–2069), which reorder what follows them — "‮cod.exe" displays as "exe.doc" — and the zero-width characters
 * that hide inside a word so two titles that look the same differ (and search misses one). Refused at the input
 * boundary, not stripped: an override's reordering is part of what the text was made to show, so removing it changes
 * what a reader sees, and Entente never needs them — every place that shows text isolates it by its own direction
 * (dir="auto"), so Arabic, Persian and Hebrew names display right without them. Kept, because scripts need them:
 * ZWNJ/ZWJ (U+200C/200D: Persian words, emoji sequences) and the direction marks LRM/RLM/ALM (U+200E/200F/061C),
 * which only nudge neutral characters and are written in ordinary Hebrew and Arabic text.
 */
const DISGUISING_NAMES: Record<number, string> = {
  0x200b: 'ZERO WIDTH SPACE',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2060: 'WORD JOINER',
  0x2061: 'FUNCTION APPLICATION',
  0x2062: 'INVISIBLE TIMES',
  0x2063: 'INVISIBLE SEPARATOR',
  0x2064: 'INVISIBLE PLUS',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE (byte order mark)',
};
const DISGUISING = /[\u200b\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/u;

/**
 * "U+202E RIGHT-TO-LEFT OVERRIDE at character 5", or null when the text holds no character that can disguise it
 * (see above). Positions count code points, as a person counts characters.
 */
export function disguisingCharacter(text: string): string | null {
  const m = DISGUISING.exec(text);
  if (!m) return null;
  const code = m[0].codePointAt(0)!;
  const position = [...text.slice(0, m.index)].length + 1;
  return `U+${code.toString(16).toUpperCase()} ${DISGUISING_NAMES[code]} at character ${position}`;
}

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

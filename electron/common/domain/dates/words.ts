/**
 * The words and marks people write dates with, as data: month, season and period names in English, Italian and
 * Japanese, ordinals, decades, "unknown" words, relative days, and the patterns for circa, ranges and open ends.
 * read.ts reads dates with them; adding a language's words means adding rows here.
 */
// English and Italian names. The shared abbreviations (feb, mar, apr, nov)
// mean the same month in both languages, and "set"/"ago"/"gen"/"mag"/"giu"/
// "lug"/"ott"/"dic" are not English words a user would type for a month, so
// no entry has to choose between two meanings.
export const MONTH_WORDS: ReadonlyMap<string, number> = new Map(
  [
    'january jan gennaio gen',
    'february feb febbraio',
    'march mar marzo',
    'april apr aprile',
    'may maggio mag',
    'june jun giugno giu',
    'july jul luglio lug',
    'august aug agosto ago',
    'september sep sept settembre set',
    'october oct ottobre ott',
    'november nov novembre',
    'december dec dicembre dic',
  ].flatMap((words, i) => words.split(' ').map((w): [string, number] => [w, i + 1])),
);

/** Words for a sub-year grouping, by ISO 8601-2 code (see point.ts). */
export const GROUP_WORDS: ReadonlyMap<string, number> = new Map(
  [
    [21, 'spring primavera'],
    [22, 'summer estate'],
    [23, 'autumn fall autunno'],
    [24, 'winter inverno'],
    [33, 'q1 1q'],
    [34, 'q2 2q'],
    [35, 'q3 3q'],
    [36, 'q4 4q'],
    [37, 'early beginning start inizio inizi'],
    [38, 'mid middle metà meta'],
    [39, 'late end fine'],
    [40, 'h1 1h'],
    [41, 'h2 2h'],
  ].flatMap(([code, words]) =>
    String(words)
      .split(' ')
      .map((w): [string, number] => [w, Number(code)]),
  ),
);

// "Q1 2024" can also be written out: "first quarter of 2024", "primo trimestre 2024", "1° semestre".
export const ORDINALS: [RegExp, number][] = [
  [/^(?:first|1|primo|prima|i)$/, 1],
  [/^(?:second|2|secondo|seconda|ii)$/, 2],
  [/^(?:third|3|terzo|iii)$/, 3],
  [/^(?:fourth|4|quarto|iv)$/, 4],
];
// "1° trim." and "2° sem." are how the Italian display writes a quarter and a half (dates/display.ts).
export const PERIOD_PHRASE =
  /(?<![a-z\d])(first|second|third|fourth|primo|prima|secondo|seconda|terzo|quarto|iv|iii|ii|i|[1-4])\s+(quarter|trimestre|trim|half|semestre|sem|metà|meta)(?![a-z])/g;

// Italian decades written out: "anni novanta".
export const DECADE_WORDS = new Map(
  ['venti', 'trenta', 'quaranta', 'cinquanta', 'sessanta', 'settanta', 'ottanta', 'novanta'].map(
    (w, i): [string, number] => [w, (i + 2) * 10],
  ),
);

// "date unknown" / "unknown" are our own long/short outputs, so they must parse back.
export const UNKNOWN_WORDS = new Set([
  '',
  '?',
  'unknown',
  'date unknown',
  'unknown date',
  'undated',
  'n.d.',
  'n.d',
  'nd',
  'xxxx',
  'sconosciuta',
  'data sconosciuta',
  'sconosciuto',
  'ignota',
  's.d.',
  '-',
  '–',
  '—',
  '不明',
]);

export const RELATIVE_DAYS: ReadonlyMap<string, number> = new Map([
  ['today', 0],
  ['oggi', 0],
  ['今日', 0],
  ['本日', 0],
  ['yesterday', -1],
  ['ieri', -1],
  ['昨日', -1],
  ['tomorrow', 1],
  ['domani', 1],
  ['明日', 1],
]);

// "c" and "ca" without a dot need a space or digit after them so that a
// stray letter is not silently read as "circa".
export const CIRCA_PREFIX = /^(?:(?:circa|about|around|approximately|approx|ca|c)\.?(?=[\s\d])|(?:approx|ca|c)\.|~)\s*/;
// Trailing qualifiers: "~" (and 頃/ごろ) approximate, "?" uncertain, "%" both (EDTF level 1).
// read.ts keeps "?" apart from "~": "2019?" and "c. 2019" say different things.
export const CIRCA_SUFFIX = /\s*([~?%]+|頃|ごろ)$/;
// Range separators. Hyphen is tried too, but only after the whole text failed
// as a single date, so "2021-01" stays a month and "2019-2021" becomes a range.
// Italian joins a range with "al", "a", "alla", "agli" or "all'" ("dal 2019 al 2021", "da gen a mar 2021").
export const RANGE_SEP = /\s*(?:[–—/-]|から|(?<!\S)(?:to|until|till|through|al|a|alla|agli)(?!\S)|(?<!\S)all')\s*/g;
export const FILLER_WORDS = new Set(['of', 'the', 'del', 'dell', 'della', 'di', 'nel', 'nell', 'nella', 'il']);

// Open ranges. Markers are tried on the whole text; EDTF's own ".." is one of them.
// Italian takes the article of what follows: "dal 2019", "da gen 2021", "dalla primavera", "dall'inizio", "dagli anni".
export const OPEN_END_PREFIX =
  /^(?:(?:from|since|dal|dalla|dagli|da|a partire da(?:l|lla|gli)?)\s+|(?:a partire )?dall'\s*)/;
export const OPEN_START_PREFIX = /^(?:fino all'\s*|(?:until|till|up to|up until|fino a(?:l|lla|gli)?|fino)\s+)/;
export const OPEN_END_SUFFIX =
  /(?:\s*(?:\/\.\.|\/|–|—|-|\.\.)|\s+(?:onwards|onward|and later|in poi)|\s*(?:から|以降))$/;
export const OPEN_START_PREFIX_SIGN = /^(?:\.\.\/|\/|–|—|\.\.)\s*/;
export const OPEN_START_SUFFIX = /\s*(?:まで|以前)$/;

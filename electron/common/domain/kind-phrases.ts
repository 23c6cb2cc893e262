/**
 * Kind words inside a search question: "meetings last month", "japan agreements 2021", "working group sessions
 * since 2019", "riunioni il mese scorso". A word that names a kind of record (or a sub-type that belongs to one kind,
 * "sessions", "treaties") is taken out of the words and becomes a kind filter, shown as a chip like a date phrase
 * (domain/date-phrases.ts) and removable the same way: the phrase is then read as words again.
 *
 * Several kind phrases in one question widen each other ("agreements meetings 2021": either kind). Words inside
 * quotes or parentheses, after a minus, and the operators are never kind words. Pure: no I/O.
 */
import type { RecordKind } from './vocab';

export interface KindPhrase {
  /** The words as typed (the chip's remove label, and what `asText` names to read them as words again). */
  text: string;
  kind: RecordKind;
  /** A sub-type of `kind` the phrase names ("sessions" → jwg_session); absent for the whole kind. */
  type?: string;
  /** How the app reads it: "Meetings", "Working-group sessions". */
  label: string;
}

interface Reading {
  kind: RecordKind;
  type?: string;
  label: string;
}

const meeting: Reading = { kind: 'meeting', label: 'Meetings' };
const agreement: Reading = { kind: 'agreement', label: 'Agreements' };
const programme: Reading = { kind: 'programme', label: 'Programmes' };
const workingGroup: Reading = { kind: 'working_group', label: 'Working groups' };
const session: Reading = { kind: 'meeting', type: 'jwg_session', label: 'Working-group sessions' };
const treaty: Reading = { kind: 'agreement', type: 'treaty', label: 'Treaties' };
const mou: Reading = { kind: 'agreement', type: 'mou', label: 'MoUs' };

/** Phrases as lower-case word lists, English and Italian, singular and plural; the longest is tried first. */
const PHRASES: readonly [string, Reading][] = [
  ['working group sessions', session],
  ['working group session', session],
  ['jwg sessions', session],
  ['jwg session', session],
  ['sessioni del gruppo di lavoro', session],
  ['sessione del gruppo di lavoro', session],
  ['gruppi di lavoro', workingGroup],
  ['gruppo di lavoro', workingGroup],
  ['working groups', workingGroup],
  ['working group', workingGroup],
  ['jwgs', workingGroup],
  ['jwg', workingGroup],
  ['sessions', session],
  ['session', session],
  ['sessioni', session],
  ['sessione', session],
  ['meetings', meeting],
  ['meeting', meeting],
  ['riunioni', meeting],
  ['riunione', meeting],
  ['incontri', meeting],
  ['incontro', meeting],
  ['agreements', agreement],
  ['agreement', agreement],
  ['accordi', agreement],
  ['accordo', agreement],
  ['treaties', treaty],
  ['treaty', treaty],
  ['trattati', treaty],
  ['trattato', treaty],
  ['mous', mou],
  ['mou', mou],
  ['programmes', programme],
  ['programme', programme],
  ['programs', programme],
  ['program', programme],
  ['programmi', programme],
  ['programma', programme],
].map(([text, reading]) => [text as string, reading as Reading]);
/** Link words that only join a kind word to what follows ("agreements with Japan"): not searched as text. */
const LINKS = new Set(['with', 'con', 'between', 'tra', 'fra']);
const LONGEST = Math.max(...PHRASES.map(([p]) => p.split(' ').length));

export interface KindQuery {
  /** The query with the kind phrases taken out (what the word search and the date reader see). */
  rest: string;
  kinds: KindPhrase[];
}

/**
 * Finds the kind phrases in `query` and returns the query without them. `asText` lists phrases (as typed, any case)
 * the person wants read as words instead (a removed chip). A query that is nothing but "-meetings" or a quoted
 * "meeting" keeps its words. At most 4 phrases are taken.
 */
export function understandKinds(typed: string, asText: readonly string[] = []): KindQuery {
  // Full-width letters pasted from Japanese documents ("ｍｅｅｔｉｎｇｓ") read as typed in ASCII; the word search folds alike.
  const query = typed.normalize('NFKC');
  const keep = new Set(asText.map((s) => s.normalize('NFKC').trim().toLowerCase()));
  const re = /"[^"]*"?|[^\s()"]+/g;
  const list: { text: string; start: number; end: number; locked: boolean }[] = [];
  for (let m = re.exec(query); m; m = re.exec(query)) {
    // Inside parentheses ("NEAR(tempest programme)", "(meeting OR visit)") the person wrote an expression: words.
    const before = query.slice(0, m.index);
    const grouped = before.split('(').length > before.split(')').length;
    const locked = grouped || m[0].startsWith('"') || /^[-!]/.test(m[0]) || /^(OR|AND|NOT)$/.test(m[0]);
    list.push({ text: m[0], start: m.index, end: m.index + m[0].length, locked });
  }
  const kinds: KindPhrase[] = [];
  const taken: { start: number; end: number }[] = [];
  for (let i = 0; i < list.length && kinds.length < 4; i++) {
    for (let n = Math.min(LONGEST, list.length - i); n >= 1; n--) {
      const window = list.slice(i, i + n);
      if (window.some((w) => w.locked)) continue;
      const said = window.map((w) => w.text.toLowerCase().replace(/[,.;:]+$/, '')).join(' ');
      const found = PHRASES.find(([p]) => p === said);
      if (!found) continue;
      const span = { start: window[0]!.start, end: window[n - 1]!.end };
      const text = query.slice(span.start, span.end);
      if (keep.has(text.trim().toLowerCase())) break;
      kinds.push({ text, ...found[1] });
      // "agreements with Japan", "riunioni con il Giappone": the link word goes with the kind word it follows.
      const link = list[i + n];
      const linked = link && !link.locked && LINKS.has(link.text.toLowerCase());
      taken.push(linked ? { ...span, end: link.end } : span);
      i += n - 1 + (linked ? 1 : 0);
      break;
    }
  }
  let rest = query;
  for (const span of [...taken].reverse()) rest = rest.slice(0, span.start) + ' ' + rest.slice(span.end);
  return { rest: rest.replace(/\s+/g, ' ').trim(), kinds };
}

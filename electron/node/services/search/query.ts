/**
 * The search box's language, read by us and never handed to FTS5 as typed. What people type:
 *   joint working group        all three words, anywhere in the record
 *   "joint working group"      the exact phrase
 *   difes*                     words starting with "difes"
 *   tempest OR ifts            either
 *   training NOT japan, -japan training without japan
 *   ( … )                      grouping
 *   防衛, 防衛省                 Japanese / Chinese / Korean: any run of characters, of any length
 *   2021                       the text "2021", or anything dated in 2021
 *   Jan 2021, 15/01/2021       when the whole query is a date: also anything dated then
 * Every term becomes a quoted FTS5 string, so FTS5 syntax (NEAR, column filters, ^, +) typed by a
 * person is just text. Malformed input gets a sensible reading plus a note saying what was done
 * (an unclosed quote is closed, a lone operator is dropped); only a query that leaves nothing to
 * look for is refused, with a one-line message.
 */
import { AppError } from '../../../common/domain/errors';
import { parsePartialDate } from '../../../common/domain/partial-date';
import { SEARCH_LIMITS } from '../../../common/domain/search';
import { exactDateToken, overlapTokens, wordTokens } from '../../../common/domain/search-text';

/** The text columns; `dates` and `facets` are reached only through dates and filters. */
export const TEXT_COLUMNS = '{title summary body}';

/** What snippets highlight: positive terms only. */
export type Highlight =
  | { kind: 'words'; words: string[]; prefix: boolean; lastAlts?: string[] } // consecutive folded words
  | { kind: 'cjk'; text: string } // a run of CJK characters, matched as a substring
  | { kind: 'date'; from: string; to: string }; // records dated in this span

export interface ParsedQuery {
  /** The FTS5 expression for the text, or null when the query holds nothing to look for. */
  expr: string | null;
  /** The query had only excluded terms: these (OR-ed) must be excluded from whatever the filters select. */
  excludeOnly: string | null;
  highlights: Highlight[];
  notes: string[];
}

type Lexeme =
  | { type: 'term'; text: string; quoted: boolean; prefix: boolean; negated: boolean; last: boolean }
  | { type: 'or' | 'and' | 'not' | 'open' | 'close' };

interface Node {
  expr: string;
  /** True when the node is only an exclusion (cannot stand alone in FTS5). */
  negated: boolean;
  /** What the person typed for it, for notes. */
  typed: string;
}

function lex(input: string, notes: string[]): Lexeme[] {
  const out: Lexeme[] = [];
  let i = 0;
  let negateNext = false;
  while (i < input.length) {
    const c = input[i]!;
    if (/\s/.test(c)) {
      i++;
      negateNext = false;
      continue;
    }
    if (c === '(' || c === ')') {
      if (c === '(' && negateNext) out.push({ type: 'not' }); // -( … ) excludes the whole group
      out.push({ type: c === '(' ? 'open' : 'close' });
      negateNext = false;
      i++;
      continue;
    }
    if (c === '"' || c === '“' || c === '”' || c === '„') {
      let end = i + 1;
      while (end < input.length && !'"“”'.includes(input[end]!)) end++;
      if (end >= input.length) notes.push('A quote was not closed: the rest of the search was read as one phrase.');
      let text = input.slice(i + 1, end);
      i = Math.min(end + 1, input.length);
      let prefix = /\*\s*$/.test(text); // "pilot train*" as well as "pilot train"*
      text = text.replace(/\*+\s*$/, '');
      while (input[i] === '*') [prefix, i] = [true, i + 1];
      out.push({ type: 'term', text, quoted: true, prefix, negated: negateNext, last: false });
      negateNext = false;
      continue;
    }
    let end = i;
    while (end < input.length && !/[\s()"“”„]/.test(input[end]!)) end++;
    const chunk = input.slice(i, end);
    i = end;
    if (chunk === 'OR' || chunk === '|' || chunk === '||') out.push({ type: 'or' });
    else if (chunk === 'AND' || chunk === '&' || chunk === '&&') out.push({ type: 'and' });
    else if (chunk === 'NOT') out.push({ type: 'not' });
    else if (/^NEAR$/i.test(chunk) && input[i] === '(')
      notes.push('NEAR(…) was read as all the words inside the parentheses.');
    else if (/^[-!]+$/.test(chunk)) negateNext = /["“”„(]/.test(input[i] ?? '');
    else {
      const negated = /^[-!]/.test(chunk);
      let text = chunk.replace(/^[-!]+/, '');
      const prefix = /\*$/.test(text);
      if (/^\*+$/.test(text)) notes.push('A lone * was ignored: put it after the start of a word, e.g. difes*.');
      text = text.replace(/^\*+|\*+$/g, '').replace(/\*/g, ' ');
      out.push({ type: 'term', text, quoted: false, prefix, negated, last: false });
      negateNext = false;
    }
  }
  const lastTerm = out.findLast((l) => l.type === 'term');
  if (lastTerm && lastTerm.type === 'term') lastTerm.last = true;
  return out;
}

const YEAR = /^\d{4}$/;

/**
 * English singular/plural of a word ("pilot" ↔ "pilots", "party" ↔ "parties"), matched as
 * alternatives. Deliberately not a stemmer: Porter would store "cooperation" as "cooper", so
 * the prefix query cooperati* would find nothing, and it mangles Italian and names.
 */
export function numberVariants(word: string): string[] {
  if (word.length < 4 || !/^[a-z]+$/.test(word)) return [];
  if (word.endsWith('ies')) return [word.slice(0, -3) + 'y'];
  if (/(ss|us|is)$/.test(word)) return [word + 'es'];
  if (/(x|ch|sh)es$/.test(word)) return [word.slice(0, -2)];
  if (word.endsWith('s')) return [word.slice(0, -1)];
  if (/[^aeiou]y$/.test(word)) return [word.slice(0, -1) + 'ies'];
  if (/(x|ch|sh)$/.test(word)) return [word + 'es'];
  return [word + 's'];
}

function quote(words: readonly string[]): string {
  // Words come from our tokenizer (letters and digits only); doubling quotes is belt and braces.
  return `"${words.join(' ').replaceAll('"', '""')}"`;
}

/** A CJK run as index tokens: itself when 1–2 characters, else the phrase of its overlapping pairs. */
function cjkExpr(run: string): string {
  const chars = [...run];
  if (chars.length <= 2) return quote([run]);
  return quote(chars.slice(0, -1).map((c, i) => c + chars[i + 1]!));
}

function dateExpr(tokens: readonly string[]): string {
  return `dates : (${tokens.map((t) => quote([t])).join(' OR ')})`;
}

class Parser {
  private at = 0;
  private terms = 0;
  readonly highlights: Highlight[] = [];

  constructor(
    private readonly lexemes: Lexeme[],
    private readonly notes: string[],
    private readonly typing: boolean,
    /** When given, plural alternatives that occur nowhere in the index are left out (they would only cost time). */
    private readonly hasTerm?: (word: string) => boolean,
  ) {}

  private peek(): Lexeme | undefined {
    return this.lexemes[this.at];
  }

  parseAll(): Node | null {
    const node = this.parseOr();
    while (this.at < this.lexemes.length) {
      // Only a stray ")" can stop parseOr early.
      this.at++;
      this.note('A closing parenthesis without an opening one was ignored.');
      const more = this.parseOr();
      if (more) return this.combineAnd(node ? [node, more] : [more]);
    }
    return node;
  }

  private note(text: string): void {
    if (!this.notes.includes(text)) this.notes.push(text);
  }

  private parseOr(): Node | null {
    const items: Node[] = [];
    let sawOr = false;
    for (;;) {
      const group = this.parseAnd();
      if (group) items.push(group);
      if (this.peek()?.type !== 'or') break;
      this.at++;
      sawOr = true;
    }
    if (items.length === 1 && !sawOr) return items[0]!; // may be exclusion-only: the caller decides
    const usable = items.filter((n) => {
      if (n.negated) this.note(`“${n.typed}” only excludes, so it cannot be one side of OR; it was ignored.`);
      return !n.negated;
    });
    if (sawOr && usable.length < 2 && usable.length === items.length)
      this.note('OR needs something on both sides; it was ignored.');
    if (usable.length === 0) return null;
    if (usable.length === 1) return usable[0]!;
    return {
      expr: `(${usable.map((n) => n.expr).join(' OR ')})`,
      negated: false,
      typed: usable.map((n) => n.typed).join(' OR '),
    };
  }

  private parseAnd(): Node | null {
    const positive: Node[] = [];
    const negative: Node[] = [];
    for (;;) {
      const next = this.peek();
      if (!next || next.type === 'or' || next.type === 'close') break;
      if (next.type === 'and') {
        this.at++;
        continue;
      }
      if (next.type === 'not') {
        this.at++;
        const operand = this.peek()?.type === 'term' || this.peek()?.type === 'open' ? this.parseUnary() : null;
        if (operand) negative.push({ ...operand, negated: true, typed: `NOT ${operand.typed}` });
        else this.note('NOT needs a word after it; it was ignored.');
        continue;
      }
      const operand = this.parseUnary();
      if (!operand) continue;
      (operand.negated ? negative : positive).push(operand);
    }
    const excluded = negative.map((n) => n.expr);
    const typedExcluded = negative.map((n) => n.typed).join(' ');
    if (positive.length === 0) {
      if (excluded.length === 0) return null;
      return {
        expr: excluded.length === 1 ? excluded[0]! : `(${excluded.join(' OR ')})`,
        negated: true,
        typed: typedExcluded,
      };
    }
    const base = this.combineAnd(positive);
    if (excluded.length === 0) return base;
    return {
      expr: `(${base.expr} NOT (${excluded.join(' OR ')}))`,
      negated: false,
      typed: `${base.typed} ${typedExcluded}`,
    };
  }

  private combineAnd(nodes: Node[]): Node {
    if (nodes.length === 1) return nodes[0]!;
    return {
      expr: `(${nodes.map((n) => n.expr).join(' AND ')})`,
      negated: false,
      typed: nodes.map((n) => n.typed).join(' '),
    };
  }

  private parseUnary(): Node | null {
    const next = this.peek();
    if (!next) return null;
    this.at++;
    if (next.type === 'open') {
      const inner = this.parseOr();
      if (this.peek()?.type === 'close') this.at++;
      else this.note('A parenthesis was not closed; it was closed at the end.');
      return inner;
    }
    if (next.type !== 'term') return null;
    const node = this.term(next);
    return node && next.negated ? { ...node, negated: true, typed: `-${node.typed}` } : node;
  }

  private term(lexeme: Extract<Lexeme, { type: 'term' }>): Node | null {
    const tokens = wordTokens(lexeme.text);
    if (tokens.length === 0) return null;
    if (++this.terms > SEARCH_LIMITS.terms) {
      this.note(`Only the first ${SEARCH_LIMITS.terms} terms were used.`);
      return null;
    }
    // While typing, the last word also matches as a prefix, unless it is already a whole word of the index: then it
    // is read exactly as the CLI reads it, so the app and the CLI give the same results for a finished query.
    const lastWord = tokens.at(-1);
    const prefix =
      lexeme.prefix ||
      (this.typing &&
        lexeme.last &&
        !lexeme.quoted &&
        !lexeme.negated &&
        (lastWord?.text.length ?? 0) >= 3 &&
        !(lastWord && !lastWord.cjk && this.hasTerm?.(lastWord.folded)));
    // Consecutive Latin words form one phrase; each CJK run stands on its own (it has its own tokens).
    const pieces: { cjk: boolean; words: string[] }[] = [];
    for (const t of tokens) {
      const open = pieces.at(-1);
      if (open && !open.cjk && !t.cjk) open.words.push(t.folded);
      else pieces.push({ cjk: t.cjk, words: [t.folded] });
    }
    const exprs = pieces.map((piece, index) => {
      const isLast = index === pieces.length - 1;
      if (piece.cjk) {
        if (!lexeme.negated) this.highlights.push({ kind: 'cjk', text: piece.words[0]! });
        return `${TEXT_COLUMNS} : ${cjkExpr(piece.words[0]!)}`;
      }
      const piecePrefix = prefix && isLast;
      const alts = piecePrefix ? [] : numberVariants(piece.words.at(-1)!).filter((alt) => this.hasTerm?.(alt) ?? true);
      if (!lexeme.negated)
        this.highlights.push({ kind: 'words', words: piece.words, prefix: piecePrefix, lastAlts: alts });
      const phrases = [piece.words, ...alts.map((alt) => [...piece.words.slice(0, -1), alt])];
      const text =
        phrases.length === 1
          ? `${TEXT_COLUMNS} : ${quote(piece.words)}${piecePrefix ? ' *' : ''}`
          : `${TEXT_COLUMNS} : (${phrases.map(quote).join(' OR ')})`;
      const year =
        piece.words.length === 1 && YEAR.test(piece.words[0]!) && !lexeme.quoted && !piecePrefix
          ? Number(piece.words[0])
          : null;
      if (year !== null && year >= 1800 && year <= 2200) {
        if (!lexeme.negated) this.highlights.push({ kind: 'date', from: `${year}-01-01`, to: `${year}-12-31` });
        return `(${text} OR ${dateExpr([`y${year}`, `e${year}`])})`;
      }
      return text;
    });
    const typed = lexeme.quoted ? `"${lexeme.text}"` : lexeme.text + (lexeme.prefix ? '*' : '');
    return { expr: exprs.length === 1 ? exprs[0]! : `(${exprs.join(' AND ')})`, negated: false, typed };
  }
}

/** When the whole query reads as a date ("Jan 2021", "15/01/2021", "2019–2021"): its date tokens. */
function wholeQueryDate(input: string): { tokens: string[]; from: string; to: string } | null {
  const text = input.trim();
  if (YEAR.test(text) || !/\d{4}/.test(text) || text.length > 40) return null; // a bare year is handled per term
  const parsed = parsePartialDate(text);
  if (!parsed.ok || !parsed.value.from || !parsed.value.to) return null;
  const tokens = overlapTokens({ from: parsed.value.from, to: parsed.value.to });
  const exact = exactDateToken(parsed.value.edtf.replace('~', ''));
  return tokens ? { tokens: exact ? [...tokens, exact] : tokens, from: parsed.value.from, to: parsed.value.to } : null;
}

export function parseQuery(
  input: string,
  options: { typing?: boolean; hasTerm?: (word: string) => boolean } = {},
): ParsedQuery {
  const notes: string[] = [];
  const lexemes = lex(input.slice(0, SEARCH_LIMITS.query), notes);
  const parser = new Parser(lexemes, notes, options.typing ?? false, options.hasTerm);
  const root = parser.parseAll();
  const highlights = parser.highlights;
  const date = wholeQueryDate(input);
  if (date) highlights.push({ kind: 'date', from: date.from, to: date.to });
  if (root?.negated) return { expr: null, excludeOnly: root.expr, highlights, notes };
  const expr = date
    ? root
      ? `(${root.expr} OR ${dateExpr(date.tokens)})`
      : dateExpr(date.tokens)
    : (root?.expr ?? null);
  return { expr, excludeOnly: null, highlights, notes };
}

export function nothingToSearchFor(): AppError {
  return new AppError(
    'VALIDATION',
    'Add a word to look for, or a filter: a search cannot consist only of excluded words (such as -japan).',
  );
}

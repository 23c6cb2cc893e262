/**
 * Snippets as structured segments ({text, hit}) rather than HTML, so the UI escapes everything
 * and only wraps hits in <mark>. They are cut here rather than by FTS5's snippet(), because the
 * index text carries CJK grams the person must never see, and because we want to know which
 * field matched (so opening a hit can scroll to the minutes, the outcomes…).
 * Matching mirrors the index: words compared folded (case and accents), CJK runs as substrings.
 */
import { formatPartialDate } from '../../../common/domain/partial-date';
import { fieldLabel, type SnippetSegment } from '../../../common/domain/search';
import { foldMapped, originalRange, type Folded } from '../../../common/domain/fold';
import { continuesToken, foldedWords, type WordToken } from '../../../common/domain/search-text';
import { type DocSpan, type Field } from '../../../../db/store';
import type { Highlight } from './query';

type Range = [start: number, end: number, highlight: number];

interface FieldText {
  name: string;
  text: string;
}

const WINDOW = 200;
const LEAD_IN = 50;

/** The record's fields in snippet priority: title first, then summary, other title fields, body. */
export function fieldsOf(fieldsJson: string): FieldText[] {
  const stored = JSON.parse(fieldsJson) as { t: Field[]; s: Field[]; b: Field[] };
  const list = (fields: Field[]) => fields.map(([name, text]) => ({ name, text }));
  const title = list(stored.t);
  return [...title.slice(0, 1), ...list(stored.s), ...title.slice(1), ...list(stored.b)];
}

type FoldedWord = Omit<WordToken, 'text'>;

/** Does the run of `words` (last one possibly a prefix or a plural variant) start at token `at`? */
function wordsAt(tokens: readonly FoldedWord[], at: number, h: Extract<Highlight, { kind: 'words' }>): boolean {
  const n = h.words.length;
  if (at + n > tokens.length) return false;
  return h.words.every((w, k) => {
    const folded = tokens[at + k]!.folded;
    if (k < n - 1) return folded === w;
    return h.prefix ? folded.startsWith(w) : folded === w || (h.lastAlts?.includes(folded) ?? false);
  });
}

/** Ranges found in the folded text, mapped back to the original characters (whole folding units). */
function mapped(folded: Folded, ranges: Range[]): Range[] {
  return ranges.map(([from, to, h]) => [...originalRange(folded, from, to), h]);
}

/**
 * Where the highlights occur in `text`. The text is folded exactly as the index folds it (fold.ts);
 * each highlight's first word is found with indexOf in the folded text, a short stretch there is
 * tokenized to confirm the word boundary and the rest of a phrase, and the result is mapped back
 * to the original offsets — right even where folding changed lengths (ß → ss, ﾍﾟ → ペ).
 */
export function rangesIn(text: string, highlights: readonly Highlight[]): Range[] {
  if (highlights.length === 0) return [];
  const folded = foldMapped(text);
  const f = folded.text;
  const ranges: Range[] = [];
  highlights.forEach((h, index) => {
    if (h.kind === 'cjk') {
      for (let at = f.indexOf(h.text); at >= 0; at = f.indexOf(h.text, at + 1))
        ranges.push([at, at + h.text.length, index]);
    } else if (h.kind === 'words') {
      const first = h.words[0]!;
      for (let at = f.indexOf(first); at >= 0; at = f.indexOf(first, at + 1)) {
        if (at > 0 && continuesToken(f, at)) continue; // inside a longer word
        const stretch = foldedWords(f.slice(at, at + 40 * h.words.length + 40));
        if (stretch[0]?.start === 0 && wordsAt(stretch, 0, h))
          ranges.push([at, at + stretch[h.words.length - 1]!.end, index]);
      }
    }
  });
  return sortRanges(mapped(folded, ranges));
}

function sortRanges(ranges: Range[]): Range[] {
  return ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
}

function segmentsOf(text: string, ranges: readonly Range[], from = 0, to = text.length): SnippetSegment[] {
  const out: SnippetSegment[] = [];
  const push = (piece: string, hit: boolean) => {
    // List entries and paragraphs are separate lines in the record; on one snippet line a dot parts them.
    const clean = piece.replace(/\s*\n\s*/g, ' · ').replace(/\s+/g, ' ');
    if (!clean) return;
    const last = out.at(-1);
    if (last && last.hit === hit) last.text += clean;
    else out.push({ text: clean, hit });
  };
  let at = from;
  for (const [start, end] of ranges) {
    if (end <= at || start >= to) continue;
    const s = Math.max(start, at);
    push(text.slice(at, s), false);
    push(text.slice(s, Math.min(end, to)), true);
    at = Math.min(end, to);
  }
  push(text.slice(at, to), false);
  return out;
}

/** Keeps cuts off the middle of a surrogate pair. */
function safeCut(text: string, at: number): number {
  const code = text.charCodeAt(at);
  return code >= 0xdc00 && code <= 0xdfff ? at + 1 : at;
}

/** A window of about WINDOW characters around the densest cluster of hits, cut at spaces where possible. */
function windowed(text: string, ranges: readonly Range[]): SnippetSegment[] {
  if (text.length <= WINDOW) return segmentsOf(text, ranges);
  let best = ranges[0];
  let bestCount = 0;
  for (const anchor of ranges) {
    const distinct = new Set(
      ranges.filter((r) => r[0] >= anchor[0] && r[0] < anchor[0] + WINDOW - LEAD_IN).map((r) => r[2]),
    ).size;
    if (distinct > bestCount) [best, bestCount] = [anchor, distinct];
  }
  let start = best ? Math.max(0, best[0] - LEAD_IN) : 0;
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space >= 0 && space < (best?.[0] ?? start)) start = space + 1;
  }
  let end = Math.min(text.length, start + WINDOW);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start + WINDOW / 2) end = space;
  }
  [start, end] = [safeCut(text, start), safeCut(text, end)];
  const segments = segmentsOf(text, ranges, start, end);
  if (start > 0) segments.unshift({ text: '… ', hit: false });
  if (end < text.length) segments.push({ text: ' …', hit: false });
  return mergeSame(segments);
}

function mergeSame(segments: SnippetSegment[]): SnippetSegment[] {
  const out: SnippetSegment[] = [];
  for (const s of segments) {
    const last = out.at(-1);
    if (last && last.hit === s.hit) last.text += s.text;
    else out.push({ ...s });
  }
  return out;
}

export interface HitText {
  titleSegments: SnippetSegment[];
  snippet: SnippetSegment[];
  field: string | null;
  /** Set when the snippet is context from another field than `field` (a match in the title only). */
  snippetField?: string;
  matchedFields: string[];
}

export function describeHit(
  stored: { title: string; fields: string; spans: string },
  highlights: readonly Highlight[],
): HitText {
  const fields = fieldsOf(stored.fields);
  const [titleField, ...rest] = fields;
  const titleText = stored.title;
  const titleRanges = rangesIn(titleText, highlights);
  const scored = rest
    .map((f, order) => ({ ...f, order, ranges: rangesIn(f.text, highlights) }))
    .filter((f) => f.ranges.length > 0)
    .map((f) => ({ ...f, distinct: new Set(f.ranges.map((r) => r[2])).size }))
    .sort((a, b) => b.distinct - a.distinct || a.order - b.order);
  const dateHits = datedMatches(stored.spans, highlights);
  const matchedFields = [
    ...new Set([
      ...(titleRanges.length ? [titleField?.name ?? 'title'] : []),
      ...scored.map((f) => f.name),
      ...dateHits.map((s) => s[0]),
    ]),
  ];
  const titleSegments = segmentsOf(titleText, titleRanges);
  const best = scored[0];
  if (best) return { titleSegments, snippet: windowed(best.text, best.ranges), field: best.name, matchedFields };
  const dated = dateHits[0];
  if (dated) {
    return {
      titleSegments,
      // The span's label, unless it only repeats the field's own name ("Date: Date: Jan 2021" where shown together).
      snippet: [
        ...(dated[4].toLowerCase() === fieldLabel(dated[0]).toLowerCase()
          ? []
          : [{ text: `${dated[4]}: `, hit: false }]),
        { text: formatPartialDate(dated[1]), hit: true },
      ],
      field: dated[0],
      matchedFields,
    };
  }
  // Matched on the title (or only by filters): show the start of the first descriptive text, saying which field it
  // is — `field` names the match (the title), and a label taken from it put on this text read "Name: State".
  const lead = rest.find((f) => f.text.trim() !== '');
  return {
    titleSegments,
    snippet: lead ? windowed(lead.text, []) : [],
    field: titleRanges.length ? (titleField?.name ?? 'title') : null,
    ...(lead ? { snippetField: lead.name } : {}),
    matchedFields,
  };
}

function datedMatches(spansJson: string, highlights: readonly Highlight[]): DocSpan[] {
  const dates = highlights.filter((h): h is Extract<Highlight, { kind: 'date' }> => h.kind === 'date');
  if (dates.length === 0) return [];
  const spans = JSON.parse(spansJson) as DocSpan[];
  return spans.filter(([, , from, to]) => dates.some((d) => from <= d.to && to >= d.from));
}

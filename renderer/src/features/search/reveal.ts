/**
 * "Opening a hit scrolls to the matching part of the record." The detail page belongs to the
 * records feature, so search does not reach into it: after navigating, it waits for the page to
 * render, finds the matched words in the page's text, scrolls them into view and highlights them
 * with the CSS Custom Highlight API (no DOM changes under React's feet). The field is also in the
 * URL (`#/meetings/<id>?field=minutes`) for the detail page to use directly if it wants to.
 */
import type { SnippetSegment } from '../../../../electron/common/domain/search';

const HIGHLIGHT_NAME = 'entente-search-reveal';
const WAIT_MS = 3000;

/** Case- and accent-insensitive, one character for one (so offsets stay valid). */
function fold(text: string): string {
  let out = '';
  for (const char of text) {
    const base = char.normalize('NFD').charAt(0).toLowerCase();
    out += base.length === char.length ? base : char;
  }
  return out;
}

/** The words to look for: the first highlighted segment, with a little context when it is short. */
export function revealTarget(snippet: readonly SnippetSegment[]): string | null {
  const index = snippet.findIndex((s) => s.hit);
  if (index < 0) return null;
  return snippet[index]!.text.trim() || null;
}

function findRange(root: Element, target: string): Range | null {
  const wanted = fold(target);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    // The page header repeats the title; the matching part of the record is below it.
    if (node.parentElement?.closest('.ent-page-header')) continue;
    const text = node.textContent ?? '';
    const at = fold(text).indexOf(wanted);
    if (at >= 0) {
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + target.length);
      return range;
    }
  }
  return null;
}

interface HighlightRegistry {
  set(name: string, value: unknown): void;
  delete(name: string): void;
}

/** Scrolls to (and marks) the first place `target` appears in the main area, once the page has rendered. */
export function revealAfterNavigation(
  target: string | null,
  root: () => Element | null = () => document.querySelector('main'),
): void {
  if (!target) return;
  const started = Date.now();
  const attempt = () => {
    const main = root();
    const range = main ? findRange(main, target) : null;
    if (range) {
      const element = range.startContainer.parentElement;
      element?.scrollIntoView({ block: 'center', behavior: 'smooth' });
      const css = (globalThis as unknown as { CSS?: { highlights?: HighlightRegistry } }).CSS;
      const HighlightCtor = (globalThis as unknown as { Highlight?: new (range: Range) => unknown }).Highlight;
      if (css?.highlights && HighlightCtor) {
        css.highlights.set(HIGHLIGHT_NAME, new HighlightCtor(range));
        setTimeout(() => css.highlights?.delete(HIGHLIGHT_NAME), 4000);
      }
      return;
    }
    if (Date.now() - started < WAIT_MS) setTimeout(attempt, 60);
  };
  setTimeout(attempt, 30);
}

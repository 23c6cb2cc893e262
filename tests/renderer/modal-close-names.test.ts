/**
 * Every dialog's close button has a name a screen reader can say (axe `button-name`, critical). Mantine's Modal
 * draws an icon-only close button; its name comes only from `closeButtonProps`. A tester found two dialogs (Save
 * view, Edit attachment) without one, both outside the browser tests' axe runs — so every Modal is checked here.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../renderer/src');
const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.tsx$/.test(e.name) ? [join(dir, e.name)] : [],
  );

describe('dialogs', () => {
  it('every Modal names its close button or has none', () => {
    const unnamed: string[] = [];
    let modals = 0;
    for (const file of sources(ROOT)) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/<Modal\b/g)) {
        modals++;
        // The opening tag: up to the first ">" outside braces (props hold arrows and comparisons).
        let depth = 0;
        let end = match.index;
        for (; end < text.length; end++) {
          const c = text[end];
          if (c === '{') depth++;
          else if (c === '}') depth--;
          else if (c === '>' && depth === 0) break;
        }
        const tag = text.slice(match.index, end);
        if (!/closeButtonProps=\{\{[^}]*'aria-label'|withCloseButton=\{false\}/.test(tag))
          unnamed.push(`${relative(ROOT, file)}:${text.slice(0, match.index).split('\n').length}`);
      }
    }
    expect(modals).toBeGreaterThanOrEqual(9);
    expect(unnamed).toEqual([]);
  });
});

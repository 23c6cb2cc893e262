/**
 * The text extraction thread in every build that runs the database worker: the source bundle the preview, tests and
 * benches start (scripts/source-bundle.mjs, its `also` entries) builds extract-thread.js beside thread.js, and it
 * works there; the packaged app ships out/main whole, where electron-vite writes it (tests/electron/main/bundle.test.ts
 * builds that and runs the thread).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { workerBundle } from '../../../electron/node/worker/bundle';
import { onePagePdf, runExtractThread, THREAD_CHECK_WORDS } from '../../support/thread-check';

const ROOT = path.resolve(import.meta.dirname, '../../..');

describe('the extraction thread in the builds', () => {
  it('source bundle: extract-thread.js is built beside the worker and reads a PDF', async () => {
    const worker = await workerBundle();
    const thread = path.join(path.dirname(worker), 'extract-thread.js');
    expect(existsSync(thread)).toBe(true);
    const result = await runExtractThread(thread, await onePagePdf());
    expect(result).toMatchObject({ state: 'text' });
    expect(result.pages[0]!.text).toContain(THREAD_CHECK_WORDS);
  }, 120_000);

  it('electron-vite: the main build has the thread as an entry of its own, into out/main', () => {
    const config = readFileSync(path.join(ROOT, 'electron.vite.config.ts'), 'utf8');
    expect(config).toMatch(/'extract-thread':\s*r\('electron\/node\/services\/attachments\/extract-thread\.ts'\)/);
  });

  it('electron-builder: the package takes out/main whole and excludes nothing of it', () => {
    // The `files:` list: the quoted or bare items under it, up to the next top-level key.
    const text = readFileSync(path.join(ROOT, 'build/electron-builder.yml'), 'utf8');
    const block = /^files:\n((?:(?:\s+.*)?\n)+?)^\S/m.exec(text)?.[1] ?? '';
    const builder = {
      files: [...block.matchAll(/^\s+-\s+'?([^'\n]+?)'?\s*$/gm)].map((m) => m[1]!),
    };
    expect(builder.files).toContain('out/main/**');
    const exclusions = builder.files.filter((f) => f.startsWith('!'));
    expect(exclusions.length).toBeGreaterThan(0); // the list was read, exclusions and all
    for (const pattern of exclusions) expect(pattern).not.toMatch(/out\/main|extract|\*\*\/\*\.js$/);
  });
});

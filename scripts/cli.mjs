// @ts-check
/**
 * `npm run cli -- <command> …`: runs the command line from a bundle of its sources (scripts/source-bundle.mjs, built
 * with esbuild once per change of the sources) with plain node — no TypeScript compiler at start-up, so `list`,
 * `show` and `status` answer in a fraction of a second (issue 19). Node's compile cache keeps the bundle's compiled
 * code between runs. Everything else is electron/node/cli/main.ts.
 */
import { enableCompileCache } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { sourceBundle } from './source-bundle.mjs';

const ROOT = resolve(import.meta.dirname, '..');
enableCompileCache(join(ROOT, '.cache', 'node-compile'));

const entry = await sourceBundle({
  name: 'cli',
  entry: 'electron/node/cli/main.ts',
  // Pure JavaScript read on every start: one bundled file loads faster than a tree of package modules.
  inline: ['zod', 'ulid', 'commander'],
  // `attach` and `extract-text` read attachment text in threads started from extract-thread.js beside the bundle.
  also: ['electron/node/services/attachments/extract-thread.ts'],
});
/** @type {{ runProcess(argv?: string[]): Promise<void> }} */
const cli = await import(pathToFileURL(entry).href);
await cli.runProcess(process.argv.slice(2));

/**
 * electron-vite 6 build (`npm run build`, `npm start`):
 *   main      electron/main/index.ts    → out/main/index.js     ESM (package.json "type": "module"; "main" points here)
 *             electron/node/worker/thread.ts → out/main/worker.js  the database worker threads main starts
 *   preload   electron/preload/index.ts → out/preload/index.cjs CommonJS, one self-contained file: sandboxed
 *                                          preloads can neither load ESM nor require() anything but 'electron'
 *   renderer  renderer/index.html       → out/renderer/          React app (also served by `npm run preview`)
 * Main loads the preload as `join(import.meta.dirname, '../preload/index.cjs')` and the renderer from
 * `../renderer/index.html`.
 */
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

const root = import.meta.dirname;
const r = (p: string) => resolve(root, p);

export default defineConfig({
  main: {
    // playwright-core (a devDependency for CLI/preview/tests printing) must never be bundled into the app:
    // it is not packaged and crashes main at import. Services that import it get a stub that says so.
    resolve: { alias: [{ find: /^playwright-core$/, replacement: r('electron/main/no-playwright.ts') }] },
    build: {
      outDir: r('out/main'),
      // Every package in "dependencies" (better-sqlite3 — a native module —, zod, docx, exceljs, …) stays an
      // external import resolved from node_modules at runtime; electron and Node built-ins are always external.
      externalizeDeps: true,
      rolldownOptions: {
        input: {
          index: r('electron/main/index.ts'),
          worker: r('electron/node/worker/thread.ts'),
          'extract-thread': r('electron/node/services/attachments/extract-thread.ts'),
        },
        external: ['better-sqlite3'],
        output: { format: 'es', entryFileNames: '[name].js' },
      },
    },
  },
  preload: {
    build: {
      outDir: r('out/preload'),
      // Bundle zod and the contract into the preload: a sandboxed preload cannot require() from node_modules.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: r('electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
  renderer: {
    root: r('renderer'),
    plugins: [react()],
    build: {
      outDir: r('out/renderer'),
      rolldownOptions: {
        input: { index: r('renderer/index.html') },
      },
    },
  },
});
